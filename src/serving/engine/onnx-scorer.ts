/**
 * Exact scoring of a factor model with ONNX Runtime: top-k over the whole catalog by inner
 * product with blocked items excluded, and scores of chosen items (reranking).
 *
 * Blocking works through the top-k graph's additive mask input (native-models/onnx/README.md).
 * The mask buffer is allocated once per scorer and is all zeros between operations: each
 * operation writes BLOCKED_SCORE at the entries it blocks and puts back zeros at exactly those
 * entries afterwards. Because `session.run` reads its inputs later (onnxruntime-node schedules
 * the native run with setImmediate) operations on one scorer run one at a time; that costs no
 * throughput, since every run executes on the JS thread anyway.
 */
import { Tensor, type InferenceSession } from 'onnxruntime-node';
import { BLOCKED_SCORE, buildRankGraph, buildTopKGraph } from '../../../native-models/onnx/graphs.mjs';
import { createSession, detectExecutionProviders, DEFAULT_EXECUTION_PROVIDERS, type SessionOptions } from './onnx-runtime.ts';

/** Items a request must never get back: a list of item indices, or a catalog-long 0/1 mask. */
export type Blocked = { readonly list: Int32Array } | { readonly mask: Uint8Array /* 1 = blocked */ };

/** Best items first, with their scores; `items[i]` is an index into the factor rows. */
export interface TopKResult {
  items: Int32Array;
  scores: Float32Array;
}

/** Options for `OnnxExactScorer.create` (session options plus batching). */
export interface OnnxScorerOptions extends SessionOptions {
  /** Most rows one top-k run takes (default 16); bigger batches are split. Sizes the batch mask. */
  maxBatch?: number;
  /**
   * Also open a top-k session without the mask, for runs in which no row blocks anything: it
   * skips adding a batch × numItems mask to the scores (about a fifth of a run's time at 10,000
   * items × 64 factors), for a second copy of the factors in ONNX Runtime. Default false.
   */
  unmasked?: boolean;
}

/** The initial capacity of the reusable candidate buffer for `rank`. */
const INITIAL_CANDIDATES = 256;

/** Exact top-k and item scoring over one set of item factors, on ONNX Runtime. */
export class OnnxExactScorer {
  /** Additive mask, rows × numItems, zero between operations. Grows once to maxBatch rows. */
  private mask: Float32Array;
  private maskRow: Tensor;
  private readonly user: Float32Array;
  private readonly userRow: Tensor;
  private readonly k = new BigInt64Array(1);
  private readonly kTensor: Tensor;
  private candidates = new BigInt64Array(INITIAL_CANDIDATES);
  private tail: Promise<unknown> = Promise.resolve();
  private released = false;

  private constructor(
    private readonly topKSession: InferenceSession,
    private readonly rankSession: InferenceSession,
    /** Top-k without the mask input, for runs that block nothing (see OnnxScorerOptions.unmasked). */
    private readonly plainSession: InferenceSession | undefined,
    /** Number of items (rows of the factor matrix). */
    readonly numItems: number,
    /** Factors per item and per user. */
    readonly dim: number,
    /** Most rows per top-k run. */
    readonly maxBatch: number,
    /** Execution providers the sessions run on, in priority order. */
    readonly providers: readonly string[],
  ) {
    this.mask = new Float32Array(numItems);
    this.maskRow = new Tensor('float32', this.mask, [1, numItems]);
    this.user = new Float32Array(dim);
    this.userRow = new Tensor('float32', this.user, [1, dim]);
    this.kTensor = new Tensor('int64', this.k, [1]);
  }

