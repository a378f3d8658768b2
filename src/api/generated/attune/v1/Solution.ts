// Original file: proto/attune/v1/solution.proto

import type { SolutionConfig as _attune_v1_SolutionConfig, SolutionConfig__Output as _attune_v1_SolutionConfig__Output } from '../../attune/v1/SolutionConfig.ts';
import type { AutoMLResult as _attune_v1_AutoMLResult, AutoMLResult__Output as _attune_v1_AutoMLResult__Output } from '../../attune/v1/AutoMLResult.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';
import type { SolutionVersionSummary as _attune_v1_SolutionVersionSummary, SolutionVersionSummary__Output as _attune_v1_SolutionVersionSummary__Output } from '../../attune/v1/SolutionVersionSummary.ts';
import type { SolutionUpdateSummary as _attune_v1_SolutionUpdateSummary, SolutionUpdateSummary__Output as _attune_v1_SolutionUpdateSummary__Output } from '../../attune/v1/SolutionUpdateSummary.ts';

/**
 * A recipe plus its training configuration (Personalize `Solution`).
 * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED; DELETE PENDING > DELETE IN_PROGRESS.
 */
export interface Solution {
  'name'?: (string);
  'solutionArn'?: (string);
  'performHpo'?: (boolean);
  'performAutoMl'?: (boolean);
  'performAutoTraining'?: (boolean);
  'performIncrementalUpdate'?: (boolean);
  'recipeArn'?: (string);
  'datasetGroupArn'?: (string);
  'eventType'?: (string);
  'solutionConfig'?: (_attune_v1_SolutionConfig | null);
  'autoMlResult'?: (_attune_v1_AutoMLResult | null);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'latestSolutionVersion'?: (_attune_v1_SolutionVersionSummary | null);
  'latestSolutionUpdate'?: (_attune_v1_SolutionUpdateSummary | null);
}

/**
 * A recipe plus its training configuration (Personalize `Solution`).
 * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED; DELETE PENDING > DELETE IN_PROGRESS.
 */
export interface Solution__Output {
  'name': (string);
  'solutionArn': (string);
  'performHpo': (boolean);
  'performAutoMl': (boolean);
  'performAutoTraining': (boolean);
  'performIncrementalUpdate': (boolean);
  'recipeArn': (string);
  'datasetGroupArn': (string);
  'eventType': (string);
  'solutionConfig': (_attune_v1_SolutionConfig__Output | null);
  'autoMlResult': (_attune_v1_AutoMLResult__Output | null);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'latestSolutionVersion': (_attune_v1_SolutionVersionSummary__Output | null);
  'latestSolutionUpdate': (_attune_v1_SolutionUpdateSummary__Output | null);
}
