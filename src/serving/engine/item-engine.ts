/**
 * The item engine of a factor model: top-k by inner product under a filter, scores of given
 * items, and the item vectors themselves (for fold-in). Which path answers is internal and
 * chosen by catalog size and filter shape (thresholds measured by bench/serve-exact.ts and
 * bench/serve-recall.ts):
 * - a large catalog: the vector index (native-models/item-index), which holds the campaign's
 *   only copy of the item vectors (f16). Searched in the search thread (built and searched
 *   beside the gRPC thread, queries batched), with over-fetch and post-filtering here, falling
 *   back to an exact scan of the allowed items when the filter is too selective for the index;
 *   a short explicit allowed list is scored exactly from the index's vectors. Ranking gathers
 *   the items' vectors into the ONNX vector-rank graph.
 * - a small catalog (or no native index on this machine): exact scoring of every item through
 *   the ONNX Runtime top-k graph with the filter as its additive mask, from f32 factors; ranking
 *   through the ONNX rank graph, whose session is created on first use.
 */
import type { Logger } from '../../common/logger.ts';
import { nativeItemIndex } from './native-item-index.ts';
import type { OnnxExactScorer } from './onnx-scorer.ts';
import { OnnxExactScorer as Scorer } from './onnx-scorer.ts';
import { OnnxVectorRanker } from './onnx-vector-ranker.ts';
import { exactTopK, type TopK } from './top-k-exact.ts';
import { type RemoteIndex, SearchThread } from './search-client.ts';
import type { VectorIndexOptions } from './vector-index.ts';

export interface ItemEngine {
  /** Which path serves full-catalog queries ('index' or 'exact'). */
  readonly kind: 'index' | 'exact';
  /**
   * The k best items (model indexes, best first) with exact scores. `list`, when given, is
   * every item that may be returned; otherwise `allows` says (null: every item), and
   * `blockedHint` estimates how many items it rejects.
   */
  topK(user: Float32Array, k: number, allows: ((item: number) => boolean) | null, list: Int32Array | null, blockedHint: number): Promise<TopK>;
  /** Scores of the given items (model indexes in range). */
  rank(user: Float32Array, items: Int32Array): Promise<Float32Array>;
  /** Writes the vectors of items[0 .. count) (model indexes in range) to out[i·dim ..], as the engine scores them. */
  vectors(items: Int32Array, count: number, out: Float32Array): void;
  readonly memoryBytes: number;
  close(): void;
}

/**
 * Builds the engine for a model's item factors (read while building; the engine keeps its own
 * copy); `close` stops what the factory started (the search thread).
 */
export interface EngineFactory {
  (factors: Float32Array, numItems: number, dim: number): Promise<ItemEngine>;
  close?(): Promise<void>;
}

export interface EngineOptions {
  /** Catalogs at least this large use the vector index (default 20,000). */
  indexThreshold?: number;
  /** ONNX Runtime execution providers, in order (CPU is always the last fallback). */
  executionProviders?: string[];
  index?: VectorIndexOptions;
  /** Where the search thread's statistics go (debug level). */
  logger?: Logger;
}

/** Allowed lists at most this long are scored exactly (cheaper than any index query). */
/** Copies the vectors of items[0 .. count) from row-major `factors` into `out`; RangeError for an item outside the model. */
export function gatherVectors(factors: Float32Array, numItems: number, dim: number, items: Int32Array, count: number, out: Float32Array): void {
  for (let i = 0; i < count; i++) {
    const item = items[i]!;
    if (!(item >= 0 && item < numItems)) throw new RangeError(`item ${item} is outside the model (0 .. ${numItems})`);
    out.set(factors.subarray(item * dim, (item + 1) * dim), i * dim);
  }
}

/** Allowed lists up to this length are scored exactly, whatever the engine. */
export const SHORT_LIST = 2_000;

type OnnxOptions = { executionProviders?: string[]; intraOpThreads: number };

/** An engine factory with these options; large catalogs share one search thread, started on first use. */
export function engineFactory(options: EngineOptions = {}): EngineFactory {
  const threshold = options.indexThreshold ?? 20_000;
  const onnx: OnnxOptions = { ...(options.executionProviders ? { executionProviders: options.executionProviders } : {}), intraOpThreads: 1 };
  let thread: SearchThread | undefined;
  const create: EngineFactory = async (factors, numItems, dim) => {
    if (numItems >= threshold && nativeItemIndex) {
      thread ??= new SearchThread((stats) => options.logger?.debug(stats, 'search thread'));
      return new IndexedEngine(await thread.build(factors, numItems, dim, options.index ?? {}), dim, onnx);
    }
    const own = factors.slice(0, numItems * dim);
    return new ExactEngine(own, numItems, dim, await Scorer.create(own, numItems, dim, onnx));
  };
  create.close = async () => {
    await thread?.close();
    thread = undefined;
  };
  return create;
}

class IndexedEngine implements ItemEngine {
  readonly kind = 'index';
  private ranker: Promise<OnnxVectorRanker> | undefined;

  constructor(
    private readonly index: RemoteIndex,
    private readonly dim: number,
    private readonly onnx: OnnxOptions,
  ) {}

  get memoryBytes(): number {
    return this.index.memoryBytes;
  }

  async topK(user: Float32Array, k: number, allows: ((item: number) => boolean) | null, list: Int32Array | null, blockedHint: number): Promise<TopK> {
    if (list && list.length <= SHORT_LIST) return this.index.vectors.exactTopK(user, k, null, list);
    return (await this.index.search(user, k, allows, blockedHint)) ?? this.index.vectors.exactTopK(user, k, allows, list);
  }

  async rank(user: Float32Array, items: Int32Array): Promise<Float32Array> {
    this.ranker ??= OnnxVectorRanker.create(this.dim, this.onnx);
    return (await this.ranker).rank(user, items.length, (out) => this.index.vectors.gather(items, items.length, out));
  }

  vectors(items: Int32Array, count: number, out: Float32Array): void {
    this.index.vectors.gather(items, count, out);
  }

  close(): void {
    this.index.drop();
    void this.ranker?.then((r) => r.release());
  }
}

class ExactEngine implements ItemEngine {
  readonly kind = 'exact';

  constructor(
    private readonly factors: Float32Array,
    private readonly numItems: number,
    private readonly dim: number,
    private readonly scorer: OnnxExactScorer,
  ) {}

  get memoryBytes(): number {
    // The factors, and the ONNX session's own copy of them.
    return this.factors.byteLength * 2;
  }

  async topK(user: Float32Array, k: number, allows: ((item: number) => boolean) | null, list: Int32Array | null): Promise<TopK> {
    if (list && list.length <= SHORT_LIST) return exactTopK(this.factors, this.numItems, this.dim, user, k, null, list);
    if (!allows) return this.scorer.topK(user, k);
    // Blocked items as a list (the scorer queues calls, so it must not share a mask buffer with the next request).
    const blocked: number[] = [];
    for (let i = 0; i < this.numItems; i++) if (!allows(i)) blocked.push(i);
    return this.scorer.topK(user, k, { list: Int32Array.from(blocked) });
  }

  rank(user: Float32Array, items: Int32Array): Promise<Float32Array> {
    return this.scorer.rank(user, items);
  }

  vectors(items: Int32Array, count: number, out: Float32Array): void {
    gatherVectors(this.factors, this.numItems, this.dim, items, count, out);
  }

  close(): void {
    void this.scorer.release();
  }
}
