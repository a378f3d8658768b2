/** The scorer of a trained ALS model: exact fold-in of the history, dot products, exact top-k. */
import type { UserHistory } from '../../../data/snapshot/types.ts';
import type { Ranked, Scorer, TrainedModel } from '../recipe.ts';
import { AlsFoldIn, foldInModelOf } from './fold-in.ts';
import { TopK } from '../shared/top-k.ts';

/** Scores users against every item by folding their history into a vector; one instance per thread. */
export class AlsScorer implements Scorer {
  private readonly k: number;
  private readonly numItems: number;
  private readonly y: Float32Array;
  private readonly popularity: Float32Array;
  private readonly foldIn: AlsFoldIn;
  private readonly user: Float64Array;
  private readonly top = new TopK();

  /** Builds a scorer from a trained ALS model (checks its shapes). */
  constructor(model: TrainedModel) {
    const m = foldInModelOf(model);
    this.k = m.k;
    this.numItems = m.numItems;
    this.y = m.itemFactors;
    this.popularity = m.itemPopularity;
    this.foldIn = new AlsFoldIn(m);
    this.user = new Float64Array(m.k);
  }

  /** The k best items for the folded-in history (popularity order when the history is empty). */
  recommend(history: UserHistory, k: number, exclude?: Uint8Array): Ranked {
    const { top, numItems } = this;
    top.reset(k);
    if (this.foldIn.solve(history, this.user)) {
      const { k: dim, y, user } = this;
      for (let i = 0, o = 0; i < numItems; i++, o += dim) {
        if (exclude !== undefined && exclude[i] === 1) continue;
        let s = 0;
        for (let a = 0; a < dim; a++) s += y[o + a]! * user[a]!;
        top.push(i, s);
      }
    } else {
      const pop = this.popularity;
      for (let i = 0; i < numItems; i++) if (exclude === undefined || exclude[i] !== 1) top.push(i, pop[i]!);
    }
    return top.toRanked();
  }

  /** Scores of `items` for the history (NaN for indexes outside the model; popularity when the history is empty). */
  score(history: UserHistory, items: Int32Array): Float32Array {
    const out = new Float32Array(items.length);
    const personal = this.foldIn.solve(history, this.user);
    const { k, y, user } = this;
    for (let j = 0; j < items.length; j++) {
      const i = items[j]!;
      if (i < 0 || i >= this.numItems || !Number.isInteger(i)) {
        out[j] = Number.NaN;
      } else if (!personal) {
        out[j] = this.popularity[i]!;
      } else {
        const o = i * k;
        let s = 0;
        for (let a = 0; a < k; a++) s += y[o + a]! * user[a]!;
        out[j] = s;
      }
    }
    return out;
  }
}
