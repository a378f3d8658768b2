// Original file: proto/attune/v1/schema.proto

import type { DatasetSchema as _attune_v1_DatasetSchema, DatasetSchema__Output as _attune_v1_DatasetSchema__Output } from '../../attune/v1/DatasetSchema.ts';

export interface DescribeSchemaResponse {
  'schema'?: (_attune_v1_DatasetSchema | null);
}

export interface DescribeSchemaResponse__Output {
  'schema': (_attune_v1_DatasetSchema__Output | null);
}
