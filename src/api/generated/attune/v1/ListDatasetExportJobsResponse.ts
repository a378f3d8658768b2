// Original file: proto/attune/v1/dataset_export_job.proto

import type { DatasetExportJobSummary as _attune_v1_DatasetExportJobSummary, DatasetExportJobSummary__Output as _attune_v1_DatasetExportJobSummary__Output } from '../../attune/v1/DatasetExportJobSummary.ts';

export interface ListDatasetExportJobsResponse {
  'datasetExportJobs'?: (_attune_v1_DatasetExportJobSummary)[];
  'nextToken'?: (string);
}

export interface ListDatasetExportJobsResponse__Output {
  'datasetExportJobs': (_attune_v1_DatasetExportJobSummary__Output)[];
  'nextToken': (string);
}