  /** Builds the graphs from row-major `numItems × dim` factors and opens their sessions (two, or three when `unmasked`). */
  static async create(
    itemFactors: Float32Array,
    numItems: number,
    dim: number,
    opts: OnnxScorerOptions = {},
  ): Promise<OnnxExactScorer> {
    const maxBatch = opts.maxBatch ?? 16;
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`maxBatch must be a positive integer, got ${maxBatch}`);
    const spec = { itemFactors, numItems, dim };
    const topK = await createSession(buildTopKGraph(spec), opts);
    const opened = [topK];
    try {
      const rank = await createSession(buildRankGraph(spec), opts);
      opened.push(rank);
      const plain = opts.unmasked ? await createSession(buildTopKGraph({ ...spec, masked: false }), opts) : undefined;
      if (plain) opened.push(plain);
      const { providers } = await detectExecutionProviders(opts.executionProviders ?? DEFAULT_EXECUTION_PROVIDERS);
      return new OnnxExactScorer(topK, rank, plain, numItems, dim, maxBatch, providers);
    } catch (err) {
      await Promise.all(opened.map((session) => session.release()));
      throw err;
    }
  }

  /**
   * The `k` best items for one user vector (fewer when fewer are unblocked), best first.
   * Blocked items and list entries outside [0, numItems) are never returned.
   */
  topK(user: Float32Array, k: number, blocked?: Blocked): Promise<TopKResult> {
    return this.exclusive(async () => {
      this.checkUser(user);
      const kRun = this.checkK(k);
      if (kRun === 0) return { items: new Int32Array(0), scores: new Float32Array(0) };
      if (blocked !== undefined) this.checkBlocked(blocked, 'blocked');
      this.user.set(user);
      this.k[0] = BigInt(kRun);
      const blockedCount = blocked === undefined ? 0 : this.block(0, blocked);
      try {
        const out =
          blockedCount === 0 && this.plainSession
            ? await this.plainSession.run({ user: this.userRow, k: this.kTensor })
            : await this.topKSession.run({ user: this.userRow, mask: this.maskRow, k: this.kTensor });
        return rowResult(out, 0, kRun, Math.min(kRun, this.numItems - blockedCount));
      } finally {
        if (blocked !== undefined) this.unblock(0, blocked);
      }
    });
  }

  /**
   * `topK` for B users at once (`users` is B × dim, row-major; `blocked[b]` applies to row b),
   * in runs of at most maxBatch rows. Row b of the answer equals `topK(users[b], k, blocked[b])`.
   */
  topKBatch(users: Float32Array, k: number, blocked?: ReadonlyArray<Blocked | undefined>): Promise<TopKResult[]> {
    return this.exclusive(async () => {
      if (users.length % this.dim !== 0) {
        throw new RangeError(`users has ${users.length} values, not a multiple of dim ${this.dim}`);
      }
      const rows = users.length / this.dim;
      if (blocked !== undefined && blocked.length !== rows) {
        throw new RangeError(`blocked has ${blocked.length} entries for ${rows} users`);
      }
      blocked?.forEach((b, i) => {
        if (b !== undefined) this.checkBlocked(b, `blocked[${i}]`);
      });
      const kRun = this.checkK(k);
      const results: TopKResult[] = [];
      if (kRun === 0) {
        for (let r = 0; r < rows; r++) results.push({ items: new Int32Array(0), scores: new Float32Array(0) });
        return results;
      }
      // The mask grows to maxBatch rows only for a call that blocks something, or that has no unmasked session to go to.
      if (rows > 1 && (!this.plainSession || blocked?.some((b) => b !== undefined))) this.growMask();
      this.k[0] = BigInt(kRun);
      const n = this.numItems;
      for (let start = 0; start < rows; start += this.maxBatch) {
        const count = Math.min(this.maxBatch, rows - start);
        const kept = new Int32Array(count);
        let blockedAny = false;
        for (let r = 0; r < count; r++) {
          const rowBlocked = blocked?.[start + r];
          const blockedCount = rowBlocked === undefined ? 0 : this.block(r, rowBlocked);
          blockedAny ||= blockedCount > 0;
          kept[r] = Math.min(kRun, n - blockedCount);
        }
        try {
          const user = new Tensor('float32', users.subarray(start * this.dim, (start + count) * this.dim), [count, this.dim]);
          const out =
            !blockedAny && this.plainSession
              ? await this.plainSession.run({ user, k: this.kTensor })
              : await this.topKSession.run({ user, mask: new Tensor('float32', this.mask.subarray(0, count * n), [count, n]), k: this.kTensor });
          for (let r = 0; r < count; r++) results.push(rowResult(out, r, kRun, kept[r]!));
        } finally {
          for (let r = 0; r < count; r++) {
            const rowBlocked = blocked?.[start + r];
            if (rowBlocked !== undefined) this.unblock(r, rowBlocked);
          }
        }
      }
      return results;
    });
  }

  /** Scores `user · item` for each of `items`; entries outside [0, numItems) score NaN. */
  rank(user: Float32Array, items: Int32Array): Promise<Float32Array> {
    return this.exclusive(async () => {
      this.checkUser(user);
      const m = items.length;
      if (m === 0) return new Float32Array(0);
      if (this.candidates.length < m) this.candidates = new BigInt64Array(2 ** Math.ceil(Math.log2(m)));
      const candidates = this.candidates;
      let invalid = 0;
      for (let i = 0; i < m; i++) {
        const item = items[i]!;
        const inRange = item >= 0 && item < this.numItems;
        candidates[i] = inRange ? BigInt(item) : 0n; // a valid row, overwritten with NaN below
        if (!inRange) invalid++;
      }
      this.user.set(user);
      const out = await this.rankSession.run({
        user: this.userRow,
        items: new Tensor('int64', candidates.subarray(0, m), [1, m]),
      });
      const scores = out['scores']!.data as Float32Array;
      if (invalid > 0) {
        for (let i = 0; i < m; i++) {
          const item = items[i]!;
          if (!(item >= 0 && item < this.numItems)) scores[i] = Number.NaN;
        }
      }
      return scores;
    });
  }

  /** Releases the sessions once the operations already queued have finished. */
  release(): Promise<void> {
    return this.exclusive(async () => {
      if (this.released) return;
      this.released = true;
      const released = await Promise.allSettled([this.topKSession, this.rankSession, this.plainSession].map((s) => s?.release()));
      const failed = released.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    });
  }

  /** Runs `op` after every operation queued before it (they share the mask and input buffers). */
  private exclusive<T>(op: () => Promise<T>): Promise<T> {
    const run = this.tail.then(() => {
      if (this.released) throw new Error('OnnxExactScorer: used after release()');
      return op();
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Marks `blocked` in mask row `row`; returns how many distinct items it blocked. */
  private block(row: number, blocked: Blocked): number {
    const n = this.numItems;
    const mask = this.mask;
    const offset = row * n;
    let count = 0;
    if ('list' in blocked) {
      const list = blocked.list;
      for (let i = 0; i < list.length; i++) {
        const item = list[i]!;
        if (item >= 0 && item < n && mask[offset + item] === 0) {
          mask[offset + item] = BLOCKED_SCORE;
          count++;
        }
      }
    } else {
      const flags = blocked.mask;
      for (let i = 0; i < n; i++) {
        if (flags[i] !== 0) {
          mask[offset + i] = BLOCKED_SCORE;
          count++;
        }
      }
    }
    return count;
  }

  /** Puts back zeros where `block(row, blocked)` wrote. */
  private unblock(row: number, blocked: Blocked): void {
    const n = this.numItems;
    const offset = row * n;
    if ('list' in blocked) {
      const list = blocked.list;
      for (let i = 0; i < list.length; i++) {
        const item = list[i]!;
        if (item >= 0 && item < n) this.mask[offset + item] = 0;
      }
    } else {
      this.mask.fill(0, offset, offset + n);
    }
  }

  /** Enlarges the mask to maxBatch rows (once; the new buffer is all zeros like the old one). */
  private growMask(): void {
    if (this.mask.length >= this.maxBatch * this.numItems) return;
    this.mask = new Float32Array(this.maxBatch * this.numItems);
    this.maskRow = new Tensor('float32', this.mask.subarray(0, this.numItems), [1, this.numItems]);
  }

  /** Checks a blocked mask's length before anything is written (so a bad one leaves no marks). */
  private checkBlocked(blocked: Blocked, field: string): void {
    if ('mask' in blocked && blocked.mask.length !== this.numItems) {
      throw new RangeError(`${field}.mask has ${blocked.mask.length} entries for ${this.numItems} items`);
    }
  }

  private checkUser(user: Float32Array): void {
    if (user.length !== this.dim) throw new RangeError(`user has ${user.length} values, expected dim = ${this.dim}`);
  }

  /** Validates k and returns the k a run uses (at most numItems). */
  private checkK(k: number): number {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
    return Math.min(k, this.numItems);
  }
}

/** Row `row` of a top-k run's outputs, cut to its first `kept` entries (the unblocked ones). */
function rowResult(out: InferenceSession.ReturnType, row: number, kRun: number, kept: number): TopKResult {
  const scores = out['scores']!.data as Float32Array;
  const indices = out['indices']!.data as BigInt64Array;
  const start = row * kRun;
  const items = new Int32Array(kept);
  for (let i = 0; i < kept; i++) items[i] = Number(indices[start + i]!);
  return { items, scores: scores.subarray(start, start + kept) };
}
