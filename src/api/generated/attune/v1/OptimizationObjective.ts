// Original file: proto/attune/v1/solution.proto


export interface OptimizationObjective {
  'itemAttribute'?: (string);
  'objectiveSensitivity'?: (string);
}

export interface OptimizationObjective__Output {
  'itemAttribute': (string);
  'objectiveSensitivity': (string);
}
