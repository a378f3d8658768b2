/**
 * The durable jobs behind batch inference and batch segment jobs. SKELETON: filled in by the
 * batch-jobs work.
 */
import type { Logger } from '../common/logger.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { FilterCache } from '../serving/filter-cache.ts';
import type { LoaderEnv } from '../serving/loader.ts';

/** What batch jobs need from their surroundings. */
export interface BatchEnvironment {
  loader: LoaderEnv;
  filters: FilterCache;
  dataRoots: () => string[];
  logger: Logger;
}

/** Registers the batch job kinds with the runner. */
export function registerBatchJobs(_runner: JobRunner, _env: BatchEnvironment): void {}
