/** Small hand-built snapshots for the recipe tests. */
import type { ItemFeatures, TrainingSnapshot, UserHistory } from '../../../data/snapshot/types.ts';

/** One interaction: user, item, timestamp (seconds). */
export type Event = [user: number, item: number, timestamp: number];

/** A snapshot of these events (each user's sorted by time), with optional item feature lists. */
export function snapshotFrom(
  events: readonly Event[],
  numUsers: number,
  numItems: number,
  features?: readonly (readonly number[])[],
  latestTimestamp?: number,
): TrainingSnapshot {
  const sorted = events.map((e, seq) => ({ e, seq })).sort((a, b) => a.e[0] - b.e[0] || a.e[2] - b.e[2] || a.seq - b.seq);
  const userPtr = new Int32Array(numUsers + 1);
  const itemIdx = new Int32Array(sorted.length);
  const timestamp = new Float64Array(sorted.length);
  let latest = -Infinity;
  sorted.forEach(({ e: [u, i, t] }, p) => {
    userPtr[u + 1]!++;
    itemIdx[p] = i;
    timestamp[p] = t;
    latest = Math.max(latest, t);
  });
  for (let u = 0; u < numUsers; u++) userPtr[u + 1]! += userPtr[u]!;
  const n = sorted.length;
  const snapshot: TrainingSnapshot = {
    interactions: {
      numUsers,
      numItems,
      userPtr,
      itemIdx,
      timestamp,
      weight: new Float32Array(n).fill(1),
      value: new Float32Array(n).fill(NaN),
      eventType: new Int16Array(n).fill(-1),
    },
    eventTypes: [],
    latestTimestamp: latestTimestamp ?? latest,
  };
  if (features !== undefined) snapshot.itemFeatures = featuresFrom(features, numItems);
  return snapshot;
}

/** Item × feature CSR from per-item feature lists (one field, FEATURE). */
export function featuresFrom(features: readonly (readonly number[])[], numItems: number): ItemFeatures {
  const itemPtr = new Int32Array(numItems + 1);
  const idx: number[] = [];
  let numFeatures = 0;
  for (let i = 0; i < numItems; i++) {
    const row = [...new Set(features[i] ?? [])].sort((a, b) => a - b);
    for (const f of row) numFeatures = Math.max(numFeatures, f + 1);
    idx.push(...row);
    itemPtr[i + 1] = idx.length;
  }
  return { numFeatures, itemPtr, featureIdx: Int32Array.from(idx), featureField: new Int32Array(numFeatures), fieldNames: ['FEATURE'] };
}

/** A history of these items, oldest first, one second apart. */
export function historyOf(items: readonly number[]): UserHistory {
  const n = items.length;
  return {
    itemIdx: Int32Array.from(items),
    timestamp: Float64Array.from(items, (_, p) => p),
    weight: new Float32Array(n).fill(1),
    value: new Float32Array(n).fill(NaN),
  };
}

/** A training context with a fixed seed. */
export const testContext = { threads: 1, seed: 7 };

/** An exclusion mask over numItems with these items set. */
export function excluding(numItems: number, items: readonly number[]): Uint8Array {
  const mask = new Uint8Array(numItems);
  for (const i of items) mask[i] = 1;
  return mask;
}
