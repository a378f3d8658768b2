// Original file: proto/attune/v1/batch_inference_job.proto


export interface DescribeBatchInferenceJobRequest {
  'batchInferenceJobArn'?: (string);
}

export interface DescribeBatchInferenceJobRequest__Output {
  'batchInferenceJobArn': (string);
}
