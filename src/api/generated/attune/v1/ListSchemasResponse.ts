// Original file: proto/attune/v1/schema.proto

import type { DatasetSchemaSummary as _attune_v1_DatasetSchemaSummary, DatasetSchemaSummary__Output as _attune_v1_DatasetSchemaSummary__Output } from '../../attune/v1/DatasetSchemaSummary.ts';

export interface ListSchemasResponse {
  'schemas'?: (_attune_v1_DatasetSchemaSummary)[];
  'nextToken'?: (string);
}

export interface ListSchemasResponse__Output {
  'schemas': (_attune_v1_DatasetSchemaSummary__Output)[];
  'nextToken': (string);
}
