/**
 * Exact fold-in of a user vector for the implicit ALS models: given fixed item factors Y and
 * their gram YᵀY, solves (YᵀY + λI + Σ (c − 1)·y·yᵀ)·x = Σ c·y by Cholesky on k × k — the same
 * system training solves for each user. Serving imports this to answer for any user history.
 */
import type { UserHistory } from '../../../data/snapshot/types.ts';
import type { TrainedModel } from '../recipe.ts';
import type { ConfidenceParams } from './hyperparameters.ts';
import { strengthOf } from './confidence.ts';

/** What fold-in needs from a trained model. */
export interface FoldInModel {
  k: number;
  numItems: number;
  /** numItems × k, row-major. */
  itemFactors: Float32Array;
  /** YᵀY without regularization, k × k. */
  gram: Float64Array;
  regularization: number;
  confidence: ConfidenceParams;
}

/** Reads and checks the fold-in part of a trained ALS model. */
export function foldInModelOf(model: TrainedModel): FoldInModel & { itemPopularity: Float32Array } {
  const { meta, arrays } = model;
  const k = meta.k;
  const numItems = meta.numItems;
  const regularization = meta.regularization;
  const confidence = meta.confidence as ConfidenceParams | undefined;
  const { itemFactors, gram, itemPopularity } = arrays;
  if (typeof k !== 'number' || typeof numItems !== 'number' || typeof regularization !== 'number' || !confidence) {
    throw new Error('ALS model meta must hold k, numItems, regularization and confidence');
  }
  if (!(itemFactors instanceof Float32Array) || itemFactors.length !== numItems * k) {
    throw new Error(`ALS model itemFactors must be a Float32Array of ${numItems} × ${k}`);
  }
  if (!(gram instanceof Float64Array) || gram.length !== k * k) throw new Error(`ALS model gram must be a Float64Array of ${k} × ${k}`);
  if (!(itemPopularity instanceof Float32Array) || itemPopularity.length !== numItems) {
    throw new Error(`ALS model itemPopularity must be a Float32Array of ${numItems}`);
  }
  return { k, numItems, itemFactors, gram, regularization, confidence, itemPopularity };
}

/** Writes the factor rows of items[0 .. count) to out[j·k ..] (the vectors a server holds, e.g. in its index). */
export type GatherRows = (items: Int32Array, count: number, out: Float32Array) => void;

/** Folds user histories into factor vectors; holds its scratch buffers, so one instance per thread. */
export class AlsFoldIn {
  private readonly k: number;
  private readonly gather: GatherRows;
  /** The rows of the history's distinct items, gathered for one solve. */
  private rows = new Float32Array(0);
  private readonly gram: Float64Array;
  private readonly reg: number;
  private readonly alpha: number;
  private readonly strength: (w: number, v: number, t: number) => number;
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly numItems: number;
  /** Item → its place in uniq/sum, for the history being collected (history-sized, not catalog-sized). */
  private readonly slot = new Map<number, number>();
  private uniq = new Int32Array(64);
  private sum = new Float64Array(64);

  /**
   * Prepares fold-in for a model (allocates k × k scratch once). Item rows come
   * from `gather` when given (then `model.itemFactors` is not kept), else from `model.itemFactors`.
   */
  constructor(model: FoldInModel, gather?: GatherRows) {
    const k = model.k;
    this.k = k;
    const y = gather ? null : model.itemFactors;
    this.gather =
      gather ??
      ((items, count, out) => {
        for (let j = 0; j < count; j++) out.set(y!.subarray(items[j]! * k, items[j]! * k + k), j * k);
      });
    this.gram = model.gram;
    this.reg = model.regularization;
    this.alpha = model.confidence.alpha;
    this.strength = strengthOf(model.confidence);
    this.a = new Float64Array(model.k * model.k);
    this.b = new Float64Array(model.k);
    this.numItems = model.numItems;
  }

  /** Writes the user's vector into out (length ≥ k); returns false (out zeroed) when the history has no item. */
  solve(history: UserHistory, out: Float64Array): boolean {
    const k = this.k;
    const n = this.collect(history);
    if (n === 0) {
      out.fill(0, 0, k);
      return false;
    }
    if (this.rows.length < n * k) this.rows = new Float32Array(2 ** Math.ceil(Math.log2(n)) * k);
    const y = this.rows;
    this.gather(this.uniq, n, y);
    const { a, b, sum } = this;
    const alpha = this.alpha;
    a.set(this.gram);
    for (let d = 0; d < k; d++) a[d * k + d] = a[d * k + d]! + this.reg;
    b.fill(0);
    for (let j = 0; j < n; j++) {
      const c1 = alpha * sum[j]!;
      const yo = j * k;
      for (let r = 0; r < k; r++) {
        const yr = y[yo + r]!;
        b[r] = b[r]! + (1 + c1) * yr;
        if (c1 === 0) continue;
        const f = c1 * yr;
        const row = r * k;
        for (let s = 0; s <= r; s++) a[row + s] = a[row + s]! + f * y[yo + s]!;
      }
    }
    choleskySolve(a, b, k, out);
    return true;
  }

  /** Sums event strengths per distinct item of the history; returns how many distinct items. */
  private collect(h: UserHistory): number {
    const numItems = this.numItems;
    if (this.uniq.length < h.itemIdx.length) {
      this.uniq = new Int32Array(h.itemIdx.length);
      this.sum = new Float64Array(h.itemIdx.length);
    }
    const { slot, uniq, sum } = this;
    slot.clear();
    let n = 0;
    for (let j = 0; j < h.itemIdx.length; j++) {
      const i = h.itemIdx[j]!;
      if (i < 0 || i >= numItems) continue;
      const s = this.strength(h.weight[j]!, h.value[j]!, h.timestamp[j]!);
      const at = slot.get(i);
      if (at !== undefined) {
        sum[at] = sum[at]! + s;
      } else {
        slot.set(i, n);
        uniq[n] = i;
        sum[n] = s;
        n++;
      }
    }
    return n;
  }
}

/**
 * Solves A·x = b for symmetric positive-definite A (only the lower triangle of the row-major
 * k × k `a` is read; it is overwritten by the Cholesky factor). Writes x into out.
 */
export function choleskySolve(a: Float64Array, b: Float64Array, k: number, out: Float64Array): void {
  for (let j = 0; j < k; j++) {
    const rj = j * k;
    let d = a[rj + j]!;
    for (let s = 0; s < j; s++) d -= a[rj + s]! * a[rj + s]!;
    const l = Math.sqrt(d > 1e-300 ? d : 1e-300);
    a[rj + j] = l;
    const inv = 1 / l;
    for (let i = j + 1; i < k; i++) {
      const ri = i * k;
      let v = a[ri + j]!;
      for (let s = 0; s < j; s++) v -= a[ri + s]! * a[rj + s]!;
      a[ri + j] = v * inv;
    }
  }
  // forward: L·z = b
  for (let i = 0; i < k; i++) {
    const ri = i * k;
    let v = b[i]!;
    for (let s = 0; s < i; s++) v -= a[ri + s]! * out[s]!;
    out[i] = v / a[ri + i]!;
  }
  // backward: Lᵀ·x = z
  for (let i = k - 1; i >= 0; i--) {
    let v = out[i]!;
    for (let s = i + 1; s < k; s++) v -= a[s * k + i]! * out[s]!;
    out[i] = v / a[i * k + i]!;
  }
}
