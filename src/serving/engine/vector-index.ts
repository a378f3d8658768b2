/**
 * Approximate top-k by inner product over item factor vectors: an HNSW graph (USearch's
 * index_gt) in the item-index addon (native-models/item-index), with post-filtering here.
 *
 * The addon stores each item vector once, in half precision, and that copy is the campaign's
 * only copy of its item factors: the graph measures against it, and gathers (fold-in, ranking)
 * and exact scores read it. Scores are float dot products of the f32 query with the stored
 * vectors, the same on every path (search, `score`, `exactTopK`), so a query's candidates come
 * back exactly scored and ordered.
 *
 * A query over-fetches (past the items the filter may block), drops the items the filter
 * rejects, retries with a larger fetch when too few survive, and gives up (null) when the filter
 * is so selective that the caller should score its allowed list exactly (`exactTopK`).
 *
 * Known limit, measured: inner-product HNSW finds deep ranks less well than the top ones, so when
 * a filter blocks the user's very top items, recall@25 falls (bench/serve-recall.ts). A larger
 * connectivity helps at the cost of graph memory. (The MIPS→cosine transform, one extra component
 * that equalises norms, was tried and was far worse on MF-like data: 0.86 at the same settings.)
 */
import { availableParallelism } from 'node:os';
import { TopK as TopKSelector } from '../../training/recipes/shared/top-k.ts';
import { type NativeIndexHandle, requireNativeItemIndex } from './native-item-index.ts';
import type { TopK } from './top-k-exact.ts';

