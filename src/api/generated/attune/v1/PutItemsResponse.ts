// Original file: proto/attune/v1/personalize_events.proto


export interface PutItemsResponse {
}

export interface PutItemsResponse__Output {
}
