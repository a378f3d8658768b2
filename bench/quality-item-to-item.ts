/**
 * Item-to-item quality on MovieLens latest-small (ratings as interactions, genres as the
 * categorical item field GENRES). Two protocols, each training on the interactions before a cut:
 *
 * - last item: for each user with ≥ 2 ratings (by time), hold out the last one and ask for
 *   related(second-to-last, 10); HR@10 is the share of users whose last item is in those 10.
 * - tail pairs: hold out each user's last 20 % (at least one) and score every consecutive pair
 *   (previous item → next held-out item) the same way; many more cases, so less noise.
 *
 * Popularity (aws-popularity-count's list, minus the query item) is the baseline. Prints a
 * markdown table with training times.
 *
 *   npx tsx bench/quality-item-to-item.ts
 */
import type { TrainingSnapshot } from '../src/data/snapshot/types.ts';
import type { HyperParameters, Recipe, Scorer } from '../src/training/recipes/recipe.ts';
import { popularityCount } from '../src/training/recipes/popularity-count/index.ts';
import { similarItems } from '../src/training/recipes/similar-items/index.ts';
import { sims } from '../src/training/recipes/sims/index.ts';
import { leaveLastOut, loadMovieLensLatest, snapshotOf, type MovieLens } from './lib/movielens-latest.ts';

const K = 10;

/** A training set and the (query → target) cases scored on it. */
interface Protocol {
  name: string;
  snapshot: TrainingSnapshot;
  queries: Int32Array;
  targets: Int32Array;
}

/** Each user's last 20 % (at least one) held out; cases are consecutive pairs ending in a held-out item. */
function tailPairs(ml: MovieLens): Protocol {
  const cut = new Int32Array(ml.numUsers);
  const queries: number[] = [];
  const targets: number[] = [];
  for (let u = 0; u < ml.numUsers; u++) {
    const start = ml.userPtr[u]!;
    const end = ml.userPtr[u + 1]!;
    cut[u] = end - Math.max(1, Math.floor((end - start) * 0.2));
    for (let p = Math.max(cut[u]!, start + 1); p < end; p++) {
      queries.push(ml.itemIdx[p - 1]!);
      targets.push(ml.itemIdx[p]!);
    }
  }
  const snapshot = snapshotOf(ml, (u, p) => p < cut[u]!);
  return { name: 'tail pairs', snapshot, queries: Int32Array.from(queries), targets: Int32Array.from(targets) };
}

/** Share of cases whose target is among the scorer's K items related to the query. */
function hitRate(scorer: Scorer, protocol: Protocol, numItems: number): number {
  const exclude = new Uint8Array(numItems);
  const empty = { itemIdx: new Int32Array(0), timestamp: new Float64Array(0), weight: new Float32Array(0), value: new Float32Array(0) };
  let hits = 0;
  for (let c = 0; c < protocol.queries.length; c++) {
    const query = protocol.queries[c]!;
    let items: Int32Array;
    if (scorer.related !== undefined) {
      items = scorer.related(query, K).items;
    } else {
      exclude[query] = 1;
      items = scorer.recommend(empty, K, exclude).items;
      exclude[query] = 0;
    }
    if (items.includes(protocol.targets[c]!)) hits++;
  }
  return hits / protocol.queries.length;
}

/** Trains the recipe on the protocol's snapshot; returns the hit rate and the training seconds. */
async function measure(recipe: Recipe, params: HyperParameters, protocol: Protocol, numItems: number): Promise<{ hr: number; seconds: number }> {
  const started = performance.now();
  const model = await recipe.train(protocol.snapshot, params, { threads: 1, seed: 42 });
  const seconds = (performance.now() - started) / 1000;
  return { hr: hitRate(recipe.load(model), protocol, numItems), seconds };
}

const ml = loadMovieLensLatest();
const last = leaveLastOut(ml);
const protocols: Protocol[] = [{ name: 'last item', ...last }, tailPairs(ml)];
const entries: { label: string; recipe: Recipe; params: HyperParameters }[] = [
  { label: 'popularity (aws-popularity-count)', recipe: popularityCount, params: {} },
  { label: 'aws-sims (defaults)', recipe: sims, params: {} },
  { label: 'aws-sims, max_item_interaction_count_percentile=0.9 (Personalize default)', recipe: sims, params: { max_item_interaction_count_percentile: 0.9 } },
  { label: 'aws-similar-items (defaults)', recipe: similarItems, params: {} },
];

console.log(`MovieLens latest-small: ${ml.numUsers} users, ${ml.numItems} items, ${ml.itemIdx.length} ratings.`);
console.log(protocols.map((p) => `${p.name}: ${p.queries.length} cases`).join('; ') + '.\n');
console.log(`| recipe | HR@${K}, last item | HR@${K}, tail pairs | training s (last item) | training s (tail pairs) |`);
console.log('|---|---:|---:|---:|---:|');
for (const entry of entries) {
  const results = [];
  for (const protocol of protocols) results.push(await measure(entry.recipe, entry.params, protocol, ml.numItems));
  const [a, b] = results as [{ hr: number; seconds: number }, { hr: number; seconds: number }];
  console.log(`| ${entry.label} | ${a.hr.toFixed(4)} | ${b.hr.toFixed(4)} | ${a.seconds.toFixed(2)} | ${b.seconds.toFixed(2)} |`);
}
