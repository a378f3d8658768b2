// Original file: proto/attune/v1/solution.proto

import type { SolutionVersionSummary as _attune_v1_SolutionVersionSummary, SolutionVersionSummary__Output as _attune_v1_SolutionVersionSummary__Output } from '../../attune/v1/SolutionVersionSummary.ts';

export interface ListSolutionVersionsResponse {
  'solutionVersions'?: (_attune_v1_SolutionVersionSummary)[];
  'nextToken'?: (string);
}

export interface ListSolutionVersionsResponse__Output {
  'solutionVersions': (_attune_v1_SolutionVersionSummary__Output)[];
  'nextToken': (string);
}
