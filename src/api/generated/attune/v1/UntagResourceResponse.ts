// Original file: proto/attune/v1/tagging.proto


export interface UntagResourceResponse {
}

export interface UntagResourceResponse__Output {
}
