// Original file: proto/attune/v1/dataset_export_job.proto

import type { DatasetExportJobOutput as _attune_v1_DatasetExportJobOutput, DatasetExportJobOutput__Output as _attune_v1_DatasetExportJobOutput__Output } from '../../attune/v1/DatasetExportJobOutput.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateDatasetExportJobRequest {
  'jobName'?: (string);
  'datasetArn'?: (string);
  'ingestionMode'?: (string);
  'roleArn'?: (string);
  'jobOutput'?: (_attune_v1_DatasetExportJobOutput | null);
  'tags'?: (_attune_v1_Tag)[];
}

export interface CreateDatasetExportJobRequest__Output {
  'jobName': (string);
  'datasetArn': (string);
  'ingestionMode': (string);
  'roleArn': (string);
  'jobOutput': (_attune_v1_DatasetExportJobOutput__Output | null);
  'tags': (_attune_v1_Tag__Output)[];
}
