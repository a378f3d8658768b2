// Original file: proto/attune/v1/filter.proto


export interface CreateFilterResponse {
  'filterArn'?: (string);
}

export interface CreateFilterResponse__Output {
  'filterArn': (string);
}
