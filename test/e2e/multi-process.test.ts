/**
 * Several `attune serve` processes on one PostgreSQL and no shared files: one
 * `control,events,trainer`, two `runtime` behind a client that spreads calls over them, and a
 * second `trainer`. A campaign created on the control process is served by both runtime
 * processes; events stored by the events process reach both within 1 s; UpdateCampaign under load
 * fails no call; the trainers share the job queue, and a trainer killed with SIGKILL leaves its
 * job to the other once the lease runs out; a deleted campaign stops being served everywhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonalizeRuntimeClient } from '../../src/api/generated/attune/v1/PersonalizeRuntime.ts';
import { loadProtos } from '../../src/api/proto.ts';
import { main as cli } from '../../src/cli/main.ts';
import { resolveConfig } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/backends.ts';
import { type CliProcess, clients, listening, runCli } from '../helpers/cli.ts';
import { tracker } from '../helpers/events.ts';
import { INTERACTIONS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, type TestServer, waitFor } from '../helpers/server.ts';
import { ITEMS_GENRE_SCHEMA, activeSolution, communitiesCsv, communityItemsCsv, describeUntil } from '../helpers/training.ts';
import { activeDataset, activeGroup, schema } from '../helpers/workflow.ts';

const RECIPE = 'arn:attune:personalize:::recipe/aws-popularity-count';
const ENV = {
  // A trainer that dies is taken over 2 s later; one import and one training at a time per process, so the trainers share.
  ATTUNE_JOB_LEASE_MS: '2000',
  ATTUNE_IMPORT_CONCURRENCY: '1',
  ATTUNE_TRAINING_CONCURRENCY: '1',
  ATTUNE_TRAINING_THREADS: '1',
};

interface Proc {
  cli: CliProcess;
  port: number;
  runtime: PersonalizeRuntimeClient;
}

const procs: CliProcess[] = [];
let db: TestDatabase;
let store: Database;
let dir: string;
let main: Proc;
let runtimes: [Proc, Proc];
let trainer: Proc;
let admin: ReturnType<typeof clients>;
/** The helpers in test/helpers/workflow.ts talk to `control` and write files into `dataDir`. */
let s: TestServer;

