// Original file: proto/attune/v1/event_tracker.proto


export interface DeleteEventTrackerRequest {
  'eventTrackerArn'?: (string);
}

export interface DeleteEventTrackerRequest__Output {
  'eventTrackerArn': (string);
}
