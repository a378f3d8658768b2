// Original file: proto/attune/v1/solution.proto


export interface AutoMLResult {
  'bestRecipeArn'?: (string);
}

export interface AutoMLResult__Output {
  'bestRecipeArn': (string);
}
