// Original file: proto/attune/v1/dataset_import_job.proto

import type { DataSource as _attune_v1_DataSource, DataSource__Output as _attune_v1_DataSource__Output } from '../../attune/v1/DataSource.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateDatasetImportJobRequest {
  'jobName'?: (string);
  'datasetArn'?: (string);
  'dataSource'?: (_attune_v1_DataSource | null);
  'roleArn'?: (string);
  'tags'?: (_attune_v1_Tag)[];
  /**
   * FULL (default) replaces earlier bulk data; INCREMENTAL adds rows and replaces rows with the same id.
   */
  'importMode'?: (string);
  'publishAttributionMetricsToS3'?: (boolean);
  '_publishAttributionMetricsToS3'?: "publishAttributionMetricsToS3";
}

export interface CreateDatasetImportJobRequest__Output {
  'jobName': (string);
  'datasetArn': (string);
  'dataSource': (_attune_v1_DataSource__Output | null);
  'roleArn': (string);
  'tags': (_attune_v1_Tag__Output)[];
  /**
   * FULL (default) replaces earlier bulk data; INCREMENTAL adds rows and replaces rows with the same id.
   */
  'importMode': (string);
  'publishAttributionMetricsToS3'?: (boolean);
  '_publishAttributionMetricsToS3'?: "publishAttributionMetricsToS3";
}
