// Original file: proto/attune/v1/filter.proto


export interface DescribeFilterRequest {
  'filterArn'?: (string);
}

export interface DescribeFilterRequest__Output {
  'filterArn': (string);
}
