/**
 * Confidence of observed (user, item) pairs for implicit-feedback ALS (Hu, Koren, Volinsky):
 * c = 1 + alpha · Σ strength(event) over the pair's events, where strength multiplies the
 * events_config weight, an EVENT_VALUE factor and a recency decay.
 */
import type { InteractionMatrix } from '../../../data/snapshot/types.ts';
import type { ConfidenceParams, EventValueMode } from './hyperparameters.ts';

const SECONDS_PER_DAY = 86_400;

/** A sparse matrix of confidences in CSR form: row r is `[ptr[r], ptr[r + 1])`. */
export interface ConfidenceCsr {
  numRows: number;
  numCols: number;
  ptr: Int32Array;
  idx: Int32Array;
  /** Full confidence c ≥ 1 of each stored pair. */
  conf: Float32Array;
}

/** Returns a function giving one event's strength (≥ 0) under these confidence settings. */
export function strengthOf(p: ConfidenceParams): (weight: number, value: number, timestamp: number) => number {
  const decay = p.recencyMask ? Math.LN2 / (p.recencyHalfLifeDays * SECONDS_PER_DAY) : 0;
  const latest = p.latestTimestamp;
  const mode = p.eventValue;
  const invScale = 1 / p.valueScale;
  return (weight, value, timestamp) => {
    let s = weight;
    if (mode !== 'ignore' && !Number.isNaN(value)) s *= valueFactor(mode, value) * invScale;
    if (decay > 0) {
      const age = latest - timestamp;
      if (age > 0) s *= Math.exp(-decay * age);
    }
    return s;
  };
}

/** The raw (unscaled) factor an EVENT_VALUE contributes under `mode` ('linear' or 'log'); ≥ 0. */
function valueFactor(mode: EventValueMode, value: number): number {
  const v = value > 0 ? value : 0;
  return mode === 'linear' ? v : Math.log1p(v);
}

/** The mean value factor over events that have a value, or 1 when none has (or the mode ignores values). */
export function valueScaleOf(value: Float32Array, mode: EventValueMode): number {
  if (mode === 'ignore') return 1;
  let sum = 0;
  let n = 0;
  for (let j = 0; j < value.length; j++) {
    const v = value[j]!;
    if (Number.isNaN(v)) continue;
    sum += valueFactor(mode, v);
    n++;
  }
  return n > 0 && sum > 0 ? sum / n : 1;
}

/** Builds the user × item confidence matrix, summing the strengths of duplicate (user, item) events. */
export function buildUserConfidence(m: InteractionMatrix, p: ConfidenceParams): ConfidenceCsr {
  const { numUsers, numItems, userPtr, itemIdx, timestamp, weight, value } = m;
  const nnz = userPtr[numUsers] ?? 0;
  const strength = strengthOf(p);
  const slot = new Int32Array(numItems).fill(-1);
  const ptr = new Int32Array(numUsers + 1);
  let idx = new Int32Array(nnz);
  const sum = new Float64Array(nnz);
  let out = 0;
  for (let u = 0; u < numUsers; u++) {
    const rowStart = out;
    const end = userPtr[u + 1]!;
    for (let j = userPtr[u]!; j < end; j++) {
      const i = itemIdx[j]!;
      const s = strength(weight[j]!, value[j]!, timestamp[j]!);
      const at = slot[i]!;
      if (at >= rowStart) {
        sum[at] = sum[at]! + s;
      } else {
        slot[i] = out;
        idx[out] = i;
        sum[out] = s;
        out++;
      }
    }
    ptr[u + 1] = out;
  }
  if (out < nnz) idx = idx.slice(0, out);
  const conf = new Float32Array(out);
  const alpha = p.alpha;
  for (let j = 0; j < out; j++) conf[j] = 1 + alpha * sum[j]!;
  return { numRows: numUsers, numCols: numItems, ptr, idx, conf };
}

/** The transpose of a confidence matrix (rows become columns), rows sorted by column index. */
export function transposeConfidence(a: ConfidenceCsr): ConfidenceCsr {
  const nnz = a.ptr[a.numRows] ?? 0;
  const ptr = new Int32Array(a.numCols + 1);
  for (let j = 0; j < nnz; j++) ptr[a.idx[j]! + 1]!++;
  for (let c = 0; c < a.numCols; c++) ptr[c + 1] = ptr[c + 1]! + ptr[c]!;
  const fill = ptr.slice(0, a.numCols);
  const idx = new Int32Array(nnz);
  const conf = new Float32Array(nnz);
  for (let r = 0; r < a.numRows; r++) {
    const end = a.ptr[r + 1]!;
    for (let j = a.ptr[r]!; j < end; j++) {
      const c = a.idx[j]!;
      const at = fill[c]!++;
      idx[at] = r;
      conf[at] = a.conf[j]!;
    }
  }
  return { numRows: a.numCols, numCols: a.numRows, ptr, idx, conf };
}
