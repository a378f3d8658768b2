/**
 * Avro record schemas as Personalize accepts them at CreateSchema: a flat record whose
 * fields are primitives, optionally in a union with "null", with the Personalize-specific
 * `categorical` and `textual` attributes on string fields.
 */
import { InvalidInput } from '../../common/errors.ts';

/** The Avro primitive types a Personalize field may have ("null" only inside a union). */
export type AvroPrimitive = 'string' | 'int' | 'long' | 'float' | 'double' | 'boolean';

/** One field of a parsed schema, in declaration order (which is also the CSV column order). */
export interface SchemaField {
  name: string;
  type: AvroPrimitive;
  /** The type was a union with "null": values may be missing. */
  nullable: boolean;
  categorical: boolean;
  textual: boolean;
}

/** A validated schema: the record's name, namespace and fields. */
export interface ParsedSchema {
  name: string;
  namespace?: string;
  fields: SchemaField[];
}

export const AVRO_PRIMITIVES: readonly AvroPrimitive[] = Object.freeze([
  'string',
  'int',
  'long',
  'float',
  'double',
  'boolean',
]);

/** Longest schema text accepted (CreateSchema `schema`, 1–20000 characters). */
export const MAX_SCHEMA_LENGTH = 20_000;
/** Most fields in any schema; the per-dataset-type metadata limits are stricter. */
export const MAX_SCHEMA_FIELDS = 150;

const AVRO_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AVRO_FULL_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const COMPLEX_TYPES = new Set(['record', 'array', 'map', 'enum', 'fixed']);
const ALLOWED = AVRO_PRIMITIVES.join(', ');

type JsonObject = Record<string, unknown>;

/** Parses and validates Avro schema JSON text; throws InvalidInput(field, …) naming the offending Avro field. */
export function parseAvroSchema(text: string, field = 'schema'): ParsedSchema {
  if (typeof text !== 'string' || text.length === 0) throw new InvalidInput(field, 'is required');
  if (text.length > MAX_SCHEMA_LENGTH) {
    throw new InvalidInput(field, `must be at most ${MAX_SCHEMA_LENGTH} characters (got ${text.length})`);
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new InvalidInput(field, `is not valid JSON: ${(error as Error).message}`);
  }
  const fail = (reason: string): never => {
    throw new InvalidInput(field, reason);
  };
  if (!isObject(root)) return fail(`must be a JSON object describing an Avro record (got ${describeJson(root)})`);
  if (root.type !== 'record') {
    fail(`the top-level "type" must be "record" (got ${JSON.stringify(root.type) ?? 'nothing'})`);
  }
  if (typeof root.name !== 'string') return fail('the record needs a string "name"');
  if (!AVRO_FULL_NAME.test(root.name)) {
    fail(
      `the record name "${root.name}" is not a valid Avro name ` +
        '(letters, digits and "_", not starting with a digit; dots may join a namespace)',
    );
  }
  let namespace: string | undefined;
  if (root.namespace !== undefined) {
    if (typeof root.namespace !== 'string' || (root.namespace !== '' && !AVRO_FULL_NAME.test(root.namespace))) {
      fail(`the record "namespace" must be dot-separated Avro names (got ${JSON.stringify(root.namespace)})`);
    }
    namespace = root.namespace as string;
  }
  const rawFields = root.fields;
  if (!Array.isArray(rawFields)) return fail('the record needs a "fields" array');
  if (rawFields.length === 0) fail('the record "fields" array must not be empty');
  if (rawFields.length > MAX_SCHEMA_FIELDS) {
    fail(`the record has ${rawFields.length} fields; at most ${MAX_SCHEMA_FIELDS} are allowed`);
  }

  const fields: SchemaField[] = [];
  const seen = new Map<string, string>(); // normalized name -> declared name
  let textualField: string | undefined;
  rawFields.forEach((raw: unknown, index: number) => {
    const parsed = parseField(raw, index, fail);
    const key = normalizeFieldName(parsed.name);
    const clash = seen.get(key);
    if (clash === parsed.name) fail(`field name "${parsed.name}" appears more than once`);
    if (clash !== undefined) {
      fail(
        `field names "${clash}" and "${parsed.name}" clash: names must differ in more than letter case and underscores`,
      );
    }
    seen.set(key, parsed.name);
    if (parsed.textual) {
      if (textualField !== undefined) {
        fail(`fields "${textualField}" and "${parsed.name}" are both textual; at most one textual field is allowed`);
      }
      textualField = parsed.name;
    }
    fields.push(parsed);
  });
  return namespace === undefined ? { name: root.name, fields } : { name: root.name, namespace, fields };
}

