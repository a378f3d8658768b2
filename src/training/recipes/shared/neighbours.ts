/**
 * The model shared by the related-items recipes: each item's top-N neighbours in CSR arrays
 * (best first) plus items ranked by popularity for the fallback, and the scorer that serves it.
 */
import type { Ranked, Scorer, TrainedModel } from '../recipe.ts';
import type { UserHistory } from '../../../data/snapshot/types.ts';
import { TopK } from './top-k.ts';

/** Neighbour lists in CSR form: row i is `[nbrPtr[i], nbrPtr[i + 1])`, best first. */
export interface NeighbourLists {
  nbrPtr: Int32Array;
  nbrIdx: Int32Array;
  nbrScore: Float32Array;
}

/** How many of a user's most recent distinct items `recommend` aggregates. */
export const HISTORY_ITEMS = 20;
/** Weight of the r-th most recent distinct item is HISTORY_DECAY^r (the newest has weight 1). */
export const HISTORY_DECAY = 0.75;

/** Accumulates neighbour rows item by item (in ascending item order) into growing CSR buffers. */
export class NeighbourCsrBuilder {
  private readonly ptr: Int32Array;
  private idx: Int32Array;
  private score: Float32Array;
  private len = 0;
  private nextItem = 0;

  constructor(private readonly numItems: number, initialCapacity = 1024) {
    this.ptr = new Int32Array(numItems + 1);
    this.idx = new Int32Array(Math.max(16, initialCapacity));
    this.score = new Float32Array(Math.max(16, initialCapacity));
  }

  /** Sets item's row to the selector's pairs (best first), emptying it; rows skipped stay empty. */
  addRow(item: number, top: TopK): void {
    if (item < this.nextItem || item >= this.numItems) throw new Error(`rows must be added in ascending order (${item})`);
    for (let i = this.nextItem; i <= item; i++) this.ptr[i] = this.len;
    const need = this.len + top.count;
    if (need > this.idx.length) {
      const cap = Math.max(need, this.idx.length * 2);
      const idx = new Int32Array(cap);
      idx.set(this.idx.subarray(0, this.len));
      const score = new Float32Array(cap);
      score.set(this.score.subarray(0, this.len));
      this.idx = idx;
      this.score = score;
    }
    this.len += top.drainInto(this.idx, this.score, this.len);
    this.nextItem = item + 1;
  }

  /** The finished lists, trimmed to size. */
  finish(): NeighbourLists {
    for (let i = this.nextItem; i <= this.numItems; i++) this.ptr[i] = this.len;
    this.nextItem = this.numItems + 1;
    return { nbrPtr: this.ptr, nbrIdx: this.idx.slice(0, this.len), nbrScore: this.score.slice(0, this.len) };
  }
}

/** Packs neighbour lists and the popularity fallback into a TrainedModel. */
export function neighbourModel(
  lists: NeighbourLists,
  popOrder: Int32Array,
  popScore: Float32Array,
  meta: Record<string, unknown>,
): TrainedModel {
  return {
    meta: { ...meta, numItems: lists.nbrPtr.length - 1 },
    arrays: { nbrPtr: lists.nbrPtr, nbrIdx: lists.nbrIdx, nbrScore: lists.nbrScore, popOrder, popScore },
  };
}

/** Typed array `name` of the model, checked for its constructor. */
function arrayOf<T>(model: TrainedModel, name: string, ctor: new (n: number) => T): T {
  const a = model.arrays[name];
  if (!(a instanceof ctor)) throw new Error(`model array ${name} is missing or has the wrong type`);
  return a;
}

/** Serves a neighbour model: `related` reads an item's row, `recommend` blends the rows of recent items. */
export class NeighbourScorer implements Scorer {
  private readonly numItems: number;
  private readonly nbrPtr: Int32Array;
  private readonly nbrIdx: Int32Array;
  private readonly nbrScore: Float32Array;
  private readonly popOrder: Int32Array;
  private readonly popScore: Float32Array;
  /** Scratch: accumulated scores, 0 = untouched. */
  private readonly acc: Float64Array;
  /** Scratch: 1 = a query item, 2 = already returned, 3 = has an accumulated score; reset after each call. */
  private readonly mark: Uint8Array;
  private readonly touched: Int32Array;
  private readonly queries = new Int32Array(HISTORY_ITEMS);
  private readonly top = new TopK(64);

