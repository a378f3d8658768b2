// Original file: proto/attune/v1/solution.proto


export interface CategoricalHyperParameterRange {
  'name'?: (string);
  'values'?: (string)[];
}

export interface CategoricalHyperParameterRange__Output {
  'name': (string);
  'values': (string)[];
}
