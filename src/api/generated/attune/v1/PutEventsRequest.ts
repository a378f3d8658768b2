// Original file: proto/attune/v1/personalize_events.proto

import type { Event as _attune_v1_Event, Event__Output as _attune_v1_Event__Output } from '../../attune/v1/Event.ts';

export interface PutEventsRequest {
  'trackingId'?: (string);
  'userId'?: (string);
  'sessionId'?: (string);
  /**
   * 1-10 events.
   */
  'eventList'?: (_attune_v1_Event)[];
}

export interface PutEventsRequest__Output {
  'trackingId': (string);
  'userId': (string);
  'sessionId': (string);
  /**
   * 1-10 events.
   */
  'eventList': (_attune_v1_Event__Output)[];
}
