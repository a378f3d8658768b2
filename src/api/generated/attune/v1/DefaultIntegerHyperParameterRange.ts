// Original file: proto/attune/v1/recipe.proto


export interface DefaultIntegerHyperParameterRange {
  'name'?: (string);
  'minValue'?: (number);
  'maxValue'?: (number);
  'isTunable'?: (boolean);
}

export interface DefaultIntegerHyperParameterRange__Output {
  'name': (string);
  'minValue': (number);
  'maxValue': (number);
  'isTunable': (boolean);
}
