/** Test fixtures for the ALS recipes: small snapshots whose right answers are known. */
import { userRow } from '../../../data/snapshot/history.ts';
import type { TrainingSnapshot, UserHistory } from '../../../data/snapshot/types.ts';

/** One event of a fixture. */
export interface FixtureEvent {
  user: number;
  item: number;
  timestamp: number;
  value?: number;
  weight?: number;
}

/** Builds a snapshot (CSR by user, oldest first) from events. */
export function snapshotFrom(events: FixtureEvent[], numUsers: number, numItems: number): TrainingSnapshot {
  const sorted = [...events].sort((a, b) => a.user - b.user || a.timestamp - b.timestamp);
  const userPtr = new Int32Array(numUsers + 1);
  for (const e of sorted) userPtr[e.user + 1]!++;
  for (let u = 0; u < numUsers; u++) userPtr[u + 1] = userPtr[u + 1]! + userPtr[u]!;
  return {
    interactions: {
      numUsers,
      numItems,
      userPtr,
      itemIdx: Int32Array.from(sorted, (e) => e.item),
      timestamp: Float64Array.from(sorted, (e) => e.timestamp),
      weight: Float32Array.from(sorted, (e) => e.weight ?? 1),
      value: Float32Array.from(sorted, (e) => e.value ?? Number.NaN),
      eventType: new Int16Array(sorted.length).fill(-1),
    },
    eventTypes: [],
    latestTimestamp: sorted.reduce((m, e) => Math.max(m, e.timestamp), 0),
  };
}

/** A history from events of one user (oldest first). */
export function historyFrom(events: Omit<FixtureEvent, 'user'>[]): UserHistory {
  const sorted = [...events].sort((a, b) => a.timestamp - b.timestamp);
  return {
    itemIdx: Int32Array.from(sorted, (e) => e.item),
    timestamp: Float64Array.from(sorted, (e) => e.timestamp),
    weight: Float32Array.from(sorted, (e) => e.weight ?? 1),
    value: Float32Array.from(sorted, (e) => e.value ?? Number.NaN),
  };
}

/** User u's row of a snapshot as a history (views, no copy). */
export function rowOf(s: TrainingSnapshot, u: number): UserHistory {
  return userRow(s.interactions, u);
}

/** Time of the fixtures' latest event (epoch seconds). */
export const NOW = 1_700_000_000;

/** Shape of the two-groups fixture. */
export interface TwoGroupsShape {
  usersPerGroup: number;
  itemsPerBlock: number;
  itemsPerUser: number;
}

/** The default two-groups shape: big enough that the recipe defaults (tuned on real data) apply. */
export const TWO_GROUPS: TwoGroupsShape = { usersPerGroup: 300, itemsPerBlock: 60, itemsPerUser: 12 };

/**
 * Two groups: the first usersPerGroup users like items [0, B), the others items [B, 2B)
 * (B = itemsPerBlock); each user has itemsPerUser seeded items of their block, ratings 1–5, one
 * hour apart, a month before NOW; the last item (2B) is seen at NOW by every tenth user of both.
 */
export function twoGroups(shape: TwoGroupsShape = TWO_GROUPS): TrainingSnapshot {
  const { usersPerGroup, itemsPerBlock, itemsPerUser } = shape;
  let s = 12345;
  const rand = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
  const events: FixtureEvent[] = [];
  const numUsers = 2 * usersPerGroup;
  const shared = 2 * itemsPerBlock;
  for (let u = 0; u < numUsers; u++) {
    const base = u < usersPerGroup ? 0 : itemsPerBlock;
    const chosen = new Set<number>();
    while (chosen.size < itemsPerUser) chosen.add(base + Math.floor(rand() * itemsPerBlock));
    let t = NOW - 86_400 * 30;
    for (const i of chosen) events.push({ user: u, item: i, timestamp: (t += 3_600), value: 1 + Math.floor(rand() * 5) });
    if (u % 10 === 0) events.push({ user: u, item: shared, timestamp: NOW, value: 3 });
  }
  return snapshotFrom(events, numUsers, shared + 1);
}

/** Which group's block item i belongs to under `shape`: 'A', 'B', or undefined for the shared item. */
export function blockOf(i: number, shape: TwoGroupsShape = TWO_GROUPS): 'A' | 'B' | undefined {
  if (i >= 0 && i < shape.itemsPerBlock) return 'A';
  if (i >= shape.itemsPerBlock && i < 2 * shape.itemsPerBlock) return 'B';
  return undefined;
}
