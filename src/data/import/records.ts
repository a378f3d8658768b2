/**
 * Turns CSV records into rows of a dataset table: maps header names to schema fields,
 * converts and checks every value, and fills column-major batches for the bulk writer.
 */
import { ConversionError, csvConverter, type DatasetType, type FieldValue, type ParsedSchema, type SchemaField } from '../schema/index.ts';
import { type ColumnSpec, copyText } from '../../store/bulk-writer.ts';

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

/** How one file's records become table rows. */
export interface RecordPlan extends TableLayout {
  /** Number of CSV fields each record must have. */
  width: number;
  /** Checks one record and returns it as a line of COPY text (no newline), or a RecordError. */
  encode(record: string[], fileName: string, line: number): string | RecordError;
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
  const { reservedFields, hasProperties } = layout;
  // For each CSV column: its position among the reserved columns, or -1 for a properties key.
  const reservedPos = fieldsInOrder.map((f) => reservedFields.indexOf(f));
  const keys = fieldsInOrder.map((f) => f.name);
  const names = fieldsInOrder.map((f) => f.name);
  const converters = fieldsInOrder.map((f) => csvConverter(f, type));
  const width = header.length;
  const prefix = `${ids.datasetId}\t${ids.batchId}`;
  const noProperties = type === 'Interactions' ? '\\N' : '{}';
  const cells: string[] = new Array(reservedFields.length);

  return {
    ...layout,
    width,
    encode(record, file, line) {
      if (record.length !== width) {
        return new RecordError(file, line, undefined, `the record has ${record.length} fields but the header has ${width}`);
      }
      // Reserved columns absent from this file stay null.
      cells.fill('\\N');
      let props: Record<string, FieldValue> | undefined;
      for (let i = 0; i < width; i++) {
        const raw = record[i]!;
        const value = converters[i]!(raw);
        if (value instanceof ConversionError) return new RecordError(file, line, i + 1, `${names[i]} ${value.reason}`);
        const pos = reservedPos[i]!;
        if (pos >= 0) {
          // Numbers and booleans passed a strict syntax check that PostgreSQL also accepts:
          // their text goes through as written (no re-formatting, no float allocation).
          cells[pos] = value === null ? '\\N' : typeof value === 'string' ? copyText(value, 'text') : raw;
        } else if (value !== null) {
          (props ??= {})[keys[i]!] = value;
        }
      }
      let out = prefix;
      for (const c of cells) out += '\t' + c;
      if (hasProperties) out += '\t' + (props ? copyText(props, 'jsonb') : noProperties);
      return out;
    },
  };
}
