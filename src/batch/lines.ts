/**
 * What every kind of batch line shares: parsing a JSON Lines record into an object whose
 * fields are checked against the fields its job accepts, and the output record
 * `{"input": …, "output": …, "error": …}` (Personalize's batch output shape). A line that cannot
 * be answered gets an error record; the job goes on.
 */
import { AttuneError } from '../common/errors.ts';
import type { InputLine } from './jsonl.ts';

/** An output record, newline-terminated, and whether it carries an error. */
export interface LineResult {
  text: string;
  failed: boolean;
}

/** A line that cannot be answered (its message becomes the record's error). */
export class LineError extends Error {}

/** A parsed input line: its object and line number. */
export interface ParsedLine {
  line: number;
  record: Record<string, unknown>;
}

/** The error record of a line (`input` is the parsed object, the raw text, or null). */
export function errorRecord(input: unknown, message: string): LineResult {
  return { text: `${JSON.stringify({ input: input ?? null, output: null, error: message })}\n`, failed: true };
}

/** The record of an answered line. */
export function outputRecord(input: Record<string, unknown>, output: Record<string, unknown>): LineResult {
  return { text: `${JSON.stringify({ input, output, error: null })}\n`, failed: false };
}

/**
 * A score as Personalize's batch output writes it: rounded to 7 decimal places (0.0152238,
 * 0.006394, 0.00341 in its documented output); null when there is none. The scores are float32
 * products to begin with, so the digits dropped carry nothing, and the output is a third smaller.
 */
export function batchScore(x: number | null | undefined): number | null {
  return x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 1e7) / 1e7;
}

/**
 * Parses a line into an object whose keys are all in `fields`; otherwise returns the error
 * record to write. `what` names the line's kind in messages (e.g. "a line for aws-sims").
 */
export function parseLine(input: InputLine, fields: readonly string[], what: string): ParsedLine | LineResult {
  if (input.error !== undefined) return errorRecord(null, input.error);
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch (err) {
    return errorRecord(input.text, `line ${input.line}: malformed JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorRecord(value, `line ${input.line}: must be a JSON object such as {"${fields[0]}": "…"}`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!fields.includes(key)) return errorRecord(record, `line ${input.line}: unknown field "${key}"; ${what} has ${fields.join(', ')}`);
  }
  return { line: input.line, record };
}

/** A required or optional string field of a line (1-256 characters). */
export function stringField(p: ParsedLine, name: string, required: boolean): string | undefined {
  const v = p.record[name];
  if (v === undefined || v === null) {
    if (required) throw new LineError(`line ${p.line}: ${name} is required`);
    return undefined;
  }
  if (typeof v !== 'string') throw new LineError(`line ${p.line}: ${name} must be a string (got ${JSON.stringify(v)})`);
  if (v === '' || v.length > 256) throw new LineError(`line ${p.line}: ${name} must be 1-256 characters`);
  return v;
}

/** The line's filterValues: an object of strings (empty when absent). */
export function filterValuesField(p: ParsedLine): Record<string, string> {
  const v = p.record.filterValues;
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new LineError(`line ${p.line}: filterValues must be an object of strings`);
  for (const [name, value] of Object.entries(v)) {
    if (typeof value !== 'string') throw new LineError(`line ${p.line}: filterValues.${name} must be a string such as "\\"comedy\\"" (got ${JSON.stringify(value)})`);
  }
  return v as Record<string, string>;
}

/** Request fields of the runtime API, as batch lines spell them. */
const LINE_FIELDS: Record<string, string> = {
  user_id: 'userId',
  item_id: 'itemId',
  input_list: 'itemList',
  filter_values: 'filterValues',
};

/**
 * The message for an error thrown while answering a line: a domain error (bad input the
 * runtime API would refuse too), with the runtime's field names spelled as batch lines spell
 * them. Anything else is a bug and is rethrown.
 */
export function lineMessage(line: number, err: unknown): string {
  if (err instanceof LineError) return err.message;
  if (!(err instanceof AttuneError)) throw err;
  return `line ${line}: ${err.message.replace(/^(user_id|item_id|input_list|filter_values)/, (m) => LINE_FIELDS[m] ?? m)}`;
}
