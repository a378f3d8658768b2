/**
 * perform_hpo on MovieLens 100K, the 5-fold protocol of bench/quality-ml100k.ts, through the
 * product's own path: for each fold, the training pool runs the HPO search (candidates scored
 * on Personalize's holdout inside uK.base, exactly as CreateSolutionVersion does), fits the best
 * on all of uK.base, and the model is scored on uK.test. Prints a table.
 *
 *   npx tsx bench/quality-ml100k-hpo.ts [--recipe aws-user-personalization] [--jobs 16] [--parallel 2] [--folds 1,2,3,4,5]
 */
import { parseArgs } from 'node:util';
import { resolveHyperParameters, validateHpoConfig } from '../src/training/hyperparameters.ts';
import { TrainingPool } from '../src/training/pool.ts';
import { findRecipe } from '../src/training/recipes/registry.ts';
import { runTraining } from '../src/training/train-run.ts';
import { hasMl100k, ML100K_DIR, readMl100kFold } from './lib/movielens.ts';
import { scoreFold } from './quality-ml100k.ts';

const { values } = parseArgs({
  options: {
    recipe: { type: 'string', default: 'aws-user-personalization' },
    jobs: { type: 'string', default: '16' },
    parallel: { type: 'string', default: '2' },
    folds: { type: 'string', default: '1,2,3,4,5' },
    data: { type: 'string', default: ML100K_DIR },
  },
});
if (!hasMl100k(values.data)) {
  console.log(`ML-100K not found at ${values.data}; skipping.`);
  process.exit(0);
}
const recipe = findRecipe(values.recipe!);
if (!recipe) throw new Error(`no recipe ${values.recipe}`);
const search = validateHpoConfig(recipe, { hpoResourceConfig: { maxNumberOfTrainingJobs: values.jobs, maxParallelTrainingJobs: values.parallel } });
const pool = new TrainingPool({ threads: 2 });
const rows: { fold: string; ndcg: number; precision: number; defaults: number; tuned: string; seconds: number }[] = [];
try {
  for (const k of values.folds!.split(',').map(Number)) {
    const fold = readMl100kFold(k, values.data);
    const t0 = performance.now();
    const result = await runTraining(pool, { recipe: recipe.name, params: resolveHyperParameters(recipe, {}), search, snapshot: fold.snapshot, threads: 2 });
    const seconds = (performance.now() - t0) / 1000;
    const score = scoreFold(recipe.load(result.model), fold);
    const plain = await runTraining(pool, { recipe: recipe.name, params: resolveHyperParameters(recipe, {}), snapshot: fold.snapshot, threads: 2 });
    const base = scoreFold(recipe.load(plain.model), fold);
    rows.push({ fold: fold.name, ndcg: score.ndcg, precision: score.precision, defaults: base.ndcg, tuned: JSON.stringify(result.tuned), seconds });
  }
} finally {
  await pool.close();
}
const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0) / rows.length;
console.log(`\n${recipe.name}, perform_hpo: ${search.maxNumberOfTrainingJobs} candidates (${search.maxParallelTrainingJobs} at once) selected on the holdout by ${search.objective.metricName}; searched: ${search.dimensions.map((d) => d.name).join(', ')}\n`);
console.log('| fold | NDCG@10 tuned | P@10 tuned | NDCG@10 defaults | chosen | HPO + fit s |');
console.log('|---|---:|---:|---:|---|---:|');
for (const r of rows) console.log(`| ${r.fold} | ${r.ndcg.toFixed(4)} | ${r.precision.toFixed(4)} | ${r.defaults.toFixed(4)} | ${r.tuned} | ${r.seconds.toFixed(1)} |`);
console.log(`| **mean** | **${mean((r) => r.ndcg).toFixed(4)}** | **${mean((r) => r.precision).toFixed(4)}** | ${mean((r) => r.defaults).toFixed(4)} | | ${mean((r) => r.seconds).toFixed(1)} |`);
