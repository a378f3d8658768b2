// Original file: proto/attune/v1/solution.proto


export interface IntegerHyperParameterRange {
  'name'?: (string);
  'minValue'?: (number);
  'maxValue'?: (number);
}

export interface IntegerHyperParameterRange__Output {
  'name': (string);
  'minValue': (number);
  'maxValue': (number);
}
