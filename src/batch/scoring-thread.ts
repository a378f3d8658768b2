/**
 * The main thread's side of a batch job's scoring thread (scoring-worker.ts): batches of top-k
 * queries go to the thread and come back as promises, so the job's main thread keeps working
 * on other lines meanwhile. One thread per job; it holds its own copy of the item factors.
 */
import { Worker } from 'node:worker_threads';
import type { TopK } from '../serving/engine/top-k-exact.ts';
import type { ScoringInit, ScoringReply, ScoringRequest } from './scoring-worker.ts';

function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./scoring-worker-boot.mjs', import.meta.url) : new URL('./scoring-worker.js', import.meta.url);
}

interface Waiting {
  resolve: (rows: TopK[]) => void;
  reject: (err: Error) => void;
}

export class ScoringThread {
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private dead: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: ScoringReply) => this.onMessage(m));
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => this.fail(new Error(`the batch scoring thread exited (code ${code})`)));
    worker.unref();
  }

  /** Starts a thread over `init.factors` (copied to it); resolves once its ONNX session is ready. */
  static async start(init: ScoringInit): Promise<ScoringThread> {
    const worker = new Worker(workerUrl(), { workerData: init });
    const ready = await new Promise<ScoringReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      // A thread that exits before it says it is ready (e.g. while loading its module) fails the start.
      worker.once('exit', (code) => reject(new Error(`the batch scoring thread exited while starting (code ${code})`)));
    });
    if (ready.kind !== 'ready') {
      await worker.terminate();
      throw new Error(`the batch scoring thread did not start: ${ready.kind === 'failed' ? ready.error : ready.kind}`);
    }
    return new ScoringThread(worker);
  }

  /** The k best items of each row of `users` (row-major, `dim` floats a row), never one of blocked[r]. */
  topKBatch(users: Float32Array, k: number, blocked: (Int32Array | null)[]): Promise<TopK[]> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    const request: ScoringRequest = { id, users, k, blocked };
    return new Promise<TopK[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(request, [users.buffer as ArrayBuffer]);
    });
  }

  /** Stops the thread (queries still waiting fail). */
  close(): void {
    void this.worker.terminate();
  }

  private onMessage(m: ScoringReply): void {
    if (m.kind !== 'results' && m.kind !== 'error') return;
    const w = this.waiting.get(m.id);
    this.waiting.delete(m.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (!w) return;
    if (m.kind === 'error') return w.reject(new Error(m.error));
    const k = m.items.length / Math.max(1, m.counts.length);
    const rows: TopK[] = [];
    for (let r = 0; r < m.counts.length; r++) {
      rows.push({ items: m.items.subarray(r * k, r * k + m.counts[r]!), scores: m.scores.subarray(r * k, r * k + m.counts[r]!) });
    }
    w.resolve(rows);
  }

  private fail(err: Error): void {
    this.dead ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }
}
