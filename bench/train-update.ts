/**
 * training_mode UPDATE against a FULL retrain of the implicit ALS model (aws-user-personalization):
 * a model trained on the older part of the data is updated with all of it (new users and items
 * added, new interactions folded in), and a model is trained FULL on all of it; both timed with
 * the same kernel and threads. On MovieLens 100K (split by time) it also measures what each
 * recommends for the newest 5% of interactions (recall@10, the history folded in as serving does).
 * A FULL version also runs the holdout evaluation beside the fit (a second training); an UPDATE
 * version runs neither, so the API-level gap is larger than the fit-only gap shown here
 * (bench/train-update-api.ts measures it end to end). Times are the faster of two runs (one for 5M).
 *
 *   npx tsx bench/train-update.ts [--threads 2] [--factors 64]
 *
 * Needs ../shared/data/ml-100k for the MovieLens rows (skipped with a message when absent).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { TrainingSnapshot } from '../src/data/snapshot/types.ts';
import type { TrainedModel } from '../src/training/recipes/recipe.ts';
import { userPersonalization } from '../src/training/recipes/user-personalization/index.ts';
import { alsKernel } from '../src/training/recipes/user-personalization/kernel/index.ts';
import { trainAls } from '../src/training/recipes/user-personalization/train.ts';
import { updateAls } from '../src/training/recipes/user-personalization/update.ts';
import { hasMl100k, historyOf, ML100K_DIR, type Ratings, readRatings, snapshotOf } from './lib/movielens.ts';

const { values } = parseArgs({ options: { threads: { type: 'string', default: '2' }, factors: { type: 'string', default: '64' } } });
const threads = Number(values.threads);
const params = { hidden_dimension: Number(values.factors) };

/** Ratings [from, to) of a time-ordered list, with users and items numbered by first appearance in the whole list. */
function slice(r: Ratings, order: number[], to: number): { ratings: Ratings; users: number; items: number } {
  const users = new Map<number, number>();
  const items = new Map<number, number>();
  const out: Ratings = { length: to, user: new Int32Array(to), item: new Int32Array(to), rating: new Float32Array(to), timestamp: new Float64Array(to) };
  for (let n = 0; n < to; n++) {
    const src = order[n]!;
    if (!users.has(r.user[src]!)) users.set(r.user[src]!, users.size);
    if (!items.has(r.item[src]!)) items.set(r.item[src]!, items.size);
    out.user[n] = users.get(r.user[src]!)!;
    out.item[n] = items.get(r.item[src]!)!;
    out.rating[n] = r.rating[src]!;
    out.timestamp[n] = r.timestamp[src]!;
  }
  return { ratings: out, users: users.size, items: items.size };
}

/** `n` interactions, uniform users, Zipf(0.8) items, seeded; the first m of n events are those of a run with n = m. */
function generateSnapshot(n: number, users: number, items: number, seed: number): TrainingSnapshot {
  let state = seed >>> 0 || 1;
  const rand = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const cdf = new Float64Array(items);
  let total = 0;
  for (let i = 0; i < items; i++) cdf[i] = total += 1 / Math.pow(i + 1, 0.8);
  const r: Ratings = { length: n, user: new Int32Array(n), item: new Int32Array(n), rating: new Float32Array(n), timestamp: new Float64Array(n) };
  for (let j = 0; j < n; j++) {
    r.user[j] = Math.floor(rand() * users);
    const target = rand() * total;
    let lo = 0;
    let hi = items - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    r.item[j] = lo;
    r.rating[j] = 1 + (j % 5);
    r.timestamp[j] = 1_600_000_000 + j;
  }
  return snapshotOf(r, users, items);
}

/** Times a call: the faster of `runs` runs (ms), with the last run's value. */
async function timed<T>(fn: () => T | Promise<T>, runs = 2): Promise<{ value: T; ms: number }> {
  let best = Infinity;
  let value!: T;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    value = await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { value, ms: best };
}

// Warm-up: compile the hot paths of both before anything is timed.
{
  const warm = generateSnapshot(20_000, 500, 300, 3);
  const model = await trainAls(warm, params, { threads, seed: 1 });
  const identity = Int32Array.from({ length: 500 }, (_, i) => i);
  updateAls(model, warm, { userMap: identity, itemMap: identity.subarray(0, 300), keptUsers: identity, numUsers: 500, numItems: 300 }, { threads });
}

