// Original file: proto/attune/v1/batch_segment_job.proto

import type { BatchSegmentJob as _attune_v1_BatchSegmentJob, BatchSegmentJob__Output as _attune_v1_BatchSegmentJob__Output } from '../../attune/v1/BatchSegmentJob.ts';

export interface DescribeBatchSegmentJobResponse {
  'batchSegmentJob'?: (_attune_v1_BatchSegmentJob | null);
}

export interface DescribeBatchSegmentJobResponse__Output {
  'batchSegmentJob': (_attune_v1_BatchSegmentJob__Output | null);
}
