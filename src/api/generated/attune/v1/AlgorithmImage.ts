// Original file: proto/attune/v1/recipe.proto


export interface AlgorithmImage {
  'name'?: (string);
  'dockerUri'?: (string);
}

export interface AlgorithmImage__Output {
  'name': (string);
  'dockerUri': (string);
}
