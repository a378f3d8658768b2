/**
 * The training worker (a Piscina task module). Each export is one task kind. Snapshots arrive
 * with SharedArrayBuffer-backed arrays (no copy); trained arrays go back transferred.
 */
import { Piscina } from 'piscina';
import { type BuiltSnapshot, buildSnapshot, type SnapshotOptions, type SnapshotSource, TrainingDataError } from '../data/snapshot/build.ts';
import type { TrainingSnapshot } from '../data/snapshot/types.ts';
import { connectRaw } from '../store/database.ts';
import { evaluate as evaluateRecipe } from './evaluation/evaluate.ts';
import type { HyperParameters, ModelArray, TrainedModel } from './recipes/recipe.ts';
import { findRecipe } from './recipes/registry.ts';
import { type UpdateMaps, updateAls } from './recipes/user-personalization/update.ts';
import { niceThisThread } from './thread-priority.ts';

// Training yields the CPU to the API thread (see thread-priority.ts); ATTUNE_TRAINING_NICE overrides.
niceThisThread(Number(process.env.ATTUNE_TRAINING_NICE || 10));

/** Train a model on all the data. */
export interface FitTask {
  recipe: string;
  params: HyperParameters;
  snapshot: TrainingSnapshot;
  seed: number;
  threads: number;
}

/** Train on Personalize's holdout split and measure the metrics. */
export interface EvaluateTask extends FitTask {
  holdoutSeed: number;
}

function recipeOf(name: string) {
  const recipe = findRecipe(name);
  if (!recipe) throw new Error(`unknown recipe ${name}`);
  return recipe;
}

/** Wraps a model so its arrays' buffers are transferred, not cloned. */
function movable(model: TrainedModel): unknown {
  const buffers = new Set<ArrayBuffer>();
  for (const a of Object.values(model.arrays) as ModelArray[]) {
    if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  }
  return Piscina.move({
    get [Piscina.transferableSymbol]() {
      return [...buffers];
    },
    get [Piscina.valueSymbol]() {
      return model;
    },
  } as never);
}

/** Task: trains the recipe on the whole snapshot and returns the model. */
export async function fit(task: FitTask): Promise<TrainedModel> {
  const recipe = recipeOf(task.recipe);
  const model = await recipe.train(task.snapshot, task.params, { threads: task.threads, seed: task.seed });
  return movable(model) as TrainedModel;
}

/** Task: trains on the holdout's training part and returns the holdout metrics. */
export async function evaluate(task: EvaluateTask): Promise<Record<string, number>> {
  const recipe = recipeOf(task.recipe);
  return evaluateRecipe(recipe, task.snapshot, task.params, { threads: task.threads, seed: task.seed }, task.holdoutSeed);
}

/** Update a trained ALS model with the current data (training_mode UPDATE). */
export interface UpdateTask {
  source: TrainedModel;
  snapshot: TrainingSnapshot;
  maps: UpdateMaps;
  threads: number;
}

/** Task: updates the source model (new users and items added, new interactions folded in); `meta.update` holds its UpdateStats. */
export async function update(task: UpdateTask): Promise<TrainedModel> {
  const { model } = updateAls(task.source, task.snapshot, task.maps, { threads: task.threads });
  return movable(model) as TrainedModel;
}

/** Read the training data from PostgreSQL (the worker's own connection). */
export interface SnapshotTask {
  url: string;
  source: SnapshotSource;
  options: Omit<SnapshotOptions, 'signal'>;
}

/**
 * Task: builds the snapshot in this (low-priority) thread, so parsing a million rows never
 * delays the API thread. Its arrays are SharedArrayBuffers: they come back without a copy.
 */
export async function snapshot(task: SnapshotTask): Promise<BuiltSnapshot | { dataError: string }> {
  const connection = connectRaw(task.url);
  try {
    return await connection.readSnapshot((query) => buildSnapshot({ query }, task.source, task.options));
  } catch (err) {
    // Error classes do not survive the trip back to the main thread: say which kind it was.
    if (err instanceof TrainingDataError) return { dataError: err.message };
    throw err;
  } finally {
    await connection.close();
  }
}
