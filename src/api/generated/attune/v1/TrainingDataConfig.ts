// Original file: proto/attune/v1/solution.proto

import type { DatasetColumns as _attune_v1_DatasetColumns, DatasetColumns__Output as _attune_v1_DatasetColumns__Output } from '../../attune/v1/DatasetColumns.ts';

/**
 * Columns a training may use, per dataset type (Personalize `TrainingDataConfig`).
 */
export interface TrainingDataConfig {
  'excludedDatasetColumns'?: ({[key: string]: _attune_v1_DatasetColumns});
  'includedDatasetColumns'?: ({[key: string]: _attune_v1_DatasetColumns});
}

/**
 * Columns a training may use, per dataset type (Personalize `TrainingDataConfig`).
 */
export interface TrainingDataConfig__Output {
  'excludedDatasetColumns': ({[key: string]: _attune_v1_DatasetColumns__Output});
  'includedDatasetColumns': ({[key: string]: _attune_v1_DatasetColumns__Output});
}
