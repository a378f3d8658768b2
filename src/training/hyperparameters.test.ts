import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../common/errors.ts';
import {
  defaultHyperParameters,
  describeAlgorithmRanges,
  resolveHyperParameters,
  validateHpoConfig,
  type HpoConfig,
} from './hyperparameters.ts';
import type { Recipe } from './recipes/recipe.ts';

const recipe: Recipe = {
  name: 'test-recipe',
  algorithm: 'test-algorithm',
  type: 'USER_PERSONALIZATION',
  description: 'specs only',
  hyperParameters: [
    { name: 'hidden_dimension', kind: 'integer', default: 149, min: 32, max: 256, tunable: true, logScale: true, description: '' },
    { name: 'learning_rate', kind: 'continuous', default: 0.01, min: 0.0001, max: 1, tunable: true, logScale: true, description: '' },
    { name: 'recency_mask', kind: 'categorical', default: 'true', values: ['true', 'false'], tunable: true, description: '' },
    { name: 'min_count', kind: 'integer', default: 3, min: 0, max: 10, tunable: false, description: '' },
    { name: 'mode', kind: 'categorical', default: 'a', values: ['a', 'b', 'c'], tunable: true, description: '' },
  ],
  train: () => ({ meta: {}, arrays: {} }),
  load: () => ({ recommend: () => ({ items: new Int32Array(0), scores: new Float32Array(0) }) }),
};

/** The InvalidInput a call throws. */
function invalid(fn: () => unknown): InvalidInput {
  try {
    fn();
  } catch (e) {
    if (e instanceof InvalidInput) return e;
    throw e;
  }
  throw new Error('expected InvalidInput');
}

describe('resolveHyperParameters', () => {
  it('fills defaults and parses given values', () => {
    expect(resolveHyperParameters(recipe, {})).toEqual({ hidden_dimension: 149, learning_rate: 0.01, recency_mask: 'true', min_count: 3, mode: 'a' });
    const r = resolveHyperParameters(recipe, { hidden_dimension: '64', learning_rate: '1e-3', recency_mask: 'False', mode: 'c' });
    expect(r).toEqual({ hidden_dimension: 64, learning_rate: 0.001, recency_mask: 'false', min_count: 3, mode: 'c' });
    expect(resolveHyperParameters(recipe, { learning_rate: '.5' }).learning_rate).toBe(0.5);
  });

  it('parses integers and numbers strictly', () => {
    for (const bad of ['12.0', '1e2', ' 64', '64 ', '', 'abc', '0x40']) {
      expect(invalid(() => resolveHyperParameters(recipe, { hidden_dimension: bad })).field, bad).toBe('solution_config.algorithm_hyper_parameters.hidden_dimension');
    }
    for (const bad of ['0x10', 'Infinity', 'NaN', '', '1,5']) {
      expect(() => resolveHyperParameters(recipe, { learning_rate: bad }), bad).toThrow(InvalidInput);
    }
  });

  it('names the range or the allowed values when a value is outside them', () => {
    const e = invalid(() => resolveHyperParameters(recipe, { hidden_dimension: '300' }, 'cfg'));
    expect(e.field).toBe('cfg.hidden_dimension');
    expect(e.reason).toContain('[32, 256]');
    expect(invalid(() => resolveHyperParameters(recipe, { learning_rate: '0' })).reason).toContain('[0.0001, 1]');
    expect(invalid(() => resolveHyperParameters(recipe, { mode: 'A' })).reason).toContain('a, b, c');
    expect(invalid(() => resolveHyperParameters(recipe, { recency_mask: 'yes' })).reason).toContain('true, false');
  });

  it('rejects an unknown name, listing the known ones', () => {
    const e = invalid(() => resolveHyperParameters(recipe, { hidden_dim: '64' }));
    expect(e.field).toBe('solution_config.algorithm_hyper_parameters.hidden_dim');
    expect(e.reason).toContain('hidden_dimension, learning_rate, recency_mask, min_count, mode');
  });
});

