/** Registers the durable jobs of dataset export and data deletion with the runner. */
import type { Logger } from '../common/logger.ts';
import { DELETION_JOB_KIND } from '../control/data-deletion-jobs.ts';
import { EXPORT_JOB_KIND } from '../control/dataset-export-jobs.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { Database, Db } from '../store/database.ts';
import { giveUpDeletion, runDeletion } from './deletion/run.ts';
import { giveUpExport, runExport } from './export/run.ts';

export interface DataJobEnvironment {
  database: Database;
  dataRoots: () => string[];
  logger: Logger;
  /** Told when users' records were deleted from a dataset group (serving forgets them). */
  onUsersDeleted?: (datasetGroupArn: string) => void;
  /** Tells other processes, inside the transaction that ends a deletion job. */
  announceDeletion?: (tx: Db, datasetGroupArn: string) => Promise<void>;
}

/** Registers export and deletion jobs (one of each at a time per process). */
export function registerDataJobs(runner: JobRunner, env: DataJobEnvironment): void {
  runner.register(EXPORT_JOB_KIND, {
    concurrency: 1,
    maxAttempts: 3,
    handler: ({ job, signal, owner }) => runExport(env, job.resourceArn, signal, { jobId: job.id, owner }),
    onGiveUp: (job) => giveUpExport(env.database, job.resourceArn, job.id, 'the export was interrupted or failed repeatedly (see the server log)'),
  });
  runner.register(DELETION_JOB_KIND, {
    concurrency: 1,
    maxAttempts: 3,
    handler: ({ job, signal, owner }) => runDeletion(env, job.resourceArn, signal, { jobId: job.id, owner }),
    onGiveUp: (job) => giveUpDeletion(env, job.resourceArn, 'the deletion was interrupted or failed repeatedly (see the server log)'),
  });
}
