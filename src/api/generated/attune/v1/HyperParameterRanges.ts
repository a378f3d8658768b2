// Original file: proto/attune/v1/solution.proto

import type { IntegerHyperParameterRange as _attune_v1_IntegerHyperParameterRange, IntegerHyperParameterRange__Output as _attune_v1_IntegerHyperParameterRange__Output } from '../../attune/v1/IntegerHyperParameterRange.ts';
import type { ContinuousHyperParameterRange as _attune_v1_ContinuousHyperParameterRange, ContinuousHyperParameterRange__Output as _attune_v1_ContinuousHyperParameterRange__Output } from '../../attune/v1/ContinuousHyperParameterRange.ts';
import type { CategoricalHyperParameterRange as _attune_v1_CategoricalHyperParameterRange, CategoricalHyperParameterRange__Output as _attune_v1_CategoricalHyperParameterRange__Output } from '../../attune/v1/CategoricalHyperParameterRange.ts';

export interface HyperParameterRanges {
  'integerHyperParameterRanges'?: (_attune_v1_IntegerHyperParameterRange)[];
  'continuousHyperParameterRanges'?: (_attune_v1_ContinuousHyperParameterRange)[];
  'categoricalHyperParameterRanges'?: (_attune_v1_CategoricalHyperParameterRange)[];
}

export interface HyperParameterRanges__Output {
  'integerHyperParameterRanges': (_attune_v1_IntegerHyperParameterRange__Output)[];
  'continuousHyperParameterRanges': (_attune_v1_ContinuousHyperParameterRange__Output)[];
  'categoricalHyperParameterRanges': (_attune_v1_CategoricalHyperParameterRange__Output)[];
}
