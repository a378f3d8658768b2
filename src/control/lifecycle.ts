/**
 * The durable jobs that move control-plane resources through their states:
 * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE, UPDATE, and DELETE PENDING > gone.
 * Each handler is idempotent: a job retried after a crash finds the work done or finishes it.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { CATALOG_TTL_MS } from '../data/ingest/catalog.ts';
import type { JobRunner } from '../jobs/runner.ts';
import { collectDeadBatches, deleteDatasetRows } from '../store/data-rows.ts';
import * as t from '../store/schema.ts';
import { registerCampaignJobs } from './campaign-jobs.ts';
import type { ControlContext } from './context.ts';
import { DATASET_GROUP_JOBS } from './dataset-groups.ts';
import { DATASET_JOBS } from './datasets.ts';
import { EVENT_TRACKER_JOBS } from './event-trackers.ts';
import { SOLUTION_JOBS } from './solutions.ts';
import { deleteArtifactsOf } from '../store/artifacts.ts';
import { RowsCache } from '../serving/catalog/rows-cache.ts';
import { Status } from './status.ts';
import { deleteTags } from './tags.ts';

export const DATA_GC_JOB = 'data.gc';

type Activatable = typeof t.datasetGroups | typeof t.datasets | typeof t.eventTrackers | typeof t.solutions;

/** Registers the lifecycle jobs with the runner. */
export function registerLifecycleJobs(runner: JobRunner, ctx: ControlContext): void {
  const db = ctx.database.db;

  const activate = (table: Activatable) => async (arn: string) => {
    const pending = [Status.CreatePending, Status.CreateInProgress];
    await db.update(table).set({ status: Status.CreateInProgress, updatedAt: new Date() }).where(and(eq(table.arn, arn), inArray(table.status, pending)));
    await db.update(table).set({ status: Status.Active, updatedAt: new Date() }).where(and(eq(table.arn, arn), inArray(table.status, pending)));
  };

  const simple = (kind: string, fn: (arn: string, signal: AbortSignal) => Promise<void>) =>
    runner.register(kind, { concurrency: 8, handler: ({ job, signal }) => fn(job.resourceArn, signal) });

  simple(DATASET_GROUP_JOBS.create, activate(t.datasetGroups));
  simple(DATASET_JOBS.create, activate(t.datasets));
  simple(EVENT_TRACKER_JOBS.create, activate(t.eventTrackers));
  simple(SOLUTION_JOBS.create, activate(t.solutions));

  simple(SOLUTION_JOBS.delete, async (arn) => {
    await db.transaction(async (tx) => {
      const [s] = await tx.select().from(t.solutions).where(and(eq(t.solutions.arn, arn), eq(t.solutions.status, Status.DeletePending)));
      if (!s) return;
      const versions = await tx.select({ arn: t.solutionVersions.arn }).from(t.solutionVersions).where(eq(t.solutionVersions.solutionId, s.id));
      for (const v of versions) {
        await deleteArtifactsOf(tx, v.arn);
        await deleteTags(tx, v.arn);
      }
      // The versions' batch jobs go with them (their output files stay where they were written).
      const versionIds = tx.select({ id: t.solutionVersions.id }).from(t.solutionVersions).where(eq(t.solutionVersions.solutionId, s.id));
      for (const j of await tx.select({ arn: t.batchJobs.arn }).from(t.batchJobs).where(inArray(t.batchJobs.solutionVersionId, versionIds))) await deleteTags(tx, j.arn);
      await tx.delete(t.batchJobs).where(inArray(t.batchJobs.solutionVersionId, versionIds));
      await tx.delete(t.solutionVersions).where(eq(t.solutionVersions.solutionId, s.id));
      await deleteTags(tx, arn);
      await tx.delete(t.solutions).where(eq(t.solutions.id, s.id));
    });
  });

  simple(DATASET_GROUP_JOBS.delete, async (arn) => {
    await db.transaction(async (tx) => {
      const [g] = await tx.select({ id: t.datasetGroups.id }).from(t.datasetGroups).where(and(eq(t.datasetGroups.arn, arn), eq(t.datasetGroups.status, Status.DeletePending)));
      if (!g) return;
      // Serving's local copy of the group's interactions (PGlite folder) goes first.
      RowsCache.of(ctx.database)?.remove(arn);
      // The group's data deletion jobs and the users they removed go with it.
      for (const j of await tx.select({ arn: t.dataDeletionJobs.arn }).from(t.dataDeletionJobs).where(eq(t.dataDeletionJobs.datasetGroupId, g.id))) await deleteTags(tx, j.arn);
      await tx.delete(t.dataDeletionJobs).where(eq(t.dataDeletionJobs.datasetGroupId, g.id));
      await tx.delete(t.deletedUsers).where(eq(t.deletedUsers.datasetGroupId, g.id));
      await deleteTags(tx, arn);
      await tx.delete(t.datasetGroups).where(eq(t.datasetGroups.id, g.id));
    });
  });

  simple(EVENT_TRACKER_JOBS.delete, async (arn) => {
    await db.transaction(async (tx) => {
      await deleteTags(tx, arn);
      await tx.delete(t.eventTrackers).where(and(eq(t.eventTrackers.arn, arn), eq(t.eventTrackers.status, Status.DeletePending)));
    });
  });

  simple(DATASET_JOBS.update, async (arn) => {
    await db.transaction(async (tx) => {
      const [d] = await tx.select().from(t.datasets).where(eq(t.datasets.arn, arn));
      if (!d || d.status !== Status.UpdatePending || d.updateSchemaId === null) return;
      const now = new Date();
      await tx
        .update(t.datasets)
        .set({ schemaId: d.updateSchemaId, status: Status.Active, updateStatus: Status.Active, updatedAt: now, updateUpdatedAt: now })
        .where(eq(t.datasets.id, d.id));
    });
  });

  simple(DATASET_JOBS.delete, async (arn, signal) => {
    const [d] = await db.select().from(t.datasets).where(eq(t.datasets.arn, arn));
    if (!d || (d.status !== Status.DeletePending && d.status !== Status.DeleteInProgress)) return;
    await db.update(t.datasets).set({ status: Status.DeleteInProgress, updatedAt: new Date() }).where(eq(t.datasets.id, d.id));
    // Serving's local copy of the group's interactions (PGlite folder) goes before the rows do.
    const [group] = await db.select({ arn: t.datasetGroups.arn }).from(t.datasetGroups).where(eq(t.datasetGroups.id, d.datasetGroupId));
    if (group) RowsCache.of(ctx.database)?.remove(group.arn);
    let removed = await deleteDatasetRows(ctx.database, d.id, signal);
    // Real-time writes validated just before the status changed (here or, through a cached
    // lookup, in another process) may land after the first pass: sweep again once every
    // cache has seen the dataset go.
    await sleep(CATALOG_TTL_MS + 1_000, undefined, { signal });
    removed += await deleteDatasetRows(ctx.database, d.id, signal);
    await db.transaction(async (tx) => {
      const imports = await tx.select({ arn: t.datasetImportJobs.arn }).from(t.datasetImportJobs).where(eq(t.datasetImportJobs.datasetId, d.id));
      for (const job of imports) await deleteTags(tx, job.arn);
      await tx.delete(t.datasetImportJobs).where(eq(t.datasetImportJobs.datasetId, d.id));
      const exports = await tx.select({ arn: t.datasetExportJobs.arn }).from(t.datasetExportJobs).where(eq(t.datasetExportJobs.datasetId, d.id));
      for (const job of exports) await deleteTags(tx, job.arn);
      await tx.delete(t.datasetExportJobs).where(eq(t.datasetExportJobs.datasetId, d.id));
      await deleteTags(tx, arn);
      await tx.delete(t.datasets).where(eq(t.datasets.id, d.id));
    });
    ctx.logger.info({ dataset: arn, rows: removed }, 'dataset deleted');
  });

  registerCampaignJobs(runner, ctx);

  runner.register(DATA_GC_JOB, {
    concurrency: 1,
    handler: async ({ signal }) => {
      const removed = await collectDeadBatches(ctx.database, signal);
      if (removed > 0) ctx.logger.info({ rows: removed }, 'removed rows of replaced or failed imports');
      // Finished jobs are history once their resources recorded the outcome.
      await ctx.database.query(`delete from jobs where state in ('done', 'failed') and updated_at < now() - interval '1 day'`);
    },
  });
}
