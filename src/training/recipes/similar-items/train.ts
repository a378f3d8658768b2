/**
 * Similar-Items training: item-ID embeddings from a truncated SVD of the co-interaction matrix,
 * metadata embeddings from IDF-weighted categorical features, blended per item pair by how much
 * interaction evidence the two items have; each item's top-N neighbours are kept.
 */
import type { ItemFeatures, TrainingSnapshot } from '../../../data/snapshot/types.ts';
import type { TrainContext, TrainedModel } from '../recipe.ts';
import { buildIncidence, CoCounter, type Incidence } from '../shared/cooccurrence.ts';
import { NeighbourCsrBuilder, neighbourModel } from '../shared/neighbours.ts';
import { gather, rankItems } from '../shared/popularity.ts';
import { TopK } from '../shared/top-k.ts';
import { truncatedSvd, type SparseRows } from './svd.ts';

/** Resolved Similar-Items settings. */
export interface SimilarItemsSettings {
  idDim: number;
  metadataDim: number;
  /** κ: an item with n users trusts co-interaction with weight n / (n + κ). */
  blendInteractions: number;
  maxNeighbours: number;
}

/** Co-interaction candidates kept per item (best exact cosine) before re-scoring. */
export const CF_CANDIDATES = 200;
/** Metadata candidates per feature of a query with no users: that feature's most popular items (scaled by 1 − t for others). */
export const METADATA_CANDIDATES_PER_FEATURE = 200;
/** λ: a pair's co-interaction cosine is trusted like the embedding's estimate once co-count reaches λ. */
export const CF_SHRINK = 3;
/** Weight of the popularity tie-breaker log(1 + n_j) / log(1 + max n). */
export const POPULARITY_TIE_BREAK = 1e-3;

/** Dense embeddings, items × dim, row-major. */
interface Embeddings {
  dim: number;
  data: Float32Array;
}

/** L2-normalizes each row of a row-major items × dim float64 matrix into float32 (zero rows stay zero). */
function normalizedRows(m: Float64Array, numItems: number, dim: number): Embeddings {
  const data = new Float32Array(numItems * dim);
  for (let i = 0; i < numItems; i++) {
    let norm = 0;
    for (let c = 0; c < dim; c++) norm += m[i * dim + c]! * m[i * dim + c]!;
    if (norm === 0) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let c = 0; c < dim; c++) data[i * dim + c] = m[i * dim + c]! * inv;
  }
  return { dim, data };
}

/**
 * Item-ID embeddings: rows of V·Σ from the rank-`dim` SVD of the users × items matrix with
 * unit-norm item columns, so e_i·e_j is the rank-`dim` reconstruction of cosine(i, j).
 */
export function idEmbeddings(inc: Incidence, dim: number, seed: number): Embeddings {
  const val = new Float64Array(inc.uItems.length);
  for (let p = 0; p < val.length; p++) {
    const i = inc.uItems[p]!;
    val[p] = 1 / Math.sqrt(inc.iPtr[i + 1]! - inc.iPtr[i]!);
  }
  const x: SparseRows = { rows: inc.numUsers, cols: inc.numItems, ptr: inc.uPtr, idx: inc.uItems, val };
  const svd = truncatedSvd(x, dim, seed);
  const m = new Float64Array(inc.numItems * svd.rank);
  for (let i = 0; i < inc.numItems; i++) {
    for (let c = 0; c < svd.rank; c++) m[i * svd.rank + c] = svd.v[i * svd.rank + c]! * svd.sigma[c]!;
  }
  return { dim: svd.rank, data: Float32Array.from(m) };
}

/**
 * Metadata embeddings: each item's features weighted by IDF (ln((1 + N) / (1 + df)) + 1), as is
 * when there are at most `dim` features, else projected on the top `dim` right singular vectors.
 */