describe('describing defaults', () => {
  it('lists every hyperparameter by kind with its tunability', () => {
    const r = describeAlgorithmRanges(recipe);
    expect(r.integerHyperParameterRanges).toEqual([
      { name: 'hidden_dimension', minValue: 32, maxValue: 256, isTunable: true },
      { name: 'min_count', minValue: 0, maxValue: 10, isTunable: false },
    ]);
    expect(r.continuousHyperParameterRanges).toEqual([{ name: 'learning_rate', minValue: 0.0001, maxValue: 1, isTunable: true }]);
    expect(r.categoricalHyperParameterRanges.map((c) => [c.name, c.values, c.isTunable])).toEqual([
      ['recency_mask', ['true', 'false'], true],
      ['mode', ['a', 'b', 'c'], true],
    ]);
  });

  it('gives the defaults as wire strings that resolve back to the defaults', () => {
    const d = defaultHyperParameters(recipe);
    expect(d).toEqual({ hidden_dimension: '149', learning_rate: '0.01', recency_mask: 'true', min_count: '3', mode: 'a' });
    expect(resolveHyperParameters(recipe, d)).toEqual(resolveHyperParameters(recipe, {}));
  });
});

describe('validateHpoConfig', () => {
  it('applies the documented defaults and searches every tunable hyperparameter when no range is given', () => {
    for (const cfg of [{}, { hpoObjective: { type: '', metricName: '' }, hpoResourceConfig: { maxNumberOfTrainingJobs: '', maxParallelTrainingJobs: '' }, algorithmHyperParameterRanges: { integerHyperParameterRanges: [], continuousHyperParameterRanges: [], categoricalHyperParameterRanges: [] } }] satisfies HpoConfig[]) {
      const s = validateHpoConfig(recipe, cfg);
      expect(s.objective).toEqual({ type: 'Maximize', metricName: 'normalized_discounted_cumulative_gain_at_10' });
      expect([s.maxNumberOfTrainingJobs, s.maxParallelTrainingJobs]).toEqual([16, 2]);
      expect(s.dimensions).toEqual([
        { name: 'hidden_dimension', kind: 'integer', min: 32, max: 256, logScale: true },
        { name: 'learning_rate', kind: 'continuous', min: 0.0001, max: 1, logScale: true },
        { name: 'recency_mask', kind: 'categorical', values: ['true', 'false'] },
        { name: 'mode', kind: 'categorical', values: ['a', 'b', 'c'] },
      ]);
    }
  });

  it('resolves given ranges, objective and budget', () => {
    const s = validateHpoConfig(recipe, {
      hpoObjective: { type: 'Minimize', metricName: 'precision_at_25', metricRegex: 'ignored' },
      hpoResourceConfig: { maxNumberOfTrainingJobs: '40', maxParallelTrainingJobs: '10' },
      algorithmHyperParameterRanges: {
        integerHyperParameterRanges: [{ name: 'hidden_dimension', minValue: 64, maxValue: 64 }],
        continuousHyperParameterRanges: [{ name: 'learning_rate', minValue: 0.001, maxValue: 0.1 }],
        categoricalHyperParameterRanges: [{ name: 'recency_mask', values: ['TRUE', 'true'] }],
      },
    });
    expect(s.objective).toEqual({ type: 'Minimize', metricName: 'precision_at_25' });
    expect([s.maxNumberOfTrainingJobs, s.maxParallelTrainingJobs]).toEqual([40, 10]);
    expect(s.dimensions).toEqual([
      { name: 'hidden_dimension', kind: 'integer', min: 64, max: 64, logScale: true },
      { name: 'learning_rate', kind: 'continuous', min: 0.001, max: 0.1, logScale: true },
      { name: 'recency_mask', kind: 'categorical', values: ['true'] },
    ]);
  });

  it('never allows more parallel jobs than jobs', () => {
    const s = validateHpoConfig(recipe, { hpoResourceConfig: { maxNumberOfTrainingJobs: '3', maxParallelTrainingJobs: '8' } });
    expect(s.maxParallelTrainingJobs).toBe(3);
  });

  it('enforces the budget limits', () => {
    const field = 'solution_config.hpo_config.hpo_resource_config';
    for (const bad of ['41', '0', '-1', '2.5', 'ten']) {
      const e = invalid(() => validateHpoConfig(recipe, { hpoResourceConfig: { maxNumberOfTrainingJobs: bad } }));
      expect(e.field).toBe(`${field}.max_number_of_training_jobs`);
      expect(e.reason).toContain('[1, 40]');
    }
    const e = invalid(() => validateHpoConfig(recipe, { hpoResourceConfig: { maxParallelTrainingJobs: '11' } }));
    expect([e.field, e.reason.includes('[1, 10]')]).toEqual([`${field}.max_parallel_training_jobs`, true]);
  });

  it('checks the objective', () => {
    expect(invalid(() => validateHpoConfig(recipe, { hpoObjective: { type: 'maximize' } })).field).toBe('solution_config.hpo_config.hpo_objective.type');
    const e = invalid(() => validateHpoConfig(recipe, { hpoObjective: { metricName: 'recall_at_5' } }));
    expect(e.field).toBe('solution_config.hpo_config.hpo_objective.metric_name');
    expect(e.reason).toContain('mean_reciprocal_rank_at_25');
  });

  it('rejects ranges the recipe does not allow', () => {
    const at = 'solution_config.hpo_config.algorithm_hyper_parameter_ranges';
    const cases: [NonNullable<HpoConfig['algorithmHyperParameterRanges']>, string, string][] = [
      [{ integerHyperParameterRanges: [{ name: 'nope', minValue: 1, maxValue: 2 }] }, `${at}.integer_hyper_parameter_ranges[0].name`, 'hidden_dimension'],
      [{ integerHyperParameterRanges: [{ name: 'min_count', minValue: 1, maxValue: 2 }] }, `${at}.integer_hyper_parameter_ranges[0].name`, 'not tunable'],
      [{ continuousHyperParameterRanges: [{ name: 'hidden_dimension', minValue: 40, maxValue: 50 }] }, `${at}.continuous_hyper_parameter_ranges[0].name`, 'integer'],
      [{ integerHyperParameterRanges: [{ name: 'hidden_dimension', minValue: 16, maxValue: 64 }] }, `${at}.integer_hyper_parameter_ranges[0].min_value`, '[32, 256]'],
      [{ integerHyperParameterRanges: [{ name: 'hidden_dimension', minValue: 64, maxValue: 512 }] }, `${at}.integer_hyper_parameter_ranges[0].max_value`, '[32, 256]'],
      [{ integerHyperParameterRanges: [{ name: 'hidden_dimension', minValue: 64.5, maxValue: 128 }] }, `${at}.integer_hyper_parameter_ranges[0].min_value`, 'integer'],
      [{ continuousHyperParameterRanges: [{ name: 'learning_rate', minValue: 0.1, maxValue: 0.01 }] }, `${at}.continuous_hyper_parameter_ranges[0].min_value`, 'max_value'],
      [
        { integerHyperParameterRanges: [{ name: 'hidden_dimension', minValue: 32, maxValue: 64 }, { name: 'hidden_dimension', minValue: 64, maxValue: 128 }] },
        `${at}.integer_hyper_parameter_ranges[1].name`,
        'more than one',
      ],
      [{ categoricalHyperParameterRanges: [{ name: 'mode', values: ['a', 'd'] }] }, `${at}.categorical_hyper_parameter_ranges[0].values`, 'a, b, c'],
      [{ categoricalHyperParameterRanges: [{ name: 'mode', values: [] }] }, `${at}.categorical_hyper_parameter_ranges[0].values`, 'at least one'],
    ];
    for (const [ranges, field, reason] of cases) {
      const e = invalid(() => validateHpoConfig(recipe, { algorithmHyperParameterRanges: ranges }));
      expect(e.field).toBe(field);
      expect(e.reason).toContain(reason);
    }
  });

  it('searches linearly when a log-scale range starts at zero', () => {
    const zeroMin: Recipe = {
      ...recipe,
      hyperParameters: [{ name: 'w', kind: 'continuous', default: 0.5, min: 0, max: 1, tunable: true, logScale: true, description: '' }],
    };
    expect(validateHpoConfig(zeroMin, {}).dimensions).toEqual([{ name: 'w', kind: 'continuous', min: 0, max: 1, logScale: false }]);
  });

  it('refuses HPO for a recipe without tunable hyperparameters', () => {
    const fixed: Recipe = { ...recipe, hyperParameters: recipe.hyperParameters.filter((s) => !s.tunable) };
    expect(invalid(() => validateHpoConfig(fixed, {})).reason).toContain('no tunable hyperparameters');
  });
});
