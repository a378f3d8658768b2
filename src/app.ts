/**
 * The composition root: opens the store, builds the domain services, the job runner and the
 * gRPC server, and stops them in order (drain calls, finish writes, hand back jobs, close).
 * The process's roles (config.roles) decide which services it serves and which jobs it runs;
 * on PostgreSQL, processes with different roles keep each other current through notifications
 * (jobs to claim, campaigns to load, data written), wired up here.
 */
import type { Logger } from './common/logger.ts';
import { type ApiServer, buildServer, listen, SERVICE_NAMES, servicesOf } from './api/server.ts';
import type { Services } from './api/services.ts';
import type { AttuneConfig, Role } from './config.ts';
import { registerBatchJobs } from './batch/jobs.ts';
import { BatchJobs } from './control/batch-jobs.ts';
import { Campaigns, listActiveCampaigns } from './control/campaigns.ts';
import { DataDeletionJobs } from './control/data-deletion-jobs.ts';
import { DatasetExportJobs } from './control/dataset-export-jobs.ts';
import type { CampaignDeployer, ControlContext } from './control/context.ts';
import { DatasetGroups } from './control/dataset-groups.ts';
import { DatasetImportJobs, IMPORT_JOB_KIND } from './control/dataset-import-jobs.ts';
import { Datasets } from './control/datasets.ts';
import { EventTrackers } from './control/event-trackers.ts';
import { Filters } from './control/filters.ts';
import { DATA_GC_JOB, registerLifecycleJobs } from './control/lifecycle.ts';
import { PageTokens } from './control/pagination.ts';
import { Recipes } from './control/recipes.ts';
import { Schemas } from './control/schemas.ts';
import { SolutionVersions } from './control/solution-versions.ts';
import { Solutions } from './control/solutions.ts';
import { Tagging } from './control/tags.ts';
import { registerDataJobs } from './data/jobs.ts';
import { giveUpImport, runImport } from './data/import/run.ts';
import { Uploads } from './data/import/uploads.ts';
import { AnnouncementFeed, type AnnouncementSink, deletionAnnouncement, importAnnouncement } from './data/ingest/announcements.ts';
import { Ingest } from './data/ingest/ingest.ts';
import { enqueueJob, requeueOrphanedJobs } from './jobs/queue.ts';
import { JobRunner } from './jobs/runner.ts';
import { type Database, type Db, openDatabase } from './store/database.ts';
import { CHANNELS, type Notifications, notifyOnCommit, openNotifications } from './store/notify/notifications.ts';
import { TrainingPool } from './training/pool.ts';
import { alsKernel, nativeKernelError } from './training/recipes/user-personalization/index.ts';
import { registerRefreshJobs } from './training/refresh.ts';
import { registerTrainingJob } from './training/train-job.ts';
import { GroupRegistry } from './serving/catalog/group-registry.ts';
import { DeployCheck } from './serving/deploy-check.ts';
import { detectExecutionProviders } from './serving/engine/onnx-runtime.ts';
import { engineFactory } from './serving/engine/item-engine.ts';
import { nativeItemIndex, nativeItemIndexError } from './serving/engine/native-item-index.ts';
import { FilterCache } from './serving/filter-cache.ts';
import { CampaignManager } from './serving/manager.ts';
import { Runtime } from './serving/runtime.ts';

/** Job polling on PGlite (work enqueued here and due retries wake the runner at once). */
const EMBEDDED_POLL_MS = 30_000;

/** A running Attune server. */
export interface Attune {
  readonly config: AttuneConfig;
  readonly database: Database;
  readonly services: Services;
  readonly runner: JobRunner;
  readonly api: ApiServer;
  /** The campaigns this process serves. */
  readonly manager: CampaignManager;
  /** LISTEN/NOTIFY between the processes sharing the database (PostgreSQL only). */
  readonly notifications: Notifications | undefined;
  /** Data written by other processes as this one applies it (PostgreSQL, runtime or trainer role). */
  readonly announcements: AnnouncementFeed | undefined;
  /** The port actually bound (differs from config.port when that is 0). */
  readonly port: number;
  /** Drains calls in flight, finishes pending writes, releases running jobs, closes the store. */
  stop(): Promise<void>;
}

