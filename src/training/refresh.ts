/**
 * Keeping models fresh: automatic training on a schedule. SKELETON: filled in by the refresh work.
 */
import type { Logger } from '../common/logger.ts';
import type { Campaigns } from '../control/campaigns.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { Database } from '../store/database.ts';

/** What refresh needs from its surroundings. */
export interface RefreshEnvironment {
  database: Database;
  campaigns: Campaigns;
  logger: Logger;
  poke: () => void;
}

/** Registers the refresh job kinds with the runner. */
export function registerRefreshJobs(_runner: JobRunner, _env: RefreshEnvironment): void {}
