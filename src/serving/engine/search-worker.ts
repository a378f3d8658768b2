/**
 * The search thread: answers batches of queries on the vector indexes of the campaigns this
 * process serves, so that searches (the bulk of a GetRecommendations' CPU) run beside the gRPC
 * thread instead of on it. Each index is built by the main thread (off its event loop, see
 * VectorIndex.buildAsync) and attached here by id: one native object both threads read; only
 * queries and candidate lists are copied.
 * Messages: see search-client.ts.
 */
import { parentPort } from 'node:worker_threads';
import { VectorIndex, type VectorIndexOptions } from './vector-index.ts';

/** Main thread → search thread. */
export type SearchRequest =
  | { op: 'attach'; id: number; shared: number; options: VectorIndexOptions }
  | { op: 'drop'; id: number }
  | { op: 'search'; seq: number; index: Int32Array; fetch: Int32Array; offset: Int32Array; users: Float32Array };

/** Search thread → main thread. */
export type SearchReply =
  | { op: 'results'; seq: number; counts: Int32Array; items: Int32Array; scores: Float32Array; errors: (string | null)[] };

const indexes = new Map<number, VectorIndex>();
const port = parentPort!;

port.on('message', (m: SearchRequest) => {
  if (m.op === 'attach') {
    indexes.set(m.id, VectorIndex.take(m.shared, m.options));
  } else if (m.op === 'drop') {
    indexes.get(m.id)?.release();
    indexes.delete(m.id);
  } else {
    const reply = search(m);
    // Transferred, not copied: the main thread takes these buffers over.
    port.postMessage(reply, [reply.items.buffer as ArrayBuffer, reply.scores.buffer as ArrayBuffer]);
  }
});

/** A batch's candidates, every query's written straight into one pair of reply buffers. */
function search(m: Extract<SearchRequest, { op: 'search' }>): Extract<SearchReply, { op: 'results' }> {
  const n = m.index.length;
  const counts = new Int32Array(n);
  const errors: (string | null)[] = new Array<string | null>(n).fill(null);
  let capacity = 0;
  for (let q = 0; q < n; q++) capacity += indexes.get(m.index[q]!)?.fetchSize(m.fetch[q]!) ?? 0;
  const items = new Int32Array(capacity);
  const scores = new Float32Array(capacity);
  let at = 0;
  for (let q = 0; q < n; q++) {
    const index = indexes.get(m.index[q]!);
    if (!index) {
      errors[q] = `index ${m.index[q]} is not loaded`;
      continue;
    }
    const user = m.users.subarray(m.offset[q]!, m.offset[q]! + index.dim);
    const count = index.candidatesInto(user, m.fetch[q]!, items.subarray(at), scores.subarray(at));
    counts[q] = count;
    at += count;
  }
  return { op: 'results', seq: m.seq, counts, items, scores, errors };
}
