/**
 * The training job: moves a solution version from CREATE PENDING through CREATE IN_PROGRESS
 * to ACTIVE (model stored as an artifact, metrics recorded) or CREATE FAILED with a reason,
 * or, when stopped, CREATE STOPPED. The job is durable: a process that dies mid-training
 * leaves the job to be claimed again, and training restarts from the data.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { AttuneError, InvalidState } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { metadataFields } from '../data/schema/dataset-types.ts';
import { groupDatasets } from '../data/snapshot/group-datasets.ts';
import { type BuiltSnapshot, buildSnapshot, checkMinimumData, TrainingDataError, usesEveryRow } from '../data/snapshot/build.ts';
import { holdsLease, LeaseLost } from '../jobs/queue.ts';
import type { JobRunner } from '../jobs/runner.ts';
import { deleteArtifactsOf, writeArtifact } from '../store/artifacts.ts';
import type { Database } from '../store/database.ts';
import * as t from '../store/schema.ts';
import { type CheckedConfig, checkSolutionConfig, type SolutionConfigInput } from '../control/solution-config.ts';
import { requireSolutionVersion, TRAIN_JOB } from '../control/solution-versions.ts';
import { recipeOf } from '../control/solutions.ts';
import { Status } from '../control/status.ts';
import { encodeModel, type ModelFile } from './model-file.ts';
import type { TrainingPool } from './pool.ts';
import type { HyperParameters } from './recipes/recipe.ts';
import type { UpdateStats } from './recipes/user-personalization/update.ts';
import { runTraining } from './train-run.ts';
import { runUpdate } from './update-run.ts';

export interface TrainingJobOptions {
  database: Database;
  pool: TrainingPool;
  logger: Logger;
  /** Kernel threads one training may use. */
  threads: number;
  /** Trainings run at once in this process (default 1: a training uses every core). */
  concurrency?: number;
  /** How often a running training checks whether it was stopped (default 500 ms). */
  stopPollMs?: number;
  /**
   * Called before a training reads every interaction (no row filter); what it returns, if
   * anything (on a PGlite folder), takes the read, to keep as serving's rows of the group
   * (GroupRegistry.keepRowsOf).
   */
  keepRows?: (groupArn: string) => Promise<((interactionsDatasetId: number, built: BuiltSnapshot) => void) | undefined>;
  /** Told when a version became ACTIVE (campaigns that follow their solution's latest version move to it). */
  onActive?: (solutionVersionArn: string, solutionArn: string) => Promise<void>;
}

/** Raised inside a training when StopSolutionVersionCreation asked it to stop. */
class StopRequested extends Error {
  constructor() {
    super('stopped by StopSolutionVersionCreation');
  }
}

const IN_TRAINING = [Status.CreatePending, Status.CreateInProgress];

