// Original file: proto/attune/v1/batch_inference_job.proto


export interface ListBatchInferenceJobsRequest {
  'solutionVersionArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListBatchInferenceJobsRequest__Output {
  'solutionVersionArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}
