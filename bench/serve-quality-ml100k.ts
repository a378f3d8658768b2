/**
 * End-to-end serving quality on MovieLens 100K: the 5-fold protocol of bench/quality-ml100k.ts
 * run through the real API, against the same trained model scored directly.
 *
 * For each fold uK: Attune starts in this process (pglite://memory); a dataset group, an
 * Interactions dataset (USER_ID, ITEM_ID, TIMESTAMP, EVENT_VALUE = the rating) and an import of
 * uK.base are created through gRPC; aws-user-personalization trains with default
 * hyperparameters (CreateSolutionVersion) and is deployed as a campaign with exploration off.
 * Every user with test items is asked GetRecommendations for min(500, 10 + their base items)
 * results; their base items are dropped client-side and the top 10 scored against uK.test
 * (NDCG@10 and P@10 by bench/quality-ml100k.ts's `scoreFold`). The version's stored model is
 * then read back (readArtifact + decodeModel) and scored by the recipe's own scorer on the same
 * users, so "API − direct" is what serving changes (trained user vectors instead of an exact
 * fold-in, ONNX/f32 scoring, the 500-result cap), not training.
 *
 *   npx tsx bench/serve-quality-ml100k.ts [--folds 1,2,3,4,5] [--data DIR] [--engine index]
 *
 * Needs ../shared/data/ml-100k (skips with a message when it is absent).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import type { UserHistory } from '../src/data/snapshot/types.ts';
import { readArtifact } from '../src/store/artifacts.ts';
import * as t from '../src/store/schema.ts';
import { decodeModel, type ModelFile } from '../src/training/model-file.ts';
import type { Ranked, Scorer } from '../src/training/recipes/recipe.ts';
import { findRecipe } from '../src/training/recipes/registry.ts';
import {
  activeCampaign,
  activeSolution,
  call,
  importCsvText,
  interactionsGroup,
  quantile,
  startInProcess,
  trainedVersion,
} from './lib/serve-server.ts';
import { type Fold, hasMl100k, ML100K_DIR, readMl100kFold, readRatings, type Ratings } from './lib/movielens.ts';
import { scoreFold } from './quality-ml100k.ts';

const RECIPE = 'aws-user-personalization';
const TOP = 10;
const MAX_RESULTS = 500;

/** ML-100K as Personalize interactions: the rating is EVENT_VALUE, no event type. */
const ML_SCHEMA = JSON.stringify({
  type: 'record',
  name: 'Interactions',
  namespace: 'com.amazonaws.personalize.schema',
  fields: [
    { name: 'USER_ID', type: 'string' },
    { name: 'ITEM_ID', type: 'string' },
    { name: 'TIMESTAMP', type: 'long' },
    { name: 'EVENT_VALUE', type: ['null', 'float'] },
  ],
  version: '1.0',
});

/** One fold's numbers. */
interface FoldRow {
  name: string;
  users: number;
  apiNdcg: number;
  directNdcg: number;
  apiPrecision: number;
  directPrecision: number;
  /** Mean |API top 10 ∩ direct top 10| / 10 over scored users. */
  overlap: number;
  /** Users left with fewer than 10 items once their base items were dropped (the 500 cap). */
  short: number;
  calls: number;
  latencies: number[];
  trainSeconds: number;
  deploySeconds: number;
}

/** uK.base as an interactions CSV with ML-100K's own (1-based) ids. */
function baseCsv(r: Ratings): string {
  const lines = ['USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE'];
  for (let n = 0; n < r.length; n++) lines.push(`${r.user[n]! + 1},${r.item[n]! + 1},${r.timestamp[n]},${r.rating[n]}`);
  return lines.join('\n') + '\n';
}

/**
 * A Scorer that answers `scoreFold` from the API's lists (ML item indexes, best first), taken in
 * the order scoreFold asks (users ascending, those with test items): drops the excluded (base)
 * items and keeps the first k. Checks each history is the expected user's row.
 */
