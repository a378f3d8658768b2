/**
 * The data deletion job: reads the user ids of its CSV files (one USER_ID column), then removes
 * those users' interactions and user records from the group's datasets, a few thousand users
 * per transaction. Each transaction also records the users it removed in `deleted_users` (so
 * serving forgets what trained models learnt of them) and adds them to the job's count, so an
 * attempt cut short and run again counts every user once: users already removed have no
 * records left. The input is checked completely before anything is deleted.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AttuneError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { DeletionStatus } from '../../control/data-deletion-jobs.ts';
import { holdsLease, type JobLease, LeaseLost, rowsOf } from '../../jobs/queue.ts';
import type { Database, Db } from '../../store/database.ts';
import * as t from '../../store/schema.ts';
import { CsvFormatError, readCsv } from '../csv/index.ts';
import { ImportFailure } from '../import/copy-text.ts';
import { resolveDataLocation } from '../import/location.ts';
import { type SourceFile, sourceFiles } from '../import/sources.ts';

/** Personalize's limit on a deletion job's input. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
/** Users removed per transaction. */
const USERS_PER_STEP = 5_000;
const MAX_USER_ID = 256;

export interface DeletionEnvironment {
  database: Database;
  dataRoots: () => string[];
  logger: Logger;
  /** Told when users' records were deleted from a dataset group (serving reads the group again). */
  onUsersDeleted?: (datasetGroupArn: string) => void;
  /** Tells other processes, inside the transaction that ends the job. */
  announceDeletion?: (tx: Db, datasetGroupArn: string) => Promise<void>;
}

/** Runs (or runs again, after a crash) the deletion job `arn`. */
export async function runDeletion(env: DeletionEnvironment, arn: string, signal: AbortSignal, lease: JobLease): Promise<void> {
  const { database } = env;
  const db = database.db;
  const [job] = await db.select().from(t.dataDeletionJobs).where(eq(t.dataDeletionJobs.arn, arn));
  if (!job || (job.status !== DeletionStatus.Pending && job.status !== DeletionStatus.InProgress)) return;
  const [group] = await db.select().from(t.datasetGroups).where(eq(t.datasetGroups.id, job.datasetGroupId));
  const log = env.logger.child({ deletionJob: arn });
  await db.update(t.dataDeletionJobs).set({ status: DeletionStatus.InProgress, updatedAt: new Date() }).where(eq(t.dataDeletionJobs.id, job.id));
  try {
    let files: SourceFile[];
    try {
      files = await sourceFiles(database, resolveDataLocation(job.dataLocation, env.dataRoots()));
    } catch (err) {
      throw new ImportFailure(err instanceof Error ? err.message : String(err));
    }
    // First pass: the whole input must be valid before any record is deleted.
    let total = 0;
    for await (const _ of userBatches(files, signal)) total += _.length;
    const datasets = await db.select({ id: t.datasets.id, type: t.datasets.datasetType }).from(t.datasets).where(eq(t.datasets.datasetGroupId, job.datasetGroupId));
    const interactions = datasets.find((d) => d.type === 'Interactions')?.id ?? -1;
    const users = datasets.find((d) => d.type === 'Users')?.id ?? -1;
    for await (const batch of userBatches(files, signal)) {
      signal.throwIfAborted();
      await db.transaction(async (tx) => {
        if (!(await holdsLease(tx, lease.jobId, lease.owner))) throw new LeaseLost();
        const list = JSON.stringify(batch);
        const removed = rowsOf(
          await tx.execute(sql`
            with wanted as (select jsonb_array_elements_text(${list}::jsonb) as user_id),
            i as (delete from interactions r where r.dataset_id = ${interactions} and r.user_id in (select user_id from wanted) returning r.user_id),
            u as (delete from users r where r.dataset_id = ${users} and r.user_id in (select user_id from wanted) returning r.user_id),
            gone as (select user_id from i union select user_id from u),
            noted as (
              insert into deleted_users (dataset_group_id, user_id, deleted_at) select ${job.datasetGroupId}, user_id, now() from gone
              on conflict (dataset_group_id, user_id) do update set deleted_at = excluded.deleted_at returning 1)
            select count(*) as n from noted`),
        );
        const n = Number(removed[0]?.n ?? 0);
        await tx
          .update(t.dataDeletionJobs)
          .set({ numDeleted: sql`${t.dataDeletionJobs.numDeleted} + ${n}`, updatedAt: new Date() })
          .where(eq(t.dataDeletionJobs.id, job.id));
        // Each step is announced as it commits: other processes forget these users now, even if
        // this job stops before its end.
        if (n > 0 && group) await env.announceDeletion?.(tx, group.arn);
      });
      if (group) env.onUsersDeleted?.(group.arn);
    }
    await db.transaction(async (tx) => {
      if (!(await holdsLease(tx, lease.jobId, lease.owner))) throw new LeaseLost();
      await tx.update(t.dataDeletionJobs).set({ status: DeletionStatus.Completed, failureReason: null, updatedAt: new Date() }).where(eq(t.dataDeletionJobs.id, job.id));
      if (group) await env.announceDeletion?.(tx, group.arn);
    });
    const [done] = await db.select({ n: t.dataDeletionJobs.numDeleted }).from(t.dataDeletionJobs).where(eq(t.dataDeletionJobs.id, job.id));
    log.info({ listed: total, deleted: done?.n }, 'data deletion finished');
    if (group) env.onUsersDeleted?.(group.arn);
  } catch (err) {
    if (signal.aborted) throw err;
    if (err instanceof LeaseLost) {
      log.warn('another process took this deletion over; leaving it to that process');
      return;
    }
    const reason = err instanceof ImportFailure || err instanceof AttuneError || err instanceof CsvFormatError ? err.message : undefined;
    if (reason === undefined) throw err; // unexpected (e.g. the database): the runner retries
    log.info({ reason }, 'data deletion failed');
    await db.transaction(async (tx) => {
      if (!(await holdsLease(tx, lease.jobId, lease.owner))) return;
      await tx.update(t.dataDeletionJobs).set({ status: DeletionStatus.Failed, failureReason: reason, updatedAt: new Date() }).where(eq(t.dataDeletionJobs.id, job.id));
      if (group) await env.announceDeletion?.(tx, group.arn);
    });
    // Users removed before a failure stay removed: let serving forget them too.
    if (group) env.onUsersDeleted?.(group.arn);
  }
}

