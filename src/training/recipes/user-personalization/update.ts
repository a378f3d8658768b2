/**
 * training_mode UPDATE for the implicit ALS model: the source model is kept and brought up to
 * date with the data as it is now, by ALS half-steps with the other side fixed, instead of a
 * full retrain. Source items keep their vectors; new users are solved from the source item
 * vectors, new items from the users' vectors, and then every user is re-solved from their full
 * history against all items (new interactions folded in). Source users who have no data any
 * more (deleted, or gone with a FULL import) are left out, as a FULL retrain would leave them.
 */
import type { InteractionMatrix, TrainingSnapshot } from '../../../data/snapshot/types.ts';
import type { TrainedModel } from '../recipe.ts';
import { buildUserConfidence, type ConfidenceCsr, transposeConfidence } from './confidence.ts';
import { foldInModelOf } from './fold-in.ts';
import { type ConfidenceParams, resolveAlsParams } from './hyperparameters.ts';
import { alsKernel, type AlsKernel } from './kernel/index.ts';

/**
 * Where each snapshot user and item goes in the updated model. Its users are the source users
 * kept (rows 0 … keptUsers − 1, source order) and then the new ones; its items are all the source
 * items (same rows) and then the new ones.
 */
export interface UpdateMaps {
  /** Model row of each snapshot user. */
  userMap: Int32Array;
  /** Model row of each snapshot item. */
  itemMap: Int32Array;
  /** The source row of each kept user (model rows 0 … length − 1). */
  keptUsers: Int32Array;
  /** Users and items of the updated model. */
  numUsers: number;
  numItems: number;
}

/** What an update did. */
export interface UpdateStats {
  sourceUsers: number;
  sourceItems: number;
  /** Source users left out: they have no data any more. */
  droppedUsers: number;
  newUsers: number;
  newItems: number;
}

/** Conjugate-gradient steps for a row that starts from zero (a new user or item): enough to converge at k ≤ 256. */
export const COLD_CG_STEPS = 16;
/** Conjugate-gradient steps for a user re-solved from their previous vector (at least the model's own cg_steps). */
export const WARM_CG_STEPS = 6;

/** Updates an ALS model with a snapshot of the current data; deterministic whatever `threads`. */
export function updateAls(
  source: TrainedModel,
  data: TrainingSnapshot,
  maps: UpdateMaps,
  ctx: { threads: number },
  kernel: AlsKernel = alsKernel,
): { model: TrainedModel; stats: UpdateStats } {
  const src = foldInModelOf(source);
  const k = src.k;
  const x0 = source.arrays.userFactors;
  const sourceUsers = typeof source.meta.numUsers === 'number' ? source.meta.numUsers : -1;
  if (!(x0 instanceof Float32Array) || x0.length !== sourceUsers * k) throw new Error('the source ALS model has no user factors to update');
  const sourceItems = src.numItems;
  const { numUsers, numItems, keptUsers } = maps;
  const kept = keptUsers.length;
  if (numUsers < kept || numItems < sourceItems) throw new Error('the update maps hold fewer rows than the source model keeps');
  const params = resolveAlsParams((source.meta.hyperParameters ?? {}) as Record<string, number | string>);
  const reg = src.regularization;
  const threads = Math.max(1, Math.floor(ctx.threads));
  const latest = Number.isFinite(data.latestTimestamp) ? Math.max(data.latestTimestamp, src.confidence.latestTimestamp) : src.confidence.latestTimestamp;
  const confidence: ConfidenceParams = { ...src.confidence, latestTimestamp: latest };

  const byUser = buildUserConfidence(remap(data.interactions, maps), confidence);
  const byItem = transposeConfidence(byUser);
  const x = new Float32Array(numUsers * k);
  for (let r = 0; r < kept; r++) {
    const from = keptUsers[r]!;
    if (!(from >= 0 && from < sourceUsers)) throw new Error(`kept user row ${r} points outside the source model (${from})`);
    x.set(x0.subarray(from * k, (from + 1) * k), r * k);
  }
  const y = new Float32Array(numItems * k);
  y.set(src.itemFactors);
  const gram = new Float64Array(k * k);

  // New users, from the source items (new items' rows are still zero, so they weigh nothing).
  if (numUsers > kept) {
    kernel.gram(y, numItems, k, reg, gram, threads);
    const rows = rowsFrom(byUser, kept);
    kernel.solveRows(rows.ptr, rows.idx, rows.conf, y, gram, x.subarray(kept * k), k, COLD_CG_STEPS, threads);
  }
  // New items, from every user's vector.
  if (numItems > sourceItems) {
    kernel.gram(x, numUsers, k, reg, gram, threads);
    const rows = rowsFrom(byItem, sourceItems);
    kernel.solveRows(rows.ptr, rows.idx, rows.conf, x, gram, y.subarray(sourceItems * k), k, COLD_CG_STEPS, threads);
  }
  // Every user, from their full history against all items, warm-started from their vector.
  kernel.gram(y, numItems, k, reg, gram, threads);
  kernel.solveRows(byUser.ptr, byUser.idx, byUser.conf, y, gram, x, k, Math.max(params.cgSteps, WARM_CG_STEPS), threads);

  kernel.gram(y, numItems, k, 0, gram, threads);
  const itemPopularity = new Float32Array(numItems);
  for (let i = 0; i < numItems; i++) itemPopularity[i] = byItem.ptr[i + 1]! - byItem.ptr[i]!;
  const stats: UpdateStats = { sourceUsers, sourceItems, droppedUsers: sourceUsers - kept, newUsers: numUsers - kept, newItems: numItems - sourceItems };
  return {
    model: { meta: { ...source.meta, numUsers, numItems, confidence, kernel: kernel.name, update: { ...stats } }, arrays: { itemFactors: y, gram, userFactors: x, itemPopularity } },
    stats,
  };
}

