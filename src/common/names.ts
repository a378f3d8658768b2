import { InvalidInput } from './errors.ts';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]*$/;

/** Checks a Personalize resource name: 1-63 characters of [a-zA-Z0-9-_], starting alphanumeric. */
export function checkName(field: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new InvalidInput(field, 'is required');
  if (value.length > 63) throw new InvalidInput(field, `must be at most 63 characters (got ${value.length})`);
  if (!NAME.test(value)) {
    throw new InvalidInput(field, 'must start with a letter or digit and contain only letters, digits, "-" and "_"');
  }
  return value;
}

/** Requires a non-empty string of at most `max` characters. */
export function requireString(field: string, value: string | undefined, max = 256): string {
  if (value === undefined || value === '') throw new InvalidInput(field, 'is required');
  if (value.length > max) throw new InvalidInput(field, `must be at most ${max} characters (got ${value.length})`);
  checkNoNul(field, value);
  return value;
}

/**
 * requireString for each element of a list, naming `field[i]` when one is refused. The element
 * name is built only then: hot paths check lists of hundreds of ids.
 */
export function requireStrings(field: string, values: readonly (string | undefined)[], max = 256): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || v === '' || v.length > max || v.includes('\u0000') || !v.isWellFormed()) requireString(`${field}[${i}]`, v, max);
  }
}

/** Refuses text PostgreSQL cannot store: U+0000, and lone UTF-16 surrogates (not Unicode). */
export function checkNoNul(field: string, value: string): void {
  if (value.includes('\u0000')) throw new InvalidInput(field, 'must not contain the NUL character (U+0000)');
  if (!value.isWellFormed()) throw new InvalidInput(field, 'must be valid Unicode (it holds a lone surrogate)');
}

/** Returns undefined for an empty or missing string, else checks its length. */
export function optionalString(field: string, value: string | undefined | null, max = 256): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value.length > max) throw new InvalidInput(field, `must be at most ${max} characters (got ${value.length})`);
  checkNoNul(field, value);
  return value;
}

/** Checks a value against an enumeration, returning the canonical spelling. */
export function checkEnum<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
  options: { caseInsensitive?: boolean } = {},
): T {
  const found = options.caseInsensitive
    ? allowed.find((a) => a.toLowerCase() === value.toLowerCase())
    : allowed.find((a) => a === value);
  if (!found) throw new InvalidInput(field, `must be one of ${allowed.join(', ')} (got "${value}")`);
  return found;
}
