// Original file: proto/attune/v1/personalize_events.proto


export interface PutEventsResponse {
}

export interface PutEventsResponse__Output {
}
