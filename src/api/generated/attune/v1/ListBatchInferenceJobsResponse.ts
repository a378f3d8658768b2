// Original file: proto/attune/v1/batch_inference_job.proto

import type { BatchInferenceJobSummary as _attune_v1_BatchInferenceJobSummary, BatchInferenceJobSummary__Output as _attune_v1_BatchInferenceJobSummary__Output } from '../../attune/v1/BatchInferenceJobSummary.ts';

export interface ListBatchInferenceJobsResponse {
  'batchInferenceJobs'?: (_attune_v1_BatchInferenceJobSummary)[];
  'nextToken'?: (string);
}

export interface ListBatchInferenceJobsResponse__Output {
  'batchInferenceJobs': (_attune_v1_BatchInferenceJobSummary__Output)[];
  'nextToken': (string);
}
