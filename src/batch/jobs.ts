/**
 * The durable job behind batch inference and batch segment jobs: one job kind for both, one
 * job at a time per process (a job keeps every core busy). A job that fails for a known
 * reason ends CREATE FAILED with it; a process that dies mid-job leaves the job's lease to
 * expire, and the job starts over in whichever process claims it next (see run.ts).
 */
import type { Logger } from '../common/logger.ts';
import { BATCH_JOB_KIND } from '../control/batch-jobs.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { FilterCache } from '../serving/filter-cache.ts';
import type { LoaderEnv } from '../serving/loader.ts';
import { giveUpBatchJob, runBatchJob } from './run.ts';

/** What batch jobs need from their surroundings. */
export interface BatchEnvironment {
  loader: LoaderEnv;
  filters: FilterCache;
  dataRoots: () => string[];
  logger: Logger;
  /** Catalogs at least this large are searched through serving's vector index (default 20,000, as serving). */
  indexMinItems?: number;
  /** ONNX Runtime execution providers, in order (default: serving's default). */
  executionProviders?: string[];
}

/** Attempts (including ones whose process died) before a job is given up. */
const MAX_ATTEMPTS = 3;

/** Registers the batch job kind with the runner. */
export function registerBatchJobs(runner: JobRunner, env: BatchEnvironment): void {
  runner.register(BATCH_JOB_KIND, {
    concurrency: 1,
    maxAttempts: MAX_ATTEMPTS,
    handler: (ctx) => runBatchJob(env, ctx),
    onGiveUp: (job) => giveUpBatchJob(env, job),
  });
}
