// Original file: proto/attune/v1/batch_inference_job.proto

import type { S3DataConfig as _attune_v1_S3DataConfig, S3DataConfig__Output as _attune_v1_S3DataConfig__Output } from '../../attune/v1/S3DataConfig.ts';

export interface BatchInferenceJobInput {
  /**
   * A JSON Lines file (or a folder of them, read in name order), one query per line:
   * {"userId": …}, {"itemId": …} or {"userId": …, "itemList": […]}, optionally "filterValues".
   */
  's3DataSource'?: (_attune_v1_S3DataConfig | null);
}

export interface BatchInferenceJobInput__Output {
  /**
   * A JSON Lines file (or a folder of them, read in name order), one query per line:
   * {"userId": …}, {"itemId": …} or {"userId": …, "itemList": […]}, optionally "filterValues".
   */
  's3DataSource': (_attune_v1_S3DataConfig__Output | null);
}
