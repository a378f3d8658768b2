/**
 * The dataset export job: writes a dataset's records (BULK, PUT or ALL) as one CSV file with a
 * header row into the job's output folder. The file is written under a temporary name and
 * renamed when complete, so a reader never sees half a file under the final name, and an
 * attempt cut short (crash, lost lease) is simply run again.
 *
 * Interactions are written in primary-key ranges, one statement each, so memory stays
 * bounded and, on PGlite, other calls run between ranges. Records identical in every exported
 * field are written once (Personalize's rule): one aggregate query finds the duplicated
 * records first, and the later copies are left out of the ranges. Items and Users write the
 * newest record of each id among the chosen records.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { AttuneError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { EXPORT_OUTPUT_FIELD, type IngestionMode } from '../../control/dataset-export-jobs.ts';
import { Status } from '../../control/status.ts';
import { holdsLease, type JobLease } from '../../jobs/queue.ts';
import type { Database } from '../../store/database.ts';
import * as t from '../../store/schema.ts';
import { resolveOutputFolder } from '../output-location.ts';
import { type DatasetType, parseAvroSchema } from '../schema/index.ts';
import { type ExportColumn, exportColumns, TABLE_OF } from './columns.ts';
import { type CsvSink, writeCsvRows } from './copy-out.ts';

/** Primary-key ids per statement of an interactions export. */
const RANGE_IDS = 100_000;
const PROGRESS_MS = 1_000;

export interface ExportEnvironment {
  database: Database;
  dataRoots: () => string[];
  logger: Logger;
}

/** A failure to record as the job's failure_reason. */
class ExportFailure extends Error {}

/** The SQL condition (alias `r`, dataset id inlined) choosing the records of an ingestion mode. */
function modeCondition(datasetId: number, mode: IngestionMode): string {
  const live = `r.batch_id in (select b.id from data_batches b where b.dataset_id = ${datasetId} and b.state = 'live')`;
  const base = `r.dataset_id = ${datasetId}`;
  if (mode === 'PUT') return `${base} and r.batch_id = 0`;
  if (mode === 'BULK') return `${base} and ${live}`;
  return `${base} and (r.batch_id = 0 or ${live})`;
}

/** Runs (or runs again, after a crash) the export job `arn`. */
export async function runExport(env: ExportEnvironment, arn: string, signal: AbortSignal, lease: JobLease): Promise<void> {
  const { database } = env;
  const db = database.db;
  const [job] = await db.select().from(t.datasetExportJobs).where(eq(t.datasetExportJobs.arn, arn));
  if (!job || (job.status !== Status.CreatePending && job.status !== Status.CreateInProgress)) return;
  const log = env.logger.child({ exportJob: arn });
  await db.update(t.datasetExportJobs).set({ status: Status.CreateInProgress, rowCount: 0, updatedAt: new Date() }).where(eq(t.datasetExportJobs.id, job.id));
  const partial = () => join(job.outputPath, `${partialPrefix(job.name, lease.jobId)}${lease.owner}.partial`);
  let rows = 0;
  try {
    const [dataset] = await db.select().from(t.datasets).where(eq(t.datasets.id, job.datasetId));
    if (!dataset) throw new ExportFailure('the dataset no longer exists');
    const [schemaRow] = await db.select().from(t.schemas).where(eq(t.schemas.id, dataset.schemaId));
    const type = dataset.datasetType as DatasetType;
    const columns = exportColumns(parseAvroSchema(schemaRow!.definition), type);
    // The data roots may have changed since the job was created: check the folder again.
    const folder = resolveOutputFolder(job.outputPath, env.dataRoots(), EXPORT_OUTPUT_FIELD);
    mkdirSync(folder, { recursive: true });
    // Earlier attempts of this job (killed, or their lease lost) may have left their files.
    removePartials(folder, job.name, lease.jobId);
    // Awaited writes through a file handle: a failure (disk full, permissions) rejects here.
    const out = await open(partial(), 'w');
    let lastProgress = Date.now();
    const write = async (chunk: string) => {
      await out.write(chunk);
    };
    try {
      await write(`${columns.map((c) => c.name).join(',')}\n`);
      await exportRows(database, dataset.id, type, job.ingestionMode as IngestionMode, columns, signal, async (text, n) => {
        rows += n;
        await write(text);
        if (Date.now() - lastProgress > PROGRESS_MS) {
          lastProgress = Date.now();
          await db.update(t.datasetExportJobs).set({ rowCount: rows, updatedAt: new Date() }).where(eq(t.datasetExportJobs.id, job.id));
        }
      });
    } finally {
      await out.close();
    }
    const recorded = await db.transaction(async (tx) => {
      if (!(await holdsLease(tx, lease.jobId, lease.owner))) return false;
      renameSync(partial(), join(folder, `${job.name}.csv`));
      await tx
        .update(t.datasetExportJobs)
        .set({ status: Status.Active, rowCount: rows, failureReason: null, updatedAt: new Date() })
        .where(eq(t.datasetExportJobs.id, job.id));
      return true;
    });
    if (!recorded) {
      rmSync(partial(), { force: true });
      log.warn('another process took this export over; leaving it to that process');
      return;
    }
    log.info({ rows, mode: job.ingestionMode }, 'export finished');
  } catch (err) {
    rmSync(partial(), { force: true });
    if (signal.aborted) throw err;
    const reason = err instanceof ExportFailure || err instanceof AttuneError ? err.message : fileError(err);
    if (reason === undefined) throw err; // unexpected (e.g. the database): the runner retries
    log.info({ reason }, 'export failed');
    await db.transaction(async (tx) => {
      if (!(await holdsLease(tx, lease.jobId, lease.owner))) return;
      await tx
        .update(t.datasetExportJobs)
        .set({ status: Status.CreateFailed, failureReason: reason, rowCount: 0, updatedAt: new Date() })
        .where(eq(t.datasetExportJobs.id, job.id));
    });
  }
}

