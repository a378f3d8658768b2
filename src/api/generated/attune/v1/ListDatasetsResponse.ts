// Original file: proto/attune/v1/dataset.proto

import type { DatasetSummary as _attune_v1_DatasetSummary, DatasetSummary__Output as _attune_v1_DatasetSummary__Output } from '../../attune/v1/DatasetSummary.ts';

export interface ListDatasetsResponse {
  'datasets'?: (_attune_v1_DatasetSummary)[];
  'nextToken'?: (string);
}

export interface ListDatasetsResponse__Output {
  'datasets': (_attune_v1_DatasetSummary__Output)[];
  'nextToken': (string);
}
