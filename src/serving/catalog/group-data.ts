/**
 * A dataset group's live data as serving holds it: the item catalog, the users' records and
 * every user's interactions, read from the store at load and kept current by real-time
 * ingestion (PutEvents, PutItems, PutUsers) and by reloading after a bulk import. It is what
 * filters are evaluated against (FilterSubject) and where campaigns find a user's latest events.
 */
import { type GroupDatasets, groupDatasets } from '../../data/snapshot/group-datasets.ts';
import { currentRecords } from '../../store/data-rows.ts';
import type { Database } from '../../store/database.ts';
import { ItemSet } from '../filters/item-set.ts';
import type { FilterSubject, ItemColumn } from '../filters/subject.ts';
import { deletionMark, readGroupRows } from './group-rows.ts';
import { ItemCatalog } from './item-catalog.ts';
import type { RowsCache } from './rows-cache.ts';
import { type ServingEvent, UserHistories } from './user-histories.ts';

/** An event as ingestion reports it. */
export interface IncomingEvent {
  itemId: string | null;
  timestamp: number;
  eventType: string;
  eventValue: number | null;
}

export class GroupData implements FilterSubject {
  readonly catalog: ItemCatalog;
  readonly histories = new UserHistories();
  readonly eventTypes: string[] = [];
  private readonly typeIndex = new Map<string, number>();
  private users = new Map<string, Record<string, unknown>>();
  /** Users a data deletion job removed: models trained before it must not use what they learnt of them. */
  private forgotten: ReadonlySet<string> = new Set();
  /** Latest interaction time seen (epoch seconds): "now" for item ages in exploration. */
  latestTimestamp = 0;
  private reloading: Promise<void> | undefined;
  private reloadAgain = false;

  private constructor(
    private readonly database: Database,
    readonly groupArn: string,
    private current: GroupDatasets,
    private readonly cache: RowsCache | undefined,
    private readonly onCacheError: ((err: unknown) => void) | undefined,
  ) {
    this.catalog = new ItemCatalog(current.items?.fields ?? []);
  }

  /**
   * Reads a group's data from the store; with a cache, the interactions of the last full read
   * are reused while they still hold (group-rows.ts).
   */
  static async load(database: Database, groupArn: string, cache?: RowsCache, onCacheError?: (err: unknown) => void): Promise<GroupData> {
    const data = new GroupData(database, groupArn, {}, cache, onCacheError);
    await data.read();
    return data;
  }

  /** The group's ACTIVE datasets as of the last (re)load: a dataset created later appears after `reload`. */
  get datasets(): GroupDatasets {
    return this.current;
  }

  get numItems(): number {
    return this.catalog.size;
  }

  get catalogVersion(): number {
    return this.catalog.version;
  }

  /** FilterSubject: an Items column by schema field name. */
  itemColumn(field: string): ItemColumn | undefined {
    return this.catalog.column(field);
  }

  /** FilterSubject: items of the user's recent interactions of these types. */
  interactedItems(userId: string, eventTypes: readonly string[] | '*'): ItemSet {
    if (eventTypes === '*') return this.histories.recentItems(userId, () => true, this.catalog.size);
    const wanted = new Set(eventTypes.map((e) => e.toLowerCase()));
    const codes = new Set<number>();
    this.eventTypes.forEach((name, i) => {
      if (wanted.has(name.toLowerCase())) codes.add(i);
    });
    if (codes.size === 0) return new ItemSet();
    return this.histories.recentItems(userId, (type) => codes.has(type), this.catalog.size);
  }

  /** FilterSubject: a Users dataset attribute of the user. */
  userAttribute(userId: string, field: string): string | number | boolean | undefined {
    const v = this.users.get(userId)?.[field];
    return v === null || v === undefined ? undefined : (v as string | number | boolean);
  }

  /** Whether a data deletion job removed this user's records (serving then ignores the user's trained vector). */
  isForgotten(userId: string): boolean {
    return this.forgotten.size > 0 && this.forgotten.has(userId);
  }

