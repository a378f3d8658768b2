/**
 * Co-occurrence counting: the user × item incidence (each user's distinct items) and its
 * transpose, and a counter that gives, for one item, how many users share it with every other.
 */
import type { InteractionMatrix } from '../../../data/snapshot/types.ts';

/** Distinct (user, item) incidence in both orientations. */
export interface Incidence {
  numUsers: number;
  numItems: number;
  /** Row pointers by user (length numUsers + 1) into uItems: each user's distinct items, first-seen order. */
  uPtr: Int32Array;
  uItems: Int32Array;
  /** Row pointers by item (length numItems + 1) into iUsers: the users of each item, ascending. */
  iPtr: Int32Array;
  iUsers: Int32Array;
}

/** The nearest-rank p-th percentile of ascending `sorted` (p in [0, 1]); NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const rank = Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
  return sorted[rank]!;
}

/**
 * Distinct incidence of the interactions, keeping only users with keepUser[u] = 1 and items with
 * keepItem[i] = 1 (all when a mask is omitted).
 */
export function buildIncidence(m: InteractionMatrix, keepUser?: Uint8Array, keepItem?: Uint8Array): Incidence {
  const { numUsers, numItems, userPtr, itemIdx } = m;
  const lastUser = new Int32Array(numItems).fill(-1);
  const uPtr = new Int32Array(numUsers + 1);
  const itemCount = new Int32Array(numItems);
  let nnz = 0;
  for (let u = 0; u < numUsers; u++) {
    uPtr[u] = nnz;
    if (keepUser !== undefined && keepUser[u] !== 1) continue;
    const end = userPtr[u + 1]!;
    for (let p = userPtr[u]!; p < end; p++) {
      const i = itemIdx[p]!;
      if (lastUser[i] === u || (keepItem !== undefined && keepItem[i] !== 1)) continue;
      lastUser[i] = u;
      nnz++;
    }
  }
  uPtr[numUsers] = nnz;
  const uItems = new Int32Array(nnz);
  lastUser.fill(-1);
  let at = 0;
  for (let u = 0; u < numUsers; u++) {
    if (keepUser !== undefined && keepUser[u] !== 1) continue;
    const end = userPtr[u + 1]!;
    for (let p = userPtr[u]!; p < end; p++) {
      const i = itemIdx[p]!;
      if (lastUser[i] === u || (keepItem !== undefined && keepItem[i] !== 1)) continue;
      lastUser[i] = u;
      uItems[at++] = i;
      itemCount[i]!++;
    }
  }
  const iPtr = new Int32Array(numItems + 1);
  for (let i = 0; i < numItems; i++) iPtr[i + 1] = iPtr[i]! + itemCount[i]!;
  const fill = iPtr.slice(0, numItems);
  const iUsers = new Int32Array(nnz);
  for (let u = 0; u < numUsers; u++) {
    const end = uPtr[u + 1]!;
    for (let p = uPtr[u]!; p < end; p++) iUsers[fill[uItems[p]!]!++] = u;
  }
  return { numUsers, numItems, uPtr, uItems, iPtr, iUsers };
}

/** Counts, for one item at a time, the users it shares with every other item (dense scratch, reused). */
export class CoCounter {
  /** co[j]: users shared with the last counted item; nonzero only at touched[0..n). */
  readonly co: Float64Array;
  readonly touched: Int32Array;

  constructor(private readonly inc: Incidence) {
    this.co = new Float64Array(inc.numItems);
    this.touched = new Int32Array(inc.numItems);
  }

  /**
   * Fills co[] for item i (each shared user adds `userWeight[u]`, or 1) and returns how many
   * items were touched; i itself is left out. Call clear(n) before the next item.
   */
  count(i: number, userWeight?: Float64Array): number {
    const { uPtr, uItems, iPtr, iUsers } = this.inc;
    const co = this.co;
    const touched = this.touched;
    let n = 0;
    const end = iPtr[i + 1]!;
    for (let p = iPtr[i]!; p < end; p++) {
      const u = iUsers[p]!;
      const w = userWeight === undefined ? 1 : userWeight[u]!;
      const uEnd = uPtr[u + 1]!;
      for (let q = uPtr[u]!; q < uEnd; q++) {
        const j = uItems[q]!;
        if (j === i) continue;
        if (co[j] === 0) touched[n++] = j;
        co[j]! += w;
      }
    }
    return n;
  }

  /** Zeroes the first n touched entries. */
  clear(n: number): void {
    for (let t = 0; t < n; t++) this.co[this.touched[t]!] = 0;
  }
}
