// Original file: proto/attune/v1/solution.proto

import type { Solution as _attune_v1_Solution, Solution__Output as _attune_v1_Solution__Output } from '../../attune/v1/Solution.ts';

export interface DescribeSolutionResponse {
  'solution'?: (_attune_v1_Solution | null);
}

export interface DescribeSolutionResponse__Output {
  'solution': (_attune_v1_Solution__Output | null);
}
