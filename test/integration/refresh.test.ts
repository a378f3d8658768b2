/**
 * Keeping models fresh, through the API on both backends: automatic training (schedules, bad
 * input, the due-time claim with two runners, new real-time and bulk interactions or none),
 * training_mode UPDATE, $LATEST campaigns following automatic and UPDATE versions, and new
 * items entering a served campaign after the (short) new-items interval without a new version.
 */
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Attune, startAttune } from '../../src/app.ts';
import { silentLogger } from '../../src/common/logger.ts';
import { resolveConfig } from '../../src/config.ts';
import { readArtifact } from '../../src/store/artifacts.ts';
import { decodeModel, type ModelFile } from '../../src/training/model-file.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { event, expectRefused, sleep, tracker } from '../helpers/events.ts';
import { INTERACTIONS_SCHEMA } from '../helpers/fixtures.ts';
import { activeCampaign, type Predicted, recommend } from '../helpers/serving.ts';
import { call, callError, startTestServer, type TestServer, waitFor } from '../helpers/server.ts';
import { activeSolution, communitiesCsv, describeUntil, trainedVersion } from '../helpers/training.ts';
import { activeDataset, activeGroup, importCsv, schema } from '../helpers/workflow.ts';

const RECIPE = 'arn:attune:personalize:::recipe/';
const UP = `${RECIPE}aws-user-personalization`;
const SMALL = { algorithmHyperParameters: { hidden_dimension: '32' } };
const NO_EXPLORATION = { itemExplorationConfig: { explorationWeight: '0' } };
const DAY_MS = 86_400_000;
/** The new-items interval of the test server. */
const NEW_ITEMS_MS = 500;

interface Group {
  groupArn: string;
  datasetArn: string;
  trackingId: string;
}
interface VersionSummary {
  solutionVersionArn: string;
  status: string;
  trainingMode: string;
  trainingType: string;
}