/** Parts a test or an embedding program may supply instead of the built-in ones. */
export interface StartOptions {
  /** Serves campaigns in this process; without one, campaign deploys fail with a reason saying so. */
  deployer?: CampaignDeployer;
}

/** Starts Attune with a resolved configuration. */
export async function startAttune(config: AttuneConfig, logger: Logger, options: StartOptions = {}): Promise<Attune> {
  const database = await openDatabase(config.db);
  const roles = config.roles;
  const serves = (role: Role) => roles.includes(role);
  // PGlite belongs to this one process (config refuses roles other than all there): nothing to tell anyone.
  const notifications = database.kind === 'postgres' ? openNotifications(database, logger.child({ component: 'notify' })) : undefined;
  try {
    const tokens = await PageTokens.load(database);
    const runner = new JobRunner({
      db: database.db,
      logger: logger.child({ component: 'jobs' }),
      leaseMs: config.jobLeaseMs,
      // An embedded database has no other process enqueueing or holding leases, and each poll
      // runs PGlite on this thread (2–7 ms that calls in flight wait for): poll rarely.
      pollMs: database.kind === 'pglite' ? EMBEDDED_POLL_MS : undefined,
    });
    if (database.kind === 'pglite') {
      // An embedded database belongs to this process alone: jobs marked running were left by a
      // process that died, so take them over now instead of waiting for their leases to expire.
      await requeueOrphanedJobs(database.db);
    }
    const servingLog = logger.child({ component: 'serving' });
    // Campaigns (runtime) and batch inference (trainer) score; a control or events process does not.
    if (serves('runtime') || serves('trainer')) {
      await detectExecutionProviders(config.onnxProviders, (msg, fields) => servingLog.info(fields, msg));
      if (nativeItemIndex) servingLog.info({ index: 'native', kernels: nativeItemIndex.simd }, `vector index: native (native-models/item-index, ${nativeItemIndex.simd} kernels) for catalogs of ${config.indexMinItems} items or more`);
      else servingLog.warn({ index: 'none', reason: nativeItemIndexError }, `vector index: not available, every catalog is scored exactly (slower on large catalogs): ${nativeItemIndexError}`);
    }
    const groups = new GroupRegistry(database, servingLog);
    const loaderEnv = { database, groups, engine: engineFactory({ indexThreshold: config.indexMinItems, executionProviders: config.onnxProviders, logger: servingLog }) };
    const manager = new CampaignManager(loaderEnv, servingLog);
    // New items enter the user-personalization campaigns this process serves (none unless it serves some).
    manager.refreshNewItemsEvery(config.newItemsIntervalMs);
    const filterCache = new FilterCache(database);
    const ctx: ControlContext = {
      database,
      scope: config.arnScope,
      tokens,
      limits: config.limits,
      logger: logger.child({ component: 'control' }),
      jobs: { enqueue: enqueueJob, poke: () => runner.poke() },
      // A process that serves no campaigns checks that a deploy can be served; the runtime processes load it when told.
      deployer: options.deployer ?? (serves('runtime') ? manager : new DeployCheck(database)),
    };
    const services: Services = {
      datasetGroups: new DatasetGroups(ctx),
      schemas: new Schemas(ctx),
      datasets: new Datasets(ctx),
      importJobs: new DatasetImportJobs(ctx, () => config.dataRoots),
      eventTrackers: new EventTrackers(ctx),
      tagging: new Tagging(ctx),
      recipes: new Recipes(tokens),
      solutions: new Solutions(ctx),
      solutionVersions: new SolutionVersions(ctx),
      campaigns: new Campaigns(ctx),
      filters: new Filters(ctx),
      uploads: new Uploads(database),
      ingest: new Ingest(database, notifications ? { announceAs: runner.owner } : {}),
      runtime: new Runtime(manager, filterCache),
      batchJobs: new BatchJobs(ctx, () => config.dataRoots),
      exportJobs: new DatasetExportJobs(ctx, () => config.dataRoots),
      deletionJobs: new DataDeletionJobs(ctx, () => config.dataRoots),
    };
    services.ingest.listen((change) => {
      // The write is committed whatever happens here: a failure is logged, not sent to the writer.
      try {
        groups.apply(change);
      } catch (err) {
        servingLog.error({ err, datasetId: change.datasetId }, 'applying a real-time write to serving data failed');
      }
    });
    // control: the jobs that move resources through their states (campaign deploys included).
    if (serves('control')) registerLifecycleJobs(runner, ctx);
    const importEnv = {
      database,
      dataRoots: () => config.dataRoots,
      logger: logger.child({ component: 'import' }),
      scheduleGc: async () => {
        await enqueueJob(database.db, DATA_GC_JOB, 'data');
        runner.poke();
      },
      onCommitted: (datasetId: number) => groups.importCommitted(datasetId),
      // Announced by the committing transaction itself, so that no commit goes unannounced.
      ...(notifications ? { announceCommit: (tx: Db, datasetId: number) => notifyOnCommit(tx, CHANNELS.data, importAnnouncement(runner.owner, datasetId)) } : {}),
    };
    const pool = new TrainingPool({ threads: config.trainingThreads, ...(config.trainingWorkerFile ? { workerFile: config.trainingWorkerFile } : {}) });
    // trainer: the heavy jobs (imports, training, batch inference, export, deletion, scheduled retraining).
    if (serves('trainer')) {
      runner.register(IMPORT_JOB_KIND, {
        concurrency: config.importConcurrency,
        maxAttempts: 3,
        handler: ({ job, signal, owner }) => runImport(importEnv, job.resourceArn, signal, { jobId: job.id, owner }),
        onGiveUp: (job) => giveUpImport(importEnv, job.resourceArn),
      });
      const trainingLog = logger.child({ component: 'training' });
      if (alsKernel.name === 'native') trainingLog.info({ kernel: 'native', threads: pool.size }, 'ALS training kernel: native (native-models/als)');
      else trainingLog.warn({ kernel: alsKernel.name, reason: nativeKernelError }, `ALS training kernel: TypeScript fallback, about 15x slower (${nativeKernelError})`);
      registerTrainingJob(runner, {
        database,
        pool,
        logger: trainingLog,
        threads: config.trainingThreads,
        concurrency: config.trainingConcurrency,
        keepRows: (groupArn) => groups.keepRowsOf(groupArn),
        onActive: async (_version, solutionArn) => {
          await services.campaigns.followLatest(solutionArn);
        },
      });
      registerBatchJobs(runner, { loader: loaderEnv, filters: filterCache, dataRoots: () => config.dataRoots, logger: logger.child({ component: 'batch' }), indexMinItems: config.indexMinItems, executionProviders: config.onnxProviders });
      registerDataJobs(runner, {
        database,
        dataRoots: () => config.dataRoots,
        logger: logger.child({ component: 'data-jobs' }),
        onUsersDeleted: (groupArn) => groups.usersDeleted(groupArn),
        ...(notifications ? { announceDeletion: (tx: Db, groupArn: string) => notifyOnCommit(tx, CHANNELS.data, deletionAnnouncement(runner.owner, groupArn)) } : {}),
      });
      registerRefreshJobs(runner, { database, campaigns: services.campaigns, logger: trainingLog, poke: () => runner.poke() });
    }
    // control: uploads of import data (a Personalize call) left unfinished are removed, now and hourly.
    let uploadSweep: NodeJS.Timeout | undefined;
    if (serves('control')) {
      await services.uploads.removeStale();
      uploadSweep = setInterval(() => {
        services.uploads.removeStale().catch((err: unknown) => logger.warn({ err }, 'removing stale uploads failed'));
      }, 3_600_000);
      uploadSweep.unref();
    }

    // Groups' data is kept in memory for campaigns (runtime) and batch jobs (trainer): keep it current with other processes' writes.
    const keepsGroups = serves('runtime') || serves('trainer');
    const announcements = notifications && keepsGroups ? new AnnouncementFeed(database, runner.owner, groupSink(groups), servingLog) : undefined;
    if (notifications) {
      await listenForOthers(notifications, database, servingLog, {
        ...(serves('control') || serves('trainer') ? { runner } : {}),
        ...(announcements ? { data: { groups, announcements } } : {}),
        ...(serves('runtime') ? { campaigns: manager } : {}),
      });
    }
    const api = buildServer(services, logger, config.arnScope.account, servicesOf(roles));
    const port = await listen(api.server, config.host, config.port);
    runner.start();
    // Behind a load balancer calls come once health says SERVING: have the campaigns loaded by then.
    if (notifications && serves('runtime')) await preloadCampaigns(database, manager, servingLog);
    api.health.setStatus('', 'SERVING');
    for (const name of api.served) api.health.setStatus(name, 'SERVING');
    logger.info(
      { host: config.host, port, database: database.displayUrl, dataRoots: config.dataRoots, roles },
      `attune listening on ${config.host}:${port}, database ${database.displayUrl}, roles ${roles.join(',')}`,
    );

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        api.health.setStatus('', 'NOT_SERVING');
        for (const name of SERVICE_NAMES) api.health.setStatus(name, 'NOT_SERVING');
        clearInterval(uploadSweep);
        await shutdownServer(api, config.drainTimeoutMs, logger);
        await notifications?.close();
        await announcements?.idle();
        await services.ingest.drain();
        await runner.stop();
        await manager.close();
        await pool.close();
        await database.close();
        logger.info('attune stopped');
      })());
    return { config, database, services, runner, api, port, manager, notifications, announcements, stop };
  } catch (err) {
    await notifications?.close().catch(() => {});
    await database.close().catch(() => {});
    throw err;
  }
}