/** The form under which two field names clash: lower case, underscores removed. */
export function normalizeFieldName(name: string): string {
  return name.replaceAll('_', '').toLowerCase();
}

function parseField(raw: unknown, index: number, fail: (reason: string) => never): SchemaField {
  if (!isObject(raw)) return fail(`fields[${index}] must be a JSON object (got ${describeJson(raw)})`);
  const name = raw.name;
  if (typeof name !== 'string') return fail(`fields[${index}] needs a string "name"`);
  if (!AVRO_NAME.test(name)) {
    fail(`fields[${index}] name "${name}" is not a valid Avro name (letters, digits and "_", not starting with a digit)`);
  }
  if (raw.type === undefined) fail(`field "${name}" needs a "type"`);
  const { type, nullable } = parseFieldType(raw.type, name, fail);
  const categorical = flag(raw, 'categorical', name, fail);
  const textual = flag(raw, 'textual', name, fail);
  if ((categorical || textual) && type !== 'string') {
    fail(`field "${name}" is ${type}; "${categorical ? 'categorical' : 'textual'}" is only allowed on string fields`);
  }
  if (categorical && textual) fail(`field "${name}" cannot be both categorical and textual`);
  return { name, type, nullable, categorical, textual };
}

function parseFieldType(
  raw: unknown,
  name: string,
  fail: (reason: string) => never,
): { type: AvroPrimitive; nullable: boolean } {
  if (!Array.isArray(raw)) {
    if (raw === 'null') {
      fail(`field "${name}" has type "null"; give it a value type, e.g. ["null", "string"] for an optional string`);
    }
    return { type: primitiveOf(raw, name, fail), nullable: false };
  }
  const shown = JSON.stringify(raw);
  if (raw.length !== 2) {
    fail(`field "${name}" has union type ${shown}; a union must be exactly "null" plus one primitive type`);
  }
  const nonNull = raw.filter((member) => member !== 'null');
  if (nonNull.length !== 1) {
    fail(
      nonNull.length === 0
        ? `field "${name}" has union type ${shown}; a union must be exactly "null" plus one primitive type`
        : `field "${name}" has union type ${shown}; unions of two non-null types are not supported, ` +
          'only "null" plus one primitive type',
    );
  }
  return { type: primitiveOf(nonNull[0], name, fail), nullable: true };
}

function primitiveOf(raw: unknown, name: string, fail: (reason: string) => never): AvroPrimitive {
  if (typeof raw === 'string') {
    if ((AVRO_PRIMITIVES as readonly string[]).includes(raw)) return raw as AvroPrimitive;
    if (COMPLEX_TYPES.has(raw)) {
      fail(`field "${name}" has type "${raw}"; Personalize schemas must be flat (allowed types: ${ALLOWED})`);
    }
    return fail(`field "${name}" has unsupported type "${raw}"; allowed types: ${ALLOWED}`);
  }
  if (isObject(raw)) {
    if (raw.logicalType !== undefined) {
      fail(
        `field "${name}" uses logical type ${JSON.stringify(raw.logicalType)}; logical types are not supported, ` +
          'use the plain primitive (e.g. "long" for epoch seconds)',
      );
    }
    if (typeof raw.type === 'string' && COMPLEX_TYPES.has(raw.type)) {
      fail(`field "${name}" is a nested ${raw.type}; Personalize schemas must be flat (allowed types: ${ALLOWED})`);
    }
    return fail(`field "${name}" has a type object; write the type as a primitive name string (${ALLOWED})`);
  }
  if (Array.isArray(raw)) fail(`field "${name}" has a nested union; only "null" plus one primitive type is supported`);
  return fail(`field "${name}" has type ${describeJson(raw)}; allowed types: ${ALLOWED}`);
}

function flag(raw: JsonObject, key: 'categorical' | 'textual', name: string, fail: (reason: string) => never): boolean {
  const value = raw[key];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') fail(`field "${name}": "${key}" must be true or false (got ${JSON.stringify(value)})`);
  return value as boolean;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names a JSON value's kind for messages: "a string", "an array", "null". */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `a boolean (${value})`;
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return typeof value;
}
