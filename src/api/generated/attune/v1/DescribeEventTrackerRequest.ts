// Original file: proto/attune/v1/event_tracker.proto


export interface DescribeEventTrackerRequest {
  'eventTrackerArn'?: (string);
}

export interface DescribeEventTrackerRequest__Output {
  'eventTrackerArn': (string);
}
