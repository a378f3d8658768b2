// Original file: proto/attune/v1/dataset_export_job.proto

import type { DatasetExportJobOutput as _attune_v1_DatasetExportJobOutput, DatasetExportJobOutput__Output as _attune_v1_DatasetExportJobOutput__Output } from '../../attune/v1/DatasetExportJobOutput.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';
import type { Long } from '@grpc/proto-loader';

/**
 * A dataset's records written out as CSV files with a header row (Personalize
 * `DatasetExportJob`). CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED.
 */
export interface DatasetExportJob {
  'jobName'?: (string);
  'datasetExportJobArn'?: (string);
  'datasetArn'?: (string);
  /**
   * BULK (imported records), PUT (records written one at a time; the default) or ALL.
   */
  'ingestionMode'?: (string);
  'roleArn'?: (string);
  'status'?: (string);
  'jobOutput'?: (_attune_v1_DatasetExportJobOutput | null);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
  /**
   * Attune addition: rows written so far, and in all once ACTIVE.
   */
  'rowCount'?: (number | string | Long);
}

/**
 * A dataset's records written out as CSV files with a header row (Personalize
 * `DatasetExportJob`). CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED.
 */
export interface DatasetExportJob__Output {
  'jobName': (string);
  'datasetExportJobArn': (string);
  'datasetArn': (string);
  /**
   * BULK (imported records), PUT (records written one at a time; the default) or ALL.
   */
  'ingestionMode': (string);
  'roleArn': (string);
  'status': (string);
  'jobOutput': (_attune_v1_DatasetExportJobOutput__Output | null);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
  /**
   * Attune addition: rows written so far, and in all once ACTIVE.
   */
  'rowCount': (string);
}
