/**
 * Approximate top-k by inner product over item factor vectors: a USearch HNSW index (metric
 * 'ip', f16 storage) with post-filtering, since USearch's JS API has no filtered search.
 *
 * A query over-fetches (past the items the filter may block), drops the items the filter
 * rejects, retries with a larger fetch when too few survive, and gives up (null) when the filter
 * is so selective that the caller should score its allowed list exactly (`exactTopK`).
 * Returned scores are recomputed from the f32 factors, so they are exact, not f16-rounded.
 *
 * Known limit, measured: inner-product HNSW finds deep ranks less well than the top ones (ranks
 * 26–50 at 0.95–0.97 even with a fetch of 800), so when a filter blocks the user's very top
 * items, recall@25 falls from ≈0.98 to ≈0.94. A larger connectivity helps (M=32) but doubles
 * the graph's memory. (The MIPS→cosine transform, one extra component that equalises norms, was
 * tried and was far worse on MF-like data: 0.86 at the same settings.)
 */
import { availableParallelism } from 'node:os';
import { Index, MetricKind, ScalarKind } from 'usearch';
import { dotAt, sortBestFirst, type TopK } from './top-k-exact.ts';

/** How the index stores vectors. i8 is refused: USearch's i8 cast L2-normalises, which breaks inner products. */
export type VectorQuantization = 'f16' | 'f32';

/** Index settings; every field has a measured default (see bench/serve-recall.ts). */
export interface VectorIndexOptions {
  /**
   * HNSW graph degree M (level 0 keeps 2M links per node). Default 24: on ALS factors trained
   * on clustered data (bench/serve/recall-model.ts) the user's best items once their past items
   * are filtered out were found at recall@25 ≈ 0.999 with M=24 and expansion_add 200, against
   * ≈ 0.975 with M=16 at any expansion_search (inner-product graphs need the extra links).
   * USearch allocates nodes 64-byte aligned: a level-0 node costs 128 bytes up to M=14, 256 at 24.
   */
  connectivity?: number;
  /** Candidate-list size while inserting; higher builds a better graph, slower. Default 200 (see connectivity). */
  expansionAdd?: number;
  /**
   * Candidate-list size while searching (USearch raises it to the fetch size when the fetch is
   * larger). Fixed for the life of the index (`load` can change it). Default 64: with M=24 the
   * graph is good enough that a wider search buys little recall for its time (recall-model.ts).
   */
  expansionSearch?: number;
  /** Storage scalar. Default 'f16' (same recall as f32 on MF factors, half the vector bytes). */
  quantization?: VectorQuantization;
  /** Threads for the bulk build and for `searchBatch`. Default: all cores. */
  threads?: number;
  /** Extra candidates fetched and rescored beyond k, as a fraction of k (at least 8). Default 0.25. */
  overFetch?: number;
  /**
   * A query gives up (returns null) once a fetch of this fraction of the catalog, or of
   * 4·k + blockedCountHint, whichever is smaller, still leaves fewer than k allowed items. Default 0.2.
   */
  maxFetchFraction?: number;
}

/** `VectorIndexOptions` with every default filled in. */
export type ResolvedVectorIndexOptions = Readonly<Required<VectorIndexOptions>>;

