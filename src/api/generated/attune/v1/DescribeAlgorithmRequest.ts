// Original file: proto/attune/v1/recipe.proto


export interface DescribeAlgorithmRequest {
  'algorithmArn'?: (string);
}

export interface DescribeAlgorithmRequest__Output {
  'algorithmArn': (string);
}
