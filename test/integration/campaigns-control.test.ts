/**
 * Campaigns through the API with a fake deployer standing in for the serving plane: create,
 * describe, list, $LATEST, bad input, deploy failure, update, delete, and the solution's delete
 * rule; on both backends.
 */
import * as grpc from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/common/logger.ts';
import { NO_DEPLOYER, registerCampaignJobs } from '../../src/control/campaign-jobs.ts';
import { CAMPAIGN_JOBS, listActiveCampaigns, requireCampaign } from '../../src/control/campaigns.ts';
import { type CampaignDeployer, type ControlContext, DEFAULT_LIMITS, type DeployTarget } from '../../src/control/context.ts';
import type { JobKind, JobRunner } from '../../src/jobs/runner.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { expectRefused } from '../helpers/events.ts';
import { INTERACTIONS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, startTestServer, type TestServer, waitFor } from '../helpers/server.ts';
import { activeSolution, communitiesCsv, trainedVersion } from '../helpers/training.ts';
import { activeDataset, activeGroup, importCsv, schema } from '../helpers/workflow.ts';

const RECIPE = 'arn:attune:personalize:::recipe';
const CAMPAIGN_LIMIT = 12;

/** Records what it is asked to do; can be told to fail the next deploy, or to hold deploys until released. */
class FakeDeployer implements CampaignDeployer {
  readonly deploys: DeployTarget[] = [];
  readonly undeploys: string[] = [];
  private failure: string | undefined;
  private gate: Promise<void> | undefined;

  async deploy(target: DeployTarget): Promise<void> {
    this.deploys.push(target);
    await this.gate;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw new Error(failure);
  }

  async undeploy(campaignArn: string): Promise<void> {
    this.undeploys.push(campaignArn);
  }

  failNext(message: string): void {
    this.failure = message;
  }

