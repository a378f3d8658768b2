// Original file: proto/attune/v1/recipe.proto

import type { Algorithm as _attune_v1_Algorithm, Algorithm__Output as _attune_v1_Algorithm__Output } from '../../attune/v1/Algorithm.ts';

export interface DescribeAlgorithmResponse {
  'algorithm'?: (_attune_v1_Algorithm | null);
}

export interface DescribeAlgorithmResponse__Output {
  'algorithm': (_attune_v1_Algorithm__Output | null);
}