/** The interactions with users and items renumbered as the model numbers them (rows in model order, each still oldest first). */
export function remap(m: InteractionMatrix, maps: UpdateMaps): InteractionMatrix {
  const { userMap, itemMap, numUsers, numItems } = maps;
  if (userMap.length !== m.numUsers || itemMap.length !== m.numItems) throw new Error('the update maps do not match the snapshot');
  const nnz = m.userPtr[m.numUsers]!;
  const userPtr = new Int32Array(numUsers + 1);
  for (let u = 0; u < m.numUsers; u++) userPtr[userMap[u]! + 1] = m.userPtr[u + 1]! - m.userPtr[u]!;
  for (let r = 0; r < numUsers; r++) userPtr[r + 1] = userPtr[r + 1]! + userPtr[r]!;
  const out: InteractionMatrix = {
    numUsers,
    numItems,
    userPtr,
    itemIdx: new Int32Array(nnz),
    timestamp: new Float64Array(nnz),
    weight: new Float32Array(nnz),
    value: new Float32Array(nnz),
    eventType: new Int16Array(nnz),
  };
  for (let u = 0; u < m.numUsers; u++) {
    const from = m.userPtr[u]!;
    const to = m.userPtr[u + 1]!;
    const at = userPtr[userMap[u]!]!;
    for (let j = from; j < to; j++) out.itemIdx[at + j - from] = itemMap[m.itemIdx[j]!]!;
    out.timestamp.set(m.timestamp.subarray(from, to), at);
    out.weight.set(m.weight.subarray(from, to), at);
    out.value.set(m.value.subarray(from, to), at);
    out.eventType.set(m.eventType.subarray(from, to), at);
  }
  return out;
}

/** Rows `from` … of a confidence matrix, as a matrix of their own (the kernel wants ptr[0] = 0). */
function rowsFrom(a: ConfidenceCsr, from: number): { ptr: Int32Array; idx: Int32Array; conf: Float32Array } {
  const base = a.ptr[from]!;
  const ptr = Int32Array.from(a.ptr.subarray(from), (v) => v - base);
  return { ptr, idx: a.idx.subarray(base), conf: a.conf.subarray(base) };
}