/** Recall@10 of each user's test items, recommending from their history in `data` (seen items excluded). */
function recall(model: TrainedModel, data: TrainingSnapshot, test: Map<number, Set<number>>): number {
  const scorer = userPersonalization.load(model);
  const numItems = model.meta.numItems as number;
  let sum = 0;
  for (const [u, items] of test) {
    const history = historyOf(data, u);
    const exclude = new Uint8Array(numItems);
    for (const i of history.itemIdx) exclude[i] = 1;
    const top = scorer.recommend(history, 10, exclude).items;
    let hits = 0;
    for (const i of top) if (items.has(i)) hits++;
    sum += hits / Math.min(10, items.size);
  }
  return sum / Math.max(1, test.size);
}

interface Row {
  data: string;
  source: number;
  now: number;
  newUsers: number;
  newItems: number;
  fullMs: number;
  updateMs: number;
  quality?: string;
}

const rows: Row[] = [];

if (hasMl100k()) {
  const all = readRatings(join(ML100K_DIR, 'u.data'));
  const order = Array.from({ length: all.length }, (_, n) => n).sort((a, b) => all.timestamp[a]! - all.timestamp[b]! || a - b);
  const cut = Math.floor(all.length * 0.85);
  const end = Math.floor(all.length * 0.95);
  const whole = slice(all, order, all.length);
  const older = slice(all, order, cut);
  const current = slice(all, order, end);
  const sourceData = snapshotOf(older.ratings, older.users, older.items);
  const nowData = snapshotOf(current.ratings, current.users, current.items);
  // The newest 5%: items of users the current data knows, that they had not seen.
  const test = new Map<number, Set<number>>();
  for (let n = end; n < all.length; n++) {
    const u = whole.ratings.user[n]!;
    const i = whole.ratings.item[n]!;
    if (u >= current.users || i >= current.items) continue;
    if (!test.has(u)) test.set(u, new Set());
    test.get(u)!.add(i);
  }
  const source = await trainAls(sourceData, params, { threads, seed: 1 });
  const full = await timed(() => trainAls(nowData, params, { threads, seed: 1 }));
  const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  const maps = { userMap: identity(current.users), itemMap: identity(current.items), keptUsers: identity(older.users), numUsers: current.users, numItems: current.items };
  const update = await timed(() => updateAls(source, nowData, maps, { threads }).model);
  const stale = recall(source, nowData, test);
  rows.push({
    data: 'ML-100K, 85% → 95% by time',
    source: cut,
    now: end,
    newUsers: current.users - older.users,
    newItems: current.items - older.items,
    fullMs: full.ms,
    updateMs: update.ms,
    quality: `FULL ${recall(full.value, nowData, test).toFixed(4)} · UPDATE ${recall(update.value, nowData, test).toFixed(4)} · source unchanged ${stale.toFixed(4)}`,
  });
} else {
  console.log(`(MovieLens 100K not found at ${ML100K_DIR}: its row is skipped)\n`);
}

for (const [label, before, after, users, items] of [
  ['generated, 0.9M → 1M', 900_000, 1_000_000, 6_000, 4_000],
  ['generated, 4.5M → 5M', 4_500_000, 5_000_000, 30_000, 20_000],
] as const) {
  const runs = after > 1_000_000 ? 1 : 2;
  // The same seed: the first `before` events of the larger snapshot are the smaller one.
  const source = await trainAls(generateSnapshot(before, users, items, 7), params, { threads, seed: 1 });
  const nowData = generateSnapshot(after, users, items, 7);
  const full = await timed(() => trainAls(nowData, params, { threads, seed: 1 }), runs);
  const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  const update = await timed(() => updateAls(source, nowData, { userMap: identity(users), itemMap: identity(items), keptUsers: identity(users), numUsers: users, numItems: items }, { threads }), runs);
  rows.push({ data: label, source: before, now: after, newUsers: update.value.stats.newUsers, newItems: update.value.stats.newItems, fullMs: full.ms, updateMs: update.ms });
}

console.log(`ALS UPDATE vs FULL fit, ${params.hidden_dimension} factors, default hyperparameters, ${threads} threads, ${alsKernel.name} kernel\n`);
console.log('| data | interactions (source → now) | new users | new items | FULL fit s | UPDATE s | FULL ÷ UPDATE | recall@10 of the newest 5% |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(
    `| ${r.data} | ${r.source.toLocaleString('en')} → ${r.now.toLocaleString('en')} | ${r.newUsers} | ${r.newItems} | ${(r.fullMs / 1000).toFixed(2)} | ${(r.updateMs / 1000).toFixed(2)} | ${(r.fullMs / r.updateMs).toFixed(1)} | ${r.quality ?? ''} |`,
  );
}