/** Marks a deletion job failed after its attempts ran out (users it removed stay removed, and are announced). */
export async function giveUpDeletion(env: DeletionEnvironment, arn: string, reason: string): Promise<void> {
  const groupArn = await env.database.db.transaction(async (tx) => {
    const [job] = await tx
      .update(t.dataDeletionJobs)
      .set({ status: DeletionStatus.Failed, failureReason: reason, updatedAt: new Date() })
      .where(and(eq(t.dataDeletionJobs.arn, arn), inArray(t.dataDeletionJobs.status, [DeletionStatus.Pending, DeletionStatus.InProgress])))
      .returning({ groupId: t.dataDeletionJobs.datasetGroupId });
    if (!job) return undefined;
    const [group] = await tx.select({ arn: t.datasetGroups.arn }).from(t.datasetGroups).where(eq(t.datasetGroups.id, job.groupId));
    if (group) await env.announceDeletion?.(tx, group.arn);
    return group?.arn;
  });
  if (groupArn) env.onUsersDeleted?.(groupArn);
}

/** The input's user ids in batches (ids repeated across batches are harmless); throws ImportFailure on bad input. */
async function* userBatches(files: SourceFile[], signal: AbortSignal): AsyncGenerator<string[]> {
  let bytes = 0;
  let batch = new Set<string>();
  for (const file of files) {
    const counted = countBytes(file.open(), (n) => {
      bytes += n;
      if (bytes > MAX_INPUT_BYTES) throw new ImportFailure(`${file.name}: the input of a data deletion job may hold at most 100 MB`);
    });
    let first = true;
    for await (const { records, lines } of readCsv(counted, { fileName: file.name })) {
      signal.throwIfAborted();
      for (let r = 0; r < records.length; r++) {
        const record = records[r]!;
        if (first) {
          first = false;
          if (record.length !== 1 || record[0]!.trim().toUpperCase() !== 'USER_ID') {
            throw new ImportFailure(`${file.name}, line 1: the header must be the single column USER_ID (got ${record.join(',')})`);
          }
          continue;
        }
        if (record.length !== 1) throw new ImportFailure(`${file.name}, line ${lines[r]}: expected 1 field (USER_ID), got ${record.length}`);
        const id = record[0]!;
        if (id === '' || id.length > MAX_USER_ID) throw new ImportFailure(`${file.name}, line ${lines[r]}: USER_ID must be 1 to ${MAX_USER_ID} characters`);
        batch.add(id);
        if (batch.size >= USERS_PER_STEP) {
          yield [...batch];
          batch = new Set();
        }
      }
    }
    if (first) throw new ImportFailure(`${file.name}: the file is empty (it needs a USER_ID header)`);
  }
  if (batch.size > 0) yield [...batch];
}

async function* countBytes(chunks: AsyncIterable<Uint8Array>, add: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    add(chunk.length);
    yield chunk;
  }
}
