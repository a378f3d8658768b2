// Original file: proto/attune/v1/batch_inference_job.proto

import type { BatchInferenceJobInput as _attune_v1_BatchInferenceJobInput, BatchInferenceJobInput__Output as _attune_v1_BatchInferenceJobInput__Output } from '../../attune/v1/BatchInferenceJobInput.ts';
import type { BatchInferenceJobOutput as _attune_v1_BatchInferenceJobOutput, BatchInferenceJobOutput__Output as _attune_v1_BatchInferenceJobOutput__Output } from '../../attune/v1/BatchInferenceJobOutput.ts';
import type { BatchInferenceJobConfig as _attune_v1_BatchInferenceJobConfig, BatchInferenceJobConfig__Output as _attune_v1_BatchInferenceJobConfig__Output } from '../../attune/v1/BatchInferenceJobConfig.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';
import type { ThemeGenerationConfig as _attune_v1_ThemeGenerationConfig, ThemeGenerationConfig__Output as _attune_v1_ThemeGenerationConfig__Output } from '../../attune/v1/ThemeGenerationConfig.ts';

export interface CreateBatchInferenceJobRequest {
  'jobName'?: (string);
  'solutionVersionArn'?: (string);
  'filterArn'?: (string);
  /**
   * 1-500; 0 (unset) means 25.
   */
  'numResults'?: (number);
  'jobInput'?: (_attune_v1_BatchInferenceJobInput | null);
  'jobOutput'?: (_attune_v1_BatchInferenceJobOutput | null);
  'roleArn'?: (string);
  'batchInferenceJobConfig'?: (_attune_v1_BatchInferenceJobConfig | null);
  'tags'?: (_attune_v1_Tag)[];
  /**
   * BATCH_INFERENCE (default); THEME_GENERATION is not supported.
   */
  'batchInferenceJobMode'?: (string);
  'themeGenerationConfig'?: (_attune_v1_ThemeGenerationConfig | null);
}

export interface CreateBatchInferenceJobRequest__Output {
  'jobName': (string);
  'solutionVersionArn': (string);
  'filterArn': (string);
  /**
   * 1-500; 0 (unset) means 25.
   */
  'numResults': (number);
  'jobInput': (_attune_v1_BatchInferenceJobInput__Output | null);
  'jobOutput': (_attune_v1_BatchInferenceJobOutput__Output | null);
  'roleArn': (string);
  'batchInferenceJobConfig': (_attune_v1_BatchInferenceJobConfig__Output | null);
  'tags': (_attune_v1_Tag__Output)[];
  /**
   * BATCH_INFERENCE (default); THEME_GENERATION is not supported.
   */
  'batchInferenceJobMode': (string);
  'themeGenerationConfig': (_attune_v1_ThemeGenerationConfig__Output | null);
}
