/**
 * The item engine of a factor model: top-k by inner product under a filter, and scores of
 * given items. Which path answers is internal and chosen by catalog size and filter shape
 * (thresholds measured by bench/serve-exact.ts and bench/serve-recall.ts):
 * - a short explicit allowed list: exact JS scoring of just those items;
 * - a large catalog: the USearch index, in the search thread (built and searched beside the
 *   gRPC thread, queries batched), with over-fetch and post-filtering here, falling back to an
 *   exact scan of the allowed items when the filter is too selective for the index;
 * - a small catalog: exact scoring of every item through the ONNX Runtime top-k graph with
 *   the filter as its additive mask.
 * Ranking (GetPersonalizedRanking) runs through the ONNX rank graph, whose session is created
 * on first use so that campaigns that never rank do not hold a second copy of the factors.
 */
import type { Logger } from '../../common/logger.ts';
import type { OnnxExactScorer } from './onnx-scorer.ts';
import { OnnxExactScorer as Scorer } from './onnx-scorer.ts';
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
  /** Scores of the given items (NaN outside the model). */
  rank(user: Float32Array, items: Int32Array): Promise<Float32Array>;
  readonly memoryBytes: number;
  close(): void;
}

/** Builds the engine for a model's item factors; `close` stops what the factory started (the search thread). */
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

/** Allowed lists at most this long are scored exactly in JS (cheaper than any index query). */
const SHORT_LIST = 2_000;

/** An engine factory with these options; large catalogs share one search thread, started on first use. */
export function engineFactory(options: EngineOptions = {}): EngineFactory {
  const threshold = options.indexThreshold ?? 20_000;
  const onnx = { ...(options.executionProviders ? { executionProviders: options.executionProviders } : {}), intraOpThreads: 1 };
  let thread: SearchThread | undefined;
  const create: EngineFactory = async (factors, numItems, dim) => {
    if (numItems >= threshold) {
      thread ??= new SearchThread((stats) => options.logger?.debug(stats, 'search thread'));
      return new IndexedEngine(factors, numItems, dim, await thread.build(factors, numItems, dim, options.index ?? {}), onnx);
    }
    return new ExactEngine(factors, numItems, dim, await Scorer.create(factors, numItems, dim, onnx), onnx);
  };
  create.close = async () => {
    await thread?.close();
    thread = undefined;
  };
  return create;
}

abstract class BaseEngine {
  private ranker: Promise<OnnxExactScorer> | undefined;

  constructor(
    protected readonly factors: Float32Array,
    protected readonly numItems: number,
    protected readonly dim: number,
    private readonly onnx: { executionProviders?: string[]; intraOpThreads: number },
    scorer?: OnnxExactScorer,
  ) {
    if (scorer) this.ranker = Promise.resolve(scorer);
  }

  async rank(user: Float32Array, items: Int32Array): Promise<Float32Array> {
    this.ranker ??= Scorer.create(this.factors, this.numItems, this.dim, this.onnx);
    return (await this.ranker).rank(user, items);
  }

  protected shortList(user: Float32Array, k: number, list: Int32Array): TopK {
    return exactTopK(this.factors, this.numItems, this.dim, user, k, null, list);
  }

  close(): void {
    void this.ranker?.then((s) => s.release());
  }
}

class IndexedEngine extends BaseEngine implements ItemEngine {
  readonly kind = 'index';

  constructor(
    factors: Float32Array,
    numItems: number,
    dim: number,
    private readonly index: RemoteIndex,
    onnx: { executionProviders?: string[]; intraOpThreads: number },
  ) {
    super(factors, numItems, dim, onnx);
  }

  get memoryBytes(): number {
    return this.factors.byteLength + this.index.memoryBytes;
  }

  async topK(user: Float32Array, k: number, allows: ((item: number) => boolean) | null, list: Int32Array | null, blockedHint: number): Promise<TopK> {
    if (list && list.length <= SHORT_LIST) return this.shortList(user, k, list);
    return (await this.index.search(user, k, allows, blockedHint)) ?? exactTopK(this.factors, this.numItems, this.dim, user, k, allows, list);
  }

  override close(): void {
    this.index.drop();
    super.close();
  }
}

class ExactEngine extends BaseEngine implements ItemEngine {
  readonly kind = 'exact';

  constructor(
    factors: Float32Array,
    numItems: number,
    dim: number,
    private readonly scorer: OnnxExactScorer,
    onnx: { executionProviders?: string[]; intraOpThreads: number },
  ) {
    super(factors, numItems, dim, onnx, scorer);
  }

  get memoryBytes(): number {
    // The factors, and the ONNX session's own copy of them.
    return this.factors.byteLength * 2;
  }

  async topK(user: Float32Array, k: number, allows: ((item: number) => boolean) | null, list: Int32Array | null): Promise<TopK> {
    if (list && list.length <= SHORT_LIST) return this.shortList(user, k, list);
    if (!allows) return this.scorer.topK(user, k);
    // Blocked items as a list (the scorer queues calls, so it must not share a mask buffer with the next request).
    const blocked: number[] = [];
    for (let i = 0; i < this.numItems; i++) if (!allows(i)) blocked.push(i);
    return this.scorer.topK(user, k, { list: Int32Array.from(blocked) });
  }
}
