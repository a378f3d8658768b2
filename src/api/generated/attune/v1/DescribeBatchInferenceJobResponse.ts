// Original file: proto/attune/v1/batch_inference_job.proto

import type { BatchInferenceJob as _attune_v1_BatchInferenceJob, BatchInferenceJob__Output as _attune_v1_BatchInferenceJob__Output } from '../../attune/v1/BatchInferenceJob.ts';

export interface DescribeBatchInferenceJobResponse {
  'batchInferenceJob'?: (_attune_v1_BatchInferenceJob | null);
}

export interface DescribeBatchInferenceJobResponse__Output {
  'batchInferenceJob': (_attune_v1_BatchInferenceJob__Output | null);
}
