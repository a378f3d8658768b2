/**
 * The dataset import job: streams the CSV files of a data location into a new data batch,
 * then makes the batch visible in one short transaction (FULL: and retires the dataset's
 * earlier bulk batches). A failure leaves the batch invisible, so a failed job changes no data.
 */
import { eq, sql } from 'drizzle-orm';
import { AttuneError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { Status } from '../../control/status.ts';
import type { Database, Db } from '../../store/database.ts';
import { openBulkWriter } from '../../store/bulk-writer.ts';
import * as t from '../../store/schema.ts';
import { holdsLease, type JobLease, LeaseLost, rowsOf } from '../../jobs/queue.ts';
import { type DatasetType, parseAvroSchema } from '../schema/index.ts';
import { resolveDataLocation } from './location.ts';
import { ImportFailure } from './copy-text.ts';
import { ParseWorker } from './parse-client.ts';
import { tableLayout } from './records.ts';
import { sourceFiles } from './sources.ts';

/** Rows per write: one chunk of a COPY stream, or one COPY statement on PGlite. */
const WRITE_ROWS = 20_000;
const PROGRESS_MS = 1_000;

/** What the import needs from its surroundings. */
export interface ImportEnvironment {
  database: Database;
  dataRoots: () => string[];
  logger: Logger;
  /** Queues removal of the rows of dead batches. */
  scheduleGc: () => Promise<void>;
  /** Told when an import's rows became visible (serving reloads the dataset's group). */
  onCommitted?: (datasetId: number) => void;
  /** Tells other processes, inside the transaction that makes the rows visible. */
  announceCommit?: (tx: Db, datasetId: number) => Promise<void>;
}

/** Runs (or re-runs, after a crash) the import job `arn`. */
export async function runImport(env: ImportEnvironment, arn: string, signal: AbortSignal, lease: JobLease): Promise<void> {
  const { database } = env;
  const db = database.db;
  const [job] = await db.select().from(t.datasetImportJobs).where(eq(t.datasetImportJobs.arn, arn));
  if (!job || (job.status !== Status.CreatePending && job.status !== Status.CreateInProgress)) return;
  const [dataset] = await db.select().from(t.datasets).where(eq(t.datasets.id, job.datasetId));
  const log = env.logger.child({ importJob: arn });

  // A previous attempt that died left a loading batch: retire it.
  const stale = await database.query(`update data_batches set state = 'dead' where import_job_id = $1 and state = 'loading' returning id`, [job.id]);
  if (stale.length > 0) await env.scheduleGc();

  const [batch] = await database.query<{ id: number }>(
    `insert into data_batches (dataset_id, import_job_id, state, created_at) values ($1, $2, 'loading', now()) returning id`,
    [job.datasetId, job.id],
  );
  const batchId = Number(batch!.id);
  await db.update(t.datasetImportJobs).set({ status: Status.CreateInProgress, rowCount: 0, updatedAt: new Date() }).where(eq(t.datasetImportJobs.id, job.id));

  let rows = 0;
  try {
    if (!dataset) throw new ImportFailure('the dataset no longer exists');
    const [schemaRow] = await db.select().from(t.schemas).where(eq(t.schemas.id, dataset.schemaId));
    const schema = parseAvroSchema(schemaRow!.definition);
    const type = dataset.datasetType as DatasetType;
    let location;
    try {
      location = resolveDataLocation(job.dataLocation, env.dataRoots());
    } catch (err) {
      throw new ImportFailure(err instanceof Error ? err.message : String(err));
    }
    const files = await sourceFiles(database, location);
    const layout = tableLayout(schema, type);
    const writer = await openBulkWriter(database, layout.table, layout.columns);
    // Parsing and checking run in a worker thread; this thread only moves bytes and writes.
    const parser = new ParseWorker({ schema, type, datasetId: job.datasetId, batchId, rowsPerChunk: WRITE_ROWS });
    let lastProgress = Date.now();
    try {
      for (const file of files) {
        for await (const chunk of parser.parseFile(file.name, file.open())) {
          signal.throwIfAborted();
          await writer.writeText(chunk.text, chunk.count);
          rows += chunk.count;
          if (Date.now() - lastProgress > PROGRESS_MS) {
            lastProgress = Date.now();
            await db.update(t.datasetImportJobs).set({ rowCount: rows, updatedAt: new Date() }).where(eq(t.datasetImportJobs.id, job.id));
          }
        }
      }
      if (rows === 0) throw new ImportFailure(`${job.dataLocation}: no records (the file(s) hold a header but no rows)`);
      await writer.finish();
    } catch (err) {
      await writer.abort().catch(() => {});
      throw err;
    } finally {
      await parser.close();
    }
    await commitBatch(database, lease, job.id, job.datasetId, batchId, job.importMode === 'FULL', rows, env.announceCommit);
    log.info({ rows, mode: job.importMode }, 'import finished');
    env.onCommitted?.(job.datasetId);
    if (job.importMode === 'FULL') await env.scheduleGc();
  } catch (err) {
    if (signal.aborted) throw err; // shutdown or lost lease: the job is retried, the batch retired then.
    if (err instanceof LeaseLost) {
      log.warn('another process took this import over; leaving it to that process');
      return;
    }
    const reason = failureReason(err);
    if (reason === undefined) log.error({ err }, 'import failed unexpectedly');
    else log.info({ reason }, 'import failed');
    const recorded = await database.db.transaction(async (tx) => {
      if (!(await holdsLease(tx, lease.jobId, lease.owner))) return false;
      await tx.execute(sql`update data_batches set state = 'dead' where id = ${batchId}`);
      await tx
        .update(t.datasetImportJobs)
        .set({ status: Status.CreateFailed, failureReason: reason ?? 'internal error while importing (see the server log)', rowCount: 0, updatedAt: new Date() })
        .where(eq(t.datasetImportJobs.id, job.id));
      return true;
    });
    if (!recorded) log.warn('another process took this import over; not recording the failure');
    await env.scheduleGc();
  }
}

/** Marks an import job failed after its process died too often (the runner gives up). */
export async function giveUpImport(env: ImportEnvironment, arn: string): Promise<void> {
  await env.database.query(
    `update dataset_import_jobs set status = $2, failure_reason = $3, updated_at = now() where arn = $1 and status in ($4, $5)`,
    [arn, Status.CreateFailed, 'the import was interrupted repeatedly (the server stopped while it ran)', Status.CreatePending, Status.CreateInProgress],
  );
  await env.database.query(
    `update data_batches set state = 'dead' where state = 'loading' and import_job_id = (select id from dataset_import_jobs where arn = $1)`,
    [arn],
  );
  await env.scheduleGc();
}

/**
 * Makes the batch visible (FULL: retiring the earlier bulk batches) and the job ACTIVE, in one
 * transaction, only if this process still holds the job's lease and the batch is still loading.
 */
async function commitBatch(
  database: Database,
  lease: JobLease,
  jobId: number,
  datasetId: number,
  batchId: number,
  full: boolean,
  rows: number,
  announce?: (tx: Db, datasetId: number) => Promise<void>,
): Promise<void> {
  await database.db.transaction(async (tx) => {
    if (!(await holdsLease(tx, lease.jobId, lease.owner))) throw new LeaseLost();
    const mine = rowsOf(await tx.execute(sql`select id from data_batches where id = ${batchId} and state = 'loading' for update`));
    if (mine.length === 0) throw new LeaseLost();
    if (full) {
      await tx.execute(sql`update data_batches set state = 'dead' where dataset_id = ${datasetId} and state = 'live'`);
    }
    await tx.execute(
      sql`update data_batches set state = 'live', version = nextval('data_version'), row_count = ${rows} where id = ${batchId}`,
    );
    await tx
      .update(t.datasetImportJobs)
      .set({ status: Status.Active, rowCount: rows, failureReason: null, updatedAt: new Date() })
      .where(eq(t.datasetImportJobs.id, jobId));
    await announce?.(tx, datasetId);
  });
}

/** The failure_reason for an expected failure, or undefined for a bug. */
function failureReason(err: unknown): string | undefined {
  if (err instanceof ImportFailure || err instanceof AttuneError) return err.message;
  return undefined;
}
