// Original file: proto/attune/v1/data_deletion_job.proto

import type { DataDeletionJob as _attune_v1_DataDeletionJob, DataDeletionJob__Output as _attune_v1_DataDeletionJob__Output } from '../../attune/v1/DataDeletionJob.ts';

export interface DescribeDataDeletionJobResponse {
  'dataDeletionJob'?: (_attune_v1_DataDeletionJob | null);
}

export interface DescribeDataDeletionJobResponse__Output {
  'dataDeletionJob': (_attune_v1_DataDeletionJob__Output | null);
}
