// Original file: proto/attune/v1/dataset_import_job.proto

import type { DatasetImportJobSummary as _attune_v1_DatasetImportJobSummary, DatasetImportJobSummary__Output as _attune_v1_DatasetImportJobSummary__Output } from '../../attune/v1/DatasetImportJobSummary.ts';

export interface ListDatasetImportJobsResponse {
  'datasetImportJobs'?: (_attune_v1_DatasetImportJobSummary)[];
  'nextToken'?: (string);
}

export interface ListDatasetImportJobsResponse__Output {
  'datasetImportJobs': (_attune_v1_DatasetImportJobSummary__Output)[];
  'nextToken': (string);
}
