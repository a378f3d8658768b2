// Original file: proto/attune/v1/dataset_group.proto

import type { DatasetGroup as _attune_v1_DatasetGroup, DatasetGroup__Output as _attune_v1_DatasetGroup__Output } from '../../attune/v1/DatasetGroup.ts';

export interface DescribeDatasetGroupResponse {
  'datasetGroup'?: (_attune_v1_DatasetGroup | null);
}

export interface DescribeDatasetGroupResponse__Output {
  'datasetGroup': (_attune_v1_DatasetGroup__Output | null);
}
