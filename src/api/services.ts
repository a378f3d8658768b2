/** The domain services the API handlers call. */
import type { BatchJobs } from '../control/batch-jobs.ts';
import type { Campaigns } from '../control/campaigns.ts';
import type { DataDeletionJobs } from '../control/data-deletion-jobs.ts';
import type { DatasetExportJobs } from '../control/dataset-export-jobs.ts';
import type { DatasetGroups } from '../control/dataset-groups.ts';
import type { DatasetImportJobs } from '../control/dataset-import-jobs.ts';
import type { Datasets } from '../control/datasets.ts';
import type { EventTrackers } from '../control/event-trackers.ts';
import type { Filters } from '../control/filters.ts';
import type { Recipes } from '../control/recipes.ts';
import type { Schemas } from '../control/schemas.ts';
import type { SolutionVersions } from '../control/solution-versions.ts';
import type { Solutions } from '../control/solutions.ts';
import type { Tagging } from '../control/tags.ts';
import type { Uploads } from '../data/import/uploads.ts';
import type { Ingest } from '../data/ingest/ingest.ts';
import type { Runtime } from '../serving/runtime.ts';

export interface Services {
  datasetGroups: DatasetGroups;
  schemas: Schemas;
  datasets: Datasets;
  importJobs: DatasetImportJobs;
  eventTrackers: EventTrackers;
  tagging: Tagging;
  recipes: Recipes;
  solutions: Solutions;
  solutionVersions: SolutionVersions;
  campaigns: Campaigns;
  filters: Filters;
  uploads: Uploads;
  ingest: Ingest;
  runtime: Runtime;
  batchJobs: BatchJobs;
  exportJobs: DatasetExportJobs;
  deletionJobs: DataDeletionJobs;
}
