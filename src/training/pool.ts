/**
 * The training pool: worker threads (Piscina) that run fit and evaluate tasks, so training
 * never blocks the API's event loop. A task that crashes or is aborted fails alone; Piscina
 * replaces the worker and the pool goes on.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { type BuiltSnapshot, TrainingDataError } from '../data/snapshot/build.ts';
import type { EvaluateTask, FitTask, SnapshotTask, UpdateTask } from './worker.ts';
import type { TrainedModel } from './recipes/recipe.ts';

export interface TrainingPoolOptions {
  /** Worker threads (default: the core count). */
  threads?: number;
  /** The worker module (default: worker.ts / worker.js); tests substitute one that crashes. */
  workerFile?: string;
}

/** Where the worker's code is: compiled JS in dist/, or the TypeScript source through tsx. */
function workerFile(): string {
  const url = import.meta.url.endsWith('.ts') ? new URL('./worker-boot.mjs', import.meta.url) : new URL('./worker.js', import.meta.url);
  return url.href;
}

export class TrainingPool {
  private readonly pool: Piscina;
  /** Worker threads in the pool. */
  readonly size: number;

  constructor(options: TrainingPoolOptions = {}) {
    this.size = Math.max(1, options.threads ?? availableParallelism());
    this.pool = new Piscina({
      filename: options.workerFile ?? workerFile(),
      minThreads: 0,
      maxThreads: this.size,
      // Keep a warm worker for a minute: a worker's start-up (module loading) is ~100s of ms.
      idleTimeout: 60_000,
    });
  }

  /** Trains a model on all the data. Rejects with AbortError when `signal` aborts. */
  fit(task: FitTask, signal?: AbortSignal): Promise<TrainedModel> {
    return this.pool.run(task, { name: 'fit', ...(signal ? { signal } : {}) }) as Promise<TrainedModel>;
  }

  /** Trains on the holdout split and returns the metrics. */
  evaluate(task: EvaluateTask, signal?: AbortSignal): Promise<Record<string, number>> {
    return this.pool.run(task, { name: 'evaluate', ...(signal ? { signal } : {}) }) as Promise<Record<string, number>>;
  }

  /** Updates a trained model with current data (training_mode UPDATE). */
  update(task: UpdateTask, signal?: AbortSignal): Promise<TrainedModel> {
    return this.pool.run(task, { name: 'update', ...(signal ? { signal } : {}) }) as Promise<TrainedModel>;
  }

  /** Reads a training snapshot from PostgreSQL in a worker. */
  async snapshot(task: SnapshotTask, signal?: AbortSignal): Promise<BuiltSnapshot> {
    const out = (await this.pool.run(task, { name: 'snapshot', ...(signal ? { signal } : {}) })) as BuiltSnapshot | { dataError: string };
    if ('dataError' in out) throw new TrainingDataError(out.dataError);
    return out;
  }

  /** Stops the workers (tasks in flight are aborted). */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
