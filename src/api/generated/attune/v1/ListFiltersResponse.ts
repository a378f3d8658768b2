// Original file: proto/attune/v1/filter.proto

import type { FilterSummary as _attune_v1_FilterSummary, FilterSummary__Output as _attune_v1_FilterSummary__Output } from '../../attune/v1/FilterSummary.ts';

export interface ListFiltersResponse {
  /**
   * Personalize spells this member with a capital F.
   */
  'filters'?: (_attune_v1_FilterSummary)[];
  'nextToken'?: (string);
}

export interface ListFiltersResponse__Output {
  /**
   * Personalize spells this member with a capital F.
   */
  'filters': (_attune_v1_FilterSummary__Output)[];
  'nextToken': (string);
}
