/**
 * Exact top-k by inner product: a brute-force scan over item factor vectors (all items, or a
 * candidate list) that keeps the k best in a reusable binary min-heap. It is the ground truth
 * the vector index is measured against, and the serving path for small catalogs and for
 * filters so selective that an approximate index would have to over-fetch most of the catalog.
 */

/** A ranked result: item indexes and their scores, best first (equal length). */
export interface TopK {
  items: Int32Array;
  scores: Float32Array;
}

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

/**
 * Keeps the k best (score, item) pairs seen so far. "Better" means a higher score, and on
 * equal scores the lower item index. The root is the worst pair kept, so a candidate costs one
 * comparison unless it enters. Reuse one heap across calls: `reset` allocates only when k
 * grows past the capacity.
 */
export class TopKHeap {
  private items: Int32Array;
  private scores: Float32Array;
  private k = 0;
  /** How many pairs the heap holds (≤ k). */
  size = 0;

  constructor(capacity = 64) {
    this.items = new Int32Array(Math.max(1, capacity));
    this.scores = new Float32Array(Math.max(1, capacity));
  }

  /** Empties the heap and sets how many pairs it keeps. */
  reset(k: number): void {
    if (k > this.items.length) {
      const capacity = Math.max(k, this.items.length * 2);
      this.items = new Int32Array(capacity);
      this.scores = new Float32Array(capacity);
    }
    this.k = k;
    this.size = 0;
  }

  /** The worst score kept once the heap is full (a candidate must beat it, or tie it with a lower index); -Infinity until then. */
  threshold(): number {
    return this.size < this.k ? -Infinity : (this.scores[0] as number);
  }

  /** Offers a pair; it is kept if the heap is not full or it beats the worst pair kept. */
  push(item: number, score: number): void {
    const items = this.items;
    const scores = this.scores;
    if (this.size < this.k) {
      // Sift up from the new leaf.
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const ps = scores[parent] as number;
        const pi = items[parent] as number;
        if (ps < score || (ps === score && pi > item)) break; // parent is worse: heap order holds
        scores[i] = ps;
        items[i] = pi;
        i = parent;
      }
      scores[i] = score;
      items[i] = item;
      return;
    }
    if (this.k === 0) return;
    const rs = scores[0] as number;
    if (score < rs || (score === rs && item > (items[0] as number))) return;
    this.siftDown(item, score, this.size);
  }

  /** Writes the pairs kept into `items`/`scores` best first and empties the heap; returns the count. */
  drainInto(items: Int32Array, scores: Float32Array): number {
    const n = this.size;
    // Pop the worst repeatedly, filling the output from the back.
    for (let out = n - 1; out >= 0; out--) {
      items[out] = this.items[0] as number;
      scores[out] = this.scores[0] as number;
      const last = --this.size;
      if (last > 0) this.siftDown(this.items[last] as number, this.scores[last] as number, last);
    }
    return n;
  }

  /** Places (item, score) at the root and sifts it down within the first `size` slots. */
  private siftDown(item: number, score: number, size: number): void {
    const items = this.items;
    const scores = this.scores;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      let child = left;
      let cs = scores[left] as number;
      let ci = items[left] as number;
      const right = left + 1;
      if (right < size) {
        const rs = scores[right] as number;
        const ri = items[right] as number;
        if (rs < cs || (rs === cs && ri > ci)) {
          child = right;
          cs = rs;
          ci = ri;
        }
      }
      // Stop when the pair is worse than the worse child: it belongs above it.
      if (score < cs || (score === cs && item > ci)) break;
      scores[i] = cs;
      items[i] = ci;
      i = child;
    }
    scores[i] = score;
    items[i] = item;
  }
}

const sharedHeap = new TopKHeap(512);

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
  heap: TopKHeap = sharedHeap,
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
        if (heap.size === wanted) {
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
        if (heap.size === wanted) {
          full = true;
          worst = heap.threshold();
        }
      }
    }
  }
  const items = new Int32Array(heap.size);
  const scores = new Float32Array(heap.size);
  heap.drainInto(items, scores);
  return { items, scores };
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
