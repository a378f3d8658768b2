/** A training worker that dies fails only its own version; the pool and the server go on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERACTIONS_SCHEMA } from '../helpers/fixtures.ts';
import { call, startTestServer, type TestServer } from '../helpers/server.ts';
import { activeSolution, communitiesCsv, trainedVersion } from '../helpers/training.ts';
import { activeDataset, activeGroup, importCsv, schema } from '../helpers/workflow.ts';

describe('a crashing training worker', () => {
  let s: TestServer;
  let group: string;

  beforeAll(async () => {
    s = await startTestServer('pglite', { trainingWorkerFile: new URL('../fixtures/crashing-worker.mjs', import.meta.url).href });
    group = await activeGroup(s, 'crash');
    const ds = await activeDataset(s, 'crash-i', group, 'Interactions', await schema(s, 'crash-i', INTERACTIONS_SCHEMA));
    expect((await importCsv(s, 'crash-i', ds, 'crash.csv', communitiesCsv())).status).toBe('ACTIVE');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('fails the version with a reason, then trains the next one', async () => {
    const crashing = await activeSolution(s, { name: 'sims', recipeArn: 'arn:attune:personalize:::recipe/aws-sims', datasetGroupArn: group });
    const failed = await trainedVersion(s, crashing);
    expect(failed.status).toBe('CREATE FAILED');
    expect(failed.failureReason).toMatch(/training failed: .*exit/i);

    const fine = await activeSolution(s, { name: 'pop', recipeArn: 'arn:attune:personalize:::recipe/aws-popularity-count', datasetGroupArn: group });
    const ok = await trainedVersion(s, fine);
    expect(ok.status, ok.failureReason).toBe('ACTIVE');
    const { datasetGroups } = await call<object, { datasetGroups: unknown[] }>(s.control, 'ListDatasetGroups', {});
    expect(datasetGroups.length).toBeGreaterThan(0);
  });
});
