/** The durable jobs behind dataset export and data deletion jobs. SKELETON. */
import type { Logger } from '../../common/logger.ts';
import type { JobRunner } from '../../jobs/runner.ts';
import type { Database } from '../../store/database.ts';

export interface DataJobEnvironment {
  database: Database;
  dataRoots: () => string[];
  logger: Logger;
  /** Told when users' records were deleted from a dataset group (serving forgets them). */
  onUsersDeleted?: (datasetGroupArn: string) => void;
}

/** Registers the export and deletion job kinds with the runner. */
export function registerDataJobs(_runner: JobRunner, _env: DataJobEnvironment): void {}
