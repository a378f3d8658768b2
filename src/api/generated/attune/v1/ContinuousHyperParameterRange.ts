// Original file: proto/attune/v1/solution.proto


export interface ContinuousHyperParameterRange {
  'name'?: (string);
  'minValue'?: (number | string);
  'maxValue'?: (number | string);
}

export interface ContinuousHyperParameterRange__Output {
  'name': (string);
  'minValue': (number);
  'maxValue': (number);
}
