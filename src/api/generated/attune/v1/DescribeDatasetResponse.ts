// Original file: proto/attune/v1/dataset.proto

import type { Dataset as _attune_v1_Dataset, Dataset__Output as _attune_v1_Dataset__Output } from '../../attune/v1/Dataset.ts';

export interface DescribeDatasetResponse {
  'dataset'?: (_attune_v1_Dataset | null);
}

export interface DescribeDatasetResponse__Output {
  'dataset': (_attune_v1_Dataset__Output | null);
}