/** Index settings; every field has a measured default (see bench/serve-recall.ts). */
export interface VectorIndexOptions {
  /**
   * HNSW graph degree M (level 0 keeps 2M links per node). Default 24: on ALS factors trained
   * on clustered data (bench/serve/recall-model.ts) the user's best items once their past items
   * are filtered out were found at recall@25 ≈ 0.999 with M=24 and expansion_add 200, against
   * ≈ 0.975 with M=16 at any expansion_search (inner-product graphs need the extra links).
   * A level-0 node costs 4·2M + 10 bytes, rounded up to 8 (208 at M=24).
   */
  connectivity?: number;
  /** Candidate-list size while inserting; higher builds a better graph, slower. Default 200 (see connectivity). */
  expansionAdd?: number;
  /**
   * Candidate-list size while searching (raised to the fetch size when the fetch is larger); a
   * setting of each VectorIndex object, so one built graph can be searched with several. Default 64: with M=24 the graph is good enough that a wider search buys little recall for
   * its time (recall-model.ts).
   */
  expansionSearch?: number;
  /** Threads for the build. Default: all cores. */
  threads?: number;
  /** Extra candidates fetched beyond k, as a fraction of k (at least 8). Default 0.25. */
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
    threads: options.threads ?? availableParallelism(),
    overFetch: options.overFetch ?? 0.25,
    maxFetchFraction: options.maxFetchFraction ?? 0.2,
  };
  for (const key of ['connectivity', 'expansionAdd', 'expansionSearch', 'threads'] as const) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${key} must be a positive integer, got ${value}`);
  }
  if (resolved.connectivity < 2) throw new RangeError(`connectivity must be at least 2, got ${resolved.connectivity}`);
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

/** Items scored per native call by the exact scan. */
const SCAN_CHUNK = 1024;

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

/** An HNSW index over item vectors (stored once, f16) with exact scoring and post-filtering. */
export class VectorIndex {
  /** Vector length. */
  readonly dim: number;
  /** How many items the index holds (items 0 .. size). */
  readonly size: number;
  /** The settings in force. */
  readonly options: ResolvedVectorIndexOptions;
  private handle: NativeIndexHandle | null;
  /** Working memory of the exact scan (one per index per thread: an index object is used by one thread). */
  private scan: { items: Int32Array; scores: Float32Array; heap: TopKSelector } | undefined;

  private constructor(handle: NativeIndexHandle, options: ResolvedVectorIndexOptions) {
    const info = requireNativeItemIndex().info(handle);
    this.handle = handle;
    this.dim = info.dim;
    this.size = info.size;
    this.options = Object.freeze({ ...options, connectivity: info.connectivity });
  }

  /**
   * Builds an index over items 0 .. numItems) of `factors` (row-major, `dim` floats per item;
   * key = item index) on `options.threads` threads. Blocks the calling thread for the whole
   * build. The vectors are copied (as f16): `factors` can be dropped afterwards.
   */
  static build(factors: Float32Array, numItems: number, dim: number, options?: VectorIndexOptions): VectorIndex {
    const o = resolveVectorIndexOptions(options);
    checkShape(factors, numItems, dim);
    const handle = requireNativeItemIndex().build(factors, numItems, dim, o.connectivity, o.expansionAdd, o.threads);
    return new VectorIndex(handle, o);
  }

  /**
   * As build, on a libuv pool thread (with `options.threads` threads): the calling thread goes on.
   * `factors` is kept referenced, and must not be changed or transferred, until the promise settles.
   */
  static async buildAsync(factors: Float32Array, numItems: number, dim: number, options?: VectorIndexOptions): Promise<VectorIndex> {
    const o = resolveVectorIndexOptions(options);
    checkShape(factors, numItems, dim);
    return new VectorIndex(await requireNativeItemIndex().buildAsync(factors, numItems, dim, o.connectivity, o.expansionAdd, o.threads), o);
  }

  /**
   * The index another thread passed with `share()` (the same native index, not a copy).
   * Connectivity comes from the index; `expansionSearch` is this object's own.
   */
  static take(id: number, options?: VectorIndexOptions): VectorIndex {
    return new VectorIndex(requireNativeItemIndex().take(id), resolveVectorIndexOptions(options));
  }

  /** Parks a reference to this index for one `VectorIndex.take(id)`, on any thread. */
  share(): number {
    return requireNativeItemIndex().share(this.live());
  }

  /** Drops this object's reference; the memory goes once every thread's object has released it. */
  release(): void {
    if (this.handle) requireNativeItemIndex().release(this.handle);
    this.handle = null;
  }

  /**
   * The top `k` items by inner product with `user` among those `allows` accepts, best first
   * (ties to the lower index). `blockedCountHint` is how many items the filter may block near
   * the top (e.g. the user's past items); the first fetch covers them. Returns null when the
   * filter is too selective for the index (the largest fetch, the first one or
   * min(4·k + hint, maxFetchFraction of the catalog) if larger, left fewer than k): score the
   * allowed list with `exactTopK` instead. Returns fewer than k only when the whole index was
   * fetched. Runs on the calling thread.
   */
  search(user: Float32Array, k: number, allows?: ((item: number) => boolean) | null, blockedCountHint = 0): TopK | null {
    if (user.length !== this.dim) throw new RangeError(`user vector has ${user.length} floats, expected ${this.dim}`);
    const plan = fetchPlan(k, blockedCountHint, this.size, this.options);
    for (let fetch = plan.first; ; fetch = Math.min(fetch * RETRY_GROWTH, plan.max)) {
      const found = this.candidates(user, fetch);
      const taken = takeAllowed(found, plan.k, allows ?? null, fetch < this.size);
      if (taken || fetch >= plan.max) return taken;
    }
  }

  /**
   * The index's best `fetch` items for `user`, exactly scored and sorted best first (ties to the
   * lower index). No filter: the caller walks the list and keeps what its filter allows.
   */
  candidates(user: Float32Array, fetch: number): TopK {
    const items = new Int32Array(this.fetchSize(fetch));
    const scores = new Float32Array(items.length);
    const n = this.candidatesInto(user, fetch, items, scores);
    return { items: items.subarray(0, n), scores: scores.subarray(0, n) };
  }

  /** How many candidates a fetch of `fetch` returns at most (the catalog may be smaller). */
  fetchSize(fetch: number): number {
    return Math.max(0, Math.min(this.size, Math.floor(fetch)));
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
    return requireNativeItemIndex().search(this.live(), user, wanted, items, scores, this.options.expansionSearch);
  }

  /** Writes the stored vectors of items[0 .. count) (as f32) to out[i·dim ..]. Throws on an item outside the index. */
  gather(items: Int32Array, count: number, out: Float32Array): void {
    requireNativeItemIndex().gather(this.live(), items, count, out);
  }

  /** out[i] = user · stored vector of items[i], for i < count (the scores search gives). */
  score(user: Float32Array, items: Int32Array, count: number, out: Float32Array): void {
    requireNativeItemIndex().score(this.live(), user, items, count, out);
  }

  /**
   * The exact top `k` by inner product among `candidates` (or every item) that `allows` accepts,
   * best first, ties to the lower index, scored as search scores. Candidates outside the index
   * are skipped. Scores SCAN_CHUNK items per native call into reused buffers.
   */
  exactTopK(user: Float32Array, k: number, allows?: ((item: number) => boolean) | null, candidates?: Int32Array | null): TopK {
    if (user.length !== this.dim) throw new RangeError(`user vector has ${user.length} floats, expected ${this.dim}`);
    this.scan ??= { items: new Int32Array(SCAN_CHUNK), scores: new Float32Array(SCAN_CHUNK), heap: new TopKSelector(64) };
    const { items, scores, heap } = this.scan;
    const total = candidates ? candidates.length : this.size;
    heap.reset(Math.max(0, Math.min(Math.floor(k), total)));
    let n = 0;
    const flush = () => {
      this.score(user, items, n, scores);
      for (let i = 0; i < n; i++) heap.push(items[i]!, scores[i]!);
      n = 0;
    };
    for (let c = 0; c < total; c++) {
      const item = candidates ? candidates[c]! : c;
      if (item < 0 || item >= this.size || (allows && !allows(item))) continue;
      items[n++] = item;
      if (n === SCAN_CHUNK) flush();
    }
    if (n > 0) flush();
    return heap.toRanked();
  }

  /** Resident bytes of the native index: graph, stored vectors, lookups. */
  memoryBytes(): number {
    return requireNativeItemIndex().info(this.live()).memoryBytes;
  }

  private live(): NativeIndexHandle {
    if (!this.handle) throw new Error('the vector index was released');
    return this.handle;
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