/** Loads every ACTIVE campaign, one at a time (a campaign that fails to load is logged and loads again on first use). */
async function preloadCampaigns(database: Database, manager: CampaignManager, logger: Logger): Promise<void> {
  const t0 = performance.now();
  const active = await listActiveCampaigns(database.db);
  for (const c of active) {
    await manager.refresh(c.arn).catch((err: unknown) => logger.error({ err, campaignArn: c.arn }, 'loading a campaign at start failed'));
  }
  if (active.length > 0) logger.info({ campaigns: active.length, ms: Math.round(performance.now() - t0) }, 'campaigns loaded at start');
}

/** The group registry as the place announced data changes go. */
function groupSink(groups: GroupRegistry): AnnouncementSink {
  return {
    tracks: (datasetId) => groups.tracks(datasetId),
    apply: (change) => groups.apply(change),
    datasetChanged: (datasetId) => groups.importCommitted(datasetId),
    usersDeleted: (groupArn) => groups.usersDeleted(groupArn),
  };
}

/**
 * Listens for what other processes on the database do: jobs to claim (a process that runs
 * jobs), data written (a process that keeps groups' data: runtime, and trainer for batch jobs)
 * and campaigns to load or drop (runtime). After a lost connection each catches up from the
 * store: the runner looks for work, loaded groups and the campaigns read again.
 */
