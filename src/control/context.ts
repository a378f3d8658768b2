import type { ArnScope } from '../common/arn.ts';
import type { Logger } from '../common/logger.ts';
import type { Database, Db } from '../store/database.ts';
import type { PageTokens } from './pagination.ts';

/** Quotas, with Personalize's defaults where they make sense for a self-hosted server. */
export interface Limits {
  /** Dataset groups that are not being deleted. */
  datasetGroups: number;
  schemas: number;
  /** Import jobs pending or in progress, across the deployment (Personalize: 5). */
  activeImportJobs: number;
  /** Tags per resource (Personalize: 200). */
  tagsPerResource: number;
}

export const DEFAULT_LIMITS: Limits = {
  datasetGroups: 500,
  schemas: 500,
  activeImportJobs: 5,
  tagsPerResource: 200,
};

/** Enqueues durable work inside the caller's transaction and wakes the runner after commit. */
export interface JobSink {
  enqueue(tx: Db, kind: string, resourceArn: string): Promise<void>;
  /** Call after the enqueuing transaction committed. */
  poke(): void;
}

/** Everything control-plane services need. */
export interface ControlContext {
  database: Database;
  scope: ArnScope;
  tokens: PageTokens;
  jobs: JobSink;
  limits: Limits;
  logger: Logger;
}
