// Original file: proto/attune/v1/dataset_import_job.proto

import type { DatasetImportJob as _attune_v1_DatasetImportJob, DatasetImportJob__Output as _attune_v1_DatasetImportJob__Output } from '../../attune/v1/DatasetImportJob.ts';

export interface DescribeDatasetImportJobResponse {
  'datasetImportJob'?: (_attune_v1_DatasetImportJob | null);
}

export interface DescribeDatasetImportJobResponse__Output {
  'datasetImportJob': (_attune_v1_DatasetImportJob__Output | null);
}
