// Original file: proto/attune/v1/solution.proto

import type { HPOConfig as _attune_v1_HPOConfig, HPOConfig__Output as _attune_v1_HPOConfig__Output } from '../../attune/v1/HPOConfig.ts';
import type { AutoMLConfig as _attune_v1_AutoMLConfig, AutoMLConfig__Output as _attune_v1_AutoMLConfig__Output } from '../../attune/v1/AutoMLConfig.ts';
import type { EventsConfig as _attune_v1_EventsConfig, EventsConfig__Output as _attune_v1_EventsConfig__Output } from '../../attune/v1/EventsConfig.ts';
import type { OptimizationObjective as _attune_v1_OptimizationObjective, OptimizationObjective__Output as _attune_v1_OptimizationObjective__Output } from '../../attune/v1/OptimizationObjective.ts';
import type { TrainingDataConfig as _attune_v1_TrainingDataConfig, TrainingDataConfig__Output as _attune_v1_TrainingDataConfig__Output } from '../../attune/v1/TrainingDataConfig.ts';
import type { AutoTrainingConfig as _attune_v1_AutoTrainingConfig, AutoTrainingConfig__Output as _attune_v1_AutoTrainingConfig__Output } from '../../attune/v1/AutoTrainingConfig.ts';

/**
 * How a solution trains (Personalize `SolutionConfig`).
 */
export interface SolutionConfig {
  /**
   * Keep only events whose EVENT_VALUE is at least this number (a decimal string).
   */
  'eventValueThreshold'?: (string);
  'hpoConfig'?: (_attune_v1_HPOConfig | null);
  /**
   * The recipe's hyperparameters (see DescribeAlgorithm); values are strings.
   */
  'algorithmHyperParameters'?: ({[key: string]: string});
  'featureTransformationParameters'?: ({[key: string]: string});
  'autoMlConfig'?: (_attune_v1_AutoMLConfig | null);
  'eventsConfig'?: (_attune_v1_EventsConfig | null);
  'optimizationObjective'?: (_attune_v1_OptimizationObjective | null);
  'trainingDataConfig'?: (_attune_v1_TrainingDataConfig | null);
  'autoTrainingConfig'?: (_attune_v1_AutoTrainingConfig | null);
}

/**
 * How a solution trains (Personalize `SolutionConfig`).
 */
export interface SolutionConfig__Output {
  /**
   * Keep only events whose EVENT_VALUE is at least this number (a decimal string).
   */
  'eventValueThreshold': (string);
  'hpoConfig': (_attune_v1_HPOConfig__Output | null);
  /**
   * The recipe's hyperparameters (see DescribeAlgorithm); values are strings.
   */
  'algorithmHyperParameters': ({[key: string]: string});
  'featureTransformationParameters': ({[key: string]: string});
  'autoMlConfig': (_attune_v1_AutoMLConfig__Output | null);
  'eventsConfig': (_attune_v1_EventsConfig__Output | null);
  'optimizationObjective': (_attune_v1_OptimizationObjective__Output | null);
  'trainingDataConfig': (_attune_v1_TrainingDataConfig__Output | null);
  'autoTrainingConfig': (_attune_v1_AutoTrainingConfig__Output | null);
}
