/**
 * What an export writes for each dataset type: one CSV column per schema field, in schema
 * order, named as in the schema. Reserved fields have columns of their own; the rest come
 * out of the row's `properties`, as the text they were imported from.
 */
import type { DatasetType, ParsedSchema } from '../schema/index.ts';

/** Reserved fields with a column of their own, by dataset type. */
const RESERVED: Record<DatasetType, Record<string, string>> = {
  Interactions: {
    USER_ID: 'user_id',
    ITEM_ID: 'item_id',
    TIMESTAMP: 'timestamp',
    EVENT_TYPE: 'event_type',
    EVENT_VALUE: 'event_value',
    IMPRESSION: 'impression',
    RECOMMENDATION_ID: 'recommendation_id',
    EVENT_ATTRIBUTION_SOURCE: 'event_attribution_source',
  },
  Items: { ITEM_ID: 'item_id', CREATION_TIMESTAMP: 'creation_timestamp' },
  Users: { USER_ID: 'user_id' },
};

/** The table of each dataset type. */
export const TABLE_OF: Record<DatasetType, 'interactions' | 'items' | 'users'> = {
  Interactions: 'interactions',
  Items: 'items',
  Users: 'users',
};

/** SQL string literal (field names are inlined: the export's statements take no parameters). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** One exported column: its header name, its SQL expression (alias `r`), and whether its text can need quoting. */
export interface ExportColumn {
  name: string;
  expression: string;
  /** Strings may hold commas, quotes or line ends; numbers and booleans never do. */
  textual: boolean;
}

/** The exported columns of a dataset type, in schema order. */
export function exportColumns(schema: ParsedSchema, type: DatasetType): ExportColumn[] {
  const reserved = RESERVED[type];
  return schema.fields.map((f) => {
    const column = reserved[f.name];
    return { name: f.name, expression: column ? `r.${column}` : `r.properties ->> ${literal(f.name)}`, textual: f.type === 'string' };
  });
}
