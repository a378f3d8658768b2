/**
 * The recipe plug-in contract. A recipe is a folder under recipes/ exporting one `Recipe`
 * object; the registry lists them. `train` runs inside a training worker on a snapshot;
 * `load` turns the trained arrays into a scorer, used by evaluation (in the worker) and by
 * serving (in server processes, from the stored artifact).
 */
import type { TrainingSnapshot, UserHistory } from '../../data/snapshot/types.ts';

export type RecipeType = 'USER_PERSONALIZATION' | 'PERSONALIZED_RANKING' | 'RELATED_ITEMS' | 'POPULAR_ITEMS';

/** One hyperparameter: its type, default, range and whether HPO may tune it. */
export type HyperParameterSpec =
  | {
      name: string;
      kind: 'integer' | 'continuous';
      default: number;
      min: number;
      max: number;
      tunable: boolean;
      /** Search on a log scale (min must be > 0). */
      logScale?: boolean;
      description: string;
    }
  | {
      name: string;
      kind: 'categorical';
      /** Categorical values are strings on the wire; booleans are 'true' | 'false'. */
      default: string;
      values: string[];
      tunable: boolean;
      description: string;
    };

/** Resolved hyperparameters: numbers for integer/continuous, strings for categorical. */
export type HyperParameters = Record<string, number | string>;

export type ModelArray = Float32Array | Float64Array | Int32Array | Uint32Array | Uint8Array | Int16Array;

/** A trained model: small JSON metadata plus named typed arrays (transferred, never JSON-encoded). */
export interface TrainedModel {
  meta: Record<string, unknown>;
  arrays: Record<string, ModelArray>;
}

/** What a training run may use besides the data. */
export interface TrainContext {
  /** Kernel threads this training may use. */
  threads: number;
  /** Seed for every random choice, so the same seed gives the same model. */
  seed: number;
  /** Aborts the run (checked between iterations). */
  signal?: AbortSignal;
  /** Called with a fraction done in [0, 1]. */
  progress?: (fraction: number) => void;
}

/** Ranked item indexes with their scores, best first. */
export interface Ranked {
  items: Int32Array;
  scores: Float32Array;
}

/** A loaded model. Item indexes are the snapshot's. */
export interface Scorer {
  /**
   * The k best items for a user given their history (unknown items already dropped),
   * never returning an item whose `exclude[item]` is 1. Every recipe implements this: related-items
   * recipes answer from the user's recent items, popularity recipes ignore the history.
   */
  recommend(history: UserHistory, k: number, exclude?: Uint8Array): Ranked;
  /** Scores of `items` for the user (higher is better); NaN for items the model cannot score. */
  score?(history: UserHistory, items: Int32Array): Float32Array;
  /** The k items most related to `item` (related-items recipes), excluding `item` itself. */
  related?(item: number, k: number, exclude?: Uint8Array): Ranked;
}

export interface Recipe {
  /** Recipe name, as in `arn:…:recipe/<name>` (e.g. aws-user-personalization). */
  name: string;
  /** Algorithm name, as in `arn:…:algorithm/<name>`. */
  algorithm: string;
  type: RecipeType;
  description: string;
  hyperParameters: HyperParameterSpec[];
  /** Trains a model on the snapshot. Runs in a worker thread; may be CPU-bound for seconds. */
  train(data: TrainingSnapshot, params: HyperParameters, ctx: TrainContext): TrainedModel | Promise<TrainedModel>;
  /** Builds a scorer from a trained model (no training data needed). */
  load(model: TrainedModel): Scorer;
}
