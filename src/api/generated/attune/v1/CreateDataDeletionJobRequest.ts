// Original file: proto/attune/v1/data_deletion_job.proto

import type { DataSource as _attune_v1_DataSource, DataSource__Output as _attune_v1_DataSource__Output } from '../../attune/v1/DataSource.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateDataDeletionJobRequest {
  'jobName'?: (string);
  'datasetGroupArn'?: (string);
  'dataSource'?: (_attune_v1_DataSource | null);
  'roleArn'?: (string);
  'tags'?: (_attune_v1_Tag)[];
}

export interface CreateDataDeletionJobRequest__Output {
  'jobName': (string);
  'datasetGroupArn': (string);
  'dataSource': (_attune_v1_DataSource__Output | null);
  'roleArn': (string);
  'tags': (_attune_v1_Tag__Output)[];
}
