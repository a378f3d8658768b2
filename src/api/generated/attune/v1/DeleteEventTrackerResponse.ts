// Original file: proto/attune/v1/event_tracker.proto


export interface DeleteEventTrackerResponse {
}

export interface DeleteEventTrackerResponse__Output {
}
