// Original file: proto/attune/v1/solution.proto

import type { HPOObjective as _attune_v1_HPOObjective, HPOObjective__Output as _attune_v1_HPOObjective__Output } from '../../attune/v1/HPOObjective.ts';
import type { HPOResourceConfig as _attune_v1_HPOResourceConfig, HPOResourceConfig__Output as _attune_v1_HPOResourceConfig__Output } from '../../attune/v1/HPOResourceConfig.ts';
import type { HyperParameterRanges as _attune_v1_HyperParameterRanges, HyperParameterRanges__Output as _attune_v1_HyperParameterRanges__Output } from '../../attune/v1/HyperParameterRanges.ts';

/**
 * Hyperparameter optimisation settings (Personalize `HPOConfig`).
 */
export interface HPOConfig {
  'hpoObjective'?: (_attune_v1_HPOObjective | null);
  'hpoResourceConfig'?: (_attune_v1_HPOResourceConfig | null);
  'algorithmHyperParameterRanges'?: (_attune_v1_HyperParameterRanges | null);
}

/**
 * Hyperparameter optimisation settings (Personalize `HPOConfig`).
 */
export interface HPOConfig__Output {
  'hpoObjective': (_attune_v1_HPOObjective__Output | null);
  'hpoResourceConfig': (_attune_v1_HPOResourceConfig__Output | null);
  'algorithmHyperParameterRanges': (_attune_v1_HyperParameterRanges__Output | null);
}
