/**
 * The main thread's side of the search thread (search-worker.ts). A query goes at once when the
 * search thread is idle, so that it searches while this thread decodes the calls that arrived
 * with it (at half the full rate: p50 1.45–1.74 → 0.91–0.98 ms, bench/RESULTS.md session 7).
 * Otherwise queries are batched: a batch goes as soon as EAGER_BATCH calls have asked, or at the
 * end of the event-loop turn that decoded them (larger, when MAX_IN_FLIGHT batches were already
 * out), so under load one message pair carries several calls. A query gets
 * the index's best `fetch` items rescored exactly; the filter is applied here, on the thread
 * that evaluated it, and the fetch grows when the filter leaves too few items.
 */
import { Worker } from 'node:worker_threads';
import type { TopK } from './top-k-exact.ts';
import type { SearchReply, SearchRequest } from './search-worker.ts';
import { fetchPlan, type ResolvedVectorIndexOptions, resolveVectorIndexOptions, RETRY_GROWTH, takeAllowed, VectorIndex, type VectorIndexOptions } from './vector-index.ts';

interface Pending {
  index: number;
  fetch: number;
  user: Float32Array;
  resolve: (r: TopK) => void;
  reject: (e: Error) => void;
}

function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./search-worker-boot.mjs', import.meta.url) : new URL('./search-worker.js', import.meta.url);
}

/** One search thread per process, shared by every campaign's index. */
export class SearchThread {
  private readonly worker: Worker;
  private nextId = 1;
  private seq = 0;
  private queue: Pending[] = [];
  /** Batches sent and not answered yet, oldest first. */
  private readonly inFlight: Pending[][] = [];
  private flushScheduled = false;
  private dead: Error | undefined;
  private readonly sentAt: number[] = [];
  /** Batches and queries sent, and milliseconds batches spent in the search thread (send to reply). */
  readonly stats = { batches: 0, queries: 0, roundTripMs: 0 };