function replayScorer(fold: Fold, lists: Map<number, Int32Array>, onTop: (u: number, items: Int32Array) => void): Scorer & { short: number } {
  const order = [...lists.keys()];
  const m = fold.snapshot.interactions;
  let next = 0;
  const scorer = {
    short: 0,
    recommend(history: UserHistory, k: number, exclude?: Uint8Array): Ranked {
      const u = order[next++];
      if (u === undefined) throw new Error('scoreFold asked for more users than the API answered');
      const start = m.userPtr[u]!;
      if (history.itemIdx.byteOffset !== start * 4 || history.itemIdx.length !== m.userPtr[u + 1]! - start) {
        throw new Error(`scoreFold's user order differs from the API's at user ${u + 1}`);
      }
      const out: number[] = [];
      for (const item of lists.get(u)!) {
        if (exclude?.[item] === 1) continue;
        out.push(item);
        if (out.length === k) break;
      }
      if (out.length < k) scorer.short++;
      const items = Int32Array.from(out);
      onTop(u, items);
      return { items, scores: new Float32Array(items.length) };
    },
  };
  return scorer;
}

/** The fold with its item indexes mapped into the model's (unknown test items get an index past the model's items). */
function inModelSpace(fold: Fold, model: ModelFile): { fold: Fold; mlItemOf: Int32Array } {
  const m = fold.snapshot.interactions;
  const numItems = model.itemIds.length;
  const mlItemOf = Int32Array.from(model.itemIds, (id) => Number(id) - 1);
  const modelOf = new Int32Array(m.numItems).fill(-1);
  mlItemOf.forEach((ml, i) => {
    modelOf[ml] = i;
  });
  const itemIdx = Int32Array.from(m.itemIdx, (ml) => {
    const i = modelOf[ml]!;
    if (i < 0) throw new Error(`base item ${ml + 1} is not in the trained model`);
    return i;
  });
  // scoreFold marks test items in a Uint8Array of numItems: an index past the end never matches.
  const test = fold.test.map((items) => Int32Array.from(items, (ml) => (modelOf[ml]! >= 0 ? modelOf[ml]! : numItems)));
  return { fold: { name: fold.name, snapshot: { ...fold.snapshot, interactions: { ...m, numItems, itemIdx } }, test }, mlItemOf };
}

/** Runs one fold end to end. */
async function runFold(k: number, dir: string, indexMinItems?: number): Promise<FoldRow> {
  const fold = readMl100kFold(k, dir);
  const base = readRatings(join(dir, `u${k}.base`));
  const m = fold.snapshot.interactions;
  const s = await startInProcess(indexMinItems === undefined ? {} : { indexMinItems });
  try {
    const name = `ml100k-u${k}`;
    const { groupArn, datasetArn } = await interactionsGroup(s, name, ML_SCHEMA);
    await importCsvText(s, datasetArn, `u${k}.base.csv`, baseCsv(base));
    const solutionArn = await activeSolution(s, { name, recipeArn: `arn:attune:personalize:::recipe/${RECIPE}`, datasetGroupArn: groupArn });
    let t0 = performance.now();
    const versionArn = await trainedVersion(s, solutionArn);
    const trainSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const campaignArn = await activeCampaign(s, {
      name,
      solutionVersionArn: versionArn,
      campaignConfig: { itemExplorationConfig: { explorationWeight: '0' } },
    });
    const deploySeconds = (performance.now() - t0) / 1000;
    const servable = s.attune.manager.deployment(campaignArn)?.servable as { engineKind?: string } | undefined;
    console.error(`u${k}: served by the ${servable?.engineKind ?? 'unknown'} engine`);

    // Through the API, one call at a time.
    const lists = new Map<number, Int32Array>();
    const latencies: number[] = [];
    for (let u = 0; u < m.numUsers; u++) {
      if (fold.test[u]!.length === 0) continue;
      const numResults = Math.min(MAX_RESULTS, TOP + m.userPtr[u + 1]! - m.userPtr[u]!);
      const c0 = performance.now();
      const r = await call<{ itemList: { itemId: string }[] }>(s.runtime, 'GetRecommendations', { campaignArn, userId: String(u + 1), numResults });
      latencies.push(performance.now() - c0);
      lists.set(u, Int32Array.from(r.itemList, (p) => Number(p.itemId) - 1));
    }
    const apiTop = new Map<number, Int32Array>();
    const replay = replayScorer(fold, lists, (u, items) => apiTop.set(u, items));
    const api = scoreFold(replay, fold);

    // The same stored model, scored directly by the recipe (exact fold-in of each history).
    const [row] = await s.attune.database.db.select().from(t.solutionVersions).where(eq(t.solutionVersions.arn, versionArn));
    const model = decodeModel(await readArtifact(s.attune.database, row!.artifactId!));
    const recipe = findRecipe(model.recipe);
    if (!recipe) throw new Error(`no recipe ${model.recipe}`);
    const mapped = inModelSpace(fold, model);
    const inner = recipe.load(model);
    const users = [...lists.keys()];
    let next = 0;
    let overlapSum = 0;
    const recording: Scorer = {
      recommend(history, n, exclude) {
        const ranked = inner.recommend(history, n, exclude);
        const theirs = new Set(apiTop.get(users[next++]!));
        for (const i of ranked.items) if (theirs.has(mapped.mlItemOf[i]!)) overlapSum++;
        return ranked;
      },
    };
    const direct = scoreFold(recording, mapped.fold);
    if (direct.users !== api.users) throw new Error(`direct scored ${direct.users} users, the API ${api.users}`);
    return {
      name: fold.name,
      users: api.users,
      apiNdcg: api.ndcg,
      directNdcg: direct.ndcg,
      apiPrecision: api.precision,
      directPrecision: direct.precision,
      overlap: overlapSum / (TOP * api.users),
      short: replay.short,
      calls: latencies.length,
      latencies,
      trainSeconds,
      deploySeconds,
    };
  } finally {
    await s.close();
  }
}

