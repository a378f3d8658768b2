/**
 * Exact top-k selection on typed arrays. Ties are broken by the lower item index, so results
 * are deterministic. One selector is reused across calls: pushing allocates nothing.
 */
import type { Ranked } from '../recipe.ts';

/** A bounded min-heap keeping the k best (score, item) pairs seen since the last reset. */
export class TopK {
  private items: Int32Array;
  private scores: Float64Array;
  private size = 0;
  private k = 0;

  constructor(capacity = 16) {
    this.items = new Int32Array(Math.max(1, capacity));
    this.scores = new Float64Array(Math.max(1, capacity));
  }

  /** Empties the selector and sets how many pairs it keeps (grows its buffers if needed). */
  reset(k: number): void {
    const want = Math.max(0, Math.floor(k));
    if (want > this.items.length) {
      this.items = new Int32Array(want);
      this.scores = new Float64Array(want);
    }
    this.k = want;
    this.size = 0;
  }

  /** Pairs currently kept. */
  get count(): number {
    return this.size;
  }

  /** The worst score kept once k pairs are kept (a candidate must beat it, or tie it with a lower index); -Infinity until then. */
  threshold(): number {
    return this.size < this.k ? -Infinity : this.scores[0]!;
  }

  /** Offers one pair; NaN scores are ignored. */
  push(item: number, score: number): void {
    if (this.k === 0 || score !== score) return;
    const items = this.items;
    const scores = this.scores;
    if (this.size < this.k) {
      // Sift up from the new leaf: the root holds the worst pair.
      let at = this.size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        const ps = scores[parent]!;
        if (ps < score || (ps === score && items[parent]! > item)) break;
        items[at] = items[parent]!;
        scores[at] = ps;
        at = parent;
      }
      items[at] = item;
      scores[at] = score;
      return;
    }
    const rootScore = scores[0]!;
    if (score < rootScore || (score === rootScore && item > items[0]!)) return;
    this.siftDown(item, score, this.size);
  }

  /** Moves the kept pairs, best first, into new arrays and empties the selector. */
  toRanked(): Ranked {
    const n = this.size;
    const out: Ranked = { items: new Int32Array(n), scores: new Float32Array(n) };
    this.drainInto(out.items, out.scores, 0);
    return out;
  }

  /** Writes the kept pairs best first at `offset` of the given arrays; empties the selector; returns the count. */
  drainInto(items: Int32Array, scores: Float32Array | Float64Array, offset: number): number {
    const n = this.size;
    for (let pos = n - 1; pos >= 0; pos--) {
      items[offset + pos] = this.items[0]!;
      scores[offset + pos] = this.scores[0]!;
      const lastItem = this.items[this.size - 1]!;
      const lastScore = this.scores[this.size - 1]!;
      this.size--;
      if (this.size > 0) this.siftDown(lastItem, lastScore, this.size);
    }
    return n;
  }

  /** Places (item, score) at the root and sifts it down within the first `size` slots. */
  private siftDown(item: number, score: number, size: number): void {
    const items = this.items;
    const scores = this.scores;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size) {
        const cs = scores[child]!;
        const rs = scores[right]!;
        // Pick the worse child: lower score, or equal score and higher index.
        if (rs < cs || (rs === cs && items[right]! > items[child]!)) child = right;
      }
      const cs = scores[child]!;
      if (score < cs || (score === cs && item > items[child]!)) break;
      items[at] = items[child]!;
      scores[at] = cs;
      at = child;
    }
    items[at] = item;
    scores[at] = score;
  }
}

/** An empty ranking. */
export function emptyRanked(): Ranked {
  return { items: new Int32Array(0), scores: new Float32Array(0) };
}

/**
 * The first k items of a precomputed best-first `order` that are not excluded, with their
 * `orderScores` (aligned with `order`).
 */
export function takeFromOrder(order: Int32Array, orderScores: Float32Array, k: number, exclude?: Uint8Array): Ranked {
  const want = Math.max(0, Math.min(Math.floor(k), order.length));
  const items = new Int32Array(want);
  const scores = new Float32Array(want);
  let n = 0;
  for (let p = 0; p < order.length && n < want; p++) {
    const item = order[p]!;
    if (exclude !== undefined && exclude[item] === 1) continue;
    items[n] = item;
    scores[n] = orderScores[p]!;
    n++;
  }
  return n === want ? { items, scores } : { items: items.slice(0, n), scores: scores.slice(0, n) };
}
