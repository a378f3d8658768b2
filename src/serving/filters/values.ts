/**
 * Reads the request's filterValues for `$PARAM` placeholders. An IN placeholder takes
 * comma-separated quoted strings or bare numbers (`"\"horror\",\"comedy\""`, `1,2`); a
 * comparison placeholder takes one number, bare or quoted (`25`, `"25"`).
 */
import { InvalidInput } from '../../common/errors.ts';
import type { Literal } from './ast.ts';

const NUMBER = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;
const EXAMPLE = 'e.g. "\\"horror\\",\\"comedy\\""';

/** Parses an IN placeholder value into its literals; throws InvalidInput('filter_values.NAME', …). */
export function parseListValue(name: string, raw: string): Literal[] {
  const fail = (reason: string): never => {
    throw new InvalidInput(`filter_values.${name}`, reason);
  };
  const values: Literal[] = [];
  let i = skipSpace(raw, 0);
  if (i === raw.length) fail(`is empty; give one or more comma-separated values, ${EXAMPLE}`);
  for (;;) {
    if (raw[i] === '"') {
      const start = i;
      let value = '';
      i += 1;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === '\\' && i + 1 < raw.length) i += 1;
        value += raw[i];
        i += 1;
      }
      if (i >= raw.length) fail(`has a string starting at character ${start + 1} with no closing quote`);
      values.push({ kind: 'string', value });
      i += 1;
    } else {
      const text = NUMBER.exec(raw.slice(i))?.[0];
      if (text === undefined || !Number.isFinite(Number(text))) {
        const found = i === raw.length ? 'nothing' : JSON.stringify(raw.slice(i, i + 20));
        return fail(
          `value ${values.length + 1} must be a quoted string or a number, found ${found}; quote strings, ${EXAMPLE}`,
        );
      }
      values.push({ kind: 'number', value: Number(text), text });
      i += text.length;
    }
    i = skipSpace(raw, i);
    if (i === raw.length) return values;
    if (raw[i] !== ',') fail(`expected "," after value ${values.length}, found ${JSON.stringify(raw.slice(i, i + 20))}`);
    i = skipSpace(raw, i + 1);
  }
}

/** Parses a comparison placeholder value (one number, optionally quoted); throws InvalidInput('filter_values.NAME', …). */
export function parseNumberValue(name: string, raw: string): number {
  let text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).trim();
  const match = NUMBER.exec(text)?.[0];
  const value = Number(text);
  if (match !== text || !Number.isFinite(value)) {
    throw new InvalidInput(`filter_values.${name}`, `must be a number for a comparison, e.g. "25" (got ${JSON.stringify(raw)})`);
  }
  return value;
}

function skipSpace(raw: string, from: number): number {
  let i = from;
  while (i < raw.length && /\s/.test(raw[i]!)) i++;
  return i;
}

/** One request's filterValues, parsed on first use and remembered for the rest of the request. */
export class RequestValues {
  private readonly lists = new Map<string, Literal[]>();
  private readonly numbers = new Map<string, number>();

  constructor(private readonly values: Readonly<Record<string, string>>) {}

  /** The raw value of `name`, or undefined when the request does not supply it. */
  raw(name: string): string | undefined {
    return Object.hasOwn(this.values, name) ? this.values[name] : undefined;
  }

  /** `name` read as an IN list (the caller has checked it is supplied). */
  list(name: string): Literal[] {
    let parsed = this.lists.get(name);
    if (parsed === undefined) {
      parsed = parseListValue(name, this.raw(name) ?? '');
      this.lists.set(name, parsed);
    }
    return parsed;
  }

  /** `name` read as a number (the caller has checked it is supplied). */
  number(name: string): number {
    let parsed = this.numbers.get(name);
    if (parsed === undefined) {
      parsed = parseNumberValue(name, this.raw(name) ?? '');
      this.numbers.set(name, parsed);
    }
    return parsed;
  }
}
