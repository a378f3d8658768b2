// Original file: proto/attune/v1/batch_inference_job.proto

import type { BatchInferenceJobInput as _attune_v1_BatchInferenceJobInput, BatchInferenceJobInput__Output as _attune_v1_BatchInferenceJobInput__Output } from '../../attune/v1/BatchInferenceJobInput.ts';
import type { BatchInferenceJobOutput as _attune_v1_BatchInferenceJobOutput, BatchInferenceJobOutput__Output as _attune_v1_BatchInferenceJobOutput__Output } from '../../attune/v1/BatchInferenceJobOutput.ts';
import type { BatchInferenceJobConfig as _attune_v1_BatchInferenceJobConfig, BatchInferenceJobConfig__Output as _attune_v1_BatchInferenceJobConfig__Output } from '../../attune/v1/BatchInferenceJobConfig.ts';
import type { ThemeGenerationConfig as _attune_v1_ThemeGenerationConfig, ThemeGenerationConfig__Output as _attune_v1_ThemeGenerationConfig__Output } from '../../attune/v1/ThemeGenerationConfig.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';
import type { Long } from '@grpc/proto-loader';

/**
 * Recommendations for every line of an input file, written to an output file (Personalize
 * `BatchInferenceJob`). PENDING > IN PROGRESS > ACTIVE -or- CREATE FAILED.
 */
export interface BatchInferenceJob {
  'jobName'?: (string);
  'batchInferenceJobArn'?: (string);
  'filterArn'?: (string);
  'failureReason'?: (string);
  'solutionVersionArn'?: (string);
  'numResults'?: (number);
  'jobInput'?: (_attune_v1_BatchInferenceJobInput | null);
  'jobOutput'?: (_attune_v1_BatchInferenceJobOutput | null);
  'batchInferenceJobConfig'?: (_attune_v1_BatchInferenceJobConfig | null);
  'roleArn'?: (string);
  'batchInferenceJobMode'?: (string);
  'themeGenerationConfig'?: (_attune_v1_ThemeGenerationConfig | null);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Attune additions: input lines done so far, and in all (known once the input was counted).
   */
  'recordsProcessed'?: (number | string | Long);
  'recordsTotal'?: (number | string | Long);
  /**
   * Attune addition: lines whose output carries an error instead of recommendations.
   */
  'recordsFailed'?: (number | string | Long);
}

/**
 * Recommendations for every line of an input file, written to an output file (Personalize
 * `BatchInferenceJob`). PENDING > IN PROGRESS > ACTIVE -or- CREATE FAILED.
 */
export interface BatchInferenceJob__Output {
  'jobName': (string);
  'batchInferenceJobArn': (string);
  'filterArn': (string);
  'failureReason': (string);
  'solutionVersionArn': (string);
  'numResults': (number);
  'jobInput': (_attune_v1_BatchInferenceJobInput__Output | null);
  'jobOutput': (_attune_v1_BatchInferenceJobOutput__Output | null);
  'batchInferenceJobConfig': (_attune_v1_BatchInferenceJobConfig__Output | null);
  'roleArn': (string);
  'batchInferenceJobMode': (string);
  'themeGenerationConfig': (_attune_v1_ThemeGenerationConfig__Output | null);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Attune additions: input lines done so far, and in all (known once the input was counted).
   */
  'recordsProcessed': (string);
  'recordsTotal': (string);
  /**
   * Attune addition: lines whose output carries an error instead of recommendations.
   */
  'recordsFailed': (string);
}
