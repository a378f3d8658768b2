// Original file: proto/attune/v1/recipe.proto


export interface DefaultContinuousHyperParameterRange {
  'name'?: (string);
  'minValue'?: (number | string);
  'maxValue'?: (number | string);
  'isTunable'?: (boolean);
}

export interface DefaultContinuousHyperParameterRange__Output {
  'name': (string);
  'minValue': (number);
  'maxValue': (number);
  'isTunable': (boolean);
}
