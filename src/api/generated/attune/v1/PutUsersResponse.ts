// Original file: proto/attune/v1/personalize_events.proto


export interface PutUsersResponse {
}

export interface PutUsersResponse__Output {
}
