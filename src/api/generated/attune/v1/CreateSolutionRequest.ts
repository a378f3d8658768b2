// Original file: proto/attune/v1/solution.proto

import type { SolutionConfig as _attune_v1_SolutionConfig, SolutionConfig__Output as _attune_v1_SolutionConfig__Output } from '../../attune/v1/SolutionConfig.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateSolutionRequest {
  'name'?: (string);
  'performHpo'?: (boolean);
  'performAutoMl'?: (boolean);
  'performAutoTraining'?: (boolean);
  'performIncrementalUpdate'?: (boolean);
  'recipeArn'?: (string);
  'datasetGroupArn'?: (string);
  'eventType'?: (string);
  'solutionConfig'?: (_attune_v1_SolutionConfig | null);
  'tags'?: (_attune_v1_Tag)[];
  '_performAutoTraining'?: "performAutoTraining";
}

export interface CreateSolutionRequest__Output {
  'name': (string);
  'performHpo': (boolean);
  'performAutoMl': (boolean);
  'performAutoTraining'?: (boolean);
  'performIncrementalUpdate': (boolean);
  'recipeArn': (string);
  'datasetGroupArn': (string);
  'eventType': (string);
  'solutionConfig': (_attune_v1_SolutionConfig__Output | null);
  'tags': (_attune_v1_Tag__Output)[];
  '_performAutoTraining'?: "performAutoTraining";
}