  /** The index of an event type name (added when new). */
  typeOf(name: string | null): number {
    if (name === null || name === '') return -1;
    let i = this.typeIndex.get(name);
    if (i === undefined) {
      i = this.eventTypes.length;
      this.typeIndex.set(name, i);
      this.eventTypes.push(name);
    }
    return i;
  }

  /** Real-time events of one user (or session), already committed to the store. */
  applyEvents(userId: string, events: readonly IncomingEvent[]): void {
    const rows: ServingEvent[] = [];
    for (const e of events) {
      if (e.itemId === null) continue;
      const item = this.catalog.ensure(e.itemId);
      this.catalog.countInteraction(item, e.timestamp);
      if (e.timestamp > this.latestTimestamp) this.latestTimestamp = e.timestamp;
      rows.push({ item, timestamp: e.timestamp, type: this.typeOf(e.eventType), value: e.eventValue ?? Number.NaN });
    }
    if (rows.length > 0) this.histories.append(userId, rows);
  }

  /** Item records written by PutItems. */
  applyItems(records: readonly { id: string; creationTimestamp: number | null; properties: Record<string, unknown> }[]): void {
    for (const r of records) this.catalog.setRecord(r.id, r.creationTimestamp, r.properties);
  }

  /** User records written by PutUsers. */
  applyUsers(records: readonly { id: string; properties: Record<string, unknown> }[]): void {
    for (const r of records) this.users.set(r.id, r.properties);
  }

  /**
   * Reads everything again (after a bulk import, or once the group has a new dataset); calls
   * coalesce while one runs.
   */
  async reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      try {
        do {
          this.reloadAgain = false;
          await this.read();
        } while (this.reloadAgain);
      } finally {
        this.reloading = undefined;
      }
    })();
    return this.reloading;
  }

  private async read(): Promise<void> {
    const datasets = await groupDatasets(this.database, this.groupArn);
    if (datasets.items && datasets.items.id !== this.current.items?.id) this.catalog.defineColumns(datasets.items.fields);
    this.current = datasets;
    // Read before the rows: a deletion committing after this makes the next read a full one,
    // and its removal of the cache (counted before the mark) keeps this read's save out.
    const generation = this.cache?.generation(this.groupArn);
    const deleted = await deletionMark(this.database, this.groupArn);
    // Set once the histories no longer hold these users' events: a call in between would fold
    // the old events in and keep the result.
    const forgotten = new Set(deleted.users);
    const { items, users, interactions } = datasets;
    if (items) {
      for (const r of await currentRecords(this.database, 'items', items.id)) this.catalog.setRecord(r.id, r.creationTimestamp, r.properties);
    }
    if (users) {
      const next = new Map<string, Record<string, unknown>>();
      for (const r of await currentRecords(this.database, 'users', users.id)) next.set(r.id, r.properties);
      this.users = next;
    }
    if (!interactions) {
      this.forgotten = forgotten;
      return;
    }
    const readFrom = this.histories.sequence;
    const rows = await readGroupRows(this.database, {
      groupArn: this.groupArn,
      interactionsDatasetId: interactions.id,
      deletions: deleted.mark,
      ...(this.cache ? { cache: this.cache, generation } : {}),
      ...(this.onCacheError ? { onCacheError: this.onCacheError } : {}),
    });
    const toCatalog = Int32Array.from(rows.itemIds, (id) => this.catalog.ensure(id));
    const typeMap = Int16Array.from(rows.eventTypes, (name) => this.typeOf(name));
    const item = new Int32Array(rows.itemIdx.length);
    const type = new Int16Array(rows.itemIdx.length);
    this.catalog.resetCounts();
    for (let j = 0; j < rows.itemIdx.length; j++) {
      item[j] = toCatalog[rows.itemIdx[j]!]!;
      const ty = rows.eventType[j]!;
      type[j] = ty < 0 ? -1 : typeMap[ty]!;
      this.catalog.countInteraction(item[j]!, rows.timestamp[j]!);
    }
    this.latestTimestamp = Math.max(this.latestTimestamp, rows.latestTimestamp);
    this.histories.replaceBase({ userIds: rows.userIds, userPtr: rows.userPtr, item, timestamp: rows.timestamp, type, value: rows.value }, readFrom);
    this.forgotten = forgotten;
    this.catalog.version++;
  }
}