/** Registers the training job with the runner. */
export function registerTrainingJob(runner: JobRunner, options: TrainingJobOptions): void {
  const { database, logger } = options;
  const db = database.db;

  /** Ends a version that is still in one of `from`; its unreferenced artifacts go with it. */
  const finish = async (arn: string, values: Partial<typeof t.solutionVersions.$inferInsert>, from: string[]) => {
    await db.transaction(async (tx) => {
      const now = new Date();
      const ended = await tx
        .update(t.solutionVersions)
        .set({ ...values, updatedAt: now, trainingEndedAt: now })
        .where(and(eq(t.solutionVersions.arn, arn), inArray(t.solutionVersions.status, from)))
        .returning({ id: t.solutionVersions.id });
      if (ended.length > 0) await deleteArtifactsOf(tx, arn);
    });
  };
  /** Fails a version in training; one that was being stopped ends CREATE STOPPED instead. */
  const fail = async (arn: string, reason: string) => {
    await finish(arn, { status: Status.CreateStopped }, [Status.CreateStopping]);
    await finish(arn, { status: Status.CreateFailed, failureReason: reason.slice(0, 1000) }, IN_TRAINING);
  };

  runner.register(TRAIN_JOB, {
    concurrency: options.concurrency ?? 1,
    maxAttempts: 3,
    onGiveUp: async (job) => fail(job.resourceArn, 'training was interrupted 3 times (the training process stopped or crashed)'),
    handler: async ({ job, signal, owner }) => {
      const arn = job.resourceArn;
      // Link to the job's signal before any await: a shutdown or lost lease must always reach the training.
      const abort = new AbortController();
      const onShutdown = () => abort.abort(signal.reason);
      if (signal.aborted) onShutdown();
      else signal.addEventListener('abort', onShutdown, { once: true });
      let poll: NodeJS.Timeout | undefined;
      try {
        const [row] = await db.select().from(t.solutionVersions).where(eq(t.solutionVersions.arn, arn));
        if (!row) return;
        if (row.status === Status.CreateStopping) {
          await finish(arn, { status: Status.CreateStopped }, [Status.CreateStopping]);
          return;
        }
        if (row.status === Status.Active && job.attempts > 1) {
          // An earlier attempt made the version ACTIVE and may have died before the campaigns
          // following $LATEST moved to it: move them now (a campaign already on it stays).
          const [solution] = await db.select({ arn: t.solutions.arn }).from(t.solutions).where(eq(t.solutions.id, row.solutionId));
          if (solution) await options.onActive?.(arn, solution.arn);
          return;
        }
        if (!IN_TRAINING.includes(row.status as (typeof IN_TRAINING)[number])) return;
        // Claim the version; an earlier attempt's artifacts (a crash mid-write) are dropped.
        const claimed = await db.transaction(async (tx) => {
          const updated = await tx
            .update(t.solutionVersions)
            .set({ status: Status.CreateInProgress, trainingStartedAt: row.trainingStartedAt ?? new Date(), updatedAt: new Date() })
            .where(and(eq(t.solutionVersions.id, row.id), inArray(t.solutionVersions.status, IN_TRAINING)))
            .returning({ id: t.solutionVersions.id });
          if (updated.length > 0) await deleteArtifactsOf(tx, arn);
          return updated.length > 0;
        });
        if (!claimed) return;
        poll = setInterval(() => {
          void db
            .select({ status: t.solutionVersions.status })
            .from(t.solutionVersions)
            .where(eq(t.solutionVersions.id, row.id))
            .then(([r]) => {
              if (r?.status !== Status.CreateInProgress) abort.abort(new StopRequested());
            })
            .catch(() => {});
        }, options.stopPollMs ?? 500);
        await train(arn, row.id, abort.signal, { jobId: job.id, owner });
      } catch (err) {
        const reason = abort.signal.aborted ? abort.signal.reason : err;
        if (reason instanceof StopRequested) {
          await finish(arn, { status: Status.CreateStopped }, [...IN_TRAINING, Status.CreateStopping]);
          return;
        }
        if (signal.aborted || reason instanceof LeaseLost) throw err; // the job goes back to the queue or to its new owner
        if (err instanceof TrainingDataError || err instanceof AttuneError) {
          await fail(arn, err.message);
          return;
        }
        logger.error({ err, solutionVersionArn: arn }, 'training failed');
        await fail(arn, `training failed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        clearInterval(poll);
        signal.removeEventListener('abort', onShutdown);
      }
    },
  });

  /** Trains a claimed version (FULL, AUTOTRAIN or UPDATE) and activates it, while this process still holds the job. */
  async function train(arn: string, versionId: number, signal: AbortSignal, lease: { jobId: number; owner: string }): Promise<void> {
    const version = await requireSolutionVersion(db, arn);
    const recipe = recipeOf(version);
    const checked = checkSolutionConfig(recipe, version.performHpo, undefined, version.config as SolutionConfigInput, version.eventType ?? undefined);
    const source = await dataSource(database, version.datasetGroupArn);
    const t0 = performance.now();
    const snapshotOptions = {
      ...(version.eventType ? { eventType: version.eventType } : {}),
      ...(checked.eventValueThreshold !== undefined ? { eventValueThreshold: checked.eventValueThreshold } : {}),
      ...(checked.eventsConfig ? { eventsConfig: checked.eventsConfig } : {}),
      excludedItemColumns: checked.excludedItemColumns,
    };
    // Every interaction row up to this id is read below: automatic training looks for rows past it.
    const interactionsMark = await highestInteractionId(database);
    // A read of every row is what serving's first load of the group would read again: kept.
    const keep = usesEveryRow(snapshotOptions) ? await options.keepRows?.(version.datasetGroupArn) : undefined;
    // PostgreSQL: a worker reads the rows over its own connection, in one read-only snapshot.
    // PGlite lives in this thread, so it is read here, in short range queries that let API calls in between.
    const built = database.url
      ? await options.pool.snapshot({ url: database.url, source, options: snapshotOptions }, signal)
      : await buildSnapshot(database, source, { ...snapshotOptions, signal });
    keep?.(source.interactionsDatasetId, built);
    checkMinimumData(built.snapshot.interactions);
    const t1 = performance.now();
    const result = version.trainingMode === 'UPDATE' ? await update(version.sourceVersionId, built, signal) : await full(recipe.name, checked, built, signal);
    const t2 = performance.now();
    signal.throwIfAborted();
    const artifactId = await writeArtifact(database, arn, 'model', encodeModel(result.file));
    const t3 = performance.now();
    signal.throwIfAborted();
    const outcome = await db.transaction(async (tx) => {
      if (!(await holdsLease(tx, lease.jobId, lease.owner))) return 'lease lost';
      const [current] = await tx.select({ status: t.solutionVersions.status }).from(t.solutionVersions).where(eq(t.solutionVersions.id, versionId)).for('update');
      if (current?.status !== Status.CreateInProgress) return 'stopped';
      const now = new Date();
      await tx
        .update(t.solutionVersions)
        .set({
          status: Status.Active,
          metrics: result.metrics,
          hyperParameters: result.params,
          tunedHyperParameters: result.tuned ?? null,
          artifactId,
          interactionsMark,
          trainingEndedAt: now,
          updatedAt: now,
        })
        .where(eq(t.solutionVersions.id, versionId));
      return 'active';
    });
    if (outcome !== 'active') {
      // Only this attempt's artifact goes: the version may belong to another attempt now.
      await db.transaction(async (tx) => {
        await tx.delete(t.artifactChunks).where(eq(t.artifactChunks.artifactId, artifactId));
        await tx.delete(t.artifacts).where(eq(t.artifacts.id, artifactId));
      });
      throw outcome === 'lease lost' ? new LeaseLost() : new StopRequested();
    }
    logger.info(
      {
        solutionVersionArn: arn,
        interactions: built.snapshot.interactions.userPtr[built.snapshot.interactions.numUsers],
        users: built.snapshot.interactions.numUsers,
        items: built.snapshot.interactions.numItems,
        snapshotMs: Math.round(t1 - t0),
        trainMs: Math.round(t2 - t1),
        storeMs: Math.round(t3 - t2),
        trainingMode: version.trainingMode,
        ...(result.update ? { update: result.update } : {}),
      },
      'solution version trained',
    );
    await options.onActive?.(arn, version.solutionArn).catch((err: unknown) => logger.error({ err, solutionVersionArn: arn }, 'following the new version failed'));
  }

  /** A FULL (or AUTOTRAIN) training: holdout metrics and the final fit, with HPO when the solution asks. */
  async function full(recipe: string, checked: CheckedConfig, built: BuiltSnapshot, signal: AbortSignal): Promise<Trained> {
    const run = await runTraining(options.pool, {
      recipe,
      params: checked.params,
      ...(checked.search ? { search: checked.search } : {}),
      snapshot: built.snapshot,
      threads: options.threads,
      signal,
    });
    const file = { recipe, meta: run.model.meta, arrays: run.model.arrays, userIds: built.userIds, itemIds: built.itemIds };
    return { file, metrics: run.metrics, params: run.params, ...(run.tuned ? { tuned: run.tuned } : {}) };
  }

  /** An UPDATE: the source version's model brought up to date; no metrics (Personalize computes none for UPDATE). */
  async function update(sourceVersionId: number | null, built: BuiltSnapshot, signal: AbortSignal): Promise<Trained> {
    if (sourceVersionId === null) throw new InvalidState('an UPDATE version needs the version it updates');
    const run = await runUpdate(database, options.pool, sourceVersionId, built, options.threads, signal);
    return { file: run.file, metrics: {}, params: run.params, update: run.stats };
  }
}

/** What a training produced, whatever its mode. */
interface Trained {
  file: ModelFile;
  metrics: Record<string, number>;
  params: HyperParameters;
  tuned?: Record<string, string>;
  update?: UpdateStats;
}

/** The highest interaction row id in the store (0 when there is none). */
async function highestInteractionId(database: Database): Promise<number> {
  const [row] = await database.query<{ m: number | string | null }>('select max(id) as m from interactions');
  return row?.m === null || row?.m === undefined ? 0 : Number(row.m);
}

/** The group's Interactions dataset and, if any, its Items dataset with categorical fields. */
async function dataSource(database: Database, groupArn: string) {
  const { interactions, items } = await groupDatasets(database, groupArn);
  if (!interactions) throw new TrainingDataError('the dataset group has no ACTIVE Interactions dataset');
  if (!items) return { interactionsDatasetId: interactions.id };
  const fields = metadataFields({ name: 'Items', fields: items.fields }, 'Items')
    .filter((f) => f.categorical)
    .map((f) => f.name);
  return { interactionsDatasetId: interactions.id, itemsDatasetId: items.id, categoricalItemFields: fields };
}
