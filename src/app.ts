/**
 * The composition root: opens the store, builds the domain services, the job runner and the
 * gRPC server, and stops them in order (drain calls, finish writes, hand back jobs, close).
 */
import type { Logger } from './common/logger.ts';
import { type ApiServer, buildServer, listen, SERVICE_NAMES } from './api/server.ts';
import type { Services } from './api/services.ts';
import type { AttuneConfig } from './config.ts';
import type { ControlContext } from './control/context.ts';
import { DatasetGroups } from './control/dataset-groups.ts';
import { DatasetImportJobs, IMPORT_JOB_KIND } from './control/dataset-import-jobs.ts';
import { Datasets } from './control/datasets.ts';
import { EventTrackers } from './control/event-trackers.ts';
import { DATA_GC_JOB, registerLifecycleJobs } from './control/lifecycle.ts';
import { PageTokens } from './control/pagination.ts';
import { Recipes } from './control/recipes.ts';
import { Schemas } from './control/schemas.ts';
import { SolutionVersions } from './control/solution-versions.ts';
import { Solutions } from './control/solutions.ts';
import { Tagging } from './control/tags.ts';
import { giveUpImport, runImport } from './data/import/run.ts';
import { Uploads } from './data/import/uploads.ts';
import { Ingest } from './data/ingest/ingest.ts';
import { enqueueJob, requeueOrphanedJobs } from './jobs/queue.ts';
import { JobRunner } from './jobs/runner.ts';
import { type Database, openDatabase } from './store/database.ts';
import { TrainingPool } from './training/pool.ts';
import { alsKernel, nativeKernelError } from './training/recipes/user-personalization/index.ts';
import { registerTrainingJob } from './training/train-job.ts';

/** A running Attune server. */
export interface Attune {
  readonly config: AttuneConfig;
  readonly database: Database;
  readonly services: Services;
  readonly runner: JobRunner;
  readonly api: ApiServer;
  /** The port actually bound (differs from config.port when that is 0). */
  readonly port: number;
  /** Drains calls in flight, finishes pending writes, releases running jobs, closes the store. */
  stop(): Promise<void>;
}

/** Starts Attune with a resolved configuration. */
export async function startAttune(config: AttuneConfig, logger: Logger): Promise<Attune> {
  const database = await openDatabase(config.db);
  try {
    const tokens = await PageTokens.load(database);
    const runner = new JobRunner({ db: database.db, logger: logger.child({ component: 'jobs' }), leaseMs: config.jobLeaseMs });
    if (database.kind === 'pglite') {
      // An embedded database belongs to this process alone: jobs marked running were left by a
      // process that died, so take them over now instead of waiting for their leases to expire.
      await requeueOrphanedJobs(database.db);
    }
    const ctx: ControlContext = {
      database,
      scope: config.arnScope,
      tokens,
      limits: config.limits,
      logger: logger.child({ component: 'control' }),
      jobs: { enqueue: enqueueJob, poke: () => runner.poke() },
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
      uploads: new Uploads(database),
      ingest: new Ingest(database),
    };
    registerLifecycleJobs(runner, ctx);
    const importEnv = {
      database,
      dataRoots: () => config.dataRoots,
      logger: logger.child({ component: 'import' }),
      scheduleGc: async () => {
        await enqueueJob(database.db, DATA_GC_JOB, 'data');
        runner.poke();
      },
    };
    runner.register(IMPORT_JOB_KIND, {
      concurrency: config.importConcurrency,
      maxAttempts: 3,
      handler: ({ job, signal, owner }) => runImport(importEnv, job.resourceArn, signal, { jobId: job.id, owner }),
      onGiveUp: (job) => giveUpImport(importEnv, job.resourceArn),
    });
    const pool = new TrainingPool({ threads: config.trainingThreads, ...(config.trainingWorkerFile ? { workerFile: config.trainingWorkerFile } : {}) });
    const trainingLog = logger.child({ component: 'training' });
    if (alsKernel.name === 'native') trainingLog.info({ kernel: 'native', threads: pool.size }, 'ALS training kernel: native (native-models/als)');
    else trainingLog.warn({ kernel: alsKernel.name, reason: nativeKernelError }, `ALS training kernel: TypeScript fallback, about 15x slower (${nativeKernelError})`);
    registerTrainingJob(runner, {
      database,
      pool,
      logger: trainingLog,
      threads: config.trainingThreads,
      concurrency: config.trainingConcurrency,
    });
    await services.uploads.removeStale();
    const uploadSweep = setInterval(() => {
      services.uploads.removeStale().catch((err: unknown) => logger.warn({ err }, 'removing stale uploads failed'));
    }, 3_600_000);
    uploadSweep.unref();

    const api = buildServer(services, logger, config.arnScope.account);
    const port = await listen(api.server, config.host, config.port);
    runner.start();
    api.health.setStatus('', 'SERVING');
    for (const name of SERVICE_NAMES) api.health.setStatus(name, 'SERVING');
    logger.info(
      { host: config.host, port, database: database.displayUrl, dataRoots: config.dataRoots },
      `attune listening on ${config.host}:${port}, database ${database.displayUrl}`,
    );

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        api.health.setStatus('', 'NOT_SERVING');
        for (const name of SERVICE_NAMES) api.health.setStatus(name, 'NOT_SERVING');
        clearInterval(uploadSweep);
        await shutdownServer(api, config.drainTimeoutMs, logger);
        await services.ingest.drain();
        await runner.stop();
        await pool.close();
        await database.close();
        logger.info('attune stopped');
      })());
    return { config, database, services, runner, api, port, stop };
  } catch (err) {
    await database.close().catch(() => {});
    throw err;
  }
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