  /** `log` receives the thread's statistics every 10 s while it works (debug level). */
  constructor(log?: (stats: { batches: number; queries: number; meanBatch: number; meanRoundTripMs: number }) => void) {
    if (log) {
      let last = { ...this.stats };
      setInterval(() => {
        const d = { batches: this.stats.batches - last.batches, queries: this.stats.queries - last.queries, ms: this.stats.roundTripMs - last.roundTripMs };
        last = { ...this.stats };
        if (d.batches > 0) log({ batches: d.batches, queries: d.queries, meanBatch: d.queries / d.batches, meanRoundTripMs: d.ms / d.batches });
      }, 10_000).unref();
    }
    this.worker = new Worker(workerUrl());
    this.worker.on('message', (m: SearchReply) => this.onMessage(m));
    const fail = (err: Error) => {
      this.dead = err;
      for (const p of [...this.inFlight.flat(), ...this.queue]) p.reject(err);
      this.inFlight.length = 0;
      this.queue = [];
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the search thread exited (code ${code})`)));
    // After the listeners (adding a 'message' listener refs the worker again): an idle search
    // thread does not keep the process alive; one with work pending does (see track()).
    this.worker.unref();
  }

  /** Keeps the process alive exactly while queries are pending. */
  private track(): void {
    if (this.inFlight.length > 0 || this.queue.length > 0) this.worker.ref();
    else this.worker.unref();
  }

  /**
   * Builds an index over `factors` off the event loop (a libuv pool thread, one build thread by
   * default so the other core keeps serving) and attaches it to the search thread. `factors` is
   * read during the build only.
   */
  async build(factors: Float32Array, numItems: number, dim: number, options: VectorIndexOptions): Promise<RemoteIndex> {
    if (this.dead) throw this.dead;
    const local = await VectorIndex.buildAsync(factors, numItems, dim, { threads: 1, ...options });
    if (this.dead) {
      local.release();
      throw this.dead;
    }
    const id = this.nextId++;
    this.post({ op: 'attach', id, shared: local.share(), options });
    return new RemoteIndex(this, id, local, local.memoryBytes(), options);
  }

  /** Queries waiting for the search thread (not yet sent to it). */
  get backlog(): number {
    return this.queue.length;
  }

  /**
   * Sends the waiting queries once the current I/O phase has decoded every call that arrived
   * with them (or, see query(), once EAGER_BATCH are waiting), while fewer than MAX_IN_FLIGHT
   * batches are out (so the search thread always has the next batch when it finishes one).
   */
  private scheduleFlush(): void {
    if (this.flushScheduled || this.inFlight.length >= MAX_IN_FLIGHT) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  /**
   * The best `fetch` items of index `id` for `user`, exactly scored, best first. `user` is read
   * when its batch is sent (in this turn of the event loop or the next), not copied here: do
   * not change it before the promise settles.
   */
  query(index: number, user: Float32Array, fetch: number): Promise<TopK> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => {
      this.queue.push({ index, fetch, user, resolve, reject });
      this.track();
      // An idle search thread starts at once (it searches while this thread decodes the next
      // calls); a busy one gets the queries in batches.
      if (this.inFlight.length === 0 || (this.queue.length >= EAGER_BATCH && this.inFlight.length < MAX_IN_FLIGHT)) this.flush();
      else this.scheduleFlush();
    });
  }

  /** Frees an index in the search thread. */
  drop(id: number): void {
    if (!this.dead) this.post({ op: 'drop', id });
  }

  /** Stops the thread. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private flush(): void {
    const batch = this.queue;
    if (batch.length === 0 || this.inFlight.length >= MAX_IN_FLIGHT) return;
    this.queue = [];
    this.inFlight.push(batch);
    const n = batch.length;
    this.stats.batches++;
    this.stats.queries += n;
    this.sentAt.push(performance.now());
    const index = new Int32Array(n);
    const fetch = new Int32Array(n);
    const offset = new Int32Array(n);
    let size = 0;
    for (let q = 0; q < n; q++) {
      offset[q] = size;
      size += batch[q]!.user.length;
    }
    const users = new Float32Array(size);
    for (let q = 0; q < n; q++) {
      const p = batch[q]!;
      index[q] = p.index;
      fetch[q] = p.fetch;
      users.set(p.user, offset[q]!);
    }
    this.post({ op: 'search', seq: ++this.seq, index, fetch, offset, users }, [index.buffer, fetch.buffer, offset.buffer, users.buffer]);
  }

  private onMessage(m: SearchReply): void {
    const batch = this.inFlight.shift() ?? [];
    this.stats.roundTripMs += performance.now() - (this.sentAt.shift() ?? performance.now());
    let at = 0;
    batch.forEach((p, q) => {
      const count = m.counts[q]!;
      const error = m.errors[q];
      if (error) p.reject(new Error(error));
      else p.resolve({ items: m.items.subarray(at, at + count), scores: m.scores.subarray(at, at + count) });
      at += count;
    });
    this.scheduleFlush();
    this.track();
  }

  private post(message: SearchRequest, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}

/** With this many queries already waiting for the search thread, the calling thread searches itself. */
export const LOCAL_SEARCH_BACKLOG = 64;
/**
 * Batches the search thread may have at once. Each event-loop turn sends what it decoded as one
 * batch, so the search thread always holds every query there is: with only two batches out, a
 * small second batch left it idle while the next calls were still arriving (closed loop, 64 in
 * flight: 3,916 calls/s with 2, 4,725 with 16 in the same session; bench/serve).
 */
const MAX_IN_FLIGHT = 16;
/**
 * A batch goes as soon as it holds this many queries, without waiting for the end of the I/O
 * phase: the search thread starts on it while the gRPC thread decodes the rest of the calls,
 * instead of the two threads taking turns on one large batch. Closed loop, 64 in flight
 * (bench/serve, same session): 8,166 calls/s waiting for the phase's end; 11,205–11,677 with 2,
 * 10,763–11,507 with 4, 12,651–12,723 with 8, 10,389–11,391 with 16.
 */
const EAGER_BATCH = 8;

/**
 * A vector index held by both threads (one native index). Queries go to the search thread,
 * batched; when its backlog is long the calling thread searches the index itself, so both cores
 * search under load. Builds run on neither thread (VectorIndex.buildAsync), so no query waits
 * behind one.
 */
export class RemoteIndex {
  private readonly options: ResolvedVectorIndexOptions;
  readonly numItems: number;
  readonly dim: number;

  constructor(
    private readonly thread: SearchThread,
    readonly id: number,
    private readonly local: VectorIndex,
    /** The index's resident bytes (held once for both threads). */
    readonly memoryBytes: number,
    options: VectorIndexOptions,
  ) {
    this.options = resolveVectorIndexOptions(options);
    this.numItems = local.size;
    this.dim = local.dim;
  }

  /**
   * As VectorIndex.search: the k best items `allows` accepts (null: any), best first, with exact
   * scores; null when the filter is too selective for the index (the caller scores the allowed
   * items exactly instead).
   */
  async search(user: Float32Array, k: number, allows: ((item: number) => boolean) | null, blockedHint: number): Promise<TopK | null> {
    const plan = fetchPlan(k, blockedHint, this.numItems, this.options);
    for (let fetch = plan.first; ; fetch = Math.min(fetch * RETRY_GROWTH, plan.max)) {
      const local = this.thread.backlog >= LOCAL_SEARCH_BACKLOG;
      const found = local ? this.local.candidates(user, fetch) : await this.thread.query(this.id, user, fetch);
      const taken = takeAllowed(found, plan.k, allows, fetch < this.numItems);
      if (taken || fetch >= plan.max) return taken;
    }
  }

  /** This thread's view of the index: gathers and exact scores read it directly. */
  get vectors(): VectorIndex {
    return this.local;
  }

  /** Frees the index (in both threads). */
  drop(): void {
    this.thread.drop(this.id);
    this.local.release();
  }
}
