// Original file: proto/attune/v1/solution.proto


export interface DeleteSolutionResponse {
}

export interface DeleteSolutionResponse__Output {
}