  constructor(model: TrainedModel) {
    this.nbrPtr = arrayOf(model, 'nbrPtr', Int32Array);
    this.nbrIdx = arrayOf(model, 'nbrIdx', Int32Array);
    this.nbrScore = arrayOf(model, 'nbrScore', Float32Array);
    this.popOrder = arrayOf(model, 'popOrder', Int32Array);
    this.popScore = arrayOf(model, 'popScore', Float32Array);
    this.numItems = this.nbrPtr.length - 1;
    if (this.numItems < 0 || this.nbrIdx.length !== this.nbrScore.length || this.nbrPtr[this.numItems] !== this.nbrIdx.length) {
      throw new Error('neighbour model arrays are inconsistent');
    }
    if (this.popOrder.length !== this.popScore.length) throw new Error('popularity arrays differ in length');
    this.acc = new Float64Array(this.numItems);
    this.mark = new Uint8Array(this.numItems);
    this.touched = new Int32Array(this.numItems);
  }

  /** The item's neighbours best first, then popular items; never `item` itself or excluded items. */
  related(item: number, k: number, exclude?: Uint8Array): Ranked {
    const want = Math.max(0, Math.min(Math.floor(k), this.numItems));
    const items = new Int32Array(want);
    const scores = new Float32Array(want);
    let n = 0;
    const known = Number.isInteger(item) && item >= 0 && item < this.numItems;
    if (known) {
      this.mark[item] = 1;
      const end = this.nbrPtr[item + 1]!;
      for (let p = this.nbrPtr[item]!; p < end && n < want; p++) {
        const j = this.nbrIdx[p]!;
        if (exclude !== undefined && exclude[j] === 1) continue;
        items[n] = j;
        scores[n] = this.nbrScore[p]!;
        this.mark[j] = 2;
        n++;
      }
    }
    n = this.fillPopular(items, scores, n, want, exclude);
    for (let p = 0; p < n; p++) this.mark[items[p]!] = 0;
    if (known) this.mark[item] = 0;
    return n === want ? { items, scores } : { items: items.slice(0, n), scores: scores.slice(0, n) };
  }

  /**
   * Neighbours of the user's HISTORY_ITEMS most recent distinct items, each row weighted by
   * HISTORY_DECAY^rank and summed; then popular items. Never returns those recent items.
   */
  recommend(history: UserHistory, k: number, exclude?: Uint8Array): Ranked {
    const want = Math.max(0, Math.min(Math.floor(k), this.numItems));
    let nq = 0;
    for (let p = history.itemIdx.length - 1; p >= 0 && nq < HISTORY_ITEMS; p--) {
      const q = history.itemIdx[p]!;
      if (q < 0 || q >= this.numItems || this.mark[q] === 1) continue;
      this.mark[q] = 1;
      this.queries[nq++] = q;
    }
    let nt = 0;
    let weight = 1;
    for (let r = 0; r < nq; r++, weight *= HISTORY_DECAY) {
      const q = this.queries[r]!;
      const end = this.nbrPtr[q + 1]!;
      for (let p = this.nbrPtr[q]!; p < end; p++) {
        const j = this.nbrIdx[p]!;
        if (this.mark[j] === 1 || (exclude !== undefined && exclude[j] === 1)) continue;
        if (this.mark[j] === 0) {
          this.mark[j] = 3;
          this.touched[nt++] = j;
        }
        this.acc[j]! += weight * this.nbrScore[p]!;
      }
    }
    const top = this.top;
    top.reset(want);
    for (let t = 0; t < nt; t++) {
      const j = this.touched[t]!;
      top.push(j, this.acc[j]!);
      this.acc[j] = 0;
      this.mark[j] = 0;
    }
    const items = new Int32Array(want);
    const scores = new Float32Array(want);
    let n = top.drainInto(items, scores, 0);
    for (let p = 0; p < n; p++) this.mark[items[p]!] = 2;
    n = this.fillPopular(items, scores, n, want, exclude);
    for (let p = 0; p < n; p++) this.mark[items[p]!] = 0;
    for (let r = 0; r < nq; r++) this.mark[this.queries[r]!] = 0;
    return n === want ? { items, scores } : { items: items.slice(0, n), scores: scores.slice(0, n) };
  }

  /** Appends unmarked, unexcluded popular items (score 0) after position n; returns the new count. */
  private fillPopular(items: Int32Array, scores: Float32Array, n: number, want: number, exclude?: Uint8Array): number {
    for (let p = 0; p < this.popOrder.length && n < want; p++) {
      const j = this.popOrder[p]!;
      if (this.mark[j] !== 0 || (exclude !== undefined && exclude[j] === 1)) continue;
      items[n] = j;
      scores[n] = 0;
      this.mark[j] = 2;
      n++;
    }
    return n;
  }
}
