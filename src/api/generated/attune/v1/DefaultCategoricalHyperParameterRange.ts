// Original file: proto/attune/v1/recipe.proto


export interface DefaultCategoricalHyperParameterRange {
  'name'?: (string);
  'values'?: (string)[];
  'isTunable'?: (boolean);
}

export interface DefaultCategoricalHyperParameterRange__Output {
  'name': (string);
  'values': (string)[];
  'isTunable': (boolean);
}
