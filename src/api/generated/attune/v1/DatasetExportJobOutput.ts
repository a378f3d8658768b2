// Original file: proto/attune/v1/dataset_export_job.proto

import type { S3DataConfig as _attune_v1_S3DataConfig, S3DataConfig__Output as _attune_v1_S3DataConfig__Output } from '../../attune/v1/S3DataConfig.ts';

export interface DatasetExportJobOutput {
  /**
   * A folder (created if missing, empty if it exists) inside a data root that receives the CSV files.
   */
  's3DataDestination'?: (_attune_v1_S3DataConfig | null);
}

export interface DatasetExportJobOutput__Output {
  /**
   * A folder (created if missing, empty if it exists) inside a data root that receives the CSV files.
   */
  's3DataDestination': (_attune_v1_S3DataConfig__Output | null);
}
