// Original file: proto/attune/v1/filter.proto


export interface DeleteFilterResponse {
}

export interface DeleteFilterResponse__Output {
}
