// Original file: proto/attune/v1/dataset.proto


export interface DeleteDatasetResponse {
}

export interface DeleteDatasetResponse__Output {
}
