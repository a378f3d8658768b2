// Original file: proto/attune/v1/dataset_group.proto


export interface DeleteDatasetGroupResponse {
}

export interface DeleteDatasetGroupResponse__Output {
}
