// Original file: proto/attune/v1/dataset_import_job.proto

import type { DataSource as _attune_v1_DataSource, DataSource__Output as _attune_v1_DataSource__Output } from '../../attune/v1/DataSource.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * A bulk import of CSV data into a dataset (Personalize `DatasetImportJob`).
 */
export interface DatasetImportJob {
  'jobName'?: (string);
  'datasetImportJobArn'?: (string);
  'datasetArn'?: (string);
  'dataSource'?: (_attune_v1_DataSource | null);
  'roleArn'?: (string);
  /**
   * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED.
   */
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  /**
   * For CREATE FAILED: the file, line, column and rule that failed.
   */
  'failureReason'?: (string);
  /**
   * FULL or INCREMENTAL.
   */
  'importMode'?: (string);
  'publishAttributionMetricsToS3'?: (boolean);
  '_publishAttributionMetricsToS3'?: "publishAttributionMetricsToS3";
}

/**
 * A bulk import of CSV data into a dataset (Personalize `DatasetImportJob`).
 */
export interface DatasetImportJob__Output {
  'jobName': (string);
  'datasetImportJobArn': (string);
  'datasetArn': (string);
  'dataSource': (_attune_v1_DataSource__Output | null);
  'roleArn': (string);
  /**
   * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED.
   */
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * For CREATE FAILED: the file, line, column and rule that failed.
   */
  'failureReason': (string);
  /**
   * FULL or INCREMENTAL.
   */
  'importMode': (string);
  'publishAttributionMetricsToS3'?: (boolean);
  '_publishAttributionMetricsToS3'?: "publishAttributionMetricsToS3";
}
