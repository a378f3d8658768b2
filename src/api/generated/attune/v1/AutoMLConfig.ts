// Original file: proto/attune/v1/solution.proto


export interface AutoMLConfig {
  'metricName'?: (string);
  'recipeList'?: (string)[];
}

export interface AutoMLConfig__Output {
  'metricName': (string);
  'recipeList': (string)[];
}
