/**
 * Serving top-k: recall and speed of the USearch vector index (src/serving/engine/vector-index.ts)
 * against the exact JS scan (top-k-exact.ts) on generated matrix-factorisation-like data:
 * rank-16 latent structure plus noise, log-normal (popularity-skewed) item norms, inner-product
 * scores. Prints, for a few connectivity × expansion_search settings and three filters (none;
 * 50 blocked "past" items per user drawn with a popularity skew; 50 blocked items that include
 * the user's exact top 20, a history the model fits well): build time, µs per query, recall@k
 * against the exact top-k under the same filter, and how often the index gave up (null → exact
 * fallback). Then the exact scan's own µs per query, batch vs single search, the catalog size
 * below which the exact scan is as fast, and memory: index bytes (RSS growth of a child process
 * that builds one, and the index's own memoryBytes) vs raw f32 vector bytes.
 * Times are medians of per-chunk means, to ride out a busy machine.
 *
 *   npx tsx bench/serve-recall.ts [--items 100000] [--users 10000] [--dim 64] [--k 25]
 *                                 [--recall-users 1000] [--memory-1m]
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { SeededRandom } from '../src/common/random.ts';
import { exactTopK, type TopK } from '../src/serving/engine/top-k-exact.ts';
import { VectorIndex, type VectorIndexOptions } from '../src/serving/engine/vector-index.ts';

const RANK = 16;
const NOISE = 0.5;
const PAST_ITEMS = 50;

/**
 * `n` MF-like vectors of `dim`: basis·z/√rank + noise, z ~ N(0, I_rank), scaled by a log-normal
 * norm (σ = `normSigma`). Items and users share the basis, as trained factors share a space.
 */
function mfVectors(n: number, dim: number, basis: Float32Array, normSigma: number, rng: SeededRandom): Float32Array {
  const out = new Float32Array(n * dim);
  const z = new Float64Array(RANK);
  const scale = 1 / Math.sqrt(RANK);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < RANK; r++) z[r] = rng.normal();
    const norm = Math.exp(normSigma * rng.normal());
    const o = i * dim;
    for (let j = 0; j < dim; j++) {
      let v = 0;
      for (let r = 0; r < RANK; r++) v += basis[j * RANK + r]! * z[r]!;
      out[o + j] = (v * scale + NOISE * rng.normal()) * norm;
    }
  }
  return out;
}

/** Per user, `PAST_ITEMS` distinct items drawn with a popularity skew (rank by norm ~ n·r³). */
function pastItems(items: Float32Array, n: number, dim: number, users: number, rng: SeededRandom): Int32Array {
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < dim; j++) s += items[i * dim + j]! ** 2;
    norms[i] = s;
  }
  const byNorm = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => norms[b]! - norms[a]!);
  const past = new Int32Array(users * PAST_ITEMS);
  const seen = new Set<number>();
  for (let u = 0; u < users; u++) {
    seen.clear();
    while (seen.size < Math.min(PAST_ITEMS, n)) seen.add(byNorm[Math.floor(n * rng.next() ** 3)]!);
    past.set([...seen], u * PAST_ITEMS);
  }
  return past;
}

/** Per-user blocked lists (`PAST_ITEMS` each, flat) and a reusable mark array behind `allows`. */
class Blocked {
  readonly marks: Uint8Array;
  readonly allows = (item: number): boolean => this.marks[item] === 0;
  constructor(n: number, readonly lists: Int32Array) {
    this.marks = new Uint8Array(n);
  }
  set(user: number, on: 0 | 1): void {
    for (let p = user * PAST_ITEMS; p < (user + 1) * PAST_ITEMS; p++) this.marks[this.lists[p]!] = on;
  }
}

/** Per user, their exact top `top` items plus random others up to `PAST_ITEMS`: a history the model fits well. */
function topPlusRandom(truth: TopK[], top: number, n: number, rng: SeededRandom): Int32Array {
  const lists = new Int32Array(truth.length * PAST_ITEMS);
  const seen = new Set<number>();
  truth.forEach((t, u) => {
    seen.clear();
    for (let i = 0; i < top && i < t.items.length; i++) seen.add(t.items[i]!);
    while (seen.size < PAST_ITEMS) seen.add(rng.int(n));
    lists.set([...seen], u * PAST_ITEMS);
  });
  return lists;
}

/** The median of per-chunk means of `run(i)` over i in [0, count), in µs: robust to a busy machine. */
function medianMicros(count: number, chunk: number, run: (i: number) => void): number {
  const means: number[] = [];
  for (let start = 0; start < count; start += chunk) {
    const end = Math.min(count, start + chunk);
    const t0 = performance.now();
    for (let i = start; i < end; i++) run(i);
    means.push(((performance.now() - t0) * 1000) / (end - start));
  }
  means.sort((a, b) => a - b);
  return means[Math.floor(means.length / 2)]!;
}

