/** Dataset schemas: Avro parsing, dataset-type rules, value conversion and real-time properties. */
export {
  AVRO_PRIMITIVES,
  MAX_SCHEMA_FIELDS,
  MAX_SCHEMA_LENGTH,
  normalizeFieldName,
  parseAvroSchema,
  type AvroPrimitive,
  type ParsedSchema,
  type SchemaField,
} from './avro.ts';
export {
  DATASET_TYPES,
  DATASET_TYPE_RULES,
  checkSchemaEvolution,
  checkSchemaForDatasetType,
  metadataFields,
  reservedField,
  type DatasetType,
  type DatasetTypeRules,
  type ReservedField,
  type ReservedValue,
} from './dataset-types.ts';
export {
  ConversionError,
  MAX_EPOCH_SECONDS,
  MAX_ID_LENGTH,
  MAX_STRING_LENGTH,
  MAX_TEXTUAL_LENGTH,
  csvConverter,
  jsonConverter,
  type FieldValue,
} from './values.ts';
export { parseProperties, toCamelCase, type PropertiesOptions } from './properties.ts';
