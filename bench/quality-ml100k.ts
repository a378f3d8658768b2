/**
 * Recommendation quality on MovieLens 100K, 5-fold (u1..u5): train on uK.base (every rating an
 * interaction, EVENT_VALUE = rating), rank every item not in the user's base data, score the top
 * 10 against uK.test (all relevant): NDCG@10 (binary gains, log2 discount) and precision@10, mean
 * over users with test items, then over folds. Evaluates every USER_PERSONALIZATION,
 * PERSONALIZED_RANKING and POPULAR_ITEMS recipe in the registry.
 *
 *   npx tsx bench/quality-ml100k.ts [--recipes a,b] [--params k=v,...] [--folds 1,2] [--holdout]
 *                                   [--threads N] [--seed N] [--data DIR]
 *
 * --holdout scores on Personalize's holdout inside each fold's base data instead (10% of users;
 * their newest 10% of interactions are the ground truth): the number HPO would select on.
 */
import { parseArgs } from 'node:util';
import type { HyperParameters, Recipe, Scorer } from '../src/training/recipes/recipe.ts';
import { RECIPES } from '../src/training/recipes/registry.ts';
import { ML100K_DIR, hasMl100k, historyOf, personalizeHoldout, readMl100kFold, type Fold } from './lib/movielens.ts';

const TOP = 10;

/** NDCG@10 and precision@10 of one fold, mean over users with test items. */
export interface FoldScore {
  ndcg: number;
  precision: number;
  users: number;
  trainSeconds: number;
}

/** Parses `k=v,k=v` into hyperparameters (numbers where they parse as numbers). */
export function parseParams(text: string | undefined): HyperParameters {
  const out: HyperParameters = {};
  for (const pair of (text ?? '').split(',').filter((p) => p.length > 0)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--params entry "${pair}" is not k=v`);
    const key = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1).trim();
    const n = Number(raw);
    out[key] = raw.length > 0 && Number.isFinite(n) ? n : raw;
  }
  return out;
}

/** The recipe's defaults with the overrides it declares applied. */
export function paramsFor(recipe: Recipe, overrides: HyperParameters): HyperParameters {
  const out: HyperParameters = {};
  for (const spec of recipe.hyperParameters) out[spec.name] = overrides[spec.name] ?? spec.default;
  return out;
}

/** Trains `recipe` on the fold's snapshot and scores its top 10 for every user with test items. */
export async function evaluateFold(recipe: Recipe, fold: Fold, params: HyperParameters, threads: number, seed: number): Promise<FoldScore> {
  const t0 = performance.now();
  const model = await recipe.train(fold.snapshot, params, { threads, seed });
  const trainSeconds = (performance.now() - t0) / 1000;
  return { ...scoreFold(recipe.load(model), fold), trainSeconds };
}

/** Scores a trained model's top 10 for every user of the fold with test items. */
export function scoreFold(scorer: Scorer, fold: Fold): Omit<FoldScore, 'trainSeconds'> {
  const m = fold.snapshot.interactions;
  const exclude = new Uint8Array(m.numItems);
  const relevant = new Uint8Array(m.numItems);
  let ndcgSum = 0;
  let precSum = 0;
  let users = 0;
  for (let u = 0; u < m.numUsers; u++) {
    const test = fold.test[u]!;
    if (test.length === 0) continue;
    const history = historyOf(fold.snapshot, u);
    for (const i of history.itemIdx) exclude[i] = 1;
    for (const i of test) relevant[i] = 1;
    const ranked = scorer.recommend(history, TOP, exclude);
    let dcg = 0;
    let hits = 0;
    ranked.items.forEach((item, rank) => {
      if (relevant[item] === 1) {
        dcg += 1 / Math.log2(rank + 2);
        hits++;
      }
    });
    let idcg = 0;
    for (let r = 0; r < Math.min(TOP, test.length); r++) idcg += 1 / Math.log2(r + 2);
    ndcgSum += dcg / idcg;
    precSum += hits / TOP;
    users++;
    for (const i of history.itemIdx) exclude[i] = 0;
    for (const i of test) relevant[i] = 0;
  }
  return { ndcg: ndcgSum / users, precision: precSum / users, users };
}

/** Runs the bench from the command line. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      recipes: { type: 'string' },
      params: { type: 'string' },
      folds: { type: 'string', default: '1,2,3,4,5' },
      holdout: { type: 'boolean', default: false },
      threads: { type: 'string', default: '2' },
      seed: { type: 'string', default: '42' },
      data: { type: 'string', default: ML100K_DIR },
    },
  });
  if (!hasMl100k(values.data)) {
    console.log(`ML-100K not found at ${values.data}; skipping (pass --data DIR to point at a copy).`);
    return;
  }
  const wanted = values.recipes?.split(',').map((s) => s.trim());
  const recipes = RECIPES.filter(
    (r) =>
      (r.type === 'USER_PERSONALIZATION' || r.type === 'PERSONALIZED_RANKING' || r.type === 'POPULAR_ITEMS') &&
      (wanted === undefined || wanted.includes(r.name)),
  );
  if (wanted) for (const w of wanted) if (!recipes.some((r) => r.name === w)) throw new Error(`no evaluable recipe named ${w}`);
  const overrides = parseParams(values.params);
  const threads = Number(values.threads);
  const seed = Number(values.seed);
  const foldNums = values.folds.split(',').map(Number);
  const folds = foldNums.map((k) => {
    const f = readMl100kFold(k, values.data);
    return values.holdout ? { ...personalizeHoldout(f.snapshot, 0.1, seed + k), name: `${f.name}-holdout` } : f;
  });
  console.log(`ML-100K ${values.holdout ? 'holdout inside each fold' : '5-fold'}; params override: ${values.params ?? '(defaults)'}\n`);
  const head = folds.map((f) => f.name);
  console.log(`| recipe | metric | ${head.join(' | ')} | mean | train s/fold |`);
  console.log(`|---|---|${head.map(() => '---:|').join('')}---:|---:|`);
  for (const recipe of recipes) {
    const params = paramsFor(recipe, overrides);
    const scores: FoldScore[] = [];
    for (const fold of folds) scores.push(await evaluateFold(recipe, fold, params, threads, seed));
    const mean = (f: (s: FoldScore) => number): number => scores.reduce((a, s) => a + f(s), 0) / scores.length;
    const cells = (f: (s: FoldScore) => number): string => scores.map((s) => f(s).toFixed(4)).join(' | ');
    const secs = mean((s) => s.trainSeconds).toFixed(2);
    console.log(`| ${recipe.name} | NDCG@10 | ${cells((s) => s.ndcg)} | **${mean((s) => s.ndcg).toFixed(4)}** | ${secs} |`);
    console.log(`| ${recipe.name} | P@10 | ${cells((s) => s.precision)} | **${mean((s) => s.precision).toFixed(4)}** | |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