async function listenForOthers(
  notifications: Notifications,
  database: Database,
  logger: Logger,
  parts: { runner?: JobRunner; data?: { groups: GroupRegistry; announcements: AnnouncementFeed }; campaigns?: CampaignManager },
): Promise<void> {
  const { runner, data, campaigns: manager } = parts;
  if (runner) await notifications.listen(CHANNELS.jobs, (kind) => runner.wake(kind), () => runner.poke());
  if (data) await notifications.listen(CHANNELS.data, (payload) => data.announcements.push(payload), () => void data.groups.reloadAll());
  if (!manager) return;
  const refresh = (arn: string) =>
    manager.refresh(arn).catch((err: unknown) => logger.error({ err, campaignArn: arn }, 'loading a changed campaign failed; serving what was served'));
  const refreshAll = async () => {
    const arns = new Set([...manager.loaded(), ...(await listActiveCampaigns(database.db)).map((c) => c.arn)]);
    for (const arn of arns) await refresh(arn);
  };
  await notifications.listen(CHANNELS.campaigns, (arn) => void refresh(arn), () => {
    refreshAll().catch((err: unknown) => logger.error({ err }, 'catching up with campaign changes failed'));
  });
}

/** Stops accepting calls, lets calls in flight finish, and cancels what is left after `timeoutMs`. */
async function shutdownServer(api: ApiServer, timeoutMs: number, logger: Logger): Promise<void> {
  const graceful = new Promise<void>((resolve) => api.server.tryShutdown(() => resolve()));
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
  if ((await Promise.race([graceful, timer])) === 'timeout') {
    logger.warn({ inFlight: api.inFlight.size }, 'calls still in flight after the drain timeout; cancelling them');
    api.server.forceShutdown();
  }
  await api.inFlight.drained();
}
