// Original file: proto/attune/v1/batch_segment_job.proto

import type { BatchSegmentJobInput as _attune_v1_BatchSegmentJobInput, BatchSegmentJobInput__Output as _attune_v1_BatchSegmentJobInput__Output } from '../../attune/v1/BatchSegmentJobInput.ts';
import type { BatchSegmentJobOutput as _attune_v1_BatchSegmentJobOutput, BatchSegmentJobOutput__Output as _attune_v1_BatchSegmentJobOutput__Output } from '../../attune/v1/BatchSegmentJobOutput.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateBatchSegmentJobRequest {
  'jobName'?: (string);
  'solutionVersionArn'?: (string);
  'filterArn'?: (string);
  /**
   * Users per input line; 0 (unset) means 25.
   */
  'numResults'?: (number);
  'jobInput'?: (_attune_v1_BatchSegmentJobInput | null);
  'jobOutput'?: (_attune_v1_BatchSegmentJobOutput | null);
  'roleArn'?: (string);
  'tags'?: (_attune_v1_Tag)[];
}

export interface CreateBatchSegmentJobRequest__Output {
  'jobName': (string);
  'solutionVersionArn': (string);
  'filterArn': (string);
  /**
   * Users per input line; 0 (unset) means 25.
   */
  'numResults': (number);
  'jobInput': (_attune_v1_BatchSegmentJobInput__Output | null);
  'jobOutput': (_attune_v1_BatchSegmentJobOutput__Output | null);
  'roleArn': (string);
  'tags': (_attune_v1_Tag__Output)[];
}
