// Original file: proto/attune/v1/tagging.proto


export interface UntagResourceRequest {
  'resourceArn'?: (string);
  'tagKeys'?: (string)[];
}

export interface UntagResourceRequest__Output {
  'resourceArn': (string);
  'tagKeys': (string)[];
}
