// Original file: proto/attune/v1/schema.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * An Avro record schema for a dataset (Personalize `DatasetSchema`). Immutable once created.
 */
export interface DatasetSchema {
  'name'?: (string);
  'schemaArn'?: (string);
  /**
   * The Avro record as JSON text, at most 20,000 characters.
   */
  'schema'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'domain'?: (string);
}

/**
 * An Avro record schema for a dataset (Personalize `DatasetSchema`). Immutable once created.
 */
export interface DatasetSchema__Output {
  'name': (string);
  'schemaArn': (string);
  /**
   * The Avro record as JSON text, at most 20,000 characters.
   */
  'schema': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'domain': (string);
}
