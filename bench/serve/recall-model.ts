/**
 * Recall of the vector-index path on a trained, served model: for users of the campaign kept by
 * `throughput.ts --keep`, the index's top-25 under the bench's filter (the user's past items
 * excluded) against exhaustive exact scoring of the f32 factors with the same filter, for several
 * index settings, through the serving path (search thread + RemoteIndex). Also µs per query.
 *
 *   npx tsx bench/serve/recall-model.ts DIR [--users 1000]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/store/database.ts';
import { readArtifact } from '../../src/store/artifacts.ts';
import * as t from '../../src/store/schema.ts';
import { decodeModel } from '../../src/training/model-file.ts';
import { requireCampaign } from '../../src/control/campaigns.ts';
import { GroupData } from '../../src/serving/catalog/group-data.ts';
import { exactTopK } from '../../src/serving/engine/top-k-exact.ts';
import { SearchThread } from '../../src/serving/engine/search-client.ts';

const VARIANTS = [
  { connectivity: 16, expansionAdd: 200, expansionSearch: 64 },
  { connectivity: 20, expansionAdd: 200, expansionSearch: 64 },
  { connectivity: 24, expansionAdd: 200, expansionSearch: 64 },
  { connectivity: 24, expansionAdd: 200, expansionSearch: 128 },
];
/** `--no-hint`: queries do not tell the index how many items the filter blocks (first fetch = expansion_search). */
const HINT = !process.argv.includes('--no-hint');

const dir = process.argv[2]!;
const ui = process.argv.indexOf('--users');
const USERS = ui >= 0 ? Number(process.argv[ui + 1]) : 1000;
const K = 25;
const setup = JSON.parse(readFileSync(join(dir, 'setup.json'), 'utf8')) as { campaign: string };
const database = await openDatabase(`pglite://${join(dir, 'db')}`);
const campaign = await requireCampaign(database.db, setup.campaign);
const [version] = await database.db.select().from(t.solutionVersions).where(eq(t.solutionVersions.arn, campaign.deployedSolutionVersionArn));
const model = decodeModel(await readArtifact(database, version!.artifactId!));
const group = await GroupData.load(database, campaign.datasetGroupArn);
await database.close();
const k = model.meta.k as number;
const numItems = model.meta.numItems as number;
const factors = Float32Array.from(model.arrays.itemFactors as Float32Array);
const userFactors = model.arrays.userFactors as Float32Array;
const itemIndex = new Map(model.itemIds.map((id, i) => [id, i]));
console.log(`model: ${numItems} items × ${k} factors, ${model.userIds.length} users; recall over ${USERS} users, k = ${K}`);

// Each user's past items (model indexes), as the filter sees them.
const pasts = Array.from({ length: USERS }, (_, q) => {
  const u = (q * 7919) % model.userIds.length;
  const items = group.interactedItems(model.userIds[u]!, '*');
  const past = new Set<number>();
  for (const c of items.items()) {
    const m = itemIndex.get(group.catalog.ids[c]!);
    if (m !== undefined) past.add(m);
  }
  return { u, past };
});

const exact = pasts.map(({ u, past }) => {
  const user = userFactors.subarray(u * k, (u + 1) * k);
  return new Set(exactTopK(factors, numItems, k, user, K, (i) => !past.has(i)).items);
});
const te = performance.now();
for (const { u, past } of pasts.slice(0, 200)) exactTopK(factors, numItems, k, userFactors.subarray(u * k, (u + 1) * k), K, (i) => !past.has(i));
const exactUs = ((performance.now() - te) * 1000) / 200;

// The serving path itself: indexes built as serving builds them, queried through RemoteIndex.
const thread = new SearchThread();
console.log('\n| connectivity | expansion_add | expansion_search | build s | recall@25, past items excluded | recall@25, no filter | µs/query (one at a time) | fell back to exact |');
console.log('|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const options of VARIANTS) {
  const t0 = performance.now();
  const index = await thread.build(factors, numItems, k, options);
  const build = (performance.now() - t0) / 1000;
  let hit = 0;
  let hitAll = 0;
  let nulls = 0;
  const ts = performance.now();
  for (const [q, { u, past }] of pasts.entries()) {
    const user = userFactors.subarray(u * k, (u + 1) * k);
    const r = await index.search(user, K, (i) => !past.has(i), HINT ? past.size : 0);
    if (!r) nulls++;
    else for (const i of r.items) if (exact[q]!.has(i)) hit++;
  }
  const us = ((performance.now() - ts) * 1000) / USERS;
  for (const { u } of pasts.slice(0, 300)) {
    const user = userFactors.subarray(u * k, (u + 1) * k);
    const truth = new Set(exactTopK(factors, numItems, k, user, K).items);
    for (const i of (await index.search(user, K, null, 0))!.items) if (truth.has(i)) hitAll++;
  }
  index.drop();
  console.log(
    `| ${options.connectivity} | ${options.expansionAdd} | ${options.expansionSearch} | ${build.toFixed(1)} | ${(hit / ((USERS - nulls) * K)).toFixed(4)} | ${(hitAll / (300 * K)).toFixed(4)} | ${us.toFixed(0)} | ${nulls} |`,
  );
}
console.log(`| exact scan | | | | 1 | 1 | ${exactUs.toFixed(0)} | - |`);
await thread.close();
