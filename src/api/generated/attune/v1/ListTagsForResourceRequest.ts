// Original file: proto/attune/v1/tagging.proto


export interface ListTagsForResourceRequest {
  'resourceArn'?: (string);
}

export interface ListTagsForResourceRequest__Output {
  'resourceArn': (string);
}
