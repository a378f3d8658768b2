// Original file: proto/attune/v1/batch_inference_job.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface BatchInferenceJobSummary {
  'batchInferenceJobArn'?: (string);
  'jobName'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
  'solutionVersionArn'?: (string);
  'batchInferenceJobMode'?: (string);
}

export interface BatchInferenceJobSummary__Output {
  'batchInferenceJobArn': (string);
  'jobName': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
  'solutionVersionArn': (string);
  'batchInferenceJobMode': (string);
}
