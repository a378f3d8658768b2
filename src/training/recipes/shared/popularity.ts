/** Item popularity from a snapshot: distinct users per item, and items ranked by it. */
import type { InteractionMatrix } from '../../../data/snapshot/types.ts';

/** Number of distinct users who interacted with each item (repeat events by one user count once). */
export function distinctUserCounts(m: InteractionMatrix): Int32Array {
  const counts = new Int32Array(m.numItems);
  const lastUser = new Int32Array(m.numItems).fill(-1);
  const { userPtr, itemIdx } = m;
  for (let u = 0; u < m.numUsers; u++) {
    const end = userPtr[u + 1]!;
    for (let p = userPtr[u]!; p < end; p++) {
      const item = itemIdx[p]!;
      if (lastUser[item] !== u) {
        lastUser[item] = u;
        counts[item]!++;
      }
    }
  }
  return counts;
}

/**
 * Items whose value is > 0, best first: by `primary` descending, then `secondary` descending
 * (when given), then item index ascending.
 */
export function rankItems(primary: ArrayLike<number>, secondary?: ArrayLike<number>): Int32Array {
  let n = 0;
  for (let i = 0; i < primary.length; i++) if (primary[i]! > 0) n++;
  const order = new Int32Array(n);
  n = 0;
  for (let i = 0; i < primary.length; i++) if (primary[i]! > 0) order[n++] = i;
  order.sort((a, b) => {
    const d = primary[b]! - primary[a]!;
    if (d !== 0) return d;
    if (secondary !== undefined) {
      const s = secondary[b]! - secondary[a]!;
      if (s !== 0) return s;
    }
    return a - b;
  });
  return order;
}

/** The values of `values` at each position of `order`, as float32. */
export function gather(values: ArrayLike<number>, order: Int32Array): Float32Array {
  const out = new Float32Array(order.length);
  for (let p = 0; p < order.length; p++) out[p] = values[order[p]!]!;
  return out;
}