describe.each(BACKENDS)('refresh on %s', (backend) => {
  let s: TestServer;
  let g1: Group;
  let g2: Group;

  const group = async (name: string): Promise<Group> => {
    const groupArn = await activeGroup(s, name);
    const datasetArn = await activeDataset(s, `${name}-i`, groupArn, 'Interactions', await schema(s, `${name}-is`, INTERACTIONS_SCHEMA));
    expect((await importCsv(s, `${name}-ij`, datasetArn, `${name}.csv`, communitiesCsv())).status).toBe('ACTIVE');
    return { groupArn, datasetArn, trackingId: await tracker(s, `${name}-t`, groupArn) };
  };
  const put = (g: Group, userId: string, items: string[]) =>
    call(s.events, 'PutEvents', { trackingId: g.trackingId, userId, sessionId: `s-${userId}`, eventList: items.map((i) => event(i)) });
  const versions = async (solutionArn: string) =>
    (await call<object, { solutionVersions: VersionSummary[] }>(s.control, 'ListSolutionVersions', { solutionArn })).solutionVersions;
  const describeSolution = async (solutionArn: string) =>
    (await call<object, { solution: Record<string, any> }>(s.control, 'DescribeSolution', { solutionArn })).solution;
  const schedule = async (solutionArn: string) => {
    const [row] = await s.attune.database.query<{ ms: string | number | null }>(
      `select extract(epoch from next_auto_training_at) * 1000 as ms from solutions where arn = $1`,
      [solutionArn],
    );
    const jobs = await s.attune.database.query<{ ms: string | number }>(
      `select extract(epoch from run_after) * 1000 as ms from jobs where kind = 'solution.auto-train' and resource_arn = $1 and state = 'pending'`,
      [solutionArn],
    );
    return { next: row?.ms === null || row?.ms === undefined ? null : Math.round(Number(row.ms)), jobs: jobs.map((j) => Math.round(Number(j.ms))) };
  };
  const modelOf = async (solutionVersionArn: string): Promise<ModelFile> => {
    const [row] = await s.attune.database.query<{ a: string | number }>(`select artifact_id as a from solution_versions where arn = $1`, [solutionVersionArn]);
    return decodeModel(await readArtifact(s.attune.database, Number(row!.a)));
  };
  const ids = (r: { itemList: Predicted[] }) => r.itemList.map((p) => p.itemId);
  /** Where `item` ranks in the user's 25 recommendations, and where the first item of the other community does (-1: none). */
  const rank = async (campaignArn: string, userId: string, item: string) => {
    const list = ids(await recommend(s, { campaignArn, userId, numResults: 25 }));
    const other = userId.startsWith('b') ? 'A' : 'B';
    return { at: list.indexOf(item), firstOther: list.findIndex((i) => i.startsWith(other) && i !== item) };
  };

  /**
   * Makes the solution's automatic training due a second ago (with `duplicates` extra jobs for
   * the same due time, as if more processes had scheduled it), wakes `runners`, and waits until
   * those jobs ran. Returns the due time.
   */
  async function runDue(solutionArn: string, runners: Attune[], duplicates = 0): Promise<number> {
    const due = Date.now() - 1_000;
    const db = s.attune.database;
    await db.query(`update solutions set next_auto_training_at = $2::timestamptz where arn = $1`, [solutionArn, new Date(due).toISOString()]);
    await db.query(`update jobs set run_after = $2::timestamptz where kind = 'solution.auto-train' and resource_arn = $1 and state = 'pending'`, [
      solutionArn,
      new Date(due).toISOString(),
    ]);
    for (let d = 0; d < duplicates; d++) {
      await db.query(`insert into jobs (kind, resource_arn, state, run_after, created_at, updated_at) values ('solution.auto-train', $1, 'pending', $2::timestamptz, now(), now())`, [
        solutionArn,
        new Date(due).toISOString(),
      ]);
    }
    const [{ id } = { id: 0 }] = await db.query<{ id: number | string }>(`select max(id) as id from jobs where kind = 'solution.auto-train' and resource_arn = $1`, [solutionArn]);
    for (const r of runners) r.runner.poke();
    await waitFor(
      () => db.query<{ n: number | string }>(`select count(*) as n from jobs where kind = 'solution.auto-train' and resource_arn = $1 and id <= $2 and state <> 'done'`, [solutionArn, Number(id)]),
      (rows) => String(Number(rows[0]!.n)),
      ['0'],
    );
    return due;
  }

  beforeAll(async () => {
    s = await startTestServer(backend, { newItemsIntervalMs: NEW_ITEMS_MS });
    g1 = await group('rf');
    g2 = await group('rf2');
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('refuses bad automatic-training schedules with the field and the reason, and changes nothing', async () => {
    const base = { recipeArn: UP, datasetGroupArn: g1.groupArn };
    for (const expr of ['rate(0 days)', 'rate(31 days)', 'rate(7 hours)', 'weekly']) {
      const err = await callError(s.control, 'CreateSolution', { ...base, name: 'rf-bad', solutionConfig: { autoTrainingConfig: { schedulingExpression: expr } } });
      expectRefused(err, status.INVALID_ARGUMENT, 'solution_config.auto_training_config.scheduling_expression', expr);
      expect(err.details).toMatch(/rate\(N days\) with N from 1 to 30/);
    }
    const off = await callError(s.control, 'CreateSolution', {
      ...base,
      name: 'rf-bad',
      performAutoTraining: false,
      solutionConfig: { autoTrainingConfig: { schedulingExpression: 'rate(3 days)' } },
    });
    expectRefused(off, status.INVALID_ARGUMENT, 'solution_config.auto_training_config');
    const { solutions } = await call<object, { solutions: { name: string }[] }>(s.control, 'ListSolutions', { datasetGroupArn: g1.groupArn });
    expect(solutions.map((x) => x.name)).not.toContain('rf-bad');

    const solutionArn = await activeSolution(s, { ...base, name: 'rf-sched-bad', performAutoTraining: false });
    for (const expr of ['rate(0 days)', 'rate(31 days)']) {
      const err = await callError(s.control, 'UpdateSolution', { solutionArn, performAutoTraining: true, solutionUpdateConfig: { autoTrainingConfig: { schedulingExpression: expr } } });
      expectRefused(err, status.INVALID_ARGUMENT, 'solution_update_config.auto_training_config.scheduling_expression', expr);
    }
    const unused = await callError(s.control, 'UpdateSolution', { solutionArn, solutionUpdateConfig: { autoTrainingConfig: { schedulingExpression: 'rate(2 days)' } } });
    expectRefused(unused, status.INVALID_ARGUMENT, 'solution_update_config.auto_training_config');
    expect((await describeSolution(solutionArn)).performAutoTraining).toBe(false);
    expect(await schedule(solutionArn)).toEqual({ next: null, jobs: [] });
  });

  it('trains automatically by default; UpdateSolution turns it off and on and changes the period', async () => {
    const before = Date.now();
    const solutionArn = await activeSolution(s, { name: 'rf-default', recipeArn: UP, datasetGroupArn: g1.groupArn });
    expect((await describeSolution(solutionArn)).performAutoTraining).toBe(true);
    // The first automatic training is due within the hour, with one job waiting for it.
    const first = await schedule(solutionArn);
    expect(first.next! - before).toBeGreaterThan(3_590_000);
    expect(first.next! - Date.now()).toBeLessThanOrEqual(3_600_000);
    expect(first.jobs).toEqual([first.next]);

    await call(s.control, 'UpdateSolution', { solutionArn, performAutoTraining: false });
    expect((await describeSolution(solutionArn)).performAutoTraining).toBe(false);
    expect(await schedule(solutionArn)).toEqual({ next: null, jobs: [] });

    const turnedOn = Date.now();
    await call(s.control, 'UpdateSolution', { solutionArn, performAutoTraining: true, solutionUpdateConfig: { autoTrainingConfig: { schedulingExpression: 'rate(2 days)' } } });
    const on = await describeSolution(solutionArn);
    expect(on.performAutoTraining).toBe(true);
    expect(on.solutionConfig.autoTrainingConfig.schedulingExpression).toBe('rate(2 days)');
    expect(on.latestSolutionUpdate).toMatchObject({ status: 'ACTIVE', performAutoTraining: true, solutionUpdateConfig: { autoTrainingConfig: { schedulingExpression: 'rate(2 days)' } } });
    const again = await schedule(solutionArn);
    expect(again.next! - turnedOn).toBeGreaterThan(3_590_000);
    expect(again.jobs).toEqual([again.next]);

    // A period shorter than the wait brings the next training forward to one period from now.
    await s.attune.database.query(`update solutions set next_auto_training_at = now() + interval '20 days' where arn = $1`, [solutionArn]);
    const changed = Date.now();
    await call(s.control, 'UpdateSolution', { solutionArn, solutionUpdateConfig: { autoTrainingConfig: { schedulingExpression: 'rate(1 day)' } } });
    const shorter = await schedule(solutionArn);
    expect(Math.abs(shorter.next! - (changed + DAY_MS))).toBeLessThan(5_000);
    expect(shorter.jobs).toEqual([shorter.next]);

    await call(s.control, 'DeleteSolution', { solutionArn });
    expect((await schedule(solutionArn)).jobs).toEqual([]);
  });

  it('trains once per due time when new interactions arrived, even with two runners; skips otherwise; $LATEST follows', async () => {
    const solutionArn = await activeSolution(s, { name: 'rf-auto', recipeArn: UP, datasetGroupArn: g1.groupArn, solutionConfig: SMALL });
    const v1 = await trainedVersion(s, solutionArn);
    expect(v1.status, v1.failureReason).toBe('ACTIVE');
    const campaignArn = await activeCampaign(s, { name: 'rf-latest', solutionVersionArn: `${solutionArn}/$LATEST`, campaignConfig: { syncWithLatestSolutionVersion: true } });

    // Due within the hour of a manual version: the first automatic training is skipped; the schedule moves on.
    let due = await runDue(solutionArn, [s.attune]);
    expect(await versions(solutionArn)).toHaveLength(1);
    expect(await schedule(solutionArn)).toEqual({ next: due + 7 * DAY_MS, jobs: [due + 7 * DAY_MS] });

    // Hours later, with no new interactions since version 1: skipped again.
    await s.attune.database.query(`update solution_versions set created_at = created_at - interval '2 hours' where arn = $1`, [v1.solutionVersionArn]);
    due = await runDue(solutionArn, [s.attune]);
    expect(await versions(solutionArn)).toHaveLength(1);
    expect((await schedule(solutionArn)).next).toBe(due + 7 * DAY_MS);

    // New real-time interactions: one AUTOTRAIN version, however many runners and jobs claim the due time.
    await put(g1, 'a1', ['A3', 'A4']);
    await put(g1, 'newcomer', ['A1', 'A2', 'A3']);
    const other =
      backend === 'postgres'
        ? await startAttune(resolveConfig({ host: '127.0.0.1', port: 0, db: s.attune.config.db, dataRoots: [s.dataDir] }, {}), silentLogger())
        : undefined;
    try {
      due = await runDue(solutionArn, other ? [s.attune, other] : [s.attune], 3);
    } finally {
      await other?.stop();
    }
    const list = await versions(solutionArn);
    const automatic = list.filter((v) => v.trainingType === 'AUTOMATIC');
    expect(list).toHaveLength(2);
    expect(automatic).toHaveLength(1);
    expect(automatic[0]!.trainingMode).toBe('AUTOTRAIN');
    expect(await schedule(solutionArn)).toEqual({ next: due + 7 * DAY_MS, jobs: [due + 7 * DAY_MS] });
    const v2 = await describeUntil(s, automatic[0]!.solutionVersionArn, ['ACTIVE', 'CREATE FAILED']);
    expect(v2.status, v2.failureReason).toBe('ACTIVE');
    await waitFor(
      () => call<object, { campaign: { deployedSolutionVersionArn: string } }>(s.control, 'DescribeCampaign', { campaignArn }),
      (r) => r.campaign.deployedSolutionVersionArn,
      [v2.solutionVersionArn],
    );
    expect((await modelOf(v2.solutionVersionArn)).userIds).toContain('newcomer');

    // Nothing new since the automatic version: skipped. A bulk import is new data: trained.
    await runDue(solutionArn, [s.attune]);
    expect(await versions(solutionArn)).toHaveLength(2);
    const more = 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE\nbulk1,B1,1700100000,click,1\nbulk1,B2,1700100060,click,1\n';
    expect((await importCsv(s, 'rf-more', g1.datasetArn, 'rf-more.csv', more, 'INCREMENTAL')).status).toBe('ACTIVE');
    await runDue(solutionArn, [s.attune]);
    const after = await versions(solutionArn);
    expect(after.filter((v) => v.trainingType === 'AUTOMATIC')).toHaveLength(2);
    const v3 = await describeUntil(s, after[2]!.solutionVersionArn, ['ACTIVE', 'CREATE FAILED']);
    expect(v3.status, v3.failureReason).toBe('ACTIVE');
    expect((await modelOf(v3.solutionVersionArn)).userIds).toContain('bulk1');
  }, 180_000);

  it('takes over an automatic training whose process died holding its job, and trains once', async () => {
    const solutionArn = await activeSolution(s, { name: 'rf-dead', recipeArn: UP, datasetGroupArn: g1.groupArn, solutionConfig: SMALL });
    const db = s.attune.database;
    const due = Date.now() - 1_000;
    await db.query(`update solutions set next_auto_training_at = $2::timestamptz where arn = $1`, [solutionArn, new Date(due).toISOString()]);
    // The process that claimed the due job was killed: its transaction rolled back; its lease ran out.
    await db.query(
      `update jobs set state = 'running', attempts = 1, lease_owner = 'killed-process', lease_expires_at = now() - interval '1 second', run_after = $2::timestamptz
       where kind = 'solution.auto-train' and resource_arn = $1 and state = 'pending'`,
      [solutionArn, new Date(due).toISOString()],
    );
    s.attune.runner.poke();
    await waitFor(
      () => db.query<{ state: string }>(`select state from jobs where kind = 'solution.auto-train' and resource_arn = $1 and attempts > 0`, [solutionArn]),
      (rows) => rows.map((r) => r.state).join(','),
      ['done'],
    );
    const list = await versions(solutionArn);
    expect(list.map((v) => [v.trainingMode, v.trainingType])).toEqual([['AUTOTRAIN', 'AUTOMATIC']]);
    expect(await schedule(solutionArn)).toEqual({ next: due + 7 * DAY_MS, jobs: [due + 7 * DAY_MS] });
    const v = await describeUntil(s, list[0]!.solutionVersionArn, ['ACTIVE', 'CREATE FAILED']);
    expect(v.status, v.failureReason).toBe('ACTIVE');
  }, 120_000);

  it('UPDATE adds new items and users to the newest version without retraining; $LATEST follows; UPDATE versions take in no new items', async () => {
    const solutionArn = await activeSolution(s, { name: 'rf-up', recipeArn: UP, datasetGroupArn: g2.groupArn, performAutoTraining: false, solutionConfig: SMALL });
    const early = await callError(s.control, 'CreateSolutionVersion', { solutionArn, trainingMode: 'UPDATE' });
    expect(early.code, early.details).toBe(status.FAILED_PRECONDITION);
    expect(early.details).toMatch(/^training_mode UPDATE .*train a FULL version first/);
    const full = await trainedVersion(s, solutionArn);
    expect(full.status, full.failureReason).toBe('ACTIVE');
    const campaignArn = await activeCampaign(s, {
      name: 'rf-up-latest',
      solutionVersionArn: `${solutionArn}/$LATEST`,
      campaignConfig: { syncWithLatestSolutionVersion: true, ...NO_EXPLORATION },
    });

    for (let u = 0; u < 20; u++) await put(g2, `a${u}`, ['A_new']);
    for (let n = 0; n < 5; n++) await put(g2, `n${n}`, ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A_new']);
    const { solutionVersionArn } = await call<object, { solutionVersionArn: string }>(s.control, 'CreateSolutionVersion', { solutionArn, trainingMode: 'UPDATE' });
    const updated = await describeUntil(s, solutionVersionArn, ['ACTIVE', 'CREATE FAILED']);
    expect(updated.status, updated.failureReason).toBe('ACTIVE');
    const { solutionVersion } = await call<object, { solutionVersion: VersionSummary }>(s.control, 'DescribeSolutionVersion', { solutionVersionArn });
    expect(solutionVersion).toMatchObject({ trainingMode: 'UPDATE', trainingType: 'MANUAL' });
    const { metrics } = await call<object, { metrics: Record<string, number> }>(s.control, 'GetSolutionMetrics', { solutionVersionArn });
    expect(metrics).toEqual({});

    const before = await modelOf(full.solutionVersionArn);
    const after = await modelOf(solutionVersionArn);
    expect(before.itemIds).not.toContain('A_new');
    expect(after.itemIds.slice(0, before.itemIds.length)).toEqual(before.itemIds);
    expect(after.itemIds).toContain('A_new');
    expect(after.userIds.slice(0, before.userIds.length)).toEqual(before.userIds);
    expect(after.userIds).toEqual(expect.arrayContaining(['n0', 'n4']));
    expect((after.arrays.itemFactors as Float32Array).subarray(0, before.itemIds.length * 32)).toEqual(before.arrays.itemFactors);

    await waitFor(
      () => call<object, { campaign: { deployedSolutionVersionArn: string } }>(s.control, 'DescribeCampaign', { campaignArn }),
      (r) => r.campaign.deployedSolutionVersionArn,
      [solutionVersionArn],
    );
    await waitFor(async () => s.attune.manager.deployment(campaignArn)?.servable.versionArn ?? '', (v) => v, [solutionVersionArn]);
    // Group A's users took the new item: it ranks with group A's items for them, after group B's for the others.
    const forA = await rank(campaignArn, 'a25', 'A_new');
    expect(forA.at).toBeGreaterThanOrEqual(0);
    expect(forA.at).toBeLessThan(forA.firstOther);
    const forB = await rank(campaignArn, 'b5', 'A_new');
    expect(forB.at === -1 || forB.at > forB.firstOther).toBe(true);
    const newcomer = ids(await recommend(s, { campaignArn, userId: 'n0', numResults: 10 }));
    expect(newcomer.filter((i) => i.startsWith('A')).length).toBeGreaterThanOrEqual(8);

    // A version made by UPDATE is not updated with new items (Personalize's rule).
    const serving = s.attune.manager.deployment(campaignArn)!.servable;
    for (let u = 0; u < 20; u++) await put(g2, `a${u}`, ['A_late']);
    await sleep(3 * NEW_ITEMS_MS);
    expect(s.attune.manager.deployment(campaignArn)!.servable).toBe(serving);
    expect(ids(await recommend(s, { campaignArn, userId: 'a25', numResults: 25 }))).not.toContain('A_late');

    const sims = await activeSolution(s, { name: 'rf-sims', recipeArn: `${RECIPE}aws-sims`, datasetGroupArn: g2.groupArn, performAutoTraining: false });
    expectRefused(await callError(s.control, 'CreateSolutionVersion', { solutionArn: sims, trainingMode: 'UPDATE' }), status.INVALID_ARGUMENT, 'training_mode');
    expectRefused(await callError(s.control, 'CreateSolutionVersion', { solutionArn, trainingMode: 'AUTOTRAIN' }), status.INVALID_ARGUMENT, 'training_mode');
    expect(await versions(solutionArn)).toHaveLength(2);
  }, 180_000);

  it('brings new items into a served campaign after the new-items interval, without a new version', async () => {
    const solutionArn = await activeSolution(s, { name: 'rf-items', recipeArn: UP, datasetGroupArn: g2.groupArn, performAutoTraining: false, solutionConfig: SMALL });
    const v = await trainedVersion(s, solutionArn);
    expect(v.status, v.failureReason).toBe('ACTIVE');
    const campaignArn = await activeCampaign(s, { name: 'rf-items', solutionVersionArn: v.solutionVersionArn, campaignConfig: NO_EXPLORATION });
    expect((await modelOf(v.solutionVersionArn)).itemIds).not.toContain('A_fresh');
    const loaded = s.attune.manager.deployment(campaignArn)!.servable;

    for (let u = 0; u < 20; u++) await put(g2, `a${u}`, ['A_fresh']);
    await waitFor(async () => ids(await recommend(s, { campaignArn, userId: 'a25', numResults: 25 })), (list) => String(list.includes('A_fresh')), ['true'], 20_000);
    // A round may have run while the events arrived: let one run after the last of them.
    await sleep(2.5 * NEW_ITEMS_MS);
    const now = s.attune.manager.deployment(campaignArn)!.servable;
    expect(now).not.toBe(loaded);
    expect(now.versionArn).toBe(v.solutionVersionArn);
    expect(await versions(solutionArn)).toHaveLength(1);
    const { campaign } = await call<object, { campaign: { deployedSolutionVersionArn: string; status: string } }>(s.control, 'DescribeCampaign', { campaignArn });
    expect(campaign).toMatchObject({ deployedSolutionVersionArn: v.solutionVersionArn, status: 'ACTIVE' });
    const fresh = (await recommend(s, { campaignArn, userId: 'a25', numResults: 25 })).itemList.find((p) => p.itemId === 'A_fresh')!;
    expect(fresh.score).toBeGreaterThan(0);
    const forA = await rank(campaignArn, 'a25', 'A_fresh');
    expect(forA.at).toBeLessThan(forA.firstOther);
    const forB = await rank(campaignArn, 'b5', 'A_fresh');
    expect(forB.at === -1 || forB.at > forB.firstOther).toBe(true);
    // Nothing new since: the next rounds keep the servable.
    await sleep(3 * NEW_ITEMS_MS);
    expect(s.attune.manager.deployment(campaignArn)!.servable).toBe(now);
  }, 120_000);
});
