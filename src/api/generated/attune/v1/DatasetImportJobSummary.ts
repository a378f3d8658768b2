// Original file: proto/attune/v1/dataset_import_job.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface DatasetImportJobSummary {
  'datasetImportJobArn'?: (string);
  'jobName'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
  'importMode'?: (string);
}

export interface DatasetImportJobSummary__Output {
  'datasetImportJobArn': (string);
  'jobName': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
  'importMode': (string);
}
