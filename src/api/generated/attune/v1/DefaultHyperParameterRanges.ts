// Original file: proto/attune/v1/recipe.proto

import type { DefaultIntegerHyperParameterRange as _attune_v1_DefaultIntegerHyperParameterRange, DefaultIntegerHyperParameterRange__Output as _attune_v1_DefaultIntegerHyperParameterRange__Output } from '../../attune/v1/DefaultIntegerHyperParameterRange.ts';
import type { DefaultContinuousHyperParameterRange as _attune_v1_DefaultContinuousHyperParameterRange, DefaultContinuousHyperParameterRange__Output as _attune_v1_DefaultContinuousHyperParameterRange__Output } from '../../attune/v1/DefaultContinuousHyperParameterRange.ts';
import type { DefaultCategoricalHyperParameterRange as _attune_v1_DefaultCategoricalHyperParameterRange, DefaultCategoricalHyperParameterRange__Output as _attune_v1_DefaultCategoricalHyperParameterRange__Output } from '../../attune/v1/DefaultCategoricalHyperParameterRange.ts';

export interface DefaultHyperParameterRanges {
  'integerHyperParameterRanges'?: (_attune_v1_DefaultIntegerHyperParameterRange)[];
  'continuousHyperParameterRanges'?: (_attune_v1_DefaultContinuousHyperParameterRange)[];
  'categoricalHyperParameterRanges'?: (_attune_v1_DefaultCategoricalHyperParameterRange)[];
}

export interface DefaultHyperParameterRanges__Output {
  'integerHyperParameterRanges': (_attune_v1_DefaultIntegerHyperParameterRange__Output)[];
  'continuousHyperParameterRanges': (_attune_v1_DefaultContinuousHyperParameterRange__Output)[];
  'categoricalHyperParameterRanges': (_attune_v1_DefaultCategoricalHyperParameterRange__Output)[];
}
