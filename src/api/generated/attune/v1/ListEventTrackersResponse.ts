// Original file: proto/attune/v1/event_tracker.proto

import type { EventTrackerSummary as _attune_v1_EventTrackerSummary, EventTrackerSummary__Output as _attune_v1_EventTrackerSummary__Output } from '../../attune/v1/EventTrackerSummary.ts';

export interface ListEventTrackersResponse {
  'eventTrackers'?: (_attune_v1_EventTrackerSummary)[];
  'nextToken'?: (string);
}

export interface ListEventTrackersResponse__Output {
  'eventTrackers': (_attune_v1_EventTrackerSummary__Output)[];
  'nextToken': (string);
}