/** Runs the bench from the command line. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      folds: { type: 'string', default: '1,2,3,4,5' },
      data: { type: 'string', default: ML100K_DIR },
      // `--engine index` serves the 1,682-item catalog through the vector index (f16 vectors, HNSW)
      // instead of exact ONNX scoring, which the product uses below 20,000 items.
      engine: { type: 'string', default: 'default' },
    },
  });
  const indexMinItems = values.engine === 'index' ? 100 : undefined;
  if (!hasMl100k(values.data)) {
    console.log(`ML-100K not found at ${values.data}; skipping (pass --data DIR to point at a copy).`);
    return;
  }
  const started = performance.now();
  const rows: FoldRow[] = [];
  for (const k of values.folds.split(',').map(Number)) {
    rows.push(await runFold(k, values.data, indexMinItems));
    const r = rows.at(-1)!;
    console.error(`${r.name}: API ${r.apiNdcg.toFixed(4)}, direct ${r.directNdcg.toFixed(4)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  const f4 = (x: number) => x.toFixed(4);
  const sign = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(4);
  const ms = (x: number) => x.toFixed(2);
  console.log(`\n${RECIPE}, default hyperparameters, trained and served through the gRPC API (pglite://memory, in-process server, loopback)`);
  console.log(`GetRecommendations numResults = min(${MAX_RESULTS}, 10 + base items), base items dropped client-side, top 10 scored; "direct" = the same stored model through the recipe's scorer\n`);
  console.log('| fold | users | NDCG@10 API | NDCG@10 direct | diff | P@10 API | P@10 direct | diff | top-10 overlap | short lists | API calls | p50 ms | p99 ms | train s | deploy s |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.users} | ${f4(r.apiNdcg)} | ${f4(r.directNdcg)} | ${sign(r.apiNdcg - r.directNdcg)} | ${f4(r.apiPrecision)} | ${f4(r.directPrecision)} | ${sign(r.apiPrecision - r.directPrecision)} | ${r.overlap.toFixed(3)} | ${r.short} | ${r.calls} | ${ms(quantile(r.latencies, 0.5))} | ${ms(quantile(r.latencies, 0.99))} | ${r.trainSeconds.toFixed(1)} | ${r.deploySeconds.toFixed(2)} |`,
    );
  }
  const mean = (f: (r: FoldRow) => number) => rows.reduce((a, r) => a + f(r), 0) / rows.length;
  const all = rows.flatMap((r) => r.latencies);
  const diff = mean((r) => r.apiNdcg - r.directNdcg);
  console.log(
    `| **mean** | ${mean((r) => r.users).toFixed(0)} | **${f4(mean((r) => r.apiNdcg))}** | **${f4(mean((r) => r.directNdcg))}** | **${sign(diff)}** | ${f4(mean((r) => r.apiPrecision))} | ${f4(mean((r) => r.directPrecision))} | ${sign(mean((r) => r.apiPrecision - r.directPrecision))} | ${mean((r) => r.overlap).toFixed(3)} | ${rows.reduce((a, r) => a + r.short, 0)} | ${all.length} | ${ms(quantile(all, 0.5))} | ${ms(quantile(all, 0.99))} | ${mean((r) => r.trainSeconds).toFixed(1)} | ${mean((r) => r.deploySeconds).toFixed(2)} |`,
  );
  console.log(`\n|mean NDCG@10 difference| = ${Math.abs(diff).toFixed(5)}; target ≤ 0.005: ${Math.abs(diff) <= 0.005 ? 'met' : 'NOT met'}. total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
