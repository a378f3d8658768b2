// Original file: proto/attune/v1/dataset_export_job.proto

import type { DatasetExportJob as _attune_v1_DatasetExportJob, DatasetExportJob__Output as _attune_v1_DatasetExportJob__Output } from '../../attune/v1/DatasetExportJob.ts';

export interface DescribeDatasetExportJobResponse {
  'datasetExportJob'?: (_attune_v1_DatasetExportJob | null);
}

export interface DescribeDatasetExportJobResponse__Output {
  'datasetExportJob': (_attune_v1_DatasetExportJob__Output | null);
}
