// Original file: proto/attune/v1/batch_segment_job.proto

import type { BatchSegmentJobSummary as _attune_v1_BatchSegmentJobSummary, BatchSegmentJobSummary__Output as _attune_v1_BatchSegmentJobSummary__Output } from '../../attune/v1/BatchSegmentJobSummary.ts';

export interface ListBatchSegmentJobsResponse {
  'batchSegmentJobs'?: (_attune_v1_BatchSegmentJobSummary)[];
  'nextToken'?: (string);
}

export interface ListBatchSegmentJobsResponse__Output {
  'batchSegmentJobs': (_attune_v1_BatchSegmentJobSummary__Output)[];
  'nextToken': (string);
}
