// Original file: proto/attune/v1/solution.proto

import type { SolutionUpdateConfig as _attune_v1_SolutionUpdateConfig, SolutionUpdateConfig__Output as _attune_v1_SolutionUpdateConfig__Output } from '../../attune/v1/SolutionUpdateConfig.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface SolutionUpdateSummary {
  'solutionUpdateConfig'?: (_attune_v1_SolutionUpdateConfig | null);
  'status'?: (string);
  'performAutoTraining'?: (boolean);
  'performIncrementalUpdate'?: (boolean);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
}

export interface SolutionUpdateSummary__Output {
  'solutionUpdateConfig': (_attune_v1_SolutionUpdateConfig__Output | null);
  'status': (string);
  'performAutoTraining': (boolean);
  'performIncrementalUpdate': (boolean);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
}