  /** Deploys wait until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }

  lastFor(campaignArn: string): DeployTarget | undefined {
    return this.deploys.filter((d) => d.campaignArn === campaignArn).at(-1);
  }
}

interface ConfigView {
  itemExplorationConfig: Record<string, string>;
  enableMetadataWithRecommendations: boolean;
  syncWithLatestSolutionVersion: boolean;
}

interface CampaignView {
  name: string;
  campaignArn: string;
  solutionVersionArn: string;
  deployedSolutionVersionArn: string;
  minProvisionedTps: number;
  campaignConfig: ConfigView;
  status: string;
  failureReason: string;
  latestCampaignUpdate: { solutionVersionArn: string; minProvisionedTps: number; campaignConfig: ConfigView; status: string; failureReason: string } | null;
}

describe.each(BACKENDS)('campaigns on %s', (backend) => {
  const deployer = new FakeDeployer();
  let s: TestServer;
  let group: string;
  let up: string;
  let upV1: string;
  let upV2: string;
  let pop: string;
  let popV1: string;
  let failedVersion: string;

  const describeCampaign = async (campaignArn: string) =>
    (await call<object, { campaign: CampaignView }>(s.control, 'DescribeCampaign', { campaignArn })).campaign;
  const until = (campaignArn: string, wanted: string[]) => waitFor(() => describeCampaign(campaignArn), (c) => c.status, wanted);
  const updateUntil = (campaignArn: string, wanted: string[]) =>
    waitFor(() => describeCampaign(campaignArn), (c) => c.latestCampaignUpdate?.status ?? '', wanted);
  const create = async (request: Record<string, unknown>) =>
    (await call<object, { campaignArn: string }>(s.control, 'CreateCampaign', request)).campaignArn;
  const gone = (campaignArn: string) =>
    waitFor(
      () => call(s.control, 'DescribeCampaign', { campaignArn }).then(() => 'exists', (err: grpc.ServiceError) => (err.code === status.NOT_FOUND ? 'gone' : 'error')),
      (x) => x,
      ['gone'],
    );

  beforeAll(async () => {
    s = await startTestServer(backend, { limits: { ...DEFAULT_LIMITS, campaigns: CAMPAIGN_LIMIT } }, { deployer });
    group = await activeGroup(s, 'cp');
    const interactions = await activeDataset(s, 'cp-interactions', group, 'Interactions', await schema(s, 'cp-interactions', INTERACTIONS_SCHEMA));
    expect((await importCsv(s, 'cp-i', interactions, 'cp-i.csv', communitiesCsv())).status).toBe('ACTIVE');
    up = await activeSolution(s, { name: 'cp-up', recipeArn: `${RECIPE}/aws-user-personalization`, datasetGroupArn: group });
    pop = await activeSolution(s, { name: 'cp-pop', recipeArn: `${RECIPE}/aws-popularity-count`, datasetGroupArn: group });
    const failing = await activeSolution(s, { name: 'cp-fail', recipeArn: `${RECIPE}/aws-popularity-count`, datasetGroupArn: group, eventType: 'watch' });
    const versions = [await trainedVersion(s, up), await trainedVersion(s, up), await trainedVersion(s, pop), await trainedVersion(s, failing)];
    for (const v of versions.slice(0, 3)) expect(v.status, v.failureReason).toBe('ACTIVE');
    expect(versions[3]!.status).toBe('CREATE FAILED');
    [upV1, upV2, popV1, failedVersion] = versions.map((v) => v.solutionVersionArn) as [string, string, string, string];
  }, 300_000);
  afterAll(async () => {
    await s?.close();
  });

  it('creates a campaign that turns ACTIVE once the deployer has it taking traffic', async () => {
    const release = deployer.hold();
    const campaignArn = await create({
      name: 'cp-first',
      solutionVersionArn: upV1,
      minProvisionedTps: 3,
      campaignConfig: { itemExplorationConfig: { explorationWeight: '0.5' }, enableMetadataWithRecommendations: true },
      tags: [{ tagKey: 'team', tagValue: 'home' }],
    });
    expect(campaignArn).toBe('arn:attune:personalize:local:000000000000:campaign/cp-first');
    expect((await until(campaignArn, ['CREATE IN_PROGRESS'])).status).toBe('CREATE IN_PROGRESS');
    // Not ACTIVE while the deployer is still loading.
    await new Promise((r) => setTimeout(r, 200));
    expect((await describeCampaign(campaignArn)).status).toBe('CREATE IN_PROGRESS');
    release();
    const c = await until(campaignArn, ['ACTIVE', 'CREATE FAILED']);
    expect(c).toMatchObject({
      name: 'cp-first',
      campaignArn,
      status: 'ACTIVE',
      failureReason: '',
      solutionVersionArn: upV1,
      deployedSolutionVersionArn: upV1,
      minProvisionedTps: 3,
      campaignConfig: {
        itemExplorationConfig: { explorationWeight: '0.5', explorationItemAgeCutOff: '30' },
        enableMetadataWithRecommendations: true,
        syncWithLatestSolutionVersion: false,
      },
      latestCampaignUpdate: null,
    });
    const config = { explorationWeight: 0.5, explorationItemAgeCutOffDays: 30, enableMetadataWithRecommendations: true, syncWithLatestSolutionVersion: false };
    expect(deployer.lastFor(campaignArn)).toEqual({ campaignArn, solutionVersionArn: upV1, datasetGroupArn: group, recipe: 'aws-user-personalization', config });

    const record = await requireCampaign(s.attune.database.db, campaignArn);
    expect(record).toMatchObject({
      arn: campaignArn,
      status: 'ACTIVE',
      requestedSolutionVersionArn: upV1,
      deployedSolutionVersionArn: upV1,
      solutionArn: up,
      datasetGroupArn: group,
      recipe: 'aws-user-personalization',
      minProvisionedTps: 3,
      config,
    });
    expect((await listActiveCampaigns(s.attune.database.db)).map((x) => x.arn)).toContain(campaignArn);

    const { tags } = await call<object, { tags: { tagKey: string; tagValue: string }[] }>(s.control, 'ListTagsForResource', { resourceArn: campaignArn });
    expect(tags).toEqual([{ tagKey: 'team', tagValue: 'home' }]);
    expect((await callError(s.control, 'CreateCampaign', { name: 'cp-first', solutionVersionArn: upV1 })).code).toBe(status.ALREADY_EXISTS);
  });

  it('lists campaigns, by solution and page by page; defaults apply to recipes that do not explore', async () => {
    const a = await create({ name: 'cp-pop-a', solutionVersionArn: popV1 });
    const b = await create({ name: 'cp-pop-b', solutionVersionArn: popV1, minProvisionedTps: 1 });
    const c = await until(a, ['ACTIVE']);
    expect(c.minProvisionedTps).toBe(1);
    expect(c.campaignConfig.itemExplorationConfig).toEqual({});
    expect(deployer.lastFor(a)?.config).toEqual({ explorationWeight: 0, explorationItemAgeCutOffDays: 30, enableMetadataWithRecommendations: false, syncWithLatestSolutionVersion: false });
    await until(b, ['ACTIVE']);

    const byPop = await call<object, { campaigns: { campaignArn: string; name: string; status: string }[] }>(s.control, 'ListCampaigns', { solutionArn: pop });
    expect(byPop.campaigns.map((x) => x.campaignArn)).toEqual([a, b]);
    expect(byPop.campaigns[0]).toMatchObject({ name: 'cp-pop-a', status: 'ACTIVE' });
    const seen: string[] = [];
    let nextToken = '';
    do {
      const page = await call<object, { campaigns: { campaignArn: string }[]; nextToken: string }>(s.control, 'ListCampaigns', { maxResults: 1, nextToken });
      expect(page.campaigns.length).toBeLessThanOrEqual(1);
      seen.push(...page.campaigns.map((x) => x.campaignArn));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(seen).toEqual(expect.arrayContaining([a, b]));
    expect(new Set(seen).size).toBe(seen.length);
    expect((await callError(s.control, 'ListCampaigns', { solutionArn: `${pop}-nope` })).code).toBe(status.NOT_FOUND);
  });

  it('deploys <solution arn>/$LATEST, with sync, as the newest ACTIVE version', async () => {
    const latest = `${up}/$LATEST`;
    const campaignArn = await create({ name: 'cp-latest', solutionVersionArn: latest, campaignConfig: { syncWithLatestSolutionVersion: true } });
    const c = await until(campaignArn, ['ACTIVE']);
    expect(c.solutionVersionArn).toBe(latest);
    expect(c.deployedSolutionVersionArn).toBe(upV2);
    expect(c.campaignConfig.syncWithLatestSolutionVersion).toBe(true);
    expect(deployer.lastFor(campaignArn)?.solutionVersionArn).toBe(upV2);
    expect((await requireCampaign(s.attune.database.db, campaignArn)).requestedSolutionVersionArn).toBe(latest);

    expectRefused(
      await callError(s.control, 'CreateCampaign', { name: 'cp-latest-nosync', solutionVersionArn: latest }),
      status.INVALID_ARGUMENT,
      'campaign_config.sync_with_latest_solution_version',
    );
    expectRefused(
      await callError(s.control, 'CreateCampaign', { name: 'cp-sync-explicit', solutionVersionArn: upV1, campaignConfig: { syncWithLatestSolutionVersion: true } }),
      status.INVALID_ARGUMENT,
      'solution_version_arn',
    );
    const none = await callError(s.control, 'CreateCampaign', {
      name: 'cp-latest-none',
      solutionVersionArn: `${failedVersion.slice(0, failedVersion.lastIndexOf('/'))}/$LATEST`,
      campaignConfig: { syncWithLatestSolutionVersion: true },
    });
    expect(none.code, none.details).toBe(status.FAILED_PRECONDITION);
    expect(none.details).toMatch(/no ACTIVE version/);
  });

  it('refuses bad campaigns with the field and the reason', async () => {
    const bad = (request: Record<string, unknown>) => callError(s.control, 'CreateCampaign', { name: 'cp-bad', solutionVersionArn: upV1, ...request });
    expectRefused(await bad({ solutionVersionArn: `${up}/deadbeef` }), status.NOT_FOUND, 'solution_version_arn');
    expectRefused(await bad({ solutionVersionArn: `${up}-nope/$LATEST`, campaignConfig: { syncWithLatestSolutionVersion: true } }), status.NOT_FOUND, 'solution_version_arn');
    expectRefused(await bad({ solutionVersionArn: 'not-an-arn' }), status.INVALID_ARGUMENT, 'solution_version_arn');
    expectRefused(await bad({ solutionVersionArn: '' }), status.INVALID_ARGUMENT, 'solution_version_arn');
    const notActive = await bad({ solutionVersionArn: failedVersion });
    expect(notActive.code, notActive.details).toBe(status.FAILED_PRECONDITION);
    expect(notActive.details).toMatch(/CREATE FAILED/);
    const notUp = await bad({ solutionVersionArn: popV1, campaignConfig: { itemExplorationConfig: { explorationWeight: '0.1' } } });
    expectRefused(notUp, status.INVALID_ARGUMENT, 'campaign_config.item_exploration_config');
    expect(notUp.details).toMatch(/aws-user-personalization.*aws-popularity-count/);
    const exploration = (config: Record<string, string>) => bad({ campaignConfig: { itemExplorationConfig: config } });
    expectRefused(await exploration({ explorationWeight: '1.5' }), status.INVALID_ARGUMENT, 'campaign_config.item_exploration_config.explorationWeight');
    expectRefused(await exploration({ explorationWeight: '-0.1' }), status.INVALID_ARGUMENT, 'campaign_config.item_exploration_config.explorationWeight');
    expectRefused(await exploration({ explorationWeight: 'lots' }), status.INVALID_ARGUMENT, 'campaign_config.item_exploration_config.explorationWeight');
    expectRefused(await exploration({ explorationItemAgeCutOff: '0.5' }), status.INVALID_ARGUMENT, 'campaign_config.item_exploration_config.explorationItemAgeCutOff');
    expectRefused(await exploration({ explorationWeight: '0.2', exploration_weight: '0.2' }), status.INVALID_ARGUMENT, 'campaign_config.item_exploration_config.exploration_weight');
    expectRefused(await bad({ minProvisionedTps: 0 }), status.INVALID_ARGUMENT, 'min_provisioned_tps');
    expectRefused(await bad({ minProvisionedTps: -5 }), status.INVALID_ARGUMENT, 'min_provisioned_tps');
    const ranking = await bad({ campaignConfig: { rankingInfluence: { POPULARITY: 0.5 } } });
    expectRefused(ranking, status.INVALID_ARGUMENT, 'campaign_config.ranking_influence');
    expect(ranking.details).toMatch(/not supported: only aws-semantic-similarity uses it/);
    expectRefused(await bad({ name: '' }), status.INVALID_ARGUMENT, 'name');
    expectRefused(await bad({ tags: [{ tagKey: 'aws:x', tagValue: 'y' }] }), status.INVALID_ARGUMENT, 'tags[0].tag_key');
    expectRefused(await callError(s.control, 'DescribeCampaign', { campaignArn: up }), status.INVALID_ARGUMENT, 'campaign_arn');
    expect((await callError(s.control, 'DescribeCampaign', { campaignArn: `${up.replace('solution/', 'campaign/')}-nope` })).code).toBe(status.NOT_FOUND);
    // Exploration settings at their edges are fine.
    const edge = await create({ name: 'cp-edge', solutionVersionArn: upV1, campaignConfig: { itemExplorationConfig: { explorationWeight: '1', explorationItemAgeCutOff: '1' } } });
    expect((await until(edge, ['ACTIVE'])).campaignConfig.itemExplorationConfig).toEqual({ explorationWeight: '1', explorationItemAgeCutOff: '1' });
  });

  it('records a failed deploy as CREATE FAILED with its reason; an update deploys it after all', async () => {
    deployer.failNext('the model file is corrupt');
    const campaignArn = await create({ name: 'cp-broken', solutionVersionArn: upV1 });
    const c = await until(campaignArn, ['CREATE FAILED', 'ACTIVE']);
    expect(c.status).toBe('CREATE FAILED');
    expect(c.failureReason).toBe('the model file is corrupt');
    expect((await listActiveCampaigns(s.attune.database.db)).map((x) => x.arn)).not.toContain(campaignArn);

    await call(s.control, 'UpdateCampaign', { campaignArn });
    const fixed = await updateUntil(campaignArn, ['ACTIVE', 'CREATE FAILED']);
    expect(fixed.latestCampaignUpdate!.status).toBe('ACTIVE');
    expect(fixed).toMatchObject({ status: 'ACTIVE', failureReason: '', deployedSolutionVersionArn: upV1 });
  });

  it('updates a campaign: the new version serves once deployed, the old one stays when a deploy fails', async () => {
    const campaignArn = await create({ name: 'cp-update', solutionVersionArn: upV1 });
    await until(campaignArn, ['ACTIVE']);

    const release = deployer.hold();
    await call(s.control, 'UpdateCampaign', { campaignArn, solutionVersionArn: upV2, minProvisionedTps: 2 });
    let c = await updateUntil(campaignArn, ['CREATE IN_PROGRESS']);
    // Still ACTIVE and serving the old version while the update deploys.
    expect(c).toMatchObject({ status: 'ACTIVE', solutionVersionArn: upV1, deployedSolutionVersionArn: upV1, minProvisionedTps: 1 });
    expect(c.latestCampaignUpdate).toMatchObject({ solutionVersionArn: upV2, minProvisionedTps: 2, status: 'CREATE IN_PROGRESS' });
    expect((await requireCampaign(s.attune.database.db, campaignArn)).deployedSolutionVersionArn).toBe(upV1);
    const again = await callError(s.control, 'UpdateCampaign', { campaignArn, solutionVersionArn: upV1 });
    expect(again.code, again.details).toBe(status.FAILED_PRECONDITION);
    expect(again.details).toMatch(/update in CREATE IN_PROGRESS/);
    const del = await callError(s.control, 'DeleteCampaign', { campaignArn });
    expect(del.code, del.details).toBe(status.FAILED_PRECONDITION);
    release();
    c = await updateUntil(campaignArn, ['ACTIVE', 'CREATE FAILED']);
    expect(c).toMatchObject({ status: 'ACTIVE', solutionVersionArn: upV2, deployedSolutionVersionArn: upV2, minProvisionedTps: 2 });
    expect(c.latestCampaignUpdate).toMatchObject({ status: 'ACTIVE', failureReason: '' });
    expect(deployer.lastFor(campaignArn)?.solutionVersionArn).toBe(upV2);

    // A failed update leaves the campaign on what it served.
    deployer.failNext('not enough memory for a second copy');
    await call(s.control, 'UpdateCampaign', { campaignArn, solutionVersionArn: upV1, campaignConfig: { itemExplorationConfig: { explorationWeight: '0.9' } } });
    c = await updateUntil(campaignArn, ['ACTIVE', 'CREATE FAILED']);
    expect(c.latestCampaignUpdate).toMatchObject({ status: 'CREATE FAILED', failureReason: 'not enough memory for a second copy', solutionVersionArn: upV1 });
    expect(c.latestCampaignUpdate!.campaignConfig.itemExplorationConfig.explorationWeight).toBe('0.9');
    expect(c).toMatchObject({ status: 'ACTIVE', deployedSolutionVersionArn: upV2, minProvisionedTps: 2 });
    expect(c.campaignConfig.itemExplorationConfig.explorationWeight).toBe('0.3');
    expect((await requireCampaign(s.attune.database.db, campaignArn)).config.explorationWeight).toBe(0.3);

    // Only the campaign's own solution's versions; unset fields keep their values.
    expectRefused(await callError(s.control, 'UpdateCampaign', { campaignArn, solutionVersionArn: popV1 }), status.INVALID_ARGUMENT, 'solution_version_arn');
    expectRefused(await callError(s.control, 'UpdateCampaign', { campaignArn, minProvisionedTps: 0 }), status.INVALID_ARGUMENT, 'min_provisioned_tps');
    expectRefused(
      await callError(s.control, 'UpdateCampaign', { campaignArn, campaignConfig: { itemExplorationConfig: { explorationItemAgeCutOff: 'soon' } } }),
      status.INVALID_ARGUMENT,
      'campaign_config.item_exploration_config.explorationItemAgeCutOff',
    );
    await call(s.control, 'UpdateCampaign', { campaignArn, campaignConfig: { itemExplorationConfig: { explorationItemAgeCutOff: '7' } } });
    c = await updateUntil(campaignArn, ['ACTIVE', 'CREATE FAILED']);
    expect(c).toMatchObject({ status: 'ACTIVE', deployedSolutionVersionArn: upV2, minProvisionedTps: 2 });
    expect(c.campaignConfig.itemExplorationConfig).toEqual({ explorationWeight: '0.3', explorationItemAgeCutOff: '7' });

    // A campaign still being created cannot be updated.
    const hold = deployer.hold();
    const pending = await create({ name: 'cp-update-pending', solutionVersionArn: upV1 });
    const early = await callError(s.control, 'UpdateCampaign', { campaignArn: pending, solutionVersionArn: upV2 });
    expect(early.code, early.details).toBe(status.FAILED_PRECONDITION);
    expect(early.details).toMatch(/CREATE (PENDING|IN_PROGRESS)/);
    hold();
    await until(pending, ['ACTIVE']);
    expect((await callError(s.control, 'UpdateCampaign', { campaignArn: `${pending}-nope` })).code).toBe(status.NOT_FOUND);
  });

  it('fails deploys in a process that does not serve campaigns', async () => {
    // The deploy job as a process without a deployer registers it, run on a copy of a campaign.
    const kinds = new Map<string, JobKind>();
    const runner = { register: (kind: string, spec: JobKind) => kinds.set(kind, spec) } as unknown as JobRunner;
    registerCampaignJobs(runner, { database: s.attune.database, logger: silentLogger() } as ControlContext);
    const source = await create({ name: 'cp-elsewhere-source', solutionVersionArn: popV1 });
    await until(source, ['ACTIVE']);
    const campaignArn = source.replace('-source', '');
    await s.attune.database.query(
      `insert into campaigns (arn, name, solution_id, requested_solution_version_arn, solution_version_id, min_provisioned_tps, config, status, created_at, updated_at)
       select $1, 'cp-elsewhere', solution_id, requested_solution_version_arn, solution_version_id, min_provisioned_tps, config, 'CREATE PENDING', now(), now()
       from campaigns where arn = $2`,
      [campaignArn, source],
    );
    const job = { id: 0, kind: CAMPAIGN_JOBS.deploy, resourceArn: campaignArn, attempts: 1 };
    await kinds.get(CAMPAIGN_JOBS.deploy)!.handler({ job, signal: new AbortController().signal, owner: 'test' });
    expect(await describeCampaign(campaignArn)).toMatchObject({ status: 'CREATE FAILED', failureReason: NO_DEPLOYER });
    expect(NO_DEPLOYER).toBe('this process does not serve campaigns');
    expect(deployer.lastFor(campaignArn)).toBeUndefined();
  });

  it('limits how many campaigns exist', async () => {
    const { campaigns } = await call<object, { campaigns: unknown[] }>(s.control, 'ListCampaigns', {});
    for (let i = campaigns.length; i < CAMPAIGN_LIMIT; i++) await create({ name: `cp-fill-${i}`, solutionVersionArn: popV1 });
    const over = await callError(s.control, 'CreateCampaign', { name: 'cp-over', solutionVersionArn: popV1 });
    expect(over.code, over.details).toBe(status.RESOURCE_EXHAUSTED);
    expect(over.details).toMatch(new RegExp(`at most ${CAMPAIGN_LIMIT} campaigns`));
  });

  it('deletes campaigns (undeployed, gone with their tags); a solution with campaigns cannot be deleted', async () => {
    const busy = await callError(s.control, 'DeleteSolution', { solutionArn: pop });
    expect(busy.code, busy.details).toBe(status.FAILED_PRECONDITION);
    expect(busy.details).toMatch(/campaign/);

    const { campaigns } = await call<object, { campaigns: { campaignArn: string; status: string }[] }>(s.control, 'ListCampaigns', { solutionArn: pop });
    expect(campaigns.length).toBeGreaterThan(0);
    await call(s.control, 'TagResource', { resourceArn: campaigns[0]!.campaignArn, tags: [{ tagKey: 'owner', tagValue: 'me' }] });
    // ACTIVE ones and the CREATE FAILED one of the test above.
    for (const c of campaigns) await until(c.campaignArn, ['ACTIVE', 'CREATE FAILED']);
    for (const c of campaigns) await call(s.control, 'DeleteCampaign', { campaignArn: c.campaignArn });
    for (const c of campaigns) await gone(c.campaignArn);
    expect(deployer.undeploys).toEqual(expect.arrayContaining(campaigns.map((c) => c.campaignArn)));
    const arns = campaigns.map((c) => c.campaignArn);
    for (const arn of arns) {
      const [left] = await s.attune.database.query<{ n: number | string }>(`select count(*) as n from tags where resource_arn = $1`, [arn]);
      expect(Number(left!.n)).toBe(0);
    }
    expect((await callError(s.control, 'ListTagsForResource', { resourceArn: arns[0] })).code).toBe(status.NOT_FOUND);
    expect((await callError(s.control, 'DeleteCampaign', { campaignArn: arns[0] })).code).toBe(status.NOT_FOUND);
    expect((await listActiveCampaigns(s.attune.database.db)).map((x) => x.arn)).not.toContain(arns[0]);

    await call(s.control, 'DeleteSolution', { solutionArn: pop });
    await waitFor(
      () => call(s.control, 'DescribeSolution', { solutionArn: pop }).then(() => 'exists', (err: grpc.ServiceError) => (err.code === status.NOT_FOUND ? 'gone' : 'error')),
      (x) => x,
      ['gone'],
    );
  });
});
