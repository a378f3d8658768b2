// Original file: proto/attune/v1/batch_segment_job.proto


export interface ListBatchSegmentJobsRequest {
  'solutionVersionArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListBatchSegmentJobsRequest__Output {
  'solutionVersionArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}
