/**
 * Weighted ALS for implicit feedback (Hu, Koren, Volinsky 2008) with conjugate-gradient row
 * solves as in benfred/implicit: each iteration solves all items given the users, then all
 * users given the items, with the other side's gram precomputed once per half-iteration.
 */
import type { TrainingSnapshot } from '../../../data/snapshot/types.ts';
import type { HyperParameters, TrainContext, TrainedModel } from '../recipe.ts';
import { buildUserConfidence, transposeConfidence, valueScaleOf } from './confidence.ts';
import { resolveAlsParams, type AlsParams, type ConfidenceParams } from './hyperparameters.ts';
import { alsKernel, type AlsKernel } from './kernel/index.ts';

/** The JSON part of a trained ALS model (everything fold-in needs besides the arrays). */
export interface AlsMeta {
  k: number;
  numUsers: number;
  numItems: number;
  regularization: number;
  confidence: ConfidenceParams;
  /** Which kernel trained it ('native' | 'typescript'). */
  kernel: string;
  /** The resolved hyperparameters, for the record. */
  hyperParameters: HyperParameters;
}

/** Scale of the uniform random initial factors. */
const INIT_SCALE = 0.01;

/** Fills `out` with seeded uniform values in [0, scale) (mulberry32). */
export function seededUniform(out: Float32Array, seed: number, scale: number): void {
  let s = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * scale;
  }
}

/** Trains the ALS factors on a snapshot; deterministic for a given ctx.seed whatever ctx.threads. */
export async function trainAls(
  data: TrainingSnapshot,
  raw: HyperParameters,
  ctx: TrainContext,
  kernel: AlsKernel = alsKernel,
): Promise<TrainedModel> {
  const params = resolveAlsParams(raw);
  const m = data.interactions;
  const confidence: ConfidenceParams = {
    alpha: params.alpha,
    eventValue: params.eventValue,
    recencyMask: params.recencyMask,
    recencyHalfLifeDays: params.recencyHalfLifeDays,
    latestTimestamp: Number.isFinite(data.latestTimestamp) ? data.latestTimestamp : 0,
    valueScale: valueScaleOf(m.value, params.eventValue),
  };
  const byUser = buildUserConfidence(m, confidence);
  const byItem = transposeConfidence(byUser);
  const k = params.factors;
  const threads = Math.max(1, Math.floor(ctx.threads));
  const userFactors = new Float32Array(m.numUsers * k);
  const itemFactors = new Float32Array(m.numItems * k);
  seededUniform(userFactors, ctx.seed ^ 0x5eed0001, INIT_SCALE);
  seededUniform(itemFactors, ctx.seed ^ 0x5eed0002, INIT_SCALE);
  const gram = new Float64Array(k * k);
  for (let it = 0; it < params.iterations; it++) {
    await checkpoint(ctx);
    kernel.gram(userFactors, m.numUsers, k, params.regularization, gram, threads);
    kernel.solveRows(byItem.ptr, byItem.idx, byItem.conf, userFactors, gram, itemFactors, k, params.cgSteps, threads);
    kernel.gram(itemFactors, m.numItems, k, params.regularization, gram, threads);
    kernel.solveRows(byUser.ptr, byUser.idx, byUser.conf, itemFactors, gram, userFactors, k, params.cgSteps, threads);
    ctx.progress?.((it + 1) / params.iterations);
  }
  kernel.gram(itemFactors, m.numItems, k, 0, gram, threads);
  const itemPopularity = new Float32Array(m.numItems);
  for (let i = 0; i < m.numItems; i++) itemPopularity[i] = byItem.ptr[i + 1]! - byItem.ptr[i]!;
  const meta: AlsMeta = {
    k,
    numUsers: m.numUsers,
    numItems: m.numItems,
    regularization: params.regularization,
    confidence,
    kernel: kernel.name,
    hyperParameters: hyperParametersOf(params),
  };
  return { meta: { ...meta }, arrays: { itemFactors, gram, userFactors, itemPopularity } };
}

/** Yields to the event loop (so an abort message can arrive) and throws if the run was aborted. */
async function checkpoint(ctx: TrainContext): Promise<void> {
  if (ctx.signal === undefined) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  ctx.signal.throwIfAborted();
}

/** The hyperparameters in their wire names. */
function hyperParametersOf(p: AlsParams): HyperParameters {
  return {
    hidden_dimension: p.factors,
    regularization: p.regularization,
    alpha: p.alpha,
    num_iterations: p.iterations,
    cg_steps: p.cgSteps,
    event_value_confidence: p.eventValue,
    recency_mask: p.recencyMask ? 'true' : 'false',
    recency_half_life_days: p.recencyHalfLifeDays,
  };
}
