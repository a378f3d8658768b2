/**
 * A dataset group that gains a dataset after serving loaded it: an Items dataset created after a
 * campaign already answers is seen without a restart, through PutItems (metadata and filters on
 * its fields) and through a bulk import into it. On both backends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/backends.ts';
import { INTERACTIONS_SCHEMA, ITEMS_SCHEMA } from '../helpers/fixtures.ts';
import { call, startTestServer, type TestServer } from '../helpers/server.ts';
import { activeCampaign, filter, recommend } from '../helpers/serving.ts';
import { activeSolution, communitiesCsv, trainedVersion } from '../helpers/training.ts';
import { activeDataset, activeGroup, importCsv, schema } from '../helpers/workflow.ts';

/**
 * Calls `get` until `done` holds (10 s at most). Until the new dataset has been read, a call
 * may also be refused (metadata of a group that has no Items dataset yet): that counts as not yet.
 */
async function until<T>(get: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 10_000;
  for (;;) {
    const value = await get().catch((err: unknown) => err as Error);
    if (!(value instanceof Error) && done(value)) return value;
    if (Date.now() > end) throw new Error(`not reached in 10 s: ${value instanceof Error ? value.message : JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(BACKENDS)('serving a group that gains an Items dataset, on %s', (backend) => {
  let s: TestServer;
  let groupArn: string;
  let campaignArn: string;
  let itemsDatasetArn: string;

  beforeAll(async () => {
    s = await startTestServer(backend);
    groupArn = await activeGroup(s, 'gc');
    const interactions = await activeDataset(s, 'gc-i', groupArn, 'Interactions', await schema(s, 'gc-i', INTERACTIONS_SCHEMA));
    const imported = await importCsv(s, 'gc-ij', interactions, 'gc-i.csv', communitiesCsv());
    expect(imported.status).toBe('ACTIVE');
    const solutionArn = await activeSolution(s, {
      name: 'gc-up',
      recipeArn: 'arn:attune:personalize:::recipe/aws-user-personalization',
      datasetGroupArn: groupArn,
      solutionConfig: { algorithmHyperParameters: { hidden_dimension: '32' } },
    });
    const version = await trainedVersion(s, solutionArn);
    expect(version.status).toBe('ACTIVE');
    campaignArn = await activeCampaign(s, {
      name: 'gc-c',
      solutionVersionArn: version.solutionVersionArn,
      campaignConfig: { enableMetadataWithRecommendations: true },
    });
    // Serving loads the group now, while it has no Items dataset.
    expect((await recommend(s, { campaignArn, userId: 'a1', numResults: 5 })).itemList).toHaveLength(5);
    itemsDatasetArn = await activeDataset(s, 'gc-items', groupArn, 'Items', await schema(s, 'gc-items', ITEMS_SCHEMA));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sees PutItems records in the new dataset: metadata, and a filter on its fields', async () => {
    const genres = (i: number) => (i % 2 === 0 ? 'even' : 'odd');
    for (const first of [0, 10]) {
      await call(s.events, 'PutItems', {
        datasetArn: itemsDatasetArn,
        items: Array.from({ length: 10 }, (_, j) => ({ itemId: `A${first + j}`, properties: JSON.stringify({ genres: genres(first + j), price: first + j }) })),
      });
    }
    // The new dataset is read in the background, once: wait for its first effect.
    const r = await until(
      () => recommend(s, { campaignArn, userId: 'a1', numResults: 40, metadataColumns: { ITEMS: { values: [{ stringValue: 'GENRES' }] } } }),
      // All 40 items: every A item has a record now (the two calls may be read by two successive reloads).
      (x) => x.itemList.some((p) => p.itemId.startsWith('A')) && x.itemList.every((p) => !p.itemId.startsWith('A') || p.metadata.GENRES !== undefined),
    );
    for (const p of r.itemList) if (p.itemId.startsWith('A')) expect(p.metadata.GENRES).toBe(genres(Number(p.itemId.slice(1))));

    const even = await filter(s, 'gc-even', groupArn, 'INCLUDE ItemID WHERE Items.GENRES IN ("even")');
    const filtered = await recommend(s, { campaignArn, userId: 'a1', numResults: 10, filterArn: even });
    expect(filtered.itemList.length).toBe(10);
    for (const p of filtered.itemList) {
      expect(p.itemId.startsWith('A')).toBe(true);
      expect(Number(p.itemId.slice(1)) % 2).toBe(0);
    }
  });

  it('sees later PutItems at once, and a bulk import into the new dataset after it commits', async () => {
    await call(s.events, 'PutItems', { datasetArn: itemsDatasetArn, items: [{ itemId: 'A3', properties: JSON.stringify({ genres: 'even', price: 3 }) }] });
    const even = await filter(s, 'gc-even-2', groupArn, 'INCLUDE ItemID WHERE Items.GENRES IN ("even")');
    const now = await recommend(s, { campaignArn, userId: 'a1', numResults: 20, filterArn: even });
    expect(now.itemList.map((p) => p.itemId)).toContain('A3');

    const csv = ['ITEM_ID,GENRES,PRICE,CREATION_TIMESTAMP,DESCRIPTION', ...Array.from({ length: 20 }, (_, i) => `A${i},imported,${i},1690000000,x`)].join('\n') + '\n';
    const job = await importCsv(s, 'gc-itemsj', itemsDatasetArn, 'gc-items.csv', csv);
    expect(job.status).toBe('ACTIVE');
    const imported = await filter(s, 'gc-imported', groupArn, 'INCLUDE ItemID WHERE Items.GENRES IN ("imported")');
    const r = await until(
      () => recommend(s, { campaignArn, userId: 'a1', numResults: 10, filterArn: imported }),
      (x) => x.itemList.length === 10,
    );
    expect(r.itemList.every((p) => p.itemId.startsWith('A'))).toBe(true);
  });
});
