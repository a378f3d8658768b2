/**
 * Kill tests (issue 5): `attune serve` is SIGKILLed while an import, a training and a batch
 * inference job run. On PGlite the server restarts on the same folder (it takes orphaned jobs
 * over at start-up); on PostgreSQL a second server, running all along, takes the job over once
 * the killed process's lease expires. Every job must end ACTIVE or CREATE FAILED with a reason,
 * and the store must hold what was acknowledged: the import file's rows and each acknowledged
 * event exactly once, one model per ACTIVE version, a complete batch output or none.
 *
 * The suites share their steps (each starts where the previous one left the servers); bench/kill.ts
 * repeats the same kills many times at random moments.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status as grpcStatus, type ServiceError } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/store/database.ts';
import { BACKENDS, createTestDatabase, pgliteDataDir, type TestDatabase } from '../helpers/backends.ts';
import { interactionsCsv } from '../helpers/fixtures.ts';
import * as jobs from '../helpers/kill-jobs.ts';
import { type KillableServer, poll, sigkill, sigterm, startServer } from '../helpers/kill-server.ts';
import { call } from '../helpers/server.ts';

const ROWS = 150_000;
const USERS = 2000;
const LEASE_MS = 1500;
const UP = 'arn:attune:personalize:::recipe/aws-user-personalization';

describe.each(BACKENDS)('SIGKILL during jobs on %s', (backend) => {
  let dir: string;
  let db: TestDatabase;
  /** PostgreSQL only: the test's own connection (PGlite's folder is opened only while no server runs). */
  let store: Database | undefined;
  /** Live servers, the first one in front; PostgreSQL keeps a second one as the standby. */
  let servers: KillableServer[] = [];
  let group: jobs.InteractionsGroup;
  /** Every event acknowledged by PutEvents during the suite. */
  const acknowledged: string[] = [];
  /** ACTIVE solution versions, newest last. */
  const activeVersions: string[] = [];

  const start = () => startServer({ db: db.url, dataRoot: dir, leaseMs: LEASE_MS });
  const front = () => servers[0]!;
  /** PostgreSQL runs two servers, so that one can take over the other's jobs (started at once when both are missing). */
  const replenish = async () => {
    const missing = (backend === 'postgres' ? 2 : 1) - servers.length;
    const started = await Promise.allSettled(Array.from({ length: missing }, () => start()));
    for (const r of started) if (r.status === 'fulfilled') servers.push(r.value);
    for (const r of started) if (r.status === 'rejected') throw r.reason;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `attune-kill-${backend}-`));
    writeFileSync(join(dir, 'interactions.csv'), interactionsCsv(ROWS, { users: USERS, items: 1500, seed: 5 }));
    db = backend === 'pglite' ? { url: pgliteDataDir(join(dir, 'db')), drop: async () => {} } : await createTestDatabase('postgres');
    if (backend === 'postgres') store = await openDatabase(db.url);
    await replenish();
    group = await jobs.interactionsGroup(front(), 'kill');
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => sigterm(s)));
    await store?.close();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * SIGKILLs the process that runs the job on `arn`, reads the job's rows as the kill left them,
   * and makes sure a process will take the job: PGlite restarts on its folder; on PostgreSQL the
   * surviving server takes it once the lease expires (the next test starts a new standby).
   */
  async function killJob(kind: jobs.KilledKind, arn: string): Promise<jobs.KilledState> {
    let victim = front();
    if (store) {
      const pid = await jobs.leaseHolder(store, arn);
      const holder = servers.find((s) => s.cli.child.pid === pid);
      expect(holder, `the job on ${arn} is running in one of the servers`).toBeDefined();
      victim = holder!;
    }
    expect(await sigkill(victim)).toBe('SIGKILL');
    servers = servers.filter((s) => s !== victim);
    const state = await jobs.killedState(store ?? db.url, kind, arn);
    if (backend === 'pglite') await replenish();
    return state;
  }

  it('an import killed mid-way is retried to ACTIVE; events acknowledged meanwhile are kept', async () => {
    // Real-time events keep arriving at every server until the kill.
    const streams = servers.map((s, i) => new jobs.EventStream(s, group.trackingId, `${backend}-${i}`));
    await poll(async () => streams[0]!.acknowledged.length, (n) => n > 0); // the tracker is known before the import starts
    const arn = await jobs.createImport(front(), group.datasetArn, join(dir, 'interactions.csv'), 'killed-import');
    await poll(() => jobs.importState(front(), arn), (r) => r.status !== 'CREATE PENDING');
    const before = streams[0]!.acknowledged.length;
    await poll(async () => streams[0]!.acknowledged.length, (n) => n >= before + 3); // events acknowledged during the import

    const atKill = await killJob('import', arn);
    for (const s of streams) acknowledged.push(...(await s.stop()));
    // The kill landed mid-import: the job ran, with an uncommitted batch loading.
    expect(atKill).toMatchObject({ queue: 'running', status: 'CREATE IN_PROGRESS', loading: 1 });

    const job = await jobs.ended(() => jobs.importState(front(), arn));
    expect(job).toMatchObject({ status: 'ACTIVE', failureReason: '' });
    // Row counts are checked once every server stopped (last test): PGlite's folder is in use now.
  }, 90_000);

  it('a training killed while CREATE IN_PROGRESS ends ACTIVE (retried) or CREATE FAILED with a reason; campaign and metrics agree', async () => {
    await replenish();
    const solutionArn = await jobs.activeSolution(front(), {
      name: 'kill-up',
      recipeArn: UP,
      datasetGroupArn: group.datasetGroupArn,
      solutionConfig: { algorithmHyperParameters: { hidden_dimension: '32', num_iterations: '10' } },
    });
    const v1 = await jobs.createVersion(front(), solutionArn);
    expect(await jobs.ended(() => jobs.versionState(front(), v1))).toMatchObject({ status: 'ACTIVE' });
    activeVersions.push(v1);
    const { campaignArn } = await call<object, { campaignArn: string }>(front().control, 'CreateCampaign', {
      name: 'kill-follow',
      solutionVersionArn: `${solutionArn}/$LATEST`,
      campaignConfig: { syncWithLatestSolutionVersion: true },
    });
    await poll(() => describeCampaign(front(), campaignArn), (c) => c.status === 'ACTIVE', 60_000, 50);

    const v2 = await jobs.createVersion(front(), solutionArn);
    const training = await poll(() => jobs.versionState(front(), v2), (r) => r.status === 'CREATE IN_PROGRESS' || jobs.ENDED.includes(r.status));
    expect(training.status, 'the version was still training at the kill').toBe('CREATE IN_PROGRESS');
    const atKill = await killJob('training', v2);
    expect(atKill).toMatchObject({ queue: 'running', status: 'CREATE IN_PROGRESS' });

    const v = await jobs.ended(() => jobs.versionState(front(), v2), 120_000);
    const metrics1 = await call<object, { metrics: Record<string, number> }>(front().control, 'GetSolutionMetrics', { solutionVersionArn: v1 });
    if (v.status === 'ACTIVE') {
      activeVersions.push(v2);
      expect(v.failureReason).toBe('');
      const { metrics } = await call<object, { metrics: Record<string, number> }>(front().control, 'GetSolutionMetrics', { solutionVersionArn: v2 });
      expect(Object.keys(metrics).sort()).toEqual(Object.keys(metrics1.metrics).sort());
    } else {
      expect(v.failureReason).not.toBe('');
      const err = await call(front().control, 'GetSolutionMetrics', { solutionVersionArn: v2 }).catch((e: ServiceError) => e);
      expect((err as ServiceError).code).toBe(grpcStatus.FAILED_PRECONDITION);
    }
    // The campaign that follows $LATEST ends on the newest ACTIVE version, and serves from it.
    const newest = activeVersions.at(-1)!;
    const c = await poll(
      () => describeCampaign(front(), campaignArn),
      (r) => r.deployedSolutionVersionArn === newest && r.status === 'ACTIVE' && (r.latestCampaignUpdate?.status ?? 'ACTIVE') === 'ACTIVE',
      60_000,
      50,
    );
    expect(c.deployedSolutionVersionArn).toBe(newest);
    const recs = await call<object, { itemList: unknown[] }>(front().runtime, 'GetRecommendations', { campaignArn, userId: 'u1', numResults: 5 });
    expect(recs.itemList).toHaveLength(5);
  }, 180_000);

  it('a batch inference job killed mid-way ends ACTIVE with each input line answered once, or CREATE FAILED with a reason and no output', async () => {
    await replenish();
    const users = Array.from({ length: 6 * USERS }, (_, i) => `u${i % USERS}`);
    const input = join(dir, 'batch-users.jsonl');
    writeFileSync(input, jobs.batchInput(users));
    const output = join(dir, 'batch-out');
    const arn = await jobs.createBatch(front(), activeVersions.at(-1)!, input, output, 'killed-batch');
    // Kill once answers are being written (to the job's temporary file).
    const running = await poll(
      async () => ({ ...(await jobs.batchState(front(), arn)), written: jobs.outputBytes(output) }),
      (r) => r.written > 0 || jobs.ENDED.includes(r.status),
      60_000,
      10,
    );
    expect(running.status, 'the batch job was still running at the kill').toBe('IN PROGRESS');
    const atKill = await killJob('batch', arn);
    expect(atKill).toMatchObject({ queue: 'running', status: 'IN PROGRESS' });

    const job = await jobs.ended(() => jobs.batchState(front(), arn), 120_000);
    const out = jobs.batchOutput(output, input);
    if (job.status === 'ACTIVE') {
      expect(job.failureReason).toBe('');
      expect(out.complete).toBe(true);
      expect(out.answered.slice().sort()).toEqual(users.slice().sort());
      expect(out.errors).toBe(0);
      expect(job).toMatchObject({ recordsProcessed: String(users.length), recordsTotal: String(users.length) });
    } else {
      expect(job.failureReason).not.toBe('');
      expect(out.complete).toBe(false);
    }
    expect(out.others, 'no partial file is left in the output folder').toEqual([]);
  }, 180_000);

  it('after the last stop the store holds what was acknowledged: the file rows and each event once, one model per ACTIVE version', async () => {
    await Promise.all(servers.map((s) => sigterm(s)));
    servers = [];
    // PGlite's folder is free now: open it once for both reads.
    const reader = store ?? (await openDatabase(db.url));
    try {
      const stored = await jobs.storedInteractions(reader, group.datasetArn);
      const ids = new Set(stored.eventIds);
      expect(ids.size, 'no event is stored twice').toBe(stored.eventIds.length);
      for (const e of acknowledged) expect(ids.has(e), `acknowledged event ${e} is stored`).toBe(true);
      expect(acknowledged.length).toBeGreaterThan(3);
      expect(stored.visible).toBe(ROWS + stored.eventIds.length);
      expect(await jobs.looseEnds(reader)).toEqual({ running: [], loading: 0, badArtifacts: [] });
    } finally {
      if (reader !== store) await reader.close();
    }
  }, 60_000);
});

interface CampaignView {
  status: string;
  deployedSolutionVersionArn: string;
  latestCampaignUpdate: { status: string } | null;
}

function describeCampaign(s: KillableServer, campaignArn: string): Promise<CampaignView> {
  return call<object, { campaign: CampaignView }>(s.control, 'DescribeCampaign', { campaignArn }).then((r) => r.campaign);
}
