// Original file: proto/attune/v1/filter.proto


export interface DeleteFilterRequest {
  'filterArn'?: (string);
}

export interface DeleteFilterRequest__Output {
  'filterArn': (string);
}
