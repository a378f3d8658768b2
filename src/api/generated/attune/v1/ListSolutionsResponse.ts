// Original file: proto/attune/v1/solution.proto

import type { SolutionSummary as _attune_v1_SolutionSummary, SolutionSummary__Output as _attune_v1_SolutionSummary__Output } from '../../attune/v1/SolutionSummary.ts';

export interface ListSolutionsResponse {
  'solutions'?: (_attune_v1_SolutionSummary)[];
  'nextToken'?: (string);
}

export interface ListSolutionsResponse__Output {
  'solutions': (_attune_v1_SolutionSummary__Output)[];
  'nextToken': (string);
}
