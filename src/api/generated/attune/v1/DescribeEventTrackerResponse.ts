// Original file: proto/attune/v1/event_tracker.proto

import type { EventTracker as _attune_v1_EventTracker, EventTracker__Output as _attune_v1_EventTracker__Output } from '../../attune/v1/EventTracker.ts';

export interface DescribeEventTrackerResponse {
  'eventTracker'?: (_attune_v1_EventTracker | null);
}

export interface DescribeEventTrackerResponse__Output {
  'eventTracker': (_attune_v1_EventTracker__Output | null);
}
