// Original file: proto/attune/v1/data_deletion_job.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface DataDeletionJobSummary {
  'dataDeletionJobArn'?: (string);
  'datasetGroupArn'?: (string);
  'jobName'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
}

export interface DataDeletionJobSummary__Output {
  'dataDeletionJobArn': (string);
  'datasetGroupArn': (string);
  'jobName': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
}
