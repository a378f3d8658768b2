/**
 * Exact top-25 serving speed: ONNX Runtime (OnnxExactScorer) against a tight JS loop with a
 * top-k heap, over generated low-rank 64-factor item vectors (rank-12 signal plus noise, like
 * trained MF factors) at catalog sizes 1k, 5k, 20k and 100k. Prints µs per query for
 *   (a) ONNX, one query per run;  (a') the same with 200 blocked items (additive mask);
 *   (b) ONNX, batches of 16 users per run (per query);  (c) the JS loop,
 * each with its ratio to (c). A run executes synchronously on the JS thread (onnxruntime-node
 * calls the native Run inside setImmediate), so it holds the event loop for its whole duration:
 * the table gives that time per run for (a) and (b), and the 99th percentile of event-loop delay
 * measured while (a) and (b) ran. Every ONNX answer is checked against the JS loop.
 *
 *   npx tsx bench/serve-exact.ts [--threads 1] [--budget-ms 1200]
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SeededRandom } from '../src/common/random.ts';
import { OnnxExactScorer, type TopKResult } from '../src/serving/engine/onnx-scorer.ts';

const DIM = 64;
const RANK = 12;
const K = 25;
const BATCH = 16;
const SIZES = [1_000, 5_000, 20_000, 100_000];

const { values } = parseArgs({
  options: { threads: { type: 'string', default: '1' }, 'budget-ms': { type: 'string', default: '1200' } },
});
const threads = Number(values.threads);
const budgetMs = Number(values['budget-ms']);

/** `count` vectors of DIM factors: latent (RANK) × shared basis, plus small noise. */
function lowRank(rng: SeededRandom, basis: Float32Array, count: number): Float32Array {
  const out = new Float32Array(count * DIM);
  const z = new Float32Array(RANK);
  for (let i = 0; i < count; i++) {
    for (let r = 0; r < RANK; r++) z[r] = rng.normal();
    for (let d = 0; d < DIM; d++) {
      let s = 0.1 * rng.normal();
      for (let r = 0; r < RANK; r++) s += z[r]! * basis[r * DIM + d]!;
      out[i * DIM + d] = s;
    }
  }
  return out;
}

/** Exact top-k in plain JS: one pass of dot products, a size-k min-heap, then a sort. */
function jsTopK(factors: Float32Array, n: number, user: Float32Array, k: number, heapItems: Int32Array, heapScores: Float32Array): TopKResult {
  let size = 0;
  for (let i = 0; i < n; i++) {
    const row = i * DIM;
    let s = 0;
    for (let d = 0; d < DIM; d++) s += factors[row + d]! * user[d]!;
    if (size < k) {
      // sift up
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (heapScores[p]! <= s) break;
        heapScores[c] = heapScores[p]!;
        heapItems[c] = heapItems[p]!;
        c = p;
      }
      heapScores[c] = s;
      heapItems[c] = i;
    } else if (s > heapScores[0]!) {
      // replace the root, sift down
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= size) break;
        const r = l + 1;
        const m = r < size && heapScores[r]! < heapScores[l]! ? r : l;
        if (heapScores[m]! >= s) break;
        heapScores[c] = heapScores[m]!;
        heapItems[c] = heapItems[m]!;
        c = m;
      }
      heapScores[c] = s;
      heapItems[c] = i;
    }
  }
  const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => heapScores[b]! - heapScores[a]!);
  return { items: Int32Array.from(order, (i) => heapItems[i]!), scores: Float32Array.from(order, (i) => heapScores[i]!) };
}

/** Runs `fn` (which handles `per` queries) until the budget is spent; returns µs per query. */
async function measure(per: number, fn: (iteration: number) => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await fn(i); // warm-up
  let iterations = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs || iterations < 5) await fn(iterations++);
  return ((performance.now() - start) * 1000) / (iterations * per);
}

/** Like `measure`, also returning the 99th percentile of event-loop delay (ms) meanwhile. */
async function measureWithStall(per: number, fn: (iteration: number) => unknown): Promise<[number, number]> {
  const eld = monitorEventLoopDelay({ resolution: 1 });
  eld.enable();
  const us = await measure(per, fn);
  eld.disable();
  return [us, eld.percentile(99) / 1e6];
}

function sameItems(a: TopKResult, b: TopKResult): boolean {
  if (a.items.length !== b.items.length) return false;
  const want = new Set(b.items);
  let differ = 0;
  for (const i of a.items) if (!want.has(i)) differ++;
  return differ === 0;
}

const fmt = (us: number): string => (us >= 100 ? us.toFixed(0) : us.toFixed(1));
const ratio = (x: number, base: number): string => `${(x / base).toFixed(2)}×`;

const rng = new SeededRandom(2024);
const basis = new Float32Array(RANK * DIM).map(() => rng.normal() / Math.sqrt(RANK));
const queries = lowRank(rng, basis, 256);
const queryCount = 256;
const user = (q: number): Float32Array => queries.subarray((q % queryCount) * DIM, ((q % queryCount) + 1) * DIM);

console.log(`Exact top-${K}, ${DIM} factors (rank-${RANK} + noise), ONNX Runtime intraOpThreads=${threads}, CPU; µs per query (ratio to the JS loop)\n`);
console.log('| items | (a) ONNX single | (a\') single, 200 blocked | (b) ONNX batch 16, per query | (c) JS loop + heap | loop held per run (a) / (b) ms | loop delay p99 (a) / (b) ms | build + sessions ms |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');

for (const n of SIZES) {
  const factors = lowRank(rng, basis, n);
  const t0 = performance.now();
  const scorer = await OnnxExactScorer.create(factors, n, DIM, { intraOpThreads: threads, executionProviders: ['cpu'], maxBatch: BATCH });
  const buildMs = performance.now() - t0;

  const heapItems = new Int32Array(K);
  const heapScores = new Float32Array(K);
  // Agreement with the JS loop on 8 queries, single and batched.
  const batched = await scorer.topKBatch(queries.subarray(0, 8 * DIM), K);
  for (let q = 0; q < 8; q++) {
    const want = jsTopK(factors, n, user(q), K, heapItems, heapScores);
    const single = await scorer.topK(user(q), K);
    if (!sameItems(single, want) || !sameItems(batched[q]!, want)) throw new Error(`ONNX and JS disagree at n=${n}, query ${q}`);
  }

  const blockList = { list: Int32Array.from({ length: 200 }, (_, i) => (i * 7919) % n) };
  const [single, stallSingle] = await measureWithStall(1, (i) => scorer.topK(user(i), K));
  const blocked = await measure(1, (i) => scorer.topK(user(i), K, blockList));
  const [batch, stallBatch] = await measureWithStall(BATCH, (i) => {
    const start = (i * BATCH) % (queryCount - BATCH);
    return scorer.topKBatch(queries.subarray(start * DIM, (start + BATCH) * DIM), K);
  });
  const js = await measure(1, (i) => jsTopK(factors, n, user(i), K, heapItems, heapScores));
  await scorer.release();

  console.log(
    `| ${n.toLocaleString('en')} | ${fmt(single)} (${ratio(single, js)}) | ${fmt(blocked)} (${ratio(blocked, js)}) | ` +
      `${fmt(batch)} (${ratio(batch, js)}) | ${fmt(js)} (1×) | ` +
      `${(single / 1000).toFixed(2)} / ${((batch * BATCH) / 1000).toFixed(2)} | ${stallSingle.toFixed(2)} / ${stallBatch.toFixed(2)} | ${buildMs.toFixed(0)} |`,
  );
}