export function metadataEmbeddings(f: ItemFeatures, numItems: number, dim: number, seed: number): Embeddings {
  const df = new Float64Array(f.numFeatures);
  let described = 0;
  for (let i = 0; i < numItems; i++) {
    if (f.itemPtr[i + 1]! > f.itemPtr[i]!) described++;
    for (let p = f.itemPtr[i]!; p < f.itemPtr[i + 1]!; p++) df[f.featureIdx[p]!]!++;
  }
  const idf = new Float64Array(f.numFeatures);
  for (let k = 0; k < f.numFeatures; k++) idf[k] = Math.log((1 + described) / (1 + df[k]!)) + 1;
  const val = new Float64Array(f.featureIdx.length);
  for (let p = 0; p < val.length; p++) val[p] = idf[f.featureIdx[p]!]!;
  if (f.numFeatures <= dim) {
    const m = new Float64Array(numItems * f.numFeatures);
    for (let i = 0; i < numItems; i++) {
      for (let p = f.itemPtr[i]!; p < f.itemPtr[i + 1]!; p++) m[i * f.numFeatures + f.featureIdx[p]!] = val[p]!;
    }
    return normalizedRows(m, numItems, f.numFeatures);
  }
  const x: SparseRows = { rows: numItems, cols: f.numFeatures, ptr: f.itemPtr.subarray(0, numItems + 1), idx: f.featureIdx, val };
  const svd = truncatedSvd(x, dim, seed);
  const r = svd.rank;
  const m = new Float64Array(numItems * r);
  for (let i = 0; i < numItems; i++) {
    for (let p = f.itemPtr[i]!; p < f.itemPtr[i + 1]!; p++) {
      const w = val[p]!;
      const vo = f.featureIdx[p]! * r;
      for (let c = 0; c < r; c++) m[i * r + c]! += w * svd.v[vo + c]!;
    }
  }
  return normalizedRows(m, numItems, r);
}

/** Dot product of rows a and b of an embedding matrix. */
function dot(e: Embeddings, a: number, b: number): number {
  const d = e.dim;
  const ao = a * d;
  const bo = b * d;
  let s = 0;
  for (let c = 0; c < d; c++) s += e.data[ao + c]! * e.data[bo + c]!;
  return s;
}

/** For each feature, the items having it, most popular first (ties by index), at most `limit`. */
function featurePostings(f: ItemFeatures, numItems: number, popularity: Int32Array, limit: number): { ptr: Int32Array; items: Int32Array } {
  const lists: number[][] = Array.from({ length: f.numFeatures }, () => []);
  for (let i = 0; i < numItems; i++) {
    for (let p = f.itemPtr[i]!; p < f.itemPtr[i + 1]!; p++) lists[f.featureIdx[p]!]!.push(i);
  }
  const ptr = new Int32Array(f.numFeatures + 1);
  const flat: number[] = [];
  lists.forEach((list, k) => {
    list.sort((a, b) => popularity[b]! - popularity[a]! || a - b);
    for (let t = 0; t < list.length && t < limit; t++) flat.push(list[t]!);
    ptr[k + 1] = flat.length;
  });
  return { ptr, items: Int32Array.from(flat) };
}

