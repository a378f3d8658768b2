/**
 * MovieLens readers for benchmarks: ML-100K splits as TrainingSnapshots (CSR by user, oldest
 * first, weight 1, EVENT_VALUE = rating), per-user test sets, and Personalize's holdout split.
 * The data is read from ../shared/data relative to the project root (never copied into it).
 */
import { userRow } from '../../src/data/snapshot/history.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TrainingSnapshot, UserHistory } from '../../src/data/snapshot/types.ts';

/** Default location of ML-100K: ../shared/data/ml-100k beside the project root. */
export const ML100K_DIR = fileURLToPath(new URL('../../../shared/data/ml-100k', import.meta.url));

/** Ratings as parallel arrays, indexes 0-based. */
export interface Ratings {
  length: number;
  user: Int32Array;
  item: Int32Array;
  rating: Float32Array;
  timestamp: Float64Array;
}

/** One ML-100K fold: its base ratings as a snapshot and each user's test items. */
export interface Fold {
  name: string;
  snapshot: TrainingSnapshot;
  /** Test items per user index (empty for users without test ratings). */
  test: Int32Array[];
}

/** True when the ML-100K folder (with u.info) is present at `dir`. */
export function hasMl100k(dir = ML100K_DIR): boolean {
  return existsSync(join(dir, 'u.info')) && existsSync(join(dir, 'u1.base'));
}

/** Reads ML-100K's user and item counts from u.info. */
export function ml100kSize(dir = ML100K_DIR): { numUsers: number; numItems: number } {
  const info = readFileSync(join(dir, 'u.info'), 'utf8');
  const num = (what: string): number => {
    const m = new RegExp(`(\\d+)\\s+${what}`).exec(info);
    if (!m?.[1]) throw new Error(`u.info has no "${what}" line`);
    return Number(m[1]);
  };
  return { numUsers: num('users'), numItems: num('items') };
}

/** Parses a tab-separated `user item rating unix_ts` file (1-based ids) into 0-based Ratings. */
export function readRatings(path: string): Ratings {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
  const r: Ratings = {
    length: lines.length,
    user: new Int32Array(lines.length),
    item: new Int32Array(lines.length),
    rating: new Float32Array(lines.length),
    timestamp: new Float64Array(lines.length),
  };
  lines.forEach((line, n) => {
    const [u, i, v, t] = line.split('\t');
    r.user[n] = Number(u) - 1;
    r.item[n] = Number(i) - 1;
    r.rating[n] = Number(v);
    r.timestamp[n] = Number(t);
  });
  return r;
}

/** Builds a snapshot from ratings: CSR by user sorted by time (stable), weight 1, value = rating. */
export function snapshotOf(r: Ratings, numUsers: number, numItems: number): TrainingSnapshot {
  const order = Array.from({ length: r.length }, (_, n) => n);
  order.sort((a, b) => r.user[a]! - r.user[b]! || r.timestamp[a]! - r.timestamp[b]! || a - b);
  const userPtr = new Int32Array(numUsers + 1);
  const itemIdx = new Int32Array(r.length);
  const timestamp = new Float64Array(r.length);
  const value = new Float32Array(r.length);
  let latest = 0;
  order.forEach((src, dst) => {
    userPtr[r.user[src]! + 1]!++;
    itemIdx[dst] = r.item[src]!;
    timestamp[dst] = r.timestamp[src]!;
    value[dst] = r.rating[src]!;
    if (r.timestamp[src]! > latest) latest = r.timestamp[src]!;
  });
  for (let u = 0; u < numUsers; u++) userPtr[u + 1] = userPtr[u + 1]! + userPtr[u]!;
  return {
    interactions: {
      numUsers,
      numItems,
      userPtr,
      itemIdx,
      timestamp,
      weight: new Float32Array(r.length).fill(1),
      value,
      eventType: new Int16Array(r.length).fill(-1),
    },
    eventTypes: [],
    latestTimestamp: latest,
  };
}

/** Groups the ratings' items by user. */
export function itemsByUser(r: Ratings, numUsers: number): Int32Array[] {
  const lists: number[][] = Array.from({ length: numUsers }, () => []);
  for (let n = 0; n < r.length; n++) lists[r.user[n]!]!.push(r.item[n]!);
  return lists.map((l) => Int32Array.from(l));
}

/** Reads fold uK (K = 1..5) of ML-100K: uK.base as the snapshot, uK.test as per-user test sets. */
export function readMl100kFold(k: number, dir = ML100K_DIR): Fold {
  const { numUsers, numItems } = ml100kSize(dir);
  const base = readRatings(join(dir, `u${k}.base`));
  const test = readRatings(join(dir, `u${k}.test`));
  return { name: `u${k}`, snapshot: snapshotOf(base, numUsers, numItems), test: itemsByUser(test, numUsers) };
}

/** User u's row of a snapshot as a history (views, no copy). */
export function historyOf(s: TrainingSnapshot, u: number): UserHistory {
  return userRow(s.interactions, u);
}

/**
 * Personalize's holdout inside a training snapshot: a seeded `fraction` of users (with ≥ 2
 * interactions) is held out; for them the oldest 90% of interactions stay in training and are
 * the input, the newest 10% (at least one) become the ground truth. Returns the reduced snapshot
 * as a fold whose `test` holds the ground truth of held-out users only.
 */
export function personalizeHoldout(s: TrainingSnapshot, fraction: number, seed: number): Fold {
  const m = s.interactions;
  let state = seed >>> 0 || 1;
  const rand = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const users = Array.from({ length: m.numUsers }, (_, u) => u).filter((u) => m.userPtr[u + 1]! - m.userPtr[u]! >= 2);
  for (let n = users.length - 1; n > 0; n--) {
    const j = Math.floor(rand() * (n + 1));
    [users[n], users[j]] = [users[j]!, users[n]!];
  }
  const held = new Set(users.slice(0, Math.round(users.length * fraction)));
  const keepUser = new Int32Array(m.numUsers);
  const test: Int32Array[] = Array.from({ length: m.numUsers }, () => new Int32Array(0));
  let total = 0;
  for (let u = 0; u < m.numUsers; u++) {
    const a = m.userPtr[u]!;
    const n = m.userPtr[u + 1]! - a;
    const keep = held.has(u) ? n - Math.max(1, Math.round(n * 0.1)) : n;
    keepUser[u] = keep;
    if (held.has(u)) test[u] = m.itemIdx.slice(a + keep, a + n);
    total += keep;
  }
  const userPtr = new Int32Array(m.numUsers + 1);
  const itemIdx = new Int32Array(total);
  const timestamp = new Float64Array(total);
  const weight = new Float32Array(total);
  const value = new Float32Array(total);
  const eventType = new Int16Array(total);
  let out = 0;
  let latest = 0;
  for (let u = 0; u < m.numUsers; u++) {
    const a = m.userPtr[u]!;
    for (let j = a; j < a + keepUser[u]!; j++, out++) {
      itemIdx[out] = m.itemIdx[j]!;
      timestamp[out] = m.timestamp[j]!;
      weight[out] = m.weight[j]!;
      value[out] = m.value[j]!;
      eventType[out] = m.eventType[j]!;
      if (m.timestamp[j]! > latest) latest = m.timestamp[j]!;
    }
    userPtr[u + 1] = out;
  }
  return {
    name: 'holdout',
    snapshot: {
      interactions: { numUsers: m.numUsers, numItems: m.numItems, userPtr, itemIdx, timestamp, weight, value, eventType },
      eventTypes: s.eventTypes,
      latestTimestamp: latest,
    },
    test,
  };
}
