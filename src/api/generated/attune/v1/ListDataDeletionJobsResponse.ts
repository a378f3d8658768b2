// Original file: proto/attune/v1/data_deletion_job.proto

import type { DataDeletionJobSummary as _attune_v1_DataDeletionJobSummary, DataDeletionJobSummary__Output as _attune_v1_DataDeletionJobSummary__Output } from '../../attune/v1/DataDeletionJobSummary.ts';

export interface ListDataDeletionJobsResponse {
  'dataDeletionJobs'?: (_attune_v1_DataDeletionJobSummary)[];
  'nextToken'?: (string);
}

export interface ListDataDeletionJobsResponse__Output {
  'dataDeletionJobs': (_attune_v1_DataDeletionJobSummary__Output)[];
  'nextToken': (string);
}
