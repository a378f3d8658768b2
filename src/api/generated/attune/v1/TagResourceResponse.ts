// Original file: proto/attune/v1/tagging.proto


export interface TagResourceResponse {
}

export interface TagResourceResponse__Output {
}
