/**
 * Runs one batch job (inference or segment): counts the input records, answers the lines in
 * groups with many in flight, writes each output file under a temporary name, and records
 * progress in the job's row at most once a second. When every file is complete, the files get
 * their final names and the job becomes ACTIVE in one transaction, only while this process
 * still holds the job's lease.
 *
 * A retry (the process died, or lost its lease) starts over: it removes what earlier attempts
 * of the job left (temporary files; an output that an attempt linked but never committed) and
 * writes every file again. Answers depend only on the model and the data, so a complete
 * re-run is as good as a resumed one, and simpler to get right.
 */
import { linkSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import { AttuneError } from '../common/errors.ts';
import { BatchStatus, type BatchJobRecord, findBatchJob } from '../control/batch-jobs.ts';
import { holdsLease, type JobRow, LeaseLost } from '../jobs/queue.ts';
import type { JobContext } from '../jobs/runner.ts';
import * as t from '../store/schema.ts';
import { type Answerer, openAnswerer } from './answerers.ts';
import { BatchFailure } from './failure.ts';
import { type BatchFile, isPartOf, partName, resolveBatchFiles } from './files.ts';
import type { BatchEnvironment } from './jobs.ts';
import { countJsonLines, LineWriter, readJsonLines } from './jsonl.ts';
import type { LineResult } from './lines.ts';

const PROGRESS_MS = 1_000;
/** Groups of lines being answered at once: one's model runs overlap the other's work here (3 or 4 measured no better). */
const GROUPS_IN_FLIGHT = 2;

/** Runs (or re-runs from the start, after a crash) the batch job of `ctx.job`. */
export async function runBatchJob(env: BatchEnvironment, ctx: JobContext): Promise<void> {
  const db = env.loader.database.db;
  const job = await findBatchJob(db, ctx.job.resourceArn);
  if (!job || (job.status !== BatchStatus.Pending && job.status !== BatchStatus.InProgress)) return;
  const log = env.logger.child({ batchJob: job.arn });
  await db
    .update(t.batchJobs)
    .set({ status: BatchStatus.InProgress, recordsTotal: 0, recordsDone: 0, recordsFailed: 0, failureReason: null, updatedAt: new Date() })
    .where(eq(t.batchJobs.id, job.id));
  let files: BatchFile[] = [];
  let answerer: Answerer | undefined;
  const started = performance.now();
  try {
    try {
      files = resolveBatchFiles(job.inputPath, job.outputPath, env.dataRoots(), false);
    } catch (err) {
      throw new BatchFailure(err instanceof Error ? err.message : String(err));
    }
    prepareOutputs(files, ctx.job.id);
    // The input is counted (and its total shown) while the model and the group's data load.
    const counting = countInputs(files).then(async (total) => {
      await db.update(t.batchJobs).set({ recordsTotal: total, updatedAt: new Date() }).where(eq(t.batchJobs.id, job.id));
    });
    const [counted, opened] = await Promise.allSettled([counting, openAnswerer(env, job)]);
    if (opened.status === 'fulfilled') answerer = opened.value; // closed below, whatever happens next
    if (counted.status === 'rejected') throw counted.reason;
    if (opened.status === 'rejected') throw opened.reason;
    const progress = new Progress(env, job.id);
    for (const f of files) await writeFile(f, partName(f.output, ctx.job.id, ctx.job.attempts), opened.value, progress, ctx.signal);
    await commit(env, ctx, job, files, progress);
    log.info({ records: progress.done, failed: progress.failed, seconds: Math.round(performance.now() - started) / 1000 }, 'batch job finished');
  } catch (err) {
    if (ctx.signal.aborted) throw err; // shutdown or a lost lease: the job is claimed again and starts over.
    if (err instanceof LeaseLost) {
      log.warn('another process took this batch job over; leaving it to that process');
      return;
    }
    const reason = failureReason(err);
    // Unexpected (e.g. the database went away for a moment): the runner retries the job, which
    // starts over; after its last attempt giveUpBatchJob records the failure.
    if (reason === undefined) throw err;
    log.info({ reason }, 'batch job failed');
    const recorded = await db.transaction(async (tx) => {
      if (!(await holdsLease(tx, ctx.job.id, ctx.owner))) return false;
      await tx
        .update(t.batchJobs)
        .set({ status: BatchStatus.CreateFailed, failureReason: reason, updatedAt: new Date() })
        .where(eq(t.batchJobs.id, job.id));
      return true;
    });
    if (recorded) removeParts(files, ctx.job.id);
    else log.warn('another process took this batch job over; not recording the failure');
  } finally {
    answerer?.close();
  }
}

/** The lines of every input file. */
async function countInputs(files: BatchFile[]): Promise<number> {
  let total = 0;
  for (const f of files) total += await countJsonLines(f.input);
  return total;
}

/** Marks a job failed after its attempts ran out (the process died each time), and removes its temporary files. */
export async function giveUpBatchJob(env: BatchEnvironment, row: JobRow): Promise<void> {
  const db = env.loader.database.db;
  const job = await findBatchJob(db, row.resourceArn);
  if (!job || (job.status !== BatchStatus.Pending && job.status !== BatchStatus.InProgress)) return;
  await db
    .update(t.batchJobs)
    .set({ status: BatchStatus.CreateFailed, failureReason: 'the batch job was interrupted repeatedly (the server stopped while it ran)', updatedAt: new Date() })
    .where(eq(t.batchJobs.id, job.id));
  try {
    removeParts(resolveBatchFiles(job.inputPath, job.outputPath, env.dataRoots(), false), row.id);
  } catch {
    // The input or output is gone: there is nothing of the job's to remove where it would be.
  }
}

/**
 * Answers every line of one input file into `part`. GROUPS_IN_FLIGHT groups of lines are in
 * flight at once, so that one group's model runs (in the scoring thread) overlap the other's
 * work here; their results are written in input order.
 */
async function writeFile(f: BatchFile, part: string, answerer: Answerer, progress: Progress, signal: AbortSignal): Promise<void> {
  const writer = await LineWriter.create(part);
  /** Groups being answered, oldest first. */
  const inFlight: Promise<LineResult[]>[] = [];
  const flush = async (results: LineResult[]) => {
    let failed = 0;
    for (const r of results) {
      writer.add(r.text);
      if (r.failed) failed++;
    }
    await writer.flush();
    await progress.add(results.length, failed);
  };
  try {
    for await (const lines of readJsonLines(f.input)) {
      for (let start = 0; start < lines.length; start += answerer.window) {
        signal.throwIfAborted();
        const group = Promise.all(lines.slice(start, start + answerer.window).map((line) => answerer.answer(line)));
        // Settled even if it fails while an older group is awaited (its error surfaces when its turn comes).
        group.catch(() => undefined);
        inFlight.push(group);
        if (inFlight.length >= GROUPS_IN_FLIGHT) await flush(await inFlight.shift()!);
      }
    }
    while (inFlight.length > 0) await flush(await inFlight.shift()!);
    await writer.finish();
  } catch (err) {
    // The groups in flight must settle before the answerer (its model, its scoring thread) closes.
    await Promise.allSettled(inFlight);
    await writer.abort();
    throw err;
  }
}

/**
 * Gives every output its final name and makes the job ACTIVE, in one transaction that first
 * checks this process still holds the lease (so two processes never both finish a job).
 */
async function commit(env: BatchEnvironment, ctx: JobContext, job: BatchJobRecord, files: BatchFile[], progress: Progress): Promise<void> {
  const linked: string[] = [];
  try {
    await env.loader.database.db.transaction(async (tx) => {
      if (!(await holdsLease(tx, ctx.job.id, ctx.owner))) throw new LeaseLost();
      for (const f of files) {
        try {
          linkSync(partName(f.output, ctx.job.id, ctx.job.attempts), f.output);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new BatchFailure(`the output file "${f.output}" was created by something else while the job ran`);
          throw err;
        }
        linked.push(f.output);
      }
      await tx
        .update(t.batchJobs)
        .set({ status: BatchStatus.Active, recordsDone: progress.done, recordsFailed: progress.failed, updatedAt: new Date() })
        .where(eq(t.batchJobs.id, job.id));
    });
  } catch (err) {
    // Not committed (a link, the update or the commit failed): no output keeps its final name.
    for (const path of linked) unlinkSync(path);
    throw err;
  }
  removeParts(files, ctx.job.id);
}

/**
 * Creates the output folder and removes what earlier attempts of this job left there:
 * temporary files, and an output file that one of them linked but never committed (it is
 * the same file as that attempt's temporary one). An output that is someone else's fails the job.
 */
function prepareOutputs(files: BatchFile[], jobId: number): void {
  for (const f of files) {
    const folder = dirname(f.output);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (err) {
      throw new BatchFailure(`the output folder "${folder}" cannot be created (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const parts = readdirSync(folder).filter((name) => isPartOf(name, f.output, jobId)).map((name) => join(folder, name));
    const existing = statOrUndefined(f.output);
    if (existing) {
      const ours = parts.some((p) => {
        const s = statOrUndefined(p);
        return s !== undefined && s.ino === existing.ino && s.dev === existing.dev;
      });
      if (!ours) throw new BatchFailure(`the output file "${f.output}" already exists (it was created after the job was)`);
      unlinkSync(f.output);
    }
    for (const p of parts) unlinkSync(p);
  }
}

/** Removes this job's temporary files (every attempt's). */
function removeParts(files: BatchFile[], jobId: number): void {
  for (const f of files) {
    const folder = dirname(f.output);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) if (isPartOf(name, f.output, jobId)) unlinkSync(join(folder, name));
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Records done and failed, written to the job's row at most once a second. */
class Progress {
  done = 0;
  failed = 0;
  private last = Date.now();

  constructor(
    private readonly env: BatchEnvironment,
    private readonly jobId: number,
  ) {}

  async add(done: number, failed: number): Promise<void> {
    this.done += done;
    this.failed += failed;
    if (Date.now() - this.last < PROGRESS_MS) return;
    this.last = Date.now();
    await this.env.loader.database.db
      .update(t.batchJobs)
      .set({ recordsDone: this.done, recordsFailed: this.failed, updatedAt: new Date() })
      .where(eq(t.batchJobs.id, this.jobId));
  }
}

/** The failure_reason for an expected failure, or undefined for a bug. */
function failureReason(err: unknown): string | undefined {
  if (err instanceof BatchFailure || err instanceof AttuneError) return err.message;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return `reading or writing the job's files failed: ${(err as Error).message}`;
  return undefined;
}
