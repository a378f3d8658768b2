// Original file: proto/attune/v1/solution.proto

import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateSolutionVersionRequest {
  'name'?: (string);
  'solutionArn'?: (string);
  /**
   * FULL (the default), or UPDATE (aws-user-personalization: the newest ACTIVE version brought up to date with new users, items and interactions, without a full retrain).
   */
  'trainingMode'?: (string);
  'tags'?: (_attune_v1_Tag)[];
}

export interface CreateSolutionVersionRequest__Output {
  'name': (string);
  'solutionArn': (string);
  /**
   * FULL (the default), or UPDATE (aws-user-personalization: the newest ACTIVE version brought up to date with new users, items and interactions, without a full retrain).
   */
  'trainingMode': (string);
  'tags': (_attune_v1_Tag__Output)[];
}