/** Fills in the defaults and checks the ranges. */
export function resolveVectorIndexOptions(options: VectorIndexOptions = {}): ResolvedVectorIndexOptions {
  const resolved = {
    connectivity: options.connectivity ?? 24,
    expansionAdd: options.expansionAdd ?? 200,
    expansionSearch: options.expansionSearch ?? 64,
    quantization: options.quantization ?? 'f16',
    threads: options.threads ?? availableParallelism(),
    overFetch: options.overFetch ?? 0.25,
    maxFetchFraction: options.maxFetchFraction ?? 0.2,
  };
  for (const key of ['connectivity', 'expansionAdd', 'expansionSearch', 'threads'] as const) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${key} must be a positive integer, got ${value}`);
  }
  if (resolved.connectivity < 2) throw new RangeError(`connectivity must be at least 2, got ${resolved.connectivity}`);
  if (resolved.quantization !== 'f16' && resolved.quantization !== 'f32') {
    throw new RangeError(`quantization must be 'f16' or 'f32', got ${String(resolved.quantization)}`);
  }
  if (!(resolved.overFetch >= 0)) throw new RangeError(`overFetch must be ≥ 0, got ${resolved.overFetch}`);
  if (!(resolved.maxFetchFraction > 0 && resolved.maxFetchFraction <= 1)) {
    throw new RangeError(`maxFetchFraction must be in (0, 1], got ${resolved.maxFetchFraction}`);
  }
  return Object.freeze(resolved);
}

/** Item indexes go into Int32Array results. */
const MAX_ITEM = 0x7fffffff;

/** How much a fetch grows on each retry. */
export const RETRY_GROWTH = 4;

/** The smallest power of two ≥ n. */
function ceil2(n: number): number {
  return n <= 1 ? 1 : 2 ** Math.ceil(Math.log2(n));
}

/** n rounded up to a multiple of `to`. */
function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/** Throws unless `factors` holds `numItems` rows of `dim` floats. */
function checkShape(factors: Float32Array, numItems: number, dim: number): void {
  if (!Number.isInteger(dim) || dim < 1) throw new RangeError(`dim must be a positive integer, got ${dim}`);
  if (!Number.isInteger(numItems) || numItems < 0 || numItems > MAX_ITEM) {
    throw new RangeError(`numItems must be an integer in [0, ${MAX_ITEM}], got ${numItems}`);
  }
  if (factors.length < numItems * dim) {
    throw new RangeError(`factors holds ${factors.length} floats, fewer than ${numItems} items × ${dim}`);
  }
}

/** An empty USearch index for `dim`-dimensional vectors, inner-product metric. */
function newIndex(dim: number, options: ResolvedVectorIndexOptions): Index {
  return new Index({
    dimensions: dim,
    metric: MetricKind.IP,
    quantization: options.quantization === 'f16' ? ScalarKind.F16 : ScalarKind.F32,
    connectivity: options.connectivity,
    expansion_add: options.expansionAdd,
    expansion_search: options.expansionSearch,
    multi: false,
  });
}

/** An HNSW index over item factor vectors with exact rescoring and post-filtering. */
export class VectorIndex {
  /** Vector length. */
  readonly dim: number;
  /** The settings in force (after `load`, connectivity is the file's). */
  readonly options: ResolvedVectorIndexOptions;
  private readonly index: Index;
  /** Row-major f32 vectors of the items as built; held by reference, never copied or written. */
  private readonly factors: Float32Array;
  /** Vectors given to `add` (new items, or new vectors for built ones); they override `factors`. */
  private readonly added = new Map<number, Float32Array>();
  /** Working memory for one query: the heap that ranks the survivors by exact score. */

  private constructor(index: Index, factors: Float32Array, dim: number, options: ResolvedVectorIndexOptions) {
    this.index = index;
    this.factors = factors;
    this.dim = dim;
    this.options = options;
  }

  /**
   * Builds an index over items 0 .. numItems) of `factors` (row-major, `dim` floats per item;
   * key = item index) in one bulk insert on `options.threads` threads. Blocks the calling
   * thread for the whole build. `factors` is kept by reference for rescoring: do not modify it.
   */
  static build(factors: Float32Array, numItems: number, dim: number, options?: VectorIndexOptions): VectorIndex {
    const resolved = resolveVectorIndexOptions(options);
    checkShape(factors, numItems, dim);
    const index = newIndex(dim, resolved);
    if (numItems > 0) {
      const keys = new BigUint64Array(numItems);
      for (let i = 0; i < numItems; i++) keys[i] = BigInt(i);
      index.add(keys, factors.subarray(0, numItems * dim), resolved.threads);
    }
    return new VectorIndex(index, factors, dim, resolved);
  }

  /**
   * Loads an index written by `save` over the same `factors`. Connectivity and the stored scalar
   * come from the file (pass the `quantization` it was built with: `memoryBytes` counts by it);
   * `expansionSearch` and `threads` from `options`, so one saved graph can be searched with
   * several settings. Checks the file holds `numItems` items of `dim`.
   */
  static load(path: string, factors: Float32Array, numItems: number, dim: number, options?: VectorIndexOptions, mode: 'load' | 'view' = 'load'): VectorIndex {
    const resolved = resolveVectorIndexOptions(options);
    checkShape(factors, numItems, dim);
    const index = newIndex(dim, resolved);
    // view: memory-mapped, read-only, its pages shared with every other view of the file.
    if (mode === 'view') index.view(path);
    else index.load(path);
    if (index.dimensions() !== dim) throw new RangeError(`${path} holds ${index.dimensions()}-dimensional vectors, expected ${dim}`);
    if (index.size() !== numItems) throw new RangeError(`${path} holds ${index.size()} items, expected ${numItems}`);
    const connectivity = index.connectivity();
    return new VectorIndex(index, factors, dim, Object.freeze({ ...resolved, connectivity }));
  }

  /**
   * Writes the graph and its stored vectors to `path` (about memoryBytes() on disk). Only an
   * index as built can be saved: vectors given to `add` live beside the graph and are not written.
   */
  save(path: string): void {
    if (this.added.size > 0) throw new Error('cannot save an index that has had items added since it was built');
    this.index.save(path);
  }

  /** How many items the index holds. */
  get size(): number {
    return this.index.size();
  }

  /**
   * Adds item `item` with `vector` (copied), or replaces its vector if the index has it already.
   * Later searches can return it, scored from this vector. O(log n) graph insertion; blocks.
   */
  add(item: number, vector: Float32Array): void {
    if (!Number.isInteger(item) || item < 0 || item > MAX_ITEM) {
      throw new RangeError(`item must be an integer in [0, ${MAX_ITEM}], got ${item}`);
    }
    if (vector.length !== this.dim) throw new RangeError(`vector has ${vector.length} floats, expected ${this.dim}`);
    const key = BigInt(item);
    if (this.index.contains(key)) this.index.remove(key);
    const copy = Float32Array.from(vector);
    // Pass the full thread count: when the add grows the index, USearch re-reserves per-thread
    // search contexts for that many threads, and `searchBatch` needs them.
    this.index.add(key, copy, this.options.threads);
    this.added.set(item, copy);
  }

  /**
   * The top `k` items by inner product with `user` among those `allows` accepts, best first
   * (ties to the lower index), with exact f32 scores. `blockedCountHint` is how many items the
   * filter may block near the top (e.g. the user's past items); the first fetch covers them.
   * Returns null when the filter is too selective for the index (the largest fetch, the first
   * one or min(4·k + hint, maxFetchFraction of the catalog) if larger, left fewer than k): score
   * the allowed list with `exactTopK` instead. Returns fewer than k only when the whole index was
   * fetched. Runs on the calling thread (USearch threads = 1).
   */
  search(user: Float32Array, k: number, allows?: ((item: number) => boolean) | null, blockedCountHint = 0): TopK | null {
    if (user.length !== this.dim) throw new RangeError(`user vector has ${user.length} floats, expected ${this.dim}`);
    const size = this.index.size();
    const plan = fetchPlan(k, blockedCountHint, size, this.options);
    for (let fetch = plan.first; ; fetch = Math.min(fetch * RETRY_GROWTH, plan.max)) {
      const found = this.candidates(user, fetch);
      const taken = takeAllowed(found, plan.k, allows ?? null, fetch < size);
      if (taken || fetch >= plan.max) return taken;
    }
  }

  /**
   * The index's best `fetch` items for `user`, every one rescored exactly from the f32 factors
   * and sorted best first (ties to the lower index). No filter: the caller walks the list and
   * keeps what its filter allows; rescoring the whole fetch, not just its head, is what keeps
   * recall when a filter removes the user's own top items. Runs on the calling thread.
   */
  candidates(user: Float32Array, fetch: number): TopK {
    const items = new Int32Array(this.fetchSize(fetch));
    const scores = new Float32Array(items.length);
    const n = this.candidatesInto(user, fetch, items, scores);
    return { items: items.subarray(0, n), scores: scores.subarray(0, n) };
  }

  /** How many candidates a fetch of `fetch` returns at most (the catalog may be smaller). */
  fetchSize(fetch: number): number {
    return Math.max(0, Math.min(this.index.size(), Math.floor(fetch)));
  }

  /**
   * As candidates, written into the front of `items` and `scores` (at least fetchSize(fetch)
   * long; the search thread fills one reply buffer per batch this way); returns the count.
   */
  candidatesInto(user: Float32Array, fetch: number, items: Int32Array, scores: Float32Array): number {
    if (user.length !== this.dim) throw new RangeError(`user vector has ${user.length} floats, expected ${this.dim}`);
    const wanted = this.fetchSize(fetch);
    if (wanted === 0) return 0;
    if (items.length < wanted || scores.length < wanted) throw new RangeError(`output holds ${Math.min(items.length, scores.length)} candidates, fewer than ${wanted}`);
    return this.rankInto(this.index.search(user, wanted, 1).keys, user, items, scores);
  }

  /**
   * Estimated resident bytes of the native index: see `VectorIndex.estimateMemoryBytes`. The f32
   * factors it rescores from are not counted (the caller owns them); vectors given to `add` are.
   */
  memoryBytes(): number {
    let addedBytes = 0;
    for (const vector of this.added.values()) addedBytes += vector.byteLength;
    return VectorIndex.estimateMemoryBytes(this.index.size(), this.dim, this.options, this.index.capacity()) + addedBytes;
  }

  /**
   * Estimated resident bytes of a USearch index of `numItems` vectors, before building one:
   * graph nodes (one 64-byte-aligned allocation per node, level l reached with probability
   * M^-l), stored vectors, and the per-slot lookups (node and vector pointers, the key→slot hash
   * set) that USearch sizes from its capacity (ceil2(n) · 4/3 slots after a bulk build). The
   * 2.25 binding has no memoryUsage(), so this follows index.hpp / index_dense.hpp;
   * bench/serve-recall.ts checks it against the process RSS (within a few percent).
   */
  static estimateMemoryBytes(numItems: number, dim: number, options?: VectorIndexOptions, capacity?: number): number {
    const { connectivity: m, quantization } = resolveVectorIndexOptions(options);
    const headBytes = 8 + 2; // key + level
    const baseLinks = 2 * m * 4 + 4; // level 0: 2M u32 slots + count
    const upperLinks = m * 4 + 4;
    let nodeBytes = 0;
    for (let level = 0, p = 1; p > 1e-9; level++, p /= m) {
      nodeBytes += p * (1 - 1 / m) * roundUp(headBytes + baseLinks + level * upperLinks, 64);
    }
    const vectorBytes = roundUp(dim * (quantization === 'f16' ? 2 : 4), 8);
    const hashSlots = capacity === undefined ? 2 * ceil2(numItems) : ceil2(Math.ceil(capacity * 1.5));
    const slots = capacity ?? Math.floor((hashSlots * 2) / 3);
    const lookups = slots * (8 + 8) + hashSlots * (16 + 16 / 64);
    return Math.round(numItems * (nodeBytes + vectorBytes) + lookups);
  }

  /** All of `keys`, rescored exactly and sorted best first, into the front of `out`; returns the count. */
  private rankInto(keys: BigUint64Array, user: Float32Array, outItems: Int32Array, outScores: Float32Array): number {
    const n = keys.length;
    const dim = this.dim;
    const factors = this.factors;
    const added = this.added.size > 0 ? this.added : null;
    const items = outItems.subarray(0, n);
    const scores = outScores.subarray(0, n);
    for (let i = 0; i < n; i++) {
      const item = Number(keys[i] as bigint);
      const own = added ? added.get(item) : undefined;
      items[i] = item;
      scores[i] = own ? dotAt(own, 0, user, dim) : dotAt(factors, item * dim, user, dim);
    }
    sortBestFirst(items, scores);
    return n;
  }
}

/** How many candidates a query fetches first, and at most before it gives up (null). */
export interface FetchPlan {
  /** k, capped at the catalog. */
  k: number;
  first: number;
  max: number;
}

/**
 * The fetch plan of a query for k items with about `hint` items blocked by its filter. The search
 * explores expansionSearch candidates whatever it returns, so the first fetch takes at least that
 * many (all rescored exactly, which is what keeps recall at deeper ranks), and at least hint + k,
 * the fewest that can hold k allowed items. Adding the whole hint on top of expansionSearch bought
 * 0.0025 recall@25 for 60% more search time on a trained model (bench/serve/recall-model.ts), so
 * it does not. A query gives up once min(4k + hint, maxFetchFraction of the catalog) candidates
 * leave fewer than k allowed.
 */
export function fetchPlan(k: number, hint: number, size: number, options: Pick<ResolvedVectorIndexOptions, 'expansionSearch' | 'overFetch' | 'maxFetchFraction'>): FetchPlan {
  const wanted = Math.max(0, Math.min(size, Math.floor(k)));
  const blocked = Math.max(0, Math.floor(hint));
  const margin = Math.max(8, Math.ceil(wanted * options.overFetch));
  const first = Math.min(size, Math.max(wanted + margin, options.expansionSearch, wanted + blocked));
  const max = Math.min(size, Math.max(first, Math.min(4 * wanted + blocked, Math.ceil(size * options.maxFetchFraction))));
  return { k: wanted, first, max };
}

/**
 * The first k items of `found` (best first) that `allows` accepts; null when fewer than k
 * survive and the catalog has items beyond the ones fetched (`more`). Works in place: the kept
 * items move to the front of `found`'s arrays, and the result is a view of them (no new buffer
 * per query); `found` must not be used afterwards.
 */
export function takeAllowed(found: TopK, k: number, allows: ((item: number) => boolean) | null, more: boolean): TopK | null {
  const { items, scores } = found;
  let n = 0;
  for (let i = 0; i < items.length && n < k; i++) {
    const item = items[i]!;
    if (allows && !allows(item)) continue;
    items[n] = item;
    scores[n] = scores[i]!;
    n++;
  }
  if (n < k && more) return null;
  return { items: items.subarray(0, n), scores: scores.subarray(0, n) };
}
