// Original file: proto/attune/v1/batch_segment_job.proto


export interface DescribeBatchSegmentJobRequest {
  'batchSegmentJobArn'?: (string);
}

export interface DescribeBatchSegmentJobRequest__Output {
  'batchSegmentJobArn': (string);
}
