/**
 * Real-time record `properties` (PutItems, PutUsers, PutEvents): a JSON object string whose
 * keys are the camelCase forms of schema field names (`numberOfRatings` for
 * NUMBER_OF_RATINGS) and whose values follow the same limits as bulk CSV import.
 */
import { InvalidInput } from '../../common/errors.ts';
import { describeJson, type SchemaField } from './avro.ts';
import type { DatasetType } from './dataset-types.ts';
import { ConversionError, jsonConverter, type FieldValue } from './values.ts';

/** How to read one `properties` string. */
export interface PropertiesOptions {
  /** The request field reported in errors, e.g. 'items[2].properties'. */
  field: string;
  /** Longest accepted JSON text, in characters (PutItems 32000, PutUsers 24000, PutEvents 1024). */
  maxLength: number;
  /** The fields properties may set (usually the dataset's metadata fields). */
  fields: SchemaField[];
  /** Keys refused whatever their case, e.g. PutEvents' userId, sessionId, eventType. */
  forbiddenKeys?: string[];
  /**
   * The dataset type, which decides which names are reserved (ID length, epoch seconds).
   * Default: a name reserved in any dataset type is treated as reserved.
   */
  datasetType?: DatasetType;
}

/** Converts a schema field name to its properties key: NUMBER_OF_RATINGS -> numberOfRatings, myField -> myField. */
export function toCamelCase(fieldName: string): string {
  let out = '';
  for (const part of fieldName.split('_')) {
    if (part === '') continue;
    // An all-capitals part (digits allowed) is a word in SCREAMING_SNAKE_CASE; mixed case is kept.
    const word = part === part.toUpperCase() ? part.toLowerCase() : part;
    out += out === '' ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1);
  }
  return out;
}

/** Parses a properties JSON string into values keyed by schema field name; throws InvalidInput(options.field, …). */
export function parseProperties(json: string, options: PropertiesOptions): Record<string, FieldValue> {
  const { field } = options;
  if (json.length === 0) throw new InvalidInput(field, 'must be a JSON object (got an empty string)');
  if (json.length > options.maxLength) {
    throw new InvalidInput(field, `must be at most ${options.maxLength} characters (got ${json.length})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new InvalidInput(field, `is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidInput(field, `must be a JSON object (got ${describeJson(parsed)})`);
  }

  const forbidden = new Set((options.forbiddenKeys ?? []).map((k) => k.toLowerCase()));
  const byKey = new Map<string, SchemaField>();
  const allowedKeys: string[] = [];
  for (const f of options.fields) {
    const camel = toCamelCase(f.name);
    if (forbidden.has(camel.toLowerCase()) || forbidden.has(f.name.toLowerCase())) continue;
    if (camel !== '' && !byKey.has(camel)) byKey.set(camel, f);
    if (!byKey.has(f.name)) byKey.set(f.name, f);
    allowedKeys.push(camel || f.name);
  }

  const out = Object.create(null) as Record<string, FieldValue>; // field names like __proto__ stay plain keys
  const keyOf = new Map<string, string>(); // schema field name -> key that set it
  for (const [key, value] of Object.entries(parsed)) {
    if (forbidden.has(key.toLowerCase())) {
      throw new InvalidInput(
        field,
        `key "${key}" is not allowed in properties; send it as its own request field ` +
          `(not allowed, in any case: ${(options.forbiddenKeys ?? []).join(', ')})`,
      );
    }
    const target = byKey.get(key);
    if (!target) {
      throw new InvalidInput(
        field,
        allowedKeys.length === 0
          ? `unknown key "${key}"; this dataset's schema has no fields that properties can set`
          : `unknown key "${key}"; allowed keys: ${allowedKeys.join(', ')}`,
      );
    }
    const earlier = keyOf.get(target.name);
    if (earlier !== undefined) {
      throw new InvalidInput(field, `keys "${earlier}" and "${key}" both set field ${target.name}; give it once`);
    }
    keyOf.set(target.name, key);
    const converted = jsonConverter(target, options.datasetType)(value);
    if (converted instanceof ConversionError) {
      const label = key === target.name ? `key "${key}"` : `key "${key}" (field ${target.name})`;
      throw new InvalidInput(field, `${label} ${converted.reason}`);
    }
    out[target.name] = converted;
  }
  return out;
}
