import type { ArnScope } from '../common/arn.ts';
import type { Logger } from '../common/logger.ts';
import type { Database, Db } from '../store/database.ts';
import type { CampaignConfig } from './campaigns.ts';
import type { PageTokens } from './pagination.ts';

export type { CampaignConfig };

/** Quotas, with Personalize's defaults where they make sense for a self-hosted server. */
export interface Limits {
  /** Dataset groups that are not being deleted. */
  datasetGroups: number;
  schemas: number;
  /** Import jobs pending or in progress, across the deployment (Personalize: 5). */
  activeImportJobs: number;
  /** Batch inference jobs pending or in progress, across the deployment (Personalize: 5, adjustable). */
  activeBatchInferenceJobs: number;
  /** Batch segment jobs pending or in progress, across the deployment (Personalize: 5). */
  activeBatchSegmentJobs: number;
  /** Tags per resource (Personalize: 200). */
  tagsPerResource: number;
  /** Campaigns that are not being deleted, across the deployment (Personalize: 5 per account). */
  campaigns: number;
  /** Filters per dataset group (Personalize: 30). */
  filtersPerDatasetGroup: number;
  /** Distinct dataset fields used by a dataset group's filters together (Personalize: 20). */
  filterFieldsPerDatasetGroup: number;
}

export const DEFAULT_LIMITS: Limits = {
  datasetGroups: 500,
  schemas: 500,
  activeImportJobs: 5,
  activeBatchInferenceJobs: 5,
  activeBatchSegmentJobs: 5,
  tagsPerResource: 200,
  campaigns: 50,
  filtersPerDatasetGroup: 30,
  filterFieldsPerDatasetGroup: 20,
};

/** Enqueues durable work inside the caller's transaction and wakes the runner after commit. */
export interface JobSink {
  enqueue(tx: Db, kind: string, resourceArn: string): Promise<void>;
  /** Call after the enqueuing transaction committed. */
  poke(): void;
}

/** What a campaign deploys: the resolved version and how to serve it. */
export interface DeployTarget {
  campaignArn: string;
  /** A concrete version (never `$LATEST`), ACTIVE when the deploy was asked for. */
  solutionVersionArn: string;
  datasetGroupArn: string;
  /** The recipe's name, e.g. `aws-user-personalization`. */
  recipe: string;
  config: CampaignConfig;
}

/** Loads campaigns for serving; implemented by src/serving (the campaign manager). */
export interface CampaignDeployer {
  /** Loads the servable for this target beside any current one and switches to it atomically; resolves once it takes traffic; throws (message becomes the failure reason) when it cannot load. */
  deploy(target: DeployTarget): Promise<void>;
  /** Stops serving the campaign and frees its servable. */
  undeploy(campaignArn: string): Promise<void>;
}

/** Everything control-plane services need. */
export interface ControlContext {
  database: Database;
  scope: ArnScope;
  tokens: PageTokens;
  jobs: JobSink;
  limits: Limits;
  logger: Logger;
  /** Serves campaigns in this process; without one, campaign deploys fail ("this process does not serve campaigns"). */
  deployer?: CampaignDeployer;
}
