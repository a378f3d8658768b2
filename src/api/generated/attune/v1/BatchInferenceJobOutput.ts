// Original file: proto/attune/v1/batch_inference_job.proto

import type { S3DataConfig as _attune_v1_S3DataConfig, S3DataConfig__Output as _attune_v1_S3DataConfig__Output } from '../../attune/v1/S3DataConfig.ts';

export interface BatchInferenceJobOutput {
  /**
   * A folder (created if missing) that receives `<input file name>.out`; the output file must not exist yet.
   */
  's3DataDestination'?: (_attune_v1_S3DataConfig | null);
}

export interface BatchInferenceJobOutput__Output {
  /**
   * A folder (created if missing) that receives `<input file name>.out`; the output file must not exist yet.
   */
  's3DataDestination': (_attune_v1_S3DataConfig__Output | null);
}
