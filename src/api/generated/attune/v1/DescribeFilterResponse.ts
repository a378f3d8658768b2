// Original file: proto/attune/v1/filter.proto

import type { Filter as _attune_v1_Filter, Filter__Output as _attune_v1_Filter__Output } from '../../attune/v1/Filter.ts';

export interface DescribeFilterResponse {
  'filter'?: (_attune_v1_Filter | null);
}

export interface DescribeFilterResponse__Output {
  'filter': (_attune_v1_Filter__Output | null);
}
