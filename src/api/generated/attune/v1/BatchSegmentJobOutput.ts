// Original file: proto/attune/v1/batch_segment_job.proto

import type { S3DataConfig as _attune_v1_S3DataConfig, S3DataConfig__Output as _attune_v1_S3DataConfig__Output } from '../../attune/v1/S3DataConfig.ts';

export interface BatchSegmentJobOutput {
  's3DataDestination'?: (_attune_v1_S3DataConfig | null);
}

export interface BatchSegmentJobOutput__Output {
  's3DataDestination': (_attune_v1_S3DataConfig__Output | null);
}
