/** The model of the popular-items recipes: one best-first item list served to everyone. */
import type { UserHistory } from '../../../data/snapshot/types.ts';
import type { Ranked, Scorer, TrainedModel } from '../recipe.ts';
import { takeFromOrder } from './top-k.ts';

/** Packs a best-first list (`order`, with `orderScore` aligned to it) into a TrainedModel. */
export function rankedListModel(order: Int32Array, orderScore: Float32Array, numItems: number, meta: Record<string, unknown>): TrainedModel {
  return { meta: { ...meta, numItems }, arrays: { order, orderScore } };
}

/** Serves a ranked list: the same items for every user, minus the excluded ones. */
export class RankedListScorer implements Scorer {
  private readonly order: Int32Array;
  private readonly orderScore: Float32Array;

  constructor(model: TrainedModel) {
    const order = model.arrays.order;
    const orderScore = model.arrays.orderScore;
    if (!(order instanceof Int32Array) || !(orderScore instanceof Float32Array) || order.length !== orderScore.length) {
      throw new Error('ranked-list model needs Int32Array order and Float32Array orderScore of equal length');
    }
    this.order = order;
    this.orderScore = orderScore;
  }

  /** The first k listed items that are not excluded; the history is ignored. */
  recommend(_history: UserHistory, k: number, exclude?: Uint8Array): Ranked {
    return takeFromOrder(this.order, this.orderScore, k, exclude);
  }
}
