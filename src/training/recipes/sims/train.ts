/**
 * SIMS training: percentile filters on users and items, then item-to-item co-occurrence with a
 * popularity discount, keeping each item's top-N neighbours.
 */
import type { TrainingSnapshot } from '../../../data/snapshot/types.ts';
import type { TrainContext, TrainedModel } from '../recipe.ts';
import { buildIncidence, CoCounter, percentile } from '../shared/cooccurrence.ts';
import { NeighbourCsrBuilder, neighbourModel } from '../shared/neighbours.ts';
import { distinctUserCounts, gather, rankItems } from '../shared/popularity.ts';
import { TopK } from '../shared/top-k.ts';

/** Resolved SIMS settings. */
export interface SimsSettings {
  popularityDiscount: number;
  minCointeractions: number;
  minUserHistoryPercentile: number;
  maxUserHistoryPercentile: number;
  minItemCountPercentile: number;
  maxItemCountPercentile: number;
  maxNeighbours: number;
}

/** Users whose interaction count lies within the [min, max] percentiles of users with any interaction. */
export function keptUsers(data: TrainingSnapshot, minP: number, maxP: number): Uint8Array {
  const { numUsers, userPtr } = data.interactions;
  const lengths: number[] = [];
  for (let u = 0; u < numUsers; u++) {
    const len = userPtr[u + 1]! - userPtr[u]!;
    if (len > 0) lengths.push(len);
  }
  const sorted = Float64Array.from(lengths).sort();
  const lo = percentile(sorted, minP);
  const hi = percentile(sorted, maxP);
  const keep = new Uint8Array(numUsers);
  for (let u = 0; u < numUsers; u++) {
    const len = userPtr[u + 1]! - userPtr[u]!;
    if (len > 0 && len >= lo && len <= hi) keep[u] = 1;
  }
  return keep;
}

/** Items whose distinct-user count (among `counts` > 0) lies within the [min, max] percentiles. */
export function keptItems(counts: Int32Array, minP: number, maxP: number): Uint8Array {
  const positive: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) positive.push(counts[i]!);
  const sorted = Float64Array.from(positive).sort();
  const lo = percentile(sorted, minP);
  const hi = percentile(sorted, maxP);
  const keep = new Uint8Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c > 0 && c >= lo && c <= hi) keep[i] = 1;
  }
  return keep;
}

/** Trains a SIMS model: neighbours by co-count(i,j) / (pop(i)·pop(j))^discount, plus the popularity fallback. */
export function trainSims(data: TrainingSnapshot, s: SimsSettings, ctx: TrainContext): TrainedModel {
  const m = data.interactions;
  const keepUser = keptUsers(data, s.minUserHistoryPercentile, s.maxUserHistoryPercentile);
  const userFiltered = buildIncidence(m, keepUser);
  const itemUsers = new Int32Array(m.numItems);
  for (let i = 0; i < m.numItems; i++) itemUsers[i] = userFiltered.iPtr[i + 1]! - userFiltered.iPtr[i]!;
  const keepItem = keptItems(itemUsers, s.minItemCountPercentile, s.maxItemCountPercentile);
  const inc = buildIncidence(m, keepUser, keepItem);

  const popPow = new Float64Array(m.numItems);
  for (let i = 0; i < m.numItems; i++) popPow[i] = Math.pow(inc.iPtr[i + 1]! - inc.iPtr[i]!, s.popularityDiscount);

  const counter = new CoCounter(inc);
  const top = new TopK(s.maxNeighbours);
  const builder = new NeighbourCsrBuilder(m.numItems, m.numItems * Math.min(s.maxNeighbours, 16));
  const minCo = Math.max(1, s.minCointeractions);
  let itemsWithNeighbours = 0;
  for (let i = 0; i < m.numItems; i++) {
    if ((i & 1023) === 0) {
      ctx.signal?.throwIfAborted();
      ctx.progress?.(i / m.numItems);
    }
    if (keepItem[i] !== 1) continue;
    const n = counter.count(i);
    top.reset(s.maxNeighbours);
    const co = counter.co;
    const touched = counter.touched;
    const pi = popPow[i]!;
    for (let t = 0; t < n; t++) {
      const j = touched[t]!;
      const c = co[j]!;
      if (c >= minCo) top.push(j, c / (pi * popPow[j]!));
    }
    counter.clear(n);
    if (top.count > 0) itemsWithNeighbours++;
    builder.addRow(i, top);
  }
  ctx.progress?.(1);

  const popularity = distinctUserCounts(m);
  const popOrder = rankItems(popularity);
  let usersKept = 0;
  for (let u = 0; u < keepUser.length; u++) usersKept += keepUser[u]!;
  let itemsKept = 0;
  for (let i = 0; i < keepItem.length; i++) itemsKept += keepItem[i]!;
  return neighbourModel(builder.finish(), popOrder, gather(popularity, popOrder), {
    usersKept,
    itemsKept,
    itemsWithNeighbours,
  });
}