async function start(role: string): Promise<Proc> {
  const cli = runCli(['serve', '--port', '0', '--db', db.url, '--data-root', dir, '--role', role], { env: ENV });
  procs.push(cli);
  const { port } = await listening(cli, 90_000);
  const { attune } = loadProtos();
  const runtime = new attune.PersonalizeRuntime(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as PersonalizeRuntimeClient;
  return { cli, port, runtime };
}

/** The item ids GetRecommendations returns through one runtime process. */
async function recommended(p: Proc, request: Record<string, unknown>): Promise<string[]> {
  const r = await call<object, { itemList: { itemId: string }[] }>(p.runtime, 'GetRecommendations', request);
  return r.itemList.map((i) => i.itemId);
}

/** Log lines of a process with this message. */
const logged = (p: { cli: CliProcess }, msg: string) => p.cli.lines.filter((l) => l.msg === msg);

/** Polls `check` until it returns a value (not undefined), for up to `timeoutMs`. */
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  for (const end = Date.now() + timeoutMs; ; ) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

beforeAll(async () => {
  db = await createTestDatabase('postgres');
  store = await openDatabase(db.url);
  dir = mkdtempSync(join(tmpdir(), 'attune-multi-'));
  // All at once: one migrates the new database under a lock while the others wait for it.
  const [m, r1, r2, t2] = await Promise.all([start('control,events,trainer'), start('runtime'), start('runtime'), start('trainer')]);
  main = m;
  runtimes = [r1, r2];
  trainer = t2;
  admin = clients(main.port);
  s = { control: admin.control, events: admin.events, dataDir: dir } as unknown as TestServer;
}, 120_000);

afterAll(async () => {
  admin?.close();
  for (const p of procs) {
    if (p.child.exitCode === null) {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  }
  await store?.close();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('attune serve --role on one PostgreSQL', () => {
  let group: string;
  let interactionsArn: string;
  let trackingId: string;
  let unseen: string;
  let campaignArn: string;
  let solutionArn: string;
  let popular: string;
  let other: string;

  it('serves only the services of its roles: the others answer UNIMPLEMENTED and report NOT_SERVING', async () => {
    const denied = await callError(clients(runtimes[0].port).control, 'ListDatasetGroups', {});
    expect(denied.code).toBe(grpc.status.UNIMPLEMENTED);
    const noRuntime = await callError(main.runtime, 'GetRecommendations', { campaignArn: 'arn:aws:personalize:local:000000000000:campaign/x', userId: 'u' });
    expect(noRuntime.code).toBe(grpc.status.UNIMPLEMENTED);
    const require = createRequire(import.meta.url);
    const def = protoLoader.loadSync(require.resolve('grpc-health-check/proto/health/v1/health.proto'), { keepCase: true, defaults: true, enums: String });
    const Health = (grpc.loadPackageDefinition(def) as any).grpc.health.v1.Health;
    const health = new Health(`127.0.0.1:${runtimes[0].port}`, grpc.credentials.createInsecure());
    const check = (service: string) => new Promise<string>((res, rej) => health.Check({ service }, (e: Error | null, r: { status: string }) => (e ? rej(e) : res(r.status))));
    expect([await check(''), await check('attune.v1.PersonalizeRuntime'), await check('attune.v1.Personalize'), await check('attune.v1.PersonalizeEvents')]).toEqual([
      'SERVING',
      'SERVING',
      'NOT_SERVING',
      'NOT_SERVING',
    ]);
    health.close();
    expect(main.cli.lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith('attune listening'))).toMatchObject({ roles: ['control', 'events', 'trainer'] });
  });

  it('lets the two trainer processes share the import queue: two imports, one in each, each once', async () => {
    group = await activeGroup(s, 'multi');
    const interactions = await activeDataset(s, 'multi-i', group, 'Interactions', await schema(s, 'multi-is', INTERACTIONS_SCHEMA));
    interactionsArn = interactions;
    const items = await activeDataset(s, 'multi-items', group, 'Items', await schema(s, 'multi-its', ITEMS_GENRE_SCHEMA));
    trackingId = await tracker(s, 'multi-t', group);
    writeFileSync(join(dir, 'i.csv'), communitiesCsv({ users: 40 }));
    writeFileSync(join(dir, 'items.csv'), communityItemsCsv());
    const arns = [];
    for (const [name, datasetArn, file] of [['multi-ij', interactions, 'i.csv'], ['multi-itemsj', items, 'items.csv']] as const) {
      const { datasetImportJobArn } = await call<object, { datasetImportJobArn: string }>(admin.control, 'CreateDatasetImportJob', {
        jobName: name,
        datasetArn,
        dataSource: { dataLocation: join(dir, file) },
      });
      arns.push(datasetImportJobArn);
    }
    for (const datasetImportJobArn of arns) {
      const r = await waitFor(
        () => call<object, { datasetImportJob: { status: string } }>(admin.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
        (x) => x.datasetImportJob.status,
        ['ACTIVE', 'CREATE FAILED'],
      );
      expect(r.datasetImportJob.status).toBe('ACTIVE');
    }
    const ran = [main, trainer].map((p) => logged(p, 'import finished').map((l) => l.importJob));
    expect(ran.map((r) => r.length)).toEqual([1, 1]);
    expect(ran.flat().sort()).toEqual([...arns].sort());
  });

  it('hands a training of a trainer killed with SIGKILL to the other trainer once its lease runs out', async () => {
    const first = await activeSolution(s, { name: 'multi-pop', recipeArn: RECIPE, datasetGroupArn: group });
    const second = await activeSolution(s, { name: 'multi-pop2', recipeArn: RECIPE, datasetGroupArn: group });
    const versions = [];
    // The control process's own trainer takes the first at once; the other trainer is woken for the second.
    for (const solutionArn of [first, second]) {
      versions.push((await call<object, { solutionVersionArn: string }>(admin.control, 'CreateSolutionVersion', { solutionArn })).solutionVersionArn);
    }
    // Each training takes far longer (a worker thread starts) than the two calls between them: each trainer gets one.
    const held = await until('the second trainer holds a training', async () => {
      const [row] = await store.query<{ resource_arn: string }>(`select resource_arn from jobs where kind = 'solution-version.train' and state = 'running' and lease_owner like $1`, [
        `${trainer.cli.child.pid}-%`,
      ]);
      return row;
    });
    trainer.cli.child.kill('SIGKILL');
    await trainer.cli.exited;
    for (const v of versions) expect((await describeUntil(s, v, ['ACTIVE', 'CREATE FAILED'], 60_000)).status).toBe('ACTIVE');
    // The version turns ACTIVE a moment before the runner marks its job done.
    const job = await until('the taken-over training job is no longer running', async () => {
      const [row] = await store.query<{ state: string; attempts: number }>(`select state, attempts from jobs where resource_arn = $1`, [held.resource_arn]);
      return row?.state === 'running' ? undefined : row;
    });
    expect(job).toEqual({ state: 'done', attempts: 2 });
    solutionArn = first;
    popular = versions[0]!;
    other = versions[1]!;
    const { filterArn } = await call<object, { filterArn: string }>(admin.control, 'CreateFilter', {
      name: 'multi-unseen',
      datasetGroupArn: group,
      filterExpression: 'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("*")',
    });
    await waitFor(() => call<object, { filter: { status: string } }>(admin.control, 'DescribeFilter', { filterArn }), (r) => r.filter.status, ['ACTIVE']);
    unseen = filterArn;
  });

  it('serves a campaign created on the control process from both runtime processes', async () => {
    ({ campaignArn } = await call<object, { campaignArn: string }>(admin.control, 'CreateCampaign', { name: 'multi', solutionVersionArn: popular }));
    await waitFor(() => call<object, { campaign: { status: string } }>(admin.control, 'DescribeCampaign', { campaignArn }), (r) => r.campaign.status, ['ACTIVE', 'CREATE FAILED']);
    const lists = await Promise.all(runtimes.map((p) => recommended(p, { campaignArn, userId: 'a1', numResults: 5 })));
    expect(lists[0]).toHaveLength(5);
    expect(lists[1]).toEqual(lists[0]);
  });

  it('fails the deploy of a version whose model does not read back intact, with the reason, though no runtime process ran it', async () => {
    await store.query(`update artifacts set sha256 = 'not-the-hash' where owner_arn = $1`, [other]);
    const { campaignArn: broken } = await call<object, { campaignArn: string }>(admin.control, 'CreateCampaign', { name: 'multi-broken', solutionVersionArn: other });
    const c = await waitFor(
      () => call<object, { campaign: { status: string; failureReason: string } }>(admin.control, 'DescribeCampaign', { campaignArn: broken }),
      (r) => r.campaign.status,
      ['ACTIVE', 'CREATE FAILED'],
    );
    expect(c.campaign).toMatchObject({ status: 'CREATE FAILED', failureReason: expect.stringMatching(/^artifact \d+ is corrupt/) });
    for (const p of runtimes) {
      const err = await callError(p.runtime, 'GetRecommendations', { campaignArn: broken, userId: 'a1' });
      expect([err.code, err.details]).toEqual([grpc.status.FAILED_PRECONDITION, expect.stringContaining('CREATE FAILED')]);
    }
    await call(admin.control, 'DeleteCampaign', { campaignArn: broken });
  });

  it('reflects PutEvents on the events process in both runtime processes within 1 s', async () => {
    const request = { campaignArn, userId: 'a1', numResults: 5, filterArn: unseen };
    const before = await Promise.all(runtimes.map((p) => recommended(p, request)));
    expect(before[1]).toEqual(before[0]);
    const item = before[0]![0]!;
    const sentAt = performance.now();
    await call(admin.events, 'PutEvents', {
      trackingId,
      userId: 'a1',
      sessionId: 'multi-s',
      eventList: [{ eventType: 'click', itemId: item, sentAt: { seconds: 1_800_000_000, nanos: 0 } }],
    });
    const ackedAt = performance.now();
    const seenAt = await Promise.all(
      runtimes.map(async (p) => {
        for (;;) {
          if (!(await recommended(p, request)).includes(item)) return performance.now();
          if (performance.now() - sentAt > 5_000) throw new Error(`runtime on ${p.port} still recommends ${item}`);
        }
      }),
    );
    if (process.env.ATTUNE_TEST_TIMES) console.log('PutEvents to both runtimes (ms):', seenAt.map((t) => Math.round(t - sentAt)), 'of which the call', Math.round(ackedAt - sentAt));
    for (const t of seenAt) expect(t - sentAt).toBeLessThan(1_000);
  });

  it('reflects a bulk import committed by a trainer in both runtime processes', async () => {
    const request = { campaignArn, userId: 'a2', numResults: 5, filterArn: unseen };
    const [item] = await recommended(runtimes[0], request);
    writeFileSync(join(dir, 'more.csv'), `USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE\na2,${item},1800000000,click,1\n`);
    const { datasetImportJobArn } = await call<object, { datasetImportJobArn: string }>(admin.control, 'CreateDatasetImportJob', {
      jobName: 'multi-more',
      datasetArn: interactionsArn,
      dataSource: { dataLocation: join(dir, 'more.csv') },
      importMode: 'INCREMENTAL',
    });
    const job = await waitFor(
      () => call<object, { datasetImportJob: { status: string } }>(admin.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
      (x) => x.datasetImportJob.status,
      ['ACTIVE', 'CREATE FAILED'],
    );
    expect(job.datasetImportJob.status).toBe('ACTIVE');
    for (const p of runtimes) {
      await until(`the runtime on ${p.port} read the import`, async () => ((await recommended(p, request)).includes(item!) ? undefined : true), 10_000);
    }
  });

  it('makes both runtime processes forget the users a data deletion job on a trainer removed', async () => {
    // The filter excludes the items a user interacted with: a3 interacted with the most popular item, A0.
    const request = { campaignArn, userId: 'a3', numResults: 5, filterArn: unseen };
    for (const p of runtimes) expect(await recommended(p, request)).not.toContain('A0');
    writeFileSync(join(dir, 'forget.csv'), 'USER_ID\na3\n');
    const { dataDeletionJobArn } = await call<object, { dataDeletionJobArn: string }>(admin.control, 'CreateDataDeletionJob', {
      jobName: 'multi-forget',
      datasetGroupArn: group,
      dataSource: { dataLocation: join(dir, 'forget.csv') },
    });
    const job = await waitFor(
      () => call<object, { dataDeletionJob: { status: string; numDeleted: number } }>(admin.control, 'DescribeDataDeletionJob', { dataDeletionJobArn }),
      (x) => x.dataDeletionJob.status,
      ['COMPLETED', 'FAILED'],
    );
    expect(job.dataDeletionJob).toMatchObject({ status: 'COMPLETED', numDeleted: 1 });
    // No history left to exclude: the most popular item comes back, in every runtime process.
    for (const p of runtimes) {
      await until(`the runtime on ${p.port} forgot a3`, async () => ((await recommended(p, request)).includes('A0') ? true : undefined), 10_000);
    }
  });

  it('serves the ACTIVE campaigns from a runtime process started after they were created', async () => {
    const late = await start('runtime');
    expect(await recommended(late, { campaignArn, userId: 'b1', numResults: 5 })).toEqual(await recommended(runtimes[0], { campaignArn, userId: 'b1', numResults: 5 }));
    late.cli.child.kill('SIGTERM');
    await late.cli.exited;
  });

  it('updates the campaign while calls run on both runtime processes without one failed call', async () => {
    // A second version of the campaign's solution.
    const { solutionVersionArn } = await call<object, { solutionVersionArn: string }>(admin.control, 'CreateSolutionVersion', { solutionArn });
    expect((await describeUntil(s, solutionVersionArn, ['ACTIVE', 'CREATE FAILED'], 60_000)).status).toBe('ACTIVE');
    let running = true;
    const counts = runtimes.map(() => ({ ok: 0, failed: [] as string[] }));
    // One client spreading calls over the two runtime processes, 8 in flight.
    const load = Array.from({ length: 8 }, async (_, k) => {
      for (let i = k; running; i++) {
        const p = i % 2;
        try {
          await recommended(runtimes[p]!, { campaignArn, userId: `b${i % 40}`, numResults: 5 });
          counts[p]!.ok++;
        } catch (err) {
          counts[p]!.failed.push((err as Error).message);
        }
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    const okBefore = counts.map((c) => c.ok);
    await call(admin.control, 'UpdateCampaign', { campaignArn, solutionVersionArn });
    await waitFor(
      () => call<object, { campaign: { latestCampaignUpdate: { status: string } } }>(admin.control, 'DescribeCampaign', { campaignArn }),
      (r) => r.campaign.latestCampaignUpdate.status,
      ['ACTIVE', 'CREATE FAILED'],
    );
    // Each runtime process loads the new version beside the old one and switches.
    for (const p of runtimes) {
      await until(`the runtime on ${p.port} deployed the update`, () => logged(p, 'campaign deployed').find((l) => l.solutionVersionArn === solutionVersionArn));
    }
    await new Promise((r) => setTimeout(r, 200));
    running = false;
    await Promise.all(load);
    expect(counts.map((c) => c.failed)).toEqual([[], []]);
    counts.forEach((c, i) => expect(c.ok).toBeGreaterThan(okBefore[i]! + 10));
  });

  it('stops serving a deleted campaign in every runtime process', async () => {
    await call(admin.control, 'DeleteCampaign', { campaignArn });
    for (const p of runtimes) {
      const code = await until(`the runtime on ${p.port} stopped serving the campaign`, () =>
        call(p.runtime, 'GetRecommendations', { campaignArn, userId: 'a1' }).then(
          () => undefined,
          (err: grpc.ServiceError) => err.code,
        ),
      );
      expect(code).toBe(grpc.status.NOT_FOUND);
    }
  });
});

describe('attune serve --role: parsing and refusals', () => {
  it('reads roles from ATTUNE_ROLE (any order, spaces, case) and defaults to all of them', () => {
    const pg = { ATTUNE_DB: 'postgres://db.internal/attune' };
    expect(resolveConfig({}, { ...pg, ATTUNE_ROLE: ' Runtime,control ' }).roles).toEqual(['control', 'runtime']);
    expect(resolveConfig({}, { ...pg, ATTUNE_ROLE: 'all' }).roles).toEqual(['control', 'events', 'runtime', 'trainer']);
    expect(resolveConfig({}, { ATTUNE_DB: 'pglite://memory' }).roles).toEqual(['control', 'events', 'runtime', 'trainer']);
    expect(resolveConfig({}, { ...pg, ATTUNE_ROLE: '' }).roles).toHaveLength(4);
    expect(() => resolveConfig({}, { ...pg, ATTUNE_ROLE: 'runtime,' })).toThrow(/^ATTUNE_ROLE must be all or a comma-separated list/);
    expect(() => resolveConfig({ roles: [] }, pg)).toThrow(/^a process needs at least one role/);
  });


  it('refuses a role other than all on pglite:// with a clear start-up error', async () => {
    let stderr = '';
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
    try {
      expect(await cli(['serve', '--port', '0', '--db', 'pglite://memory', '--role', 'runtime'])).toBe(2);
      expect(await cli(['serve', '--port', '0', '--db', 'postgres://nowhere/x', '--role', 'runtime,cooking'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    const [first, second] = stderr.split('Usage:');
    expect(first).toMatch(/^the role runtime needs a PostgreSQL database/);
    expect(second).toMatch(/--role must be all or a comma-separated list of control, events, runtime, trainer \(got "runtime,cooking"\)/);
  });
});