/** Trains a Similar-Items model (see index.ts for the scoring formula). */
export function trainSimilarItems(data: TrainingSnapshot, s: SimilarItemsSettings, ctx: TrainContext): TrainedModel {
  const m = data.interactions;
  const numItems = m.numItems;
  const inc = buildIncidence(m);
  const users = new Int32Array(numItems);
  let maxUsers = 0;
  for (let i = 0; i < numItems; i++) {
    users[i] = inc.iPtr[i + 1]! - inc.iPtr[i]!;
    if (users[i]! > maxUsers) maxUsers = users[i]!;
  }
  ctx.signal?.throwIfAborted();
  const id = idEmbeddings(inc, s.idDim, ctx.seed);
  ctx.progress?.(0.3);
  const f = data.itemFeatures;
  const meta = f !== undefined && f.numFeatures > 0 ? metadataEmbeddings(f, numItems, s.metadataDim, ctx.seed + 1) : undefined;
  const postings = f !== undefined && meta !== undefined ? featurePostings(f, numItems, users, METADATA_CANDIDATES_PER_FEATURE) : undefined;
  ctx.signal?.throwIfAborted();
  ctx.progress?.(0.4);

  const trust = new Float64Array(numItems);
  const prior = new Float64Array(numItems);
  const described = new Uint8Array(numItems);
  for (let i = 0; i < numItems; i++) {
    const n = users[i]!;
    trust[i] = n === 0 ? 0 : n / (n + s.blendInteractions);
    prior[i] = maxUsers > 0 ? (POPULARITY_TIE_BREAK * Math.log1p(n)) / Math.log1p(maxUsers) : 0;
    if (f !== undefined && i < f.itemPtr.length - 1 && f.itemPtr[i + 1]! > f.itemPtr[i]!) described[i] = 1;
  }

  const counter = new CoCounter(inc);
  const cfTop = new TopK(CF_CANDIDATES);
  const cfItems = new Int32Array(CF_CANDIDATES);
  const cfScores = new Float32Array(CF_CANDIDATES);
  const seen = new Uint8Array(numItems);
  /** Co-count of each current co-interaction candidate (0 for metadata-only candidates). */
  const coCount = new Float64Array(numItems);
  const candidates = new Int32Array(numItems);
  const top = new TopK(s.maxNeighbours);
  const builder = new NeighbourCsrBuilder(numItems, numItems * Math.min(s.maxNeighbours, 16));
  let itemsWithNeighbours = 0;
  for (let i = 0; i < numItems; i++) {
    if ((i & 255) === 0) {
      ctx.signal?.throwIfAborted();
      ctx.progress?.(0.4 + (0.6 * i) / numItems);
    }
    let nc = 0;
    seen[i] = 1;
    const ni = users[i]!;
    if (ni > 0) {
      const n = counter.count(i);
      cfTop.reset(CF_CANDIDATES);
      for (let t = 0; t < n; t++) {
        const j = counter.touched[t]!;
        cfTop.push(j, counter.co[j]! / Math.sqrt(ni * users[j]!));
      }
      const got = cfTop.drainInto(cfItems, cfScores, 0);
      for (let t = 0; t < got; t++) {
        const j = cfItems[t]!;
        seen[j] = 1;
        coCount[j] = counter.co[j]!;
        candidates[nc++] = j;
      }
      counter.clear(n);
    }
    if (described[i] === 1 && postings !== undefined && f !== undefined) {
      const limit = Math.ceil(METADATA_CANDIDATES_PER_FEATURE * (1 - trust[i]!));
      for (let p = f.itemPtr[i]!; p < f.itemPtr[i + 1]!; p++) {
        const k = f.featureIdx[p]!;
        const end = Math.min(postings.ptr[k + 1]!, postings.ptr[k]! + limit);
        for (let q = postings.ptr[k]!; q < end; q++) {
          const j = postings.items[q]!;
          if (seen[j] === 1) continue;
          seen[j] = 1;
          candidates[nc++] = j;
        }
      }
    }
    seen[i] = 0;
    top.reset(s.maxNeighbours);
    const ti = trust[i]!;
    for (let t = 0; t < nc; t++) {
      const j = candidates[t]!;
      seen[j] = 0;
      const co = coCount[j]!;
      coCount[j] = 0;
      let cf = 0;
      if (ti > 0 && trust[j]! > 0) {
        cf = (co * (co / Math.sqrt(ni * users[j]!)) + CF_SHRINK * dot(id, i, j)) / (co + CF_SHRINK);
      }
      const md = meta !== undefined && described[i] === 1 && described[j] === 1 ? dot(meta, i, j) : 0;
      const blended = ti * cf + (1 - ti) * md;
      if (blended > 0) top.push(j, blended + prior[j]!);
    }
    if (top.count > 0) itemsWithNeighbours++;
    builder.addRow(i, top);
  }
  ctx.progress?.(1);
  const popOrder = rankItems(users);
  return neighbourModel(builder.finish(), popOrder, gather(users, popOrder), {
    idDim: id.dim,
    metadataDim: meta?.dim ?? 0,
    itemsWithNeighbours,
  });
}
