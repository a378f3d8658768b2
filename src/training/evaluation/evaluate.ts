/**
 * Offline evaluation of a recipe (GetSolutionMetrics): split the snapshot with the seeded
 * holdout, train on the training part, and score each test user's top 25 against their truth.
 *
 * Exclusion choice: a test user's recommendations never contain the items of their input
 * history (as a campaign would normally be filtered), so the metrics measure how well a model
 * finds items the user has not interacted with yet. Consistently, truth items that already
 * appear in the input are dropped from that user's truth (they could never be hit), and a test
 * user left with no truth is not scored. With no scorable test user every metric is 0.
 */
import type { TrainingSnapshot } from '../../data/snapshot/types.ts';
import type { HyperParameters, Recipe, Scorer, TrainContext } from '../recipes/recipe.ts';
import { splitHoldout, type Holdout } from './holdout.ts';
import { EVALUATION_DEPTH, MetricAccumulator, type Metrics } from './metrics.ts';

/** Trains `recipe` on a seeded holdout split of `snapshot` and returns Personalize's metrics. */
export async function evaluate(
  recipe: Recipe,
  snapshot: TrainingSnapshot,
  params: HyperParameters,
  ctx: TrainContext,
  seed: number,
): Promise<Metrics> {
  const holdout = splitHoldout(snapshot, seed);
  const model = await recipe.train(holdout.train, params, ctx);
  return scoreHoldout(recipe.load(model), holdout, ctx.signal);
}

/** Scores a loaded model on a holdout's test users (reusable across HPO candidates of one split). */
export function scoreHoldout(scorer: Scorer, holdout: Holdout, signal?: AbortSignal): Metrics {
  const numItems = holdout.train.interactions.numItems;
  const acc = new MetricAccumulator(numItems);
  const exclude = new Uint8Array(numItems);
  for (const { input, truth } of holdout.test) {
    signal?.throwIfAborted();
    for (const item of input.itemIdx) exclude[item] = 1;
    const relevant = new Set<number>();
    for (const item of truth) if (!exclude[item]) relevant.add(item);
    if (relevant.size > 0) {
      const ranked = scorer.recommend(input, EVALUATION_DEPTH, exclude);
      acc.add(ranked.items.subarray(0, EVALUATION_DEPTH), relevant);
    }
    for (const item of input.itemIdx) exclude[item] = 0;
  }
  return acc.result();
}
