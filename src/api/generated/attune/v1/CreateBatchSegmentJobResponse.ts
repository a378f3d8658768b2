// Original file: proto/attune/v1/batch_segment_job.proto


export interface CreateBatchSegmentJobResponse {
  'batchSegmentJobArn'?: (string);
}

export interface CreateBatchSegmentJobResponse__Output {
  'batchSegmentJobArn': (string);
}
