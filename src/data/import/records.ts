/**
 * Turns CSV records into rows of a dataset table: maps header names to schema fields,
 * converts and checks every value, and fills column-major batches for the bulk writer.
 */
import { ConversionError, csvConverter, type DatasetType, type FieldValue, type ParsedSchema, type SchemaField } from '../schema/index.ts';
import type { ColumnSpec } from '../../store/bulk-writer.ts';

/** A rule broken by one record, located in its file. */
export class RecordError extends Error {
  constructor(
    readonly fileName: string,
    readonly line: number,
    readonly column: number | undefined,
    readonly rule: string,
  ) {
    super(`${fileName}, line ${line}${column !== undefined ? `, column ${column}` : ''}: ${rule}`);
  }
}

/** The table layout of each dataset type: reserved fields with their own column, the rest in `properties`. */
const LAYOUT: Record<DatasetType, { table: string; reserved: Record<string, ColumnSpec> }> = {
  Interactions: {
    table: 'interactions',
    reserved: {
      USER_ID: { name: 'user_id', type: 'text' },
      ITEM_ID: { name: 'item_id', type: 'text' },
      TIMESTAMP: { name: 'timestamp', type: 'int8' },
      EVENT_TYPE: { name: 'event_type', type: 'text' },
      EVENT_VALUE: { name: 'event_value', type: 'float4' },
      IMPRESSION: { name: 'impression', type: 'text' },
      RECOMMENDATION_ID: { name: 'recommendation_id', type: 'text' },
      EVENT_ATTRIBUTION_SOURCE: { name: 'event_attribution_source', type: 'text' },
    },
  },
  Items: {
    table: 'items',
    reserved: {
      ITEM_ID: { name: 'item_id', type: 'text' },
      CREATION_TIMESTAMP: { name: 'creation_timestamp', type: 'int8' },
    },
  },
  Users: {
    table: 'users',
    reserved: { USER_ID: { name: 'user_id', type: 'text' } },
  },
};

/** The table and columns a dataset's bulk rows are written to (the same for every file). */
export interface TableLayout {
  table: string;
  /** dataset_id, batch_id, the reserved columns present in the schema, then properties (if any). */
  columns: ColumnSpec[];
  reservedFields: SchemaField[];
  hasProperties: boolean;
}

/** Works out the table layout of a dataset from its schema. */
export function tableLayout(schema: ParsedSchema, type: DatasetType): TableLayout {
  const layout = LAYOUT[type];
  const reservedFields = schema.fields.filter((f) => layout.reserved[f.name]);
  const metadata = schema.fields.filter((f) => !layout.reserved[f.name]);
  const columns: ColumnSpec[] = [
    { name: 'dataset_id', type: 'int4' },
    { name: 'batch_id', type: 'int8' },
    ...reservedFields.map((f) => layout.reserved[f.name]!),
  ];
  // Items and Users rows always carry a properties object; interactions only with metadata fields.
  const hasProperties = metadata.length > 0 || type !== 'Interactions';
  if (hasProperties) columns.push({ name: 'properties', type: 'jsonb' });
  return { table: layout.table, columns, reservedFields, hasProperties };
}

/** How one file's columns become table rows. */
export interface RecordPlan extends TableLayout {
  /** Number of CSV fields each record must have. */
  width: number;
  /** Converts one record into the batch at row `r`; returns a RecordError on a bad value. */
  fill(record: string[], batch: unknown[][], r: number, fileName: string, line: number): RecordError | undefined;
}

/**
 * Plans the conversion of a file with `header` into rows of the dataset's table.
 * Throws RecordError (line 1) for unknown, duplicate or missing columns.
 */
export function planRecords(
  schema: ParsedSchema,
  type: DatasetType,
  header: string[],
  ids: { datasetId: number; batchId: number },
  fileName: string,
): RecordPlan {
  const byName = new Map(schema.fields.map((f) => [f.name.toLowerCase(), f]));
  const seen = new Set<string>();
  const fieldsInOrder = header.map((raw, i) => {
    const name = raw.trim();
    const field = byName.get(name.toLowerCase());
    if (!field) {
      throw new RecordError(fileName, 1, i + 1, `column "${name}" is not a field of the dataset's schema (fields: ${schema.fields.map((f) => f.name).join(', ')})`);
    }
    if (seen.has(field.name)) throw new RecordError(fileName, 1, i + 1, `column "${name}" appears twice in the header`);
    seen.add(field.name);
    return field;
  });
  const missing = schema.fields.filter((f) => !f.nullable && !seen.has(f.name));
  if (missing.length > 0) {
    throw new RecordError(fileName, 1, undefined, `the header lacks required column(s) ${missing.map((f) => f.name).join(', ')}`);
  }

  const layout = tableLayout(schema, type);
  const { columns, reservedFields, hasProperties } = layout;
  const propertiesColumn = columns.length - 1;

  const target = fieldsInOrder.map((f) => {
    const reservedIndex = reservedFields.indexOf(f);
    return reservedIndex >= 0 ? { column: 2 + reservedIndex, key: undefined } : { column: -1, key: f.name };
  });
  const converters = fieldsInOrder.map((f) => csvConverter(f, type));
  const width = header.length;
  const { datasetId, batchId } = ids;

  return {
    ...layout,
    width,
    fill(record, batch, r, file, line) {
      if (record.length !== width) {
        return new RecordError(file, line, undefined, `the record has ${record.length} fields but the header has ${width}`);
      }
      batch[0]![r] = datasetId;
      batch[1]![r] = batchId;
      // Reserved columns absent from this file stay null.
      for (let c = 2; c < columns.length; c++) batch[c]![r] = null;
      let props: Record<string, FieldValue> | null = hasProperties ? {} : null;
      for (let i = 0; i < width; i++) {
        const value = converters[i]!(record[i]!);
        if (value instanceof ConversionError) {
          return new RecordError(file, line, i + 1, `${fieldsInOrder[i]!.name} ${value.reason}`);
        }
        const to = target[i]!;
        if (to.key === undefined) batch[to.column]![r] = value;
        else if (value !== null) props![to.key] = value;
      }
      if (hasProperties) {
        if (props && Object.keys(props).length === 0 && type === 'Interactions') props = null;
        batch[propertiesColumn]![r] = props;
      }
      return undefined;
    },
  };
}