/** The share of `exact`'s items that `approx` found. */
function recallOf(approx: TopK, exact: TopK): number {
  if (exact.items.length === 0) return 1;
  const truth = new Set(exact.items);
  let hit = 0;
  for (const item of approx.items) if (truth.has(item)) hit++;
  return hit / exact.items.length;
}

interface Row {
  config: string;
  filter: string;
  build: string;
  usPerQuery: number;
  recall: number;
  nulls: number;
}

/** Runs `users` single queries through `index`; returns µs/query (median of chunks), recall on the first `truth.length`, null count. */
function runIndex(
  index: VectorIndex,
  usersVec: Float32Array,
  users: number,
  dim: number,
  k: number,
  blocked: Blocked | null,
  truth: TopK[],
): { us: number; recall: number; nulls: number } {
  const results: (TopK | null)[] = new Array<TopK | null>(truth.length);
  let nulls = 0;
  const us = medianMicros(users, 500, (u) => {
    const user = usersVec.subarray(u * dim, (u + 1) * dim);
    let r: TopK | null;
    if (blocked) {
      blocked.set(u, 1);
      r = index.search(user, k, blocked.allows, PAST_ITEMS);
      blocked.set(u, 0);
    } else {
      r = index.search(user, k);
    }
    if (r === null) nulls++;
    if (u < truth.length) results[u] = r;
  });
  let recall = 0;
  for (let u = 0; u < truth.length; u++) recall += recallOf(results[u] ?? truth[u]!, truth[u]!);
  return { us, recall: recall / truth.length, nulls };
}

/** Bytes as MiB with one decimal. */
function fmtBytes(b: number): string {
  return `${(b / 2 ** 20).toFixed(1)} MiB`;
}

/** Child process: builds one index over random vectors and prints its RSS growth as JSON. */
function memoryChild(n: number, dim: number, connectivity: number): void {
  const rng = new SeededRandom(5);
  const factors = new Float32Array(n * dim);
  for (let i = 0; i < factors.length; i++) factors[i] = rng.next() - 0.5;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  // Node memory is fixed per node by its level, so a cheap graph (expansion_add 8) measures the same bytes.
  const index = VectorIndex.build(factors, n, dim, { connectivity, expansionAdd: 8 });
  gc?.();
  const rss = process.memoryUsage().rss - before;
  console.log(JSON.stringify({ rss, estimate: index.memoryBytes() }));
}

/** Runs `memoryChild` in a fresh process, so its RSS growth is the index's alone. */
function measureMemory(n: number, dim: number, connectivity: number): { rss: number; estimate: number } {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', process.argv[1]!, '--memory-child', `${n},${dim},${connectivity}`],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { rss: number; estimate: number };
}

