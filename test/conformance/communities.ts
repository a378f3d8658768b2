/**
 * Generated interaction data whose right answers are known, for recipe conformance and
 * evaluation tests: users fall into disjoint communities that only interact with their own
 * block of items; each block has one item every member interacts with (its clear favourite);
 * block 0 is the largest, so its favourite is the most popular item overall; and one extra
 * block-0 item, never seen before, gets a burst of interactions in the last hour (trending).
 */
import type { InteractionMatrix, TrainingSnapshot, UserHistory } from '../../src/data/snapshot/types.ts';
import { SeededRandom } from '../../src/common/random.ts';

/** One interaction of a generated data set. */
export interface Row {
  user: number;
  item: number;
  timestamp: number;
}

/** Generated data plus the facts a correct recipe should find. */
export interface Communities {
  snapshot: TrainingSnapshot;
  /** Community of each user. */
  userBlock: Int32Array;
  /** Block of each item (the trending item belongs to block 0). */
  itemBlock: Int32Array;
  /** The item with the most distinct users. */
  mostPopular: number;
  /** The item whose interactions jumped in the last interval (new, in block 0). */
  trending: number;
  /** Each block's favourite (interacted with by every member). */
  favourites: number[];
}

export interface CommunityOptions {
  seed?: number;
  numUsers?: number;
  itemsPerBlock?: number;
  /** Share of users in each block; block 0 should be the largest. */
  blockShares?: number[];
}

const T0 = 1_700_000_000;
const DAY = 86_400;

/** Builds a snapshot from interaction rows (sorted per user by time, ties in row order). */
export function snapshotFromRows(numUsers: number, numItems: number, rows: readonly Row[]): TrainingSnapshot {
  const order = rows.map((r, i) => ({ r, i }));
  order.sort((a, b) => a.r.user - b.r.user || a.r.timestamp - b.r.timestamp || a.i - b.i);
  const nnz = rows.length;
  const m: InteractionMatrix = {
    numUsers,
    numItems,
    userPtr: new Int32Array(numUsers + 1),
    itemIdx: new Int32Array(nnz),
    timestamp: new Float64Array(nnz),
    weight: new Float32Array(nnz).fill(1),
    value: new Float32Array(nnz).fill(NaN),
    eventType: new Int16Array(nnz).fill(-1),
  };
  let latest = -Infinity;
  order.forEach(({ r }, k) => {
    m.itemIdx[k] = r.item;
    m.timestamp[k] = r.timestamp;
    m.userPtr[r.user + 1] = (m.userPtr[r.user + 1] as number) + 1;
    latest = Math.max(latest, r.timestamp);
  });
  for (let u = 0; u < numUsers; u++) m.userPtr[u + 1] = (m.userPtr[u + 1] as number) + (m.userPtr[u] as number);
  return { interactions: m, eventTypes: [], latestTimestamp: Number.isFinite(latest) ? latest : 0 };
}

/** User u's full history from a snapshot. */
export function historyOf(snapshot: TrainingSnapshot, u: number): UserHistory {
  const m = snapshot.interactions;
  const start = m.userPtr[u] as number;
  const end = m.userPtr[u + 1] as number;
  return {
    itemIdx: m.itemIdx.slice(start, end),
    timestamp: m.timestamp.slice(start, end),
    weight: m.weight.slice(start, end),
    value: m.value.slice(start, end),
  };
}

/** Generates community data, deterministic for the seed. */
export function communities(options: CommunityOptions = {}): Communities {
  const { seed = 1, numUsers = 400, itemsPerBlock = 20, blockShares = [0.34, 0.22, 0.22, 0.22] } = options;
  const rng = new SeededRandom(seed);
  const blocks = blockShares.length;
  const trending = blocks * itemsPerBlock;
  const numItems = trending + 1;
  const itemBlock = new Int32Array(numItems);
  for (let i = 0; i < trending; i++) itemBlock[i] = Math.floor(i / itemsPerBlock);
  itemBlock[trending] = 0;
  const favourites = Array.from({ length: blocks }, (_, b) => b * itemsPerBlock);

  const userBlock = new Int32Array(numUsers);
  let u = 0;
  blockShares.forEach((share, b) => {
    const end = b === blocks - 1 ? numUsers : u + Math.round(share * numUsers);
    for (; u < end; u++) userBlock[u] = b;
  });

  // Skewed popularity inside a block: the j-th non-favourite item has weight 1/(j+1)^0.8.
  const weights = Array.from({ length: itemsPerBlock - 1 }, (_, j) => 1 / Math.pow(j + 1, 0.8));
  const rows: Row[] = [];
  const end = T0 + 60 * DAY;
  let blockZeroSeen = 0;
  for (let user = 0; user < numUsers; user++) {
    const b = userBlock[user] as number;
    const picked = new Set<number>([favourites[b] as number]);
    const count = 8 + rng.int(7);
    const w = [...weights];
    while (picked.size < count) {
      const j = weightedPick(rng, w);
      w[j] = 0;
      picked.add(b * itemsPerBlock + 1 + j);
    }
    for (const item of picked) rows.push({ user, item, timestamp: T0 + Math.floor(rng.next() * 58 * DAY) });
    // A third of block 0 catches the trend in the final hour.
    if (b === 0 && blockZeroSeen++ % 3 === 0) rows.push({ user, item: trending, timestamp: end - 1 - rng.int(3600) });
  }
  return {
    snapshot: snapshotFromRows(numUsers, numItems, rows),
    userBlock,
    itemBlock,
    mostPopular: favourites[0] as number,
    trending,
    favourites,
  };
}

/** Index drawn with probability proportional to its weight. */
function weightedPick(rng: SeededRandom, weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng.next() * total;
  for (let j = 0; j < weights.length; j++) {
    x -= weights[j] as number;
    if (x < 0 && (weights[j] as number) > 0) return j;
  }
  return weights.findLastIndex((v) => v > 0);
}
