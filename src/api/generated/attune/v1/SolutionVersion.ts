// Original file: proto/attune/v1/solution.proto

import type { SolutionConfig as _attune_v1_SolutionConfig, SolutionConfig__Output as _attune_v1_SolutionConfig__Output } from '../../attune/v1/SolutionConfig.ts';
import type { TunedHPOParams as _attune_v1_TunedHPOParams, TunedHPOParams__Output as _attune_v1_TunedHPOParams__Output } from '../../attune/v1/TunedHPOParams.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * A trained model (Personalize `SolutionVersion`). CREATE PENDING > CREATE IN_PROGRESS > ACTIVE
 * -or- CREATE FAILED; CREATE STOPPING > CREATE STOPPED when stopped.
 */
export interface SolutionVersion {
  'name'?: (string);
  'solutionVersionArn'?: (string);
  'solutionArn'?: (string);
  'performHpo'?: (boolean);
  'performAutoMl'?: (boolean);
  'performIncrementalUpdate'?: (boolean);
  'recipeArn'?: (string);
  'eventType'?: (string);
  'datasetGroupArn'?: (string);
  'solutionConfig'?: (_attune_v1_SolutionConfig | null);
  /**
   * Wall-clock hours from training start to end.
   */
  'trainingHours'?: (number | string);
  'trainingMode'?: (string);
  'tunedHpoParams'?: (_attune_v1_TunedHPOParams | null);
  'status'?: (string);
  'failureReason'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  /**
   * MANUAL or AUTOMATIC.
   */
  'trainingType'?: (string);
}

/**
 * A trained model (Personalize `SolutionVersion`). CREATE PENDING > CREATE IN_PROGRESS > ACTIVE
 * -or- CREATE FAILED; CREATE STOPPING > CREATE STOPPED when stopped.
 */
export interface SolutionVersion__Output {
  'name': (string);
  'solutionVersionArn': (string);
  'solutionArn': (string);
  'performHpo': (boolean);
  'performAutoMl': (boolean);
  'performIncrementalUpdate': (boolean);
  'recipeArn': (string);
  'eventType': (string);
  'datasetGroupArn': (string);
  'solutionConfig': (_attune_v1_SolutionConfig__Output | null);
  /**
   * Wall-clock hours from training start to end.
   */
  'trainingHours': (number);
  'trainingMode': (string);
  'tunedHpoParams': (_attune_v1_TunedHPOParams__Output | null);
  'status': (string);
  'failureReason': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * MANUAL or AUTOMATIC.
   */
  'trainingType': (string);
}
