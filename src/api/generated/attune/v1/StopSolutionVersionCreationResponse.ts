// Original file: proto/attune/v1/solution.proto


export interface StopSolutionVersionCreationResponse {
}

export interface StopSolutionVersionCreationResponse__Output {
}