/** Runs the bench from the command line. */
function main(): void {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '100000' },
      users: { type: 'string', default: '10000' },
      dim: { type: 'string', default: '64' },
      k: { type: 'string', default: '25' },
      'recall-users': { type: 'string', default: '1000' },
      'memory-1m': { type: 'boolean', default: false },
      'memory-child': { type: 'string' },
    },
  });
  if (values['memory-child'] !== undefined) {
    const [n, dim, m] = values['memory-child'].split(',');
    memoryChild(Number(n), Number(dim), Number(m));
    return;
  }
  const n = Number(values.items);
  const users = Number(values.users);
  const dim = Number(values.dim);
  const k = Number(values.k);
  const recallUsers = Math.min(users, Number(values['recall-users']));
  const started = performance.now();

  const rng = new SeededRandom(42);
  const basis = new Float32Array(dim * RANK);
  for (let i = 0; i < basis.length; i++) basis[i] = rng.normal();
  const items = mfVectors(n, dim, basis, 0.5, rng);
  const usersVec = mfVectors(users, dim, basis, 0.3, rng);
  const past = new Blocked(n, pastItems(items, n, dim, users, rng));
  console.log(`# serve-recall: ${n.toLocaleString('en')} items × ${dim}, ${users.toLocaleString('en')} users, k=${k}, recall over ${recallUsers} users`);

  // Ground truth (and the exact scan's speed) on the first `recallUsers` users, per filter.
  const user = (u: number): Float32Array => usersVec.subarray(u * dim, (u + 1) * dim);
  const truthPlain: TopK[] = [];
  const exactPlainUs = medianMicros(recallUsers, 100, (u) => truthPlain.push(exactTopK(items, n, dim, user(u), k)));
  const hard = new Blocked(n, topPlusRandom(truthPlain, 20, n, rng));
  const truthFor = (blocked: Blocked): { truth: TopK[]; us: number } => {
    const truth: TopK[] = [];
    const us = medianMicros(recallUsers, 100, (u) => {
      blocked.set(u, 1);
      truth.push(exactTopK(items, n, dim, user(u), k, blocked.allows));
      blocked.set(u, 0);
    });
    return { truth, us };
  };
  const truthPast = truthFor(past);
  const truthHard = truthFor(hard);
  let pastInTop = 0;
  for (let u = 0; u < recallUsers; u++) {
    past.set(u, 1);
    for (const item of truthPlain[u]!.items) pastInTop += past.marks[item]!;
    past.set(u, 0);
  }
  const scenarios = [
    { name: 'none', blocked: null, truth: truthPlain, users, exactUs: exactPlainUs },
    { name: `${PAST_ITEMS} past (popular-skewed)`, blocked: past, truth: truthPast.truth, users, exactUs: truthPast.us },
    { name: `${PAST_ITEMS} past incl. user's top 20`, blocked: hard, truth: truthHard.truth, users: recallUsers, exactUs: truthHard.us },
  ];
  console.log(`popular-skewed past items in the unfiltered top-${k}: ${(pastInTop / recallUsers).toFixed(1)} per user`);

  // Index sweep: one build per connectivity, searched once per expansion_search.
  const rows: Row[] = [];
  const configs: { connectivity: number; expansionAdd: number; efs: number[] }[] = [
    { connectivity: 16, expansionAdd: 128, efs: [64, 128, 256] },
    { connectivity: 14, expansionAdd: 128, efs: [128, 192, 256] },
    { connectivity: 8, expansionAdd: 128, efs: [256] },
  ];
  let fileBytes = 0;
  {
    for (const { connectivity, expansionAdd, efs } of configs) {
      const opts: VectorIndexOptions = { connectivity, expansionAdd };
      const t0 = performance.now();
      const built = VectorIndex.build(items, n, dim, opts);
      const build = `${((performance.now() - t0) / 1000).toFixed(1)} s`;
      if (connectivity === 16) fileBytes = built.memoryBytes();
      for (const ef of efs) {
        const index = VectorIndex.take(built.share(), { ...opts, expansionSearch: ef });
        const config = `M=${connectivity}, ef_add=${expansionAdd}, ef_search=${ef}`;
        for (const sc of scenarios) {
          const r = runIndex(index, usersVec, sc.users, dim, k, sc.blocked, sc.truth);
          rows.push({ config, filter: sc.name, build, usPerQuery: r.us, recall: r.recall, nulls: r.nulls });
        }
      }
    }

    console.log(`\n| index | filter | build | µs/query | recall@${k} | null (fallback) |`);
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(`| ${r.config} | ${r.filter} | ${r.build} | ${r.usPerQuery.toFixed(0)} | ${r.recall.toFixed(4)} | ${r.nulls} |`);
    }
    for (const sc of scenarios) console.log(`| exactTopK (JS scan) | ${sc.name} | – | ${sc.exactUs.toFixed(0)} | 1 | – |`);
  }

  // Crossover: exact scan vs index (defaults) on sub-catalogs.
  console.log(`\n| catalog | exactTopK µs/query | index µs/query (defaults) | index build |`);
  console.log('|---|---|---|---|');
  for (const size of [500, 1_000, 2_000, 5_000, 10_000, 20_000].filter((c) => c < n)) {
    const t0 = performance.now();
    const index = VectorIndex.build(items, size, dim);
    const build = performance.now() - t0;
    const exactUs = medianMicros(500, 100, (u) => exactTopK(items, size, dim, user(u), k));
    const indexUs = medianMicros(500, 100, (u) => index.search(user(u), k));
    console.log(`| ${size.toLocaleString('en')} | ${exactUs.toFixed(0)} | ${indexUs.toFixed(0)} | ${build.toFixed(0)} ms |`);
  }

  // Memory: index bytes (RSS growth in a child) vs raw f32 vectors.
  console.log(`\nindex memoryBytes (M=16, ${n.toLocaleString('en')} items): ${fmtBytes(fileBytes)}`);
  console.log(`\n| items × dim | index | raw f32 vectors | index RSS | RSS / raw | estimate | estimate / raw |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const count of values['memory-1m'] ? [100_000, 1_000_000] : [100_000]) {
    for (const m of [24, 16, 8]) {
      const raw = count * 64 * 4;
      const { rss, estimate } = measureMemory(count, 64, m);
      console.log(`| ${count.toLocaleString('en')} × 64 | M=${m}, f16 | ${fmtBytes(raw)} | ${fmtBytes(rss)} | ${(rss / raw).toFixed(2)} | ${fmtBytes(estimate)} | ${(estimate / raw).toFixed(2)} |`);
    }
  }
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();
