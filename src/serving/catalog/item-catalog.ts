/**
 * The items of a dataset group as serving sees them: every item id that appears in the
 * Interactions or Items dataset, under a dense index that never changes while the process
 * runs (new items are appended), with their Items-dataset record for filters and metadata.
 */
import type { SchemaField } from '../../data/schema/index.ts';
import type { ItemColumn } from '../filters/subject.ts';

type Properties = Record<string, unknown>;

const NUMERIC = new Set(['int', 'long', 'float', 'double']);

/** Item ids, records and derived columns; indexes are stable and only grow. */
export class ItemCatalog {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private created = new Float64Array(1024).fill(Number.NaN);
  private firstSeen = new Float64Array(1024).fill(Number.NaN);
  private counts = new Int32Array(1024);
  private readonly records: (Properties | undefined)[] = [];
  private readonly columns = new Map<string, ItemColumn>();
  /** Bumped on every change (filters key their caches on it). */
  version = 0;

  /** `fields` are the Items schema's fields (empty without an Items dataset). */
  constructor(fields: readonly SchemaField[]) {
    this.defineColumns(fields);
  }

  /**
   * Defines the filterable columns from the Items schema's fields: at construction, and again
   * when the group gains an Items dataset after serving loaded it. Records are kept.
   */
  defineColumns(fields: readonly SchemaField[]): void {
    this.columns.clear();
    this.columns.set('ITEM_ID', { kind: 'categorical', values: (i) => (i < this.ids.length ? [this.ids[i]!] : []) });
    this.columns.set('CREATION_TIMESTAMP', { kind: 'numeric', value: (i) => this.creationOf(i) });
    for (const f of fields) {
      if (f.name === 'ITEM_ID' || f.name === 'CREATION_TIMESTAMP' || f.textual || f.type === 'boolean') continue;
      const name = f.name;
      if (NUMERIC.has(f.type)) {
        this.columns.set(name, {
          kind: 'numeric',
          value: (i) => {
            const v = this.records[i]?.[name];
            return typeof v === 'number' ? v : Number.NaN;
          },
        });
      } else {
        const multi = f.categorical;
        this.columns.set(name, {
          kind: 'categorical',
          values: (i) => {
            const v = this.records[i]?.[name];
            if (typeof v !== 'string' || v === '') return [];
            return multi ? v.split('|') : [v];
          },
        });
      }
    }
    this.version++;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The index of an item id, or -1. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  /** The index of an item id, adding the item when it is new. */
  ensure(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
      this.records.push(undefined);
      if (i >= this.counts.length) this.grow();
      this.version++;
    }
    return i;
  }

  /** Stores an item's current record (PutItems or the Items dataset). */
  setRecord(id: string, creationTimestamp: number | null, properties: Properties): number {
    const i = this.ensure(id);
    this.records[i] = properties;
    this.created[i] = creationTimestamp ?? Number.NaN;
    this.version++;
    return i;
  }

  /** Counts one interaction with item i at `timestamp` (epoch seconds). */
  countInteraction(i: number, timestamp: number): void {
    this.counts[i] = this.counts[i]! + 1;
    const first = this.firstSeen[i]!;
    if (Number.isNaN(first) || timestamp < first) this.firstSeen[i] = timestamp;
  }

  /** How many interactions with item i serving has seen. */
  interactionCount(i: number): number {
    return this.counts[i] ?? 0;
  }

  /** CREATION_TIMESTAMP, else the first interaction's time, else NaN (epoch seconds). */
  creationOf(i: number): number {
    const c = this.created[i] ?? Number.NaN;
    return Number.isNaN(c) ? (this.firstSeen[i] ?? Number.NaN) : c;
  }

  /** A filterable column by schema field name. */
  column(field: string): ItemColumn | undefined {
    return this.columns.get(field);
  }

  /** The item's value of an Items field as Personalize returns metadata (strings), or undefined. */
  metadataValue(i: number, field: string): string | undefined {
    if (field === 'ITEM_ID') return this.ids[i];
    if (field === 'CREATION_TIMESTAMP') {
      const c = this.created[i] ?? Number.NaN;
      return Number.isNaN(c) ? undefined : String(c);
    }
    const v = this.records[i]?.[field];
    return v === undefined || v === null ? undefined : String(v);
  }

  /** Forgets interaction counts (before the interactions are read again). */
  resetCounts(): void {
    this.counts.fill(0);
    this.firstSeen.fill(Number.NaN);
  }

  private grow(): void {
    const n = this.counts.length * 2;
    const created = new Float64Array(n).fill(Number.NaN);
    created.set(this.created);
    const firstSeen = new Float64Array(n).fill(Number.NaN);
    firstSeen.set(this.firstSeen);
    const counts = new Int32Array(n);
    counts.set(this.counts);
    this.created = created;
    this.firstSeen = firstSeen;
    this.counts = counts;
  }
}
