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
import { BatchMatches, Index, MetricKind, ScalarKind } from 'usearch';
import { dotAt, TopKHeap, type TopK } from './top-k-exact.ts';

/** How the index stores vectors. i8 is refused: USearch's i8 cast L2-normalises, which breaks inner products. */
export type VectorQuantization = 'f16' | 'f32';

/** Index settings; every field has a measured default (see bench/serve-recall.ts). */
export interface VectorIndexOptions {
  /**
   * HNSW graph degree M (level 0 keeps 2M links per node). Default 14: USearch allocates each
   * node 64-byte aligned, so a level-0 node costs 128 bytes for any M from 8 to 14 and 192 from
   * 15, and M=14 measured the recall of M=16 at the memory of M=8.
   */
  connectivity?: number;
  /** Candidate-list size while inserting; higher builds a better graph, slower. Default 128. */
  expansionAdd?: number;
  /**
   * Candidate-list size while searching (USearch raises it to the fetch size when the fetch is
   * larger). Fixed for the life of the index (`load` can change it). Default 256: recall@25
   * 0.984 on 100k MF-like items, where 128 gave 0.972.
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
    connectivity: options.connectivity ?? 14,
    expansionAdd: options.expansionAdd ?? 128,
    expansionSearch: options.expansionSearch ?? 256,
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
const RETRY_GROWTH = 4;

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
  private readonly heap = new TopKHeap(512);

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
  static load(path: string, factors: Float32Array, numItems: number, dim: number, options?: VectorIndexOptions): VectorIndex {
    const resolved = resolveVectorIndexOptions(options);
    checkShape(factors, numItems, dim);
    const index = newIndex(dim, resolved);
    index.load(path);
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
    const wanted = Math.max(0, Math.floor(k));
    if (wanted === 0 || size === 0) return { items: new Int32Array(0), scores: new Float32Array(0) };
    const hint = Math.max(0, Math.floor(blockedCountHint));
    const fetch = this.firstFetch(wanted, hint, size, allows != null);
    return this.fetchAndRank(user, wanted, allows ?? null, fetch, this.maxFetch(wanted, hint, size, fetch), size);
  }

  /**
   * `search` for B queries at once (`users` holds B rows of `dim`): one USearch call on
   * `options.threads` threads for the first fetch; queries whose filter leaves too few items
   * retry alone. `allows(query, item)` filters per query; `blockedCountHints` is one hint
   * for all or one per query. Element q is what `search` would return for row q.
   */
  searchBatch(
    users: Float32Array,
    k: number,
    allows?: ((query: number, item: number) => boolean) | null,
    blockedCountHints: number | ArrayLike<number> = 0,
  ): (TopK | null)[] {
    const dim = this.dim;
    if (users.length % dim !== 0) throw new RangeError(`users holds ${users.length} floats, not a multiple of ${dim}`);
    const count = users.length / dim;
    const size = this.index.size();
    const wanted = Math.max(0, Math.floor(k));
    const results: (TopK | null)[] = new Array<TopK | null>(count);
    if (count === 0) return results;
    const hintOf = (q: number): number =>
      Math.max(0, Math.floor(typeof blockedCountHints === 'number' ? blockedCountHints : (blockedCountHints[q] ?? 0)));
    if (wanted === 0 || size === 0) {
      for (let q = 0; q < count; q++) results[q] = { items: new Int32Array(0), scores: new Float32Array(0) };
      return results;
    }
    let fetch = 0;
    const filtered = allows != null;
    for (let q = 0; q < count; q++) fetch = Math.max(fetch, this.firstFetch(wanted, hintOf(q), size, filtered));
    // A single row comes back as Matches, several as BatchMatches: normalise to flat arrays.
    const found = this.index.search(users, fetch, count === 1 ? 1 : this.options.threads) as unknown;
    let keys: BigUint64Array;
    let counts: ArrayLike<bigint> | null = null;
    if (found instanceof BatchMatches) {
      keys = found.keys;
      counts = found.counts;
    } else {
      keys = (found as { keys: BigUint64Array }).keys;
    }
    for (let q = 0; q < count; q++) {
      const user = users.subarray(q * dim, (q + 1) * dim);
      const filter = allows ? (item: number): boolean => allows(q, item) : null;
      const got = counts ? Number(counts[q]) : keys.length;
      const start = counts ? q * fetch : 0;
      const ranked = this.rank(keys, start, got, user, wanted, filter, size);
      if (ranked) {
        results[q] = ranked;
        continue;
      }
      const hint = hintOf(q);
      const maxFetch = this.maxFetch(wanted, hint, size, this.firstFetch(wanted, hint, size, filtered));
      results[q] =
        fetch >= maxFetch ? null : this.fetchAndRank(user, wanted, filter, Math.min(fetch * RETRY_GROWTH, maxFetch), maxFetch, size);
    }
    return results;
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

  /** Searches with `fetch`, growing it ×4 up to `maxFetch` while fewer than k survive the filter. */
  private fetchAndRank(
    user: Float32Array,
    k: number,
    allows: ((item: number) => boolean) | null,
    fetch: number,
    maxFetch: number,
    size: number,
  ): TopK | null {
    for (;;) {
      const matches = this.index.search(user, fetch, 1);
      const result = this.rank(matches.keys, 0, matches.keys.length, user, k, allows, size);
      if (result) return result;
      if (fetch >= maxFetch) return null;
      fetch = Math.min(fetch * RETRY_GROWTH, maxFetch);
    }
  }

  /** Extra candidates beyond k: absorbs f16 ordering errors at the k-th place, and a few rejections. */
  private margin(k: number): number {
    return Math.max(8, Math.ceil(k * this.options.overFetch));
  }

  /**
   * The first fetch for a query, at most the catalog. Unfiltered: k + margin. Filtered: the
   * search computes expansionSearch candidates anyway, so fetch at least that many (dropping
   * rejected ones costs far less than a second search), and with blocked items ahead (hint) the
   * wanted items are ranks hint .. hint+k, so add the hint on top: HNSW is least accurate at the
   * end of its list, and this keeps the accuracy of expansionSearch past the blocked ones.
   */
  private firstFetch(k: number, hint: number, size: number, filtered: boolean): number {
    const base = filtered ? Math.max(k + this.margin(k), this.options.expansionSearch) : k + this.margin(k);
    return Math.min(size, base + hint);
  }

  /** The largest fetch before giving up: min(4k + hint, maxFetchFraction of the catalog), at least the first. */
  private maxFetch(k: number, hint: number, size: number, first: number): number {
    const limit = Math.min(4 * k + hint, Math.ceil(size * this.options.maxFetchFraction));
    return Math.min(size, Math.max(first, limit));
  }

  /**
   * Ranks `keys[start .. start+got)` (USearch order, best first) by exact score after the filter:
   * the first k + margin survivors are rescored from the f32 vectors and the best k kept. Returns
   * null when fewer than k survive and the fetch did not cover the whole index.
   */
  private rank(
    keys: BigUint64Array,
    start: number,
    got: number,
    user: Float32Array,
    k: number,
    allows: ((item: number) => boolean) | null,
    size: number,
  ): TopK | null {
    const heap = this.heap;
    heap.reset(k);
    const scored = k + this.margin(k);
    let survivors = 0;
    const dim = this.dim;
    const factors = this.factors;
    const added = this.added.size > 0 ? this.added : null;
    for (let i = start, end = start + got; i < end; i++) {
      const item = Number(keys[i] as bigint);
      if (allows && !allows(item)) continue;
      survivors++;
      const own = added ? added.get(item) : undefined;
      const score = own ? dotAt(own, 0, user, dim) : dotAt(factors, item * dim, user, dim);
      heap.push(item, score);
      if (survivors === scored) break;
    }
    if (survivors < k && got < size) {
      heap.reset(0);
      return null;
    }
    const items = new Int32Array(heap.size);
    const scores = new Float32Array(heap.size);
    heap.drainInto(items, scores);
    return { items, scores };
  }
}
