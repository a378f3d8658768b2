// Original file: proto/attune/v1/event_tracker.proto


export interface ListEventTrackersRequest {
  'datasetGroupArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListEventTrackersRequest__Output {
  'datasetGroupArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}
