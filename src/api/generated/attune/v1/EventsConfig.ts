// Original file: proto/attune/v1/solution.proto

import type { EventParameters as _attune_v1_EventParameters, EventParameters__Output as _attune_v1_EventParameters__Output } from '../../attune/v1/EventParameters.ts';

export interface EventsConfig {
  'eventParametersList'?: (_attune_v1_EventParameters)[];
}

export interface EventsConfig__Output {
  'eventParametersList': (_attune_v1_EventParameters__Output)[];
}
