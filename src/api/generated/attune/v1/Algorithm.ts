// Original file: proto/attune/v1/recipe.proto

import type { AlgorithmImage as _attune_v1_AlgorithmImage, AlgorithmImage__Output as _attune_v1_AlgorithmImage__Output } from '../../attune/v1/AlgorithmImage.ts';
import type { DefaultHyperParameterRanges as _attune_v1_DefaultHyperParameterRanges, DefaultHyperParameterRanges__Output as _attune_v1_DefaultHyperParameterRanges__Output } from '../../attune/v1/DefaultHyperParameterRanges.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * A recipe's algorithm: its hyperparameters with defaults, ranges and whether HPO tunes them.
 */
export interface Algorithm {
  'name'?: (string);
  'algorithmArn'?: (string);
  'algorithmImage'?: (_attune_v1_AlgorithmImage | null);
  'defaultHyperParameters'?: ({[key: string]: string});
  'defaultHyperParameterRanges'?: (_attune_v1_DefaultHyperParameterRanges | null);
  'defaultResourceConfig'?: ({[key: string]: string});
  'trainingInputMode'?: (string);
  'roleArn'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A recipe's algorithm: its hyperparameters with defaults, ranges and whether HPO tunes them.
 */
export interface Algorithm__Output {
  'name': (string);
  'algorithmArn': (string);
  'algorithmImage': (_attune_v1_AlgorithmImage__Output | null);
  'defaultHyperParameters': ({[key: string]: string});
  'defaultHyperParameterRanges': (_attune_v1_DefaultHyperParameterRanges__Output | null);
  'defaultResourceConfig': ({[key: string]: string});
  'trainingInputMode': (string);
  'roleArn': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
}
