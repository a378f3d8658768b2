/** Trend scores from interaction counts in the two latest windows (formula in index.ts). */
import type { InteractionMatrix } from '../../../data/snapshot/types.ts';
import { rankItems } from '../shared/popularity.ts';

/** A best-first list: rising items with their trend, then the rest by popularity with score 0. */
export interface TrendList {
  order: Int32Array;
  scores: Float32Array;
  /** How many leading items have a positive trend. */
  trending: number;
}

/** Interaction counts per item in the latest window and the one before. */
export function windowCounts(m: InteractionMatrix, now: number, windowSeconds: number): { current: Float64Array; previous: Float64Array } {
  const current = new Float64Array(m.numItems);
  const previous = new Float64Array(m.numItems);
  const split = now - windowSeconds;
  const start = now - 2 * windowSeconds;
  const { itemIdx, timestamp } = m;
  for (let p = 0; p < itemIdx.length; p++) {
    const t = timestamp[p]!;
    if (t > split) current[itemIdx[p]!]!++;
    else if (t > start) previous[itemIdx[p]!]!++;
  }
  return { current, previous };
}

/** The trend list, or undefined when neither window has an interaction (the caller falls back to popularity). */
export function trendOrder(m: InteractionMatrix, now: number, windowSeconds: number, popularity: Int32Array): TrendList | undefined {
  const { current, previous } = windowCounts(m, now, windowSeconds);
  let active = 0;
  let total = 0;
  for (let i = 0; i < m.numItems; i++) {
    const c = current[i]! + previous[i]!;
    if (c > 0) {
      active++;
      total += c;
    }
  }
  if (active === 0) return undefined;
  const smoothing = Math.max(1, total / 2 / active);
  const trend = new Float64Array(m.numItems);
  for (let i = 0; i < m.numItems; i++) trend[i] = (current[i]! - previous[i]!) / (previous[i]! + smoothing);
  const rising = rankItems(trend, current);
  const order = new Int32Array(m.numItems);
  const scores = new Float32Array(m.numItems);
  const listed = new Uint8Array(m.numItems);
  let n = 0;
  for (const i of rising) {
    order[n] = i;
    scores[n++] = trend[i]!;
    listed[i] = 1;
  }
  for (const i of rankItems(popularity)) {
    if (listed[i] === 1) continue;
    order[n++] = i;
  }
  return { order: order.slice(0, n), scores: scores.slice(0, n), trending: rising.length };
}
