// Original file: proto/attune/v1/batch_inference_job.proto


export interface CreateBatchInferenceJobResponse {
  'batchInferenceJobArn'?: (string);
}

export interface CreateBatchInferenceJobResponse__Output {
  'batchInferenceJobArn': (string);
}
