/**
 * Field value conversion for bulk CSV import and real-time records. Converters are built
 * once per field and then called per value; they return a ConversionError instead of
 * throwing, so an import can report a row and carry on. Reasons are predicates without a
 * subject ("must be an integer (got "1.5")"): the caller prefixes the column or key.
 */
import { describeJson, type AvroPrimitive, type SchemaField } from './avro.ts';
import { reservedField, type DatasetType } from './dataset-types.ts';

/** A converted value: strings as-is, numbers as JS numbers, booleans, or null for a missing value. */
export type FieldValue = string | number | boolean | null;

/** Why one value was rejected; returned, not thrown. */
export class ConversionError {
  constructor(readonly reason: string) {}
}

/** USER_ID / ITEM_ID length limit. */
export const MAX_ID_LENGTH = 256;
/** Categorical and other non-textual string length limit ("|" separators included). */
export const MAX_STRING_LENGTH = 1000;
/** Textual values longer than this are truncated, as Personalize does. */
export const MAX_TEXTUAL_LENGTH = 20_000;
/** Epoch-second fields must be below this; larger values are taken to be milliseconds. */
export const MAX_EPOCH_SECONDS = 1e11;

const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;
const FLOAT_MAX = 3.4028234663852886e38;
const INTEGER = /^-?[0-9]+$/;
const DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** The checks a field's values get: its Avro type, refined for IDs, epoch seconds and text. */
type ValueKind = 'id' | 'epochSeconds' | 'textual' | 'categorical' | AvroPrimitive;

type Convert = (raw: string) => FieldValue | ConversionError;

/** Returns a converter for one field: raw CSV text to value, or a ConversionError (empty text is null). */
export function csvConverter(field: SchemaField, type: DatasetType): (raw: string) => FieldValue | ConversionError {
  const kind = kindOf(field, type);
  return withEmpty(field, kind, textParser(kind));
}

/** Returns a converter for one field's JSON value (real-time properties): null, string, string[], number or boolean. */
export function jsonConverter(
  field: SchemaField,
  type: DatasetType | undefined,
): (value: unknown) => FieldValue | ConversionError {
  const kind = kindOf(field, type);
  const text = withEmpty(field, kind, textParser(kind));
  const isNullable = field.nullable && kind !== 'id';
  const required = new ConversionError('is required (null)');
  if (kind === 'id' || kind === 'textual' || kind === 'categorical' || kind === 'string') {
    return (value) => {
      if (value === null) return isNullable ? null : required;
      if (typeof value === 'string') return text(value);
      if (Array.isArray(value)) {
        const odd: unknown = value.find((v) => typeof v !== 'string');
        if (odd !== undefined) {
          return new ConversionError(`must be a string or an array of strings (got an array holding ${describeJson(odd)})`);
        }
        return text(value.join('|'));
      }
      return new ConversionError(`must be a string or an array of strings (got ${describeJson(value)})`);
    };
  }
  if (kind === 'boolean') {
    return (value) => {
      if (value === null) return isNullable ? null : required;
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string') return text(value);
      return new ConversionError(`must be true or false (got ${describeJson(value)})`);
    };
  }
  const checkNumber = numberChecker(kind);
  return (value) => {
    if (value === null) return isNullable ? null : required;
    if (typeof value === 'number') return checkNumber(value, String(value));
    if (typeof value === 'string') return text(value);
    return new ConversionError(`must be a number or a numeric string (got ${describeJson(value)})`);
  };
}

function kindOf(field: SchemaField, type: DatasetType | undefined): ValueKind {
  // EVENT_VALUE is stored as a 32-bit float whatever its Avro type, so it gets float's range.
  if (field.name === 'EVENT_VALUE' && (type === 'Interactions' || type === undefined) && (field.type === 'float' || field.type === 'double')) {
    return 'float';
  }
  const spec = reservedField(field.name, type);
  if (spec?.value === 'id' && field.type === 'string') return 'id';
  if (spec?.value === 'epochSeconds' && (field.type === 'long' || field.type === 'int')) return 'epochSeconds';
  if (field.type === 'string') return field.textual ? 'textual' : field.categorical ? 'categorical' : 'string';
  return field.type;
}

/** Wraps a parser of non-empty text with the empty-means-null rule (IDs are never null). */
function withEmpty(field: SchemaField, kind: ValueKind, parse: Convert): Convert {
  if (field.nullable && kind !== 'id') {
    return (raw) => (raw === '' ? null : parse(raw));
  }
  const required = new ConversionError('is required (empty value)');
  return (raw) => (raw === '' ? required : parse(raw));
}

