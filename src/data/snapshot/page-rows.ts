/**
 * Where the interactions a snapshot reads go, row by row: ids become dense indexes, event types
 * are counted, and the rows the solution uses land in growing typed arrays. On PGlite a page
 * arrives as the text of a COPY (see build.ts), parsed here field by field without row objects:
 * at a million rows, per-row objects and split() arrays cost more than PGlite's own read.
 */
import { GrowableArray } from './shared-arrays.ts';
import type { RowFilter } from './build.ts';

const BACKSLASH = 92;
const CAPITAL_N = 78;
const MINUS = 45;

export class SnapshotRows {
  readonly userIndex = new Map<string, number>();
  readonly itemIndex = new Map<string, number>();
  readonly userIds: string[] = [];
  readonly itemIds: string[] = [];
  /** Names of the event types of the rows kept (what `type` indexes). */
  readonly eventTypes: string[] = [];
  private readonly typeIndex = new Map<string, number>();
  /** Rows read before filtering, by event type name ('' for none). */
  private readonly counts = new Map<string, { n: number }>();
  private lastTypeName: string | undefined;
  private lastCount = { n: 0 };
  readonly u = new GrowableArray(Int32Array);
  readonly it = new GrowableArray(Int32Array);
  readonly time = new GrowableArray(Float64Array);
  readonly weight = new GrowableArray(Float32Array);
  readonly value = new GrowableArray(Float32Array);
  readonly type = new GrowableArray(Int16Array);
  rowsRead = 0;
  latest = -Infinity;

  constructor(private readonly keep: RowFilter) {}

  /** Interactions read, by event type name ('' for none), before filtering. */
  eventTypeCounts(): Map<string, number> {
    return new Map([...this.counts].map(([name, c]) => [name, c.n]));
  }

  /** One interaction (`value` NaN for none). */
  add(user: string | null, item: string | null, seconds: number, eventType: string | null, value: number): void {
    this.rowsRead++;
    const typeName = eventType ?? '';
    // Most rows share their type with the row before: compare before looking it up.
    if (typeName !== this.lastTypeName) {
      this.lastTypeName = typeName;
      this.lastCount = this.counts.get(typeName) ?? { n: 0 };
      this.counts.set(typeName, this.lastCount);
    }
    this.lastCount.n++;
    if (user === null || item === null) return;
    const w = this.keep(eventType, value);
    if (w <= 0) return;
    let ui = this.userIndex.get(user);
    if (ui === undefined) {
      ui = this.userIds.length;
      this.userIndex.set(user, ui);
      this.userIds.push(user);
    }
    let ii = this.itemIndex.get(item);
    if (ii === undefined) {
      ii = this.itemIds.length;
      this.itemIndex.set(item, ii);
      this.itemIds.push(item);
    }
    let ti = -1;
    if (eventType !== null) {
      ti = this.typeIndex.get(eventType) ?? -1;
      if (ti < 0) {
        ti = this.eventTypes.length;
        this.typeIndex.set(eventType, ti);
        this.eventTypes.push(eventType);
      }
    }
    if (seconds > this.latest) this.latest = seconds;
    this.u.push(ui);
    this.it.push(ii);
    this.time.push(seconds);
    this.weight.push(w);
    this.value.push(value);
    this.type.push(ti);
  }

  /**
   * Adds the rows of a COPY text-format page of (user_id, item_id, timestamp, event_type,
   * event_value): tab-separated fields, `\N` for NULL, backslash escapes in text.
   */
  addCopyText(text: string): void {
    const n = text.length;
    let start = 0;
    while (start < n) {
      const t1 = text.indexOf('\t', start);
      const t2 = text.indexOf('\t', t1 + 1);
      const t3 = text.indexOf('\t', t2 + 1);
      const t4 = text.indexOf('\t', t3 + 1);
      if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0) throw new Error(`interactions page: a row without 5 fields at character ${start}`);
      let end = text.indexOf('\n', t4 + 1);
      if (end < 0) end = n;
      const rawValue = copyField(text, t4 + 1, end);
      this.add(copyField(text, start, t1), copyField(text, t1 + 1, t2), copyInteger(text, t2 + 1, t3), copyField(text, t3 + 1, t4), rawValue === null ? NaN : Number(rawValue));
      start = end + 1;
    }
  }
}

/** A COPY text field in [start, end): null for \N; backslash escapes undone. */
function copyField(text: string, start: number, end: number): string | null {
  if (end - start === 2 && text.charCodeAt(start) === BACKSLASH && text.charCodeAt(start + 1) === CAPITAL_N) return null;
  const raw = text.slice(start, end);
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(.)/g, (_, c: string) => ({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' })[c] ?? c);
}

/** A bigint column's text in [start, end) (digits, maybe a minus sign) as a number. */
function copyInteger(text: string, start: number, end: number): number {
  // Past 15 digits x·10 + d can round differently from Number(): leave those to Number().
  if (end - start > 15) return Number(text.slice(start, end));
  let x = 0;
  let negative = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === MINUS && k === start) negative = true;
    else if (c >= 48 && c <= 57) x = x * 10 + (c - 48);
    else return Number(text.slice(start, end)); // not plain digits (never for bigint): the general parse
  }
  return negative ? -x : x;
}
