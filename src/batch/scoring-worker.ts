/**
 * The scoring thread of a batch job: exact top-k for batches of user vectors on ONNX Runtime
 * (serving's OnnxExactScorer over the job's item factors), beside the job's main thread, so
 * that the matrix products of one group of lines run while the main thread parses, answers
 * and writes the lines of the group before and after it. Messages: see scoring-thread.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { OnnxExactScorer } from '../serving/engine/onnx-scorer.ts';

/** What the thread starts with. */
export interface ScoringInit {
  factors: Float32Array;
  numItems: number;
  dim: number;
  maxBatch: number;
  intraOpThreads: number;
  executionProviders?: string[];
}

/** Main thread → scoring thread: the top k of each row of `users`; blocked[r] lists the items row r may not get. */
export interface ScoringRequest {
  id: number;
  users: Float32Array;
  k: number;
  blocked: (Int32Array | null)[];
}

/** Scoring thread → main thread. Row r's items are items[r·k ..][0 .. counts[r]). */
export type ScoringReply =
  | { kind: 'ready' }
  | { kind: 'failed'; error: string }
  | { kind: 'results'; id: number; counts: Int32Array; items: Int32Array; scores: Float32Array }
  | { kind: 'error'; id: number; error: string };

const port = parentPort!;
const init = workerData as ScoringInit;

try {
  const scorer = await OnnxExactScorer.create(init.factors, init.numItems, init.dim, {
    maxBatch: init.maxBatch,
    intraOpThreads: init.intraOpThreads,
    // Most batch lines block nothing (no filter, no seen items to drop): their runs skip the mask.
    unmasked: true,
    ...(init.executionProviders ? { executionProviders: init.executionProviders } : {}),
  });
  port.on('message', (m: ScoringRequest) => {
    scorer.topKBatch(m.users, m.k, m.blocked.map((b) => (b ? { list: b } : undefined))).then(
      (rows) => {
        const counts = new Int32Array(rows.length);
        const items = new Int32Array(rows.length * m.k);
        const scores = new Float32Array(rows.length * m.k);
        rows.forEach((row, r) => {
          counts[r] = row.items.length;
          items.set(row.items, r * m.k);
          scores.set(row.scores, r * m.k);
        });
        const reply: ScoringReply = { kind: 'results', id: m.id, counts, items, scores };
        port.postMessage(reply, [counts.buffer, items.buffer, scores.buffer]);
      },
      (err: unknown) => port.postMessage({ kind: 'error', id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies ScoringReply),
    );
  });
  port.postMessage({ kind: 'ready' } satisfies ScoringReply);
} catch (err) {
  port.postMessage({ kind: 'failed', error: err instanceof Error ? err.message : String(err) } satisfies ScoringReply);
}
