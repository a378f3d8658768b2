/**
 * Exact top-k by inner product: a brute-force scan over item factor vectors (all items, or a
 * candidate list) that keeps the k best in a reusable binary min-heap. It is the ground truth
 * the vector index is measured against, and the serving path for small catalogs and for
 * filters so selective that an approximate index would have to over-fetch most of the catalog.
 */

import type { Ranked } from '../../training/recipes/recipe.ts';
import { TopK as TopKSelector } from '../../training/recipes/shared/top-k.ts';

/** A ranked result: item indexes and their scores, best first (equal length); training's Ranked. */
export type TopK = Ranked;

/**
 * The score of one item: the dot product of `factors[offset .. offset+dim)` with `user`,
 * summed in double precision and rounded once to float32. Every scoring path (exact scan,
 * index rescoring) uses this so equal inputs always give bit-equal scores.
 */
export function dotAt(factors: Float32Array, offset: number, user: Float32Array, dim: number): number {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let j = 0;
  const end4 = dim & ~3;
  for (; j < end4; j += 4) {
    a0 += (factors[offset + j] as number) * (user[j] as number);
    a1 += (factors[offset + j + 1] as number) * (user[j + 1] as number);
    a2 += (factors[offset + j + 2] as number) * (user[j + 2] as number);
    a3 += (factors[offset + j + 3] as number) * (user[j + 3] as number);
  }
  for (; j < dim; j++) a0 += (factors[offset + j] as number) * (user[j] as number);
  return Math.fround(a0 + a1 + (a2 + a3));
}

/** Working memory of exactTopK (training's selector: same order, ties to the lower index). */
const sharedHeap = new TopKSelector(512);

/**
 * The exact top `k` items by inner product with `user`, best first, ties to the lower index.
 * Scans items `0 .. numItems)` of `factors` (row-major, `dim` floats per item), or only the
 * indexes in `candidates` when given; items that `allows` rejects are skipped before scoring.
 * Returns fewer than k when fewer items qualify; NaN scores are skipped; `candidates` should be
 * distinct. `heap` is working memory (a module-level one
 * by default); the only allocations per call are the two result arrays.
 */
export function exactTopK(
  factors: Float32Array,
  numItems: number,
  dim: number,
  user: Float32Array,
  k: number,
  allows?: ((item: number) => boolean) | null,
  candidates?: Int32Array | null,
  heap: TopKSelector = sharedHeap,
): TopK {
  if (factors.length < numItems * dim) {
    throw new RangeError(`factors holds ${factors.length} floats, fewer than ${numItems} items × ${dim}`);
  }
  if (user.length < dim) throw new RangeError(`user vector has ${user.length} floats, expected ${dim}`);
  const wanted = Math.max(0, Math.min(Math.floor(k), candidates ? candidates.length : numItems));
  heap.reset(wanted);
  if (wanted > 0) {
    // `worst` is the score to beat once the heap is full. Scans in ascending index order skip
    // an equal score (its index is higher); the candidate scan, in any order, lets the heap decide.
    let worst = -Infinity;
    let full = false;
    if (candidates) {
      for (let c = 0; c < candidates.length; c++) {
        const item = candidates[c] as number;
        if (item < 0 || item >= numItems) continue;
        if (allows && !allows(item)) continue;
        const score = dotAt(factors, item * dim, user, dim);
        if ((full && score < worst) || score !== score) continue;
        heap.push(item, score);
        if (heap.count === wanted) {
          full = true;
          worst = heap.threshold();
        }
      }
    } else {
      for (let item = 0; item < numItems; item++) {
        if (allows && !allows(item)) continue;
        const score = dotAt(factors, item * dim, user, dim);
        if ((full && score <= worst) || score !== score) continue;
        heap.push(item, score);
        if (heap.count === wanted) {
          full = true;
          worst = heap.threshold();
        }
      }
    }
  }
  return heap.toRanked();
}

/** Up to this many candidates are sorted by insertion (no JS call per comparison); more by a comparator sort. */
const INSERTION_SORT_MAX = 256;

/** Sorts the pairs (items[i], scores[i]) by score, best first, ties to the lower item. */
export function sortBestFirst(items: Int32Array, scores: Float32Array): void {
  const n = items.length;
  if (n <= INSERTION_SORT_MAX) {
    for (let i = 1; i < n; i++) {
      const item = items[i]!;
      const score = scores[i]!;
      let j = i;
      while (j > 0 && (scores[j - 1]! < score || (scores[j - 1] === score && items[j - 1]! > item))) {
        items[j] = items[j - 1]!;
        scores[j] = scores[j - 1]!;
        j--;
      }
      items[j] = item;
      scores[j] = score;
    }
    return;
  }
  // Bottom-up merge sort through a second pair of buffers (stable, no JS call per comparison).
  let srcItems: Int32Array = items;
  let srcScores: Float32Array = scores;
  let dstItems: Int32Array = new Int32Array(n);
  let dstScores: Float32Array = new Float32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      for (let o = lo; o < hi; o++) {
        const takeA = b >= hi || (a < mid && (srcScores[a]! > srcScores[b]! || (srcScores[a] === srcScores[b] && srcItems[a]! <= srcItems[b]!)));
        if (takeA) {
          dstItems[o] = srcItems[a]!;
          dstScores[o] = srcScores[a++]!;
        } else {
          dstItems[o] = srcItems[b]!;
          dstScores[o] = srcScores[b++]!;
        }
      }
    }
    [srcItems, dstItems] = [dstItems, srcItems];
    [srcScores, dstScores] = [dstScores, srcScores];
  }
  if (srcItems !== items) {
    items.set(srcItems);
    scores.set(srcScores);
  }
}
