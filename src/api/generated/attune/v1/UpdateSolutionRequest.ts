// Original file: proto/attune/v1/solution.proto

import type { SolutionUpdateConfig as _attune_v1_SolutionUpdateConfig, SolutionUpdateConfig__Output as _attune_v1_SolutionUpdateConfig__Output } from '../../attune/v1/SolutionUpdateConfig.ts';

export interface UpdateSolutionRequest {
  'solutionArn'?: (string);
  'performAutoTraining'?: (boolean);
  'performIncrementalUpdate'?: (boolean);
  'solutionUpdateConfig'?: (_attune_v1_SolutionUpdateConfig | null);
  '_performAutoTraining'?: "performAutoTraining";
  '_performIncrementalUpdate'?: "performIncrementalUpdate";
}

export interface UpdateSolutionRequest__Output {
  'solutionArn': (string);
  'performAutoTraining'?: (boolean);
  'performIncrementalUpdate'?: (boolean);
  'solutionUpdateConfig': (_attune_v1_SolutionUpdateConfig__Output | null);
  '_performAutoTraining'?: "performAutoTraining";
  '_performIncrementalUpdate'?: "performIncrementalUpdate";
}
