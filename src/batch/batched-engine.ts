/**
 * The item engine a batch job loads its ALS servable with. It answers exactly as serving's
 * exact engine does (src/serving/engine/item-engine.ts: the same ONNX top-k graph, the same
 * short-list and blocked-list rules), but gathers the top-k queries that arrive while the job
 * has many lines in flight into one matrix product of up to `maxBatch` users, run in the job's
 * scoring thread (scoring-thread.ts) while the main thread works on other lines. Catalogs
 * large enough for serving's vector index go to serving's own factory.
 */
import { type EngineFactory, gatherVectors, type ItemEngine, SHORT_LIST } from '../serving/engine/item-engine.ts';
import { nativeItemIndex } from '../serving/engine/native-item-index.ts';
import { OnnxExactScorer } from '../serving/engine/onnx-scorer.ts';
import { exactTopK, type TopK } from '../serving/engine/top-k-exact.ts';
import { ScoringThread } from './scoring-thread.ts';

export interface BatchEngineOptions {
  /** Catalogs at least this large use `indexed` (serving's vector index), as a campaign would. */
  indexThreshold: number;
  /** Serving's factory, for the catalogs that go to the vector index. */
  indexed: EngineFactory;
  executionProviders?: string[];
  /** Users per ONNX run (default 64). */
  maxBatch?: number;
  /** ONNX Runtime threads per run in the scoring thread (default 1: the main thread has the other core). */
  intraOpThreads?: number;
}

/** An engine factory for batch jobs (see the file comment). */
export function batchEngineFactory(options: BatchEngineOptions): EngineFactory {
  return async (factors, numItems, dim) => {
    if (numItems >= options.indexThreshold && nativeItemIndex) return options.indexed(factors, numItems, dim);
    const own = factors.slice(0, numItems * dim);
    const maxBatch = options.maxBatch ?? 64;
    const thread = await ScoringThread.start({
      factors: own,
      numItems,
      dim,
      maxBatch,
      intraOpThreads: options.intraOpThreads ?? 1,
      ...(options.executionProviders ? { executionProviders: options.executionProviders } : {}),
    });
    return new BatchedExactEngine(own, numItems, dim, thread, maxBatch, options.executionProviders);
  };
}

interface Pending {
  user: Float32Array;
  blocked: Int32Array | null;
  resolve: (r: TopK) => void;
  reject: (err: unknown) => void;
}

/** Serving's exact engine with top-k queries gathered into batches. */
export class BatchedExactEngine implements ItemEngine {
  readonly kind = 'exact';
  /** Queries waiting for a run, by k. */
  private readonly waiting = new Map<number, Pending[]>();
  private scheduled = false;
  /** For rank(): serving's scorer on this thread, made on first use (only ranking versions rank). */
  private ranker: Promise<OnnxExactScorer> | undefined;

  constructor(
    private readonly factors: Float32Array,
    private readonly numItems: number,
    private readonly dim: number,
    private readonly thread: ScoringThread,
    private readonly maxBatch: number,
    private readonly executionProviders: string[] | undefined,
  ) {}

  get memoryBytes(): number {
    return this.factors.byteLength * 2;
  }

  topK(user: Float32Array, k: number, allows: ((item: number) => boolean) | null, list: Int32Array | null): Promise<TopK> {
    if (list && list.length <= SHORT_LIST) return Promise.resolve(exactTopK(this.factors, this.numItems, this.dim, user, k, null, list));
    let blocked: Int32Array | null = null;
    if (allows) {
      const out: number[] = [];
      for (let i = 0; i < this.numItems; i++) if (!allows(i)) out.push(i);
      blocked = Int32Array.from(out);
    }
    return new Promise<TopK>((resolve, reject) => {
      let queue = this.waiting.get(k);
      if (!queue) this.waiting.set(k, (queue = []));
      queue.push({ user, blocked, resolve, reject });
      if (queue.length >= this.maxBatch) this.run(k, queue.splice(0, this.maxBatch));
      else if (!this.scheduled) {
        // Whatever else arrives in this turn of the event loop joins the batch.
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async rank(user: Float32Array, items: Int32Array): Promise<Float32Array> {
    this.ranker ??= OnnxExactScorer.create(this.factors, this.numItems, this.dim, { ...(this.executionProviders ? { executionProviders: this.executionProviders } : {}) });
    return (await this.ranker).rank(user, items);
  }

  vectors(items: Int32Array, count: number, out: Float32Array): void {
    gatherVectors(this.factors, this.numItems, this.dim, items, count, out);
  }

  close(): void {
    this.flush();
    this.thread.close();
    void this.ranker?.then((r) => r.release()).catch(() => undefined);
  }

  /** Runs every waiting query. */
  private flush(): void {
    this.scheduled = false;
    for (const [k, queue] of this.waiting) {
      while (queue.length > 0) this.run(k, queue.splice(0, this.maxBatch));
    }
    this.waiting.clear();
  }

  /** One ONNX run for up to maxBatch queries of the same k, in the scoring thread. */
  private run(k: number, batch: Pending[]): void {
    const dim = this.dim;
    // A fresh matrix per run: it is handed over to the scoring thread.
    const users = new Float32Array(batch.length * dim);
    const blocked = new Array<Int32Array | null>(batch.length);
    for (let r = 0; r < batch.length; r++) {
      users.set(batch[r]!.user.subarray(0, dim), r * dim);
      blocked[r] = batch[r]!.blocked;
    }
    this.thread.topKBatch(users, k, blocked).then(
      (results) => {
        for (let r = 0; r < batch.length; r++) batch[r]!.resolve(results[r]!);
      },
      (err: unknown) => {
        for (const p of batch) p.reject(err);
      },
    );
  }
}