function textParser(kind: ValueKind): Convert {
  switch (kind) {
    case 'id':
      return maxLength(MAX_ID_LENGTH, '');
    case 'categorical':
      return maxLength(MAX_STRING_LENGTH, ' (the "|" separators count)');
    case 'string':
      return maxLength(MAX_STRING_LENGTH, '');
    case 'textual':
      return truncateText;
    case 'boolean':
      return (raw) =>
        raw === 'true'
          ? true
          : raw === 'false'
            ? false
            : new ConversionError(`must be true or false in lower case (got ${preview(raw)})`);
    case 'float':
    case 'double': {
      const check = numberChecker(kind);
      return (raw) =>
        DECIMAL.test(raw)
          ? check(Number(raw), raw)
          : new ConversionError(`must be a finite decimal number (got ${preview(raw)})`);
    }
    case 'int':
    case 'long':
    case 'epochSeconds': {
      const check = numberChecker(kind);
      return (raw) => (INTEGER.test(raw) ? check(Number(raw), raw) : notInteger(kind, raw));
    }
  }
}

/** Range checks shared by text and JSON numbers; `shown` is the value as written, for messages. */
function numberChecker(kind: ValueKind): (n: number, shown: string) => number | ConversionError {
  switch (kind) {
    case 'int':
      return (n, shown) =>
        !Number.isInteger(n)
          ? notInteger(kind, shown)
          : n < INT_MIN || n > INT_MAX
            ? new ConversionError(`is out of range for int (32-bit, ${INT_MIN} to ${INT_MAX}; got ${shown})`)
            : n;
    case 'long':
      return (n, shown) =>
        !Number.isInteger(n)
          ? notInteger(kind, shown)
          : !Number.isSafeInteger(n)
            ? new ConversionError(
                `is beyond ±${Number.MAX_SAFE_INTEGER} (2^53 - 1), the largest long Attune stores exactly (got ${shown})`,
              )
            : n;
    case 'epochSeconds':
      return (n, shown) =>
        !Number.isInteger(n)
          ? notInteger(kind, shown)
          : n < 0
            ? new ConversionError(`must be Unix epoch seconds, 0 or more (got ${shown})`)
            : n >= MAX_EPOCH_SECONDS
              ? new ConversionError(
                  `must be Unix epoch seconds, not milliseconds: values must be below ${MAX_EPOCH_SECONDS} (got ${shown})`,
                )
              : n;
    case 'float':
      return (n, shown) =>
        !Number.isFinite(n) || Math.abs(n) > FLOAT_MAX
          ? new ConversionError(`is out of range for float (32-bit, at most ±${FLOAT_MAX}; got ${shown})`)
          : n !== 0 && Math.fround(n) === 0
            ? new ConversionError(`is too small for float (32-bit: it would round to 0; got ${shown})`)
            : n;
    default:
      return (n, shown) =>
        Number.isFinite(n) ? n : new ConversionError(`is out of range for double (got ${shown})`);
  }
}

function notInteger(kind: ValueKind, shown: string): ConversionError {
  if (kind === 'epochSeconds') {
    return new ConversionError(`must be a whole number of Unix epoch seconds (got ${preview(shown)})`);
  }
  const decimal = DECIMAL.test(shown) && /[.eE]/.test(shown);
  return new ConversionError(
    decimal
      ? `must be an integer; ${kind} fields do not accept decimals or exponents (got ${preview(shown)})`
      : `must be an integer: digits with an optional leading "-" (got ${preview(shown)})`,
  );
}

/** PostgreSQL text cannot hold U+0000, so it is refused up front with a clear reason. */
const NUL_ERROR = new ConversionError('must not contain the NUL character (U+0000)');
const SURROGATE_ERROR = new ConversionError('must be valid Unicode (it holds a lone surrogate)');

function maxLength(max: number, note: string): Convert {
  return (raw) =>
    raw.length > max
      ? new ConversionError(`must be at most ${max} characters${note} (got ${raw.length})`)
      : raw.includes('\u0000')
        ? NUL_ERROR
        : raw.isWellFormed()
          ? raw
          : SURROGATE_ERROR;
}

function truncateText(raw: string): string | ConversionError {
  if (raw.includes('\u0000')) return NUL_ERROR;
  if (!raw.isWellFormed()) return SURROGATE_ERROR;
  if (raw.length <= MAX_TEXTUAL_LENGTH) return raw;
  const code = raw.charCodeAt(MAX_TEXTUAL_LENGTH - 1);
  // Do not split a surrogate pair.
  const end = code >= 0xd800 && code <= 0xdbff ? MAX_TEXTUAL_LENGTH - 1 : MAX_TEXTUAL_LENGTH;
  return raw.slice(0, end);
}

function preview(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}