/** The start of the names of an export job's temporary files (the owner of the attempt follows). */
function partialPrefix(jobName: string, jobId: number): string {
  return `.${jobName}.csv.${jobId}-`;
}

/** Removes the temporary files that attempts of durable job `jobId` left in `folder`. */
function removePartials(folder: string, jobName: string, jobId: number): void {
  const prefix = partialPrefix(jobName, jobId);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix) && name.endsWith('.partial')) rmSync(join(folder, name), { force: true });
}

/** Marks an export job failed after its attempts ran out, and removes what its attempts left. */
export async function giveUpExport(database: Database, arn: string, jobId: number, reason: string): Promise<void> {
  const [job] = await database.query<{ name: string; output_path: string }>(`select name, output_path from dataset_export_jobs where arn = $1`, [arn]);
  if (job) removePartials(job.output_path, job.name, jobId);
  await database.query(`update dataset_export_jobs set status = $2, failure_reason = $3, updated_at = now() where arn = $1 and status in ($4, $5)`, [
    arn,
    Status.CreateFailed,
    reason,
    Status.CreatePending,
    Status.CreateInProgress,
  ]);
}

/** A file-system failure as a reason a client can act on (undefined: not one). */
function fileError(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code === 'string' && typeof e.syscall === 'string') return `writing the export failed: ${e.code} (${e.syscall}${e.path ? ` ${e.path}` : ''})`;
  return undefined;
}

/**
 * Writes the CSV text of a dataset's records of `mode`, without header, to `sink`
 * (interactions in primary-key ranges of `rangeIds` ids).
 */
export async function exportRows(
  database: Database,
  datasetId: number,
  type: DatasetType,
  mode: IngestionMode,
  columns: ExportColumn[],
  signal: AbortSignal,
  sink: CsvSink,
  rangeIds = RANGE_IDS,
): Promise<void> {
  const where = modeCondition(datasetId, mode);
  if (type !== 'Interactions') {
    const table = TABLE_OF[type];
    const id = type === 'Items' ? 'r.item_id' : 'r.user_id';
    const newest = `(select distinct on (${id}) r.* from ${table} r left join data_batches b on b.id = r.batch_id
      where ${where} order by ${id}, coalesce(b.version, r.version) desc, r.id desc) r`;
    await writeCsvRows(database, columns, newest, id, sink);
    return;
  }
  const skip = await laterCopies(database, where, columns.map((c) => c.expression));
  const [bounds] = await database.query<{ lo: number | string | null; hi: number | string | null }>(
    `select min(r.id) as lo, max(r.id) as hi from interactions r where r.dataset_id = ${datasetId}`,
  );
  if (!bounds || bounds.lo === null || bounds.hi === null) return;
  const hi = Number(bounds.hi);
  let s = 0;
  for (let from = Number(bounds.lo); from <= hi; from += rangeIds) {
    signal.throwIfAborted();
    const to = from + rangeIds;
    const skipped: number[] = [];
    while (s < skip.length && skip[s]! < to) skipped.push(skip[s++]!);
    const notSkipped = skipped.length > 0 ? ` and r.id not in (${skipped.join(',')})` : '';
    await writeCsvRows(database, columns, `interactions r where r.id >= ${from} and r.id < ${to} and ${where}${notSkipped}`, 'r.id', sink);
  }
}


/**
 * The ids of later copies of records identical in every exported field, ascending (usually
 * none). A 64-bit hash of each record finds candidate groups in one pass (about half the cost
 * of grouping by the fields themselves); only candidates are then compared field by field.
 */
async function laterCopies(database: Database, where: string, expressions: string[]): Promise<number[]> {
  const hash = `hashtextextended(concat_ws(chr(1), ${expressions.join(', ')}), 0)`;
  const candidates = await database.query<{ h: number | string }>(
    `select h::text as h from (select ${hash} as h from interactions r where ${where}) x group by h having count(*) > 1`,
  );
  if (candidates.length === 0) return [];
  const hashes = candidates.map((c) => String(c.h)).join(',');
  const groups = await database.query<{ ids: (number | string)[] }>(
    `select (array_agg(r.id order by r.id))[2:] as ids from interactions r where ${where} and ${hash} in (${hashes})
     group by ${expressions.join(', ')} having count(*) > 1`,
  );
  return groups.flatMap((g) => g.ids.map(Number)).sort((a, b) => a - b);
}
