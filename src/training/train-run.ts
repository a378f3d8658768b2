/**
 * One training run on the pool: the holdout evaluation and the final fit run side by side in
 * two workers; with HPO, candidate hyperparameters are evaluated on the holdout in parallel
 * rounds first, and the best one is fitted.
 */
import type { TrainingSnapshot } from '../data/snapshot/types.ts';
import type { SearchSpace } from './hyperparameters.ts';
import type { TrainingPool } from './pool.ts';
import type { HyperParameters, TrainedModel } from './recipes/recipe.ts';
import { Tuner } from './tuning/search.ts';

/** Seeds used when a solution does not say: the same data gives the same model and metrics. */
export const MODEL_SEED = 1;
export const HOLDOUT_SEED = 7;

export interface RunInput {
  recipe: string;
  params: HyperParameters;
  search?: SearchSpace;
  snapshot: TrainingSnapshot;
  /** Kernel threads for a training running alone. */
  threads: number;
  signal?: AbortSignal;
  /** Called after each HPO candidate with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  model: TrainedModel;
  metrics: Record<string, number>;
  params: HyperParameters;
  /** The values HPO chose (only the searched hyperparameters). */
  tuned?: Record<string, string>;
}

/** Trains and evaluates, with HPO when a search space is given. */
export async function runTraining(pool: TrainingPool, input: RunInput): Promise<RunResult> {
  // One failed task stops its siblings too, so no worker keeps training for a lost cause.
  const local = new AbortController();
  const onAbort = () => local.abort(input.signal?.reason);
  if (input.signal?.aborted) onAbort();
  else input.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await run(pool, input, local.signal);
  } catch (err) {
    local.abort(err);
    throw err;
  } finally {
    input.signal?.removeEventListener('abort', onAbort);
  }
}

async function run(pool: TrainingPool, input: RunInput, signal: AbortSignal): Promise<RunResult> {
  const { recipe, snapshot } = input;
  const base = { recipe, snapshot, seed: MODEL_SEED, holdoutSeed: HOLDOUT_SEED };
  if (!input.search) {
    const threads = Math.max(1, Math.floor(input.threads / Math.min(2, pool.size)));
    const [metrics, model] = await Promise.all([
      pool.evaluate({ ...base, params: input.params, threads }, signal),
      pool.fit({ ...base, params: input.params, threads }, signal),
    ]);
    return { model, metrics, params: input.params };
  }

  const search = input.search;
  const tuner = new Tuner(search, input.params, HOLDOUT_SEED);
  const parallel = Math.max(1, Math.min(search.maxParallelTrainingJobs, pool.size));
  const threads = Math.max(1, Math.floor(input.threads / parallel));
  let best: { params: HyperParameters; metrics: Record<string, number>; objective: number } | undefined;
  const sign = search.objective.type === 'Minimize' ? -1 : 1;
  let done = 0;
  // Rounds of up to `parallel` candidates, reported in issue order, so runs are repeatable.
  while (!tuner.finished) {
    const round: HyperParameters[] = [];
    while (round.length < parallel) {
      const candidate = tuner.next();
      if (!candidate) break;
      round.push(candidate);
    }
    if (round.length === 0) break;
    const results = await Promise.all(round.map((params) => pool.evaluate({ ...base, params, threads }, signal)));
    results.forEach((metrics, i) => {
      const params = round[i]!;
      const objective = metrics[search.objective.metricName] ?? 0;
      tuner.report(params, objective);
      if (!best || sign * objective > sign * best.objective) best = { params, metrics, objective };
    });
    done += round.length;
    input.onProgress?.(done, search.maxNumberOfTrainingJobs);
  }
  if (!best) throw new Error('HPO ran no candidate');
  const model = await pool.fit({ ...base, params: best.params, threads: input.threads }, signal);
  const tuned = Object.fromEntries(search.dimensions.map((d) => [d.name, String(best!.params[d.name])]));
  return { model, metrics: best.metrics, params: best.params, tuned };
}
