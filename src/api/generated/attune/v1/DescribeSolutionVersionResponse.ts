// Original file: proto/attune/v1/solution.proto

import type { SolutionVersion as _attune_v1_SolutionVersion, SolutionVersion__Output as _attune_v1_SolutionVersion__Output } from '../../attune/v1/SolutionVersion.ts';

export interface DescribeSolutionVersionResponse {
  'solutionVersion'?: (_attune_v1_SolutionVersion | null);
}

export interface DescribeSolutionVersionResponse__Output {
  'solutionVersion': (_attune_v1_SolutionVersion__Output | null);
}
