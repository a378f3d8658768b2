/**
 * Each user's interactions as serving needs them: the rows read from the store at load time
 * (CSR, oldest first, item indexes of the ItemCatalog) plus the events that arrived since,
 * kept per user. Filters read the most recent ones per event type; real-time personalisation
 * folds the whole history into a user vector. A per-user version number tells caches of
 * derived state (user vectors) when a user's history changed.
 */

import { ItemSet } from '../filters/item-set.ts';

/** One event as it reaches serving. */
export interface ServingEvent {
  item: number;
  timestamp: number;
  /** Index into the group's event type names, or -1. */
  type: number;
  /** EVENT_VALUE or NaN. */
  value: number;
}

/** The loaded rows, CSR by user, oldest first. */
export interface HistoryBase {
  userIds: string[];
  userPtr: Int32Array;
  item: Int32Array;
  timestamp: Float64Array;
  type: Int16Array;
  value: Float32Array;
}

interface Recent {
  /** Arrival order of each event (see UserHistories.sequence). */
  seq: number[];
  item: number[];
  timestamp: number[];
  type: number[];
  value: number[];
}

/** Filters look at this many most recent interactions per user and event type (Personalize's default). */
export const FILTER_HISTORY_PER_TYPE = 100;

const EMPTY: HistoryBase = {
  userIds: [],
  userPtr: new Int32Array(1),
  item: new Int32Array(0),
  timestamp: new Float64Array(0),
  type: new Int16Array(0),
  value: new Float32Array(0),
};

export class UserHistories {
  private base: HistoryBase = EMPTY;
  private baseIndex = new Map<string, number>();
  private readonly recent = new Map<string, Recent>();
  private readonly versions = new Map<string, number>();
  private typeScratch = new Int32Array(16);
  /** Counts appended events; a reload keeps the events that arrived after it started reading. */
  sequence = 0;

  /**
   * Replaces the loaded rows (a reload that started reading when `sequence` was `readFrom`):
   * events appended before that are in the new rows and are dropped; later ones are kept.
   */
  replaceBase(base: HistoryBase, readFrom: number): void {
    this.base = base;
    this.baseIndex = new Map(base.userIds.map((u, i) => [u, i]));
    for (const [user, r] of this.recent) {
      const keep = r.seq.findIndex((s) => s > readFrom);
      if (keep < 0) this.recent.delete(user);
      else if (keep > 0) for (const a of [r.seq, r.item, r.timestamp, r.type, r.value]) a.splice(0, keep);
    }
    for (const u of this.versions.keys()) this.versions.set(u, (this.versions.get(u) ?? 0) + 1);
  }

  /** Appends a user's new events (oldest first) and bumps their version. */
  append(userId: string, events: readonly ServingEvent[]): void {
    let r = this.recent.get(userId);
    if (!r) {
      r = { seq: [], item: [], timestamp: [], type: [], value: [] };
      this.recent.set(userId, r);
    }
    for (const e of events) {
      r.seq.push(++this.sequence);
      r.item.push(e.item);
      r.timestamp.push(e.timestamp);
      r.type.push(e.type);
      r.value.push(e.value);
    }
    this.versions.set(userId, (this.versions.get(userId) ?? 0) + 1);
  }

  /** 0 until the user's history changes after loading; then a number that grows with each change. */
  versionOf(userId: string): number {
    return this.versions.get(userId) ?? 0;
  }

  /**
   * Calls fn for each of the user's events, newest first, until it returns false.
   */
  forEachNewest(userId: string, fn: (item: number, type: number, value: number, timestamp: number) => boolean): void {
    const r = this.recent.get(userId);
    if (r) {
      for (let j = r.item.length - 1; j >= 0; j--) if (!fn(r.item[j]!, r.type[j]!, r.value[j]!, r.timestamp[j]!)) return;
    }
    const u = this.baseIndex.get(userId);
    if (u === undefined) return;
    const b = this.base;
    for (let j = b.userPtr[u + 1]! - 1; j >= b.userPtr[u]!; j--) {
      if (!fn(b.item[j]!, b.type[j]!, b.value[j]!, b.timestamp[j]!)) return;
    }
  }

  /**
   * Distinct items of the user's most recent interactions (at most `perType` per event type)
   * whose type passes `typeMatches`, newest first.
   */
  recentItems(userId: string, typeMatches: (type: number) => boolean, numItems: number, perType = FILTER_HISTORY_PER_TYPE): ItemSet {
    // Events seen per type (index type + 1: -1 is "no type"), in a reused array: no Map per call.
    let seen = this.typeScratch;
    seen.fill(0);
    // Distinct through a small hash set, not a catalog-sized array of marks: under load a mark
    // per random item was a cache miss each (this walk was 5% of the gRPC thread).
    const out = new ItemSet(64);
    // Called from the two loops below only (not through forEachNewest's shared callback, which
    // V8 cannot inline): this walk runs on every filtered request.
    const visit = (item: number, type: number): void => {
      if (type + 1 >= seen.length) {
        const grown = new Int32Array(Math.max(type + 2, seen.length * 2));
        grown.set(seen);
        this.typeScratch = seen = grown;
      }
      if (seen[type + 1]! >= perType) return;
      seen[type + 1]!++;
      if (item >= 0 && item < numItems && typeMatches(type)) out.add(item);
    };
    const r = this.recent.get(userId);
    if (r) for (let j = r.item.length - 1; j >= 0; j--) visit(r.item[j]!, r.type[j]!);
    const u = this.baseIndex.get(userId);
    if (u !== undefined) {
      const { item, type, userPtr } = this.base;
      for (let j = userPtr[u + 1]! - 1; j >= userPtr[u]!; j--) visit(item[j]!, type[j]!);
    }
    return out;
  }
}
