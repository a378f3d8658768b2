// Original file: proto/attune/v1/dataset_group.proto

import type { DatasetGroupSummary as _attune_v1_DatasetGroupSummary, DatasetGroupSummary__Output as _attune_v1_DatasetGroupSummary__Output } from '../../attune/v1/DatasetGroupSummary.ts';

export interface ListDatasetGroupsResponse {
  'datasetGroups'?: (_attune_v1_DatasetGroupSummary)[];
  'nextToken'?: (string);
}

export interface ListDatasetGroupsResponse__Output {
  'datasetGroups': (_attune_v1_DatasetGroupSummary__Output)[];
  'nextToken': (string);
}
