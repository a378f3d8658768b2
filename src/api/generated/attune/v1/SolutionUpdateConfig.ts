// Original file: proto/attune/v1/solution.proto

import type { AutoTrainingConfig as _attune_v1_AutoTrainingConfig, AutoTrainingConfig__Output as _attune_v1_AutoTrainingConfig__Output } from '../../attune/v1/AutoTrainingConfig.ts';
import type { EventsConfig as _attune_v1_EventsConfig, EventsConfig__Output as _attune_v1_EventsConfig__Output } from '../../attune/v1/EventsConfig.ts';

export interface SolutionUpdateConfig {
  'autoTrainingConfig'?: (_attune_v1_AutoTrainingConfig | null);
  'eventsConfig'?: (_attune_v1_EventsConfig | null);
}

export interface SolutionUpdateConfig__Output {
  'autoTrainingConfig': (_attune_v1_AutoTrainingConfig__Output | null);
  'eventsConfig': (_attune_v1_EventsConfig__Output | null);
}
