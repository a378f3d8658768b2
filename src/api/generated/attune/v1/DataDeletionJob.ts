// Original file: proto/attune/v1/data_deletion_job.proto

import type { DataSource as _attune_v1_DataSource, DataSource__Output as _attune_v1_DataSource__Output } from '../../attune/v1/DataSource.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * Removes the listed users' records from a dataset group's datasets and from what its
 * campaigns serve (Personalize `DataDeletionJob`). PENDING > IN_PROGRESS > COMPLETED -or- FAILED.
 */
export interface DataDeletionJob {
  'jobName'?: (string);
  'dataDeletionJobArn'?: (string);
  'datasetGroupArn'?: (string);
  /**
   * CSV files with one USER_ID column.
   */
  'dataSource'?: (_attune_v1_DataSource | null);
  'roleArn'?: (string);
  'status'?: (string);
  /**
   * Users whose records were deleted (users with no records count as zero).
   */
  'numDeleted'?: (number);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
}

/**
 * Removes the listed users' records from a dataset group's datasets and from what its
 * campaigns serve (Personalize `DataDeletionJob`). PENDING > IN_PROGRESS > COMPLETED -or- FAILED.
 */
export interface DataDeletionJob__Output {
  'jobName': (string);
  'dataDeletionJobArn': (string);
  'datasetGroupArn': (string);
  /**
   * CSV files with one USER_ID column.
   */
  'dataSource': (_attune_v1_DataSource__Output | null);
  'roleArn': (string);
  'status': (string);
  /**
   * Users whose records were deleted (users with no records count as zero).
   */
  'numDeleted': (number);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
}
