// Original file: proto/attune/v1/event_tracker.proto


export interface CreateEventTrackerResponse {
  'eventTrackerArn'?: (string);
  'trackingId'?: (string);
}

export interface CreateEventTrackerResponse__Output {
  'eventTrackerArn': (string);
  'trackingId': (string);
}
