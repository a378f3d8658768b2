/**
 * Hyperparameters on the wire (string maps, Personalize's HPOConfig) checked against a
 * recipe's specs: resolving a solution's algorithm_hyper_parameters, validating an HPO config
 * into a search space, and describing the defaults for DescribeAlgorithm.
 *
 * Choices: integers must be plain decimal integers ("12", not "12.0" or "1e1"); continuous
 * values are plain decimal numbers; boolean categoricals (values exactly 'true'/'false') accept
 * any letter case ("True") and resolve to lowercase. Empty strings in an HPO config mean "not
 * set" (proto3 defaults). HPO defaults: 16 training jobs, 2 at once, objective Maximize
 * normalized_discounted_cumulative_gain_at_10; `metricRegex` is accepted and ignored.
 */
import { InvalidInput } from '../common/errors.ts';
import { isMetricKey, METRIC_KEYS, type MetricKey } from './evaluation/metrics.ts';
import type { HyperParameters, HyperParameterSpec, Recipe } from './recipes/recipe.ts';

/** Personalize's HPOConfig (every field optional, numbers of jobs as strings). */
export interface HpoConfig {
  hpoObjective?: { type?: string; metricName?: string; metricRegex?: string };
  hpoResourceConfig?: { maxNumberOfTrainingJobs?: string; maxParallelTrainingJobs?: string };
  algorithmHyperParameterRanges?: {
    integerHyperParameterRanges?: { name: string; minValue: number; maxValue: number }[];
    continuousHyperParameterRanges?: { name: string; minValue: number; maxValue: number }[];
    categoricalHyperParameterRanges?: { name: string; values: string[] }[];
  };
}

/** One searched dimension of a resolved HPO search space. */
export type SearchDimension =
  | { name: string; kind: 'integer' | 'continuous'; min: number; max: number; logScale: boolean }
  | { name: string; kind: 'categorical'; values: string[] };

/** A validated HPO config: what to optimise, the budget, and the dimensions searched. */
export interface SearchSpace {
  objective: { type: 'Maximize' | 'Minimize'; metricName: MetricKey };
  maxNumberOfTrainingJobs: number;
  /** Never more than maxNumberOfTrainingJobs. */
  maxParallelTrainingJobs: number;
  /** The user's ranges, or every tunable hyperparameter of the recipe when none were given. */
  dimensions: SearchDimension[];
}

/** Personalize's DefaultHyperParameterRanges. */
export interface DefaultHyperParameterRanges {
  integerHyperParameterRanges: { name: string; minValue: number; maxValue: number; isTunable: boolean }[];
  continuousHyperParameterRanges: { name: string; minValue: number; maxValue: number; isTunable: boolean }[];
  categoricalHyperParameterRanges: { name: string; values: string[]; isTunable: boolean }[];
}

export const MAX_TRAINING_JOBS = 40;
export const MAX_PARALLEL_TRAINING_JOBS = 10;
export const DEFAULT_TRAINING_JOBS = 16;
export const DEFAULT_PARALLEL_TRAINING_JOBS = 2;
export const DEFAULT_HPO_METRIC: MetricKey = 'normalized_discounted_cumulative_gain_at_10';

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The recipe's default hyperparameters as wire strings. */
export function defaultHyperParameters(recipe: Recipe): Record<string, string> {
  return Object.fromEntries(recipe.hyperParameters.map((s) => [s.name, String(s.default)]));
}

/** The recipe's hyperparameter ranges with their tunability, as DescribeAlgorithm shows them. */
export function describeAlgorithmRanges(recipe: Recipe): DefaultHyperParameterRanges {
  const out: DefaultHyperParameterRanges = {
    integerHyperParameterRanges: [],
    continuousHyperParameterRanges: [],
    categoricalHyperParameterRanges: [],
  };
  for (const s of recipe.hyperParameters) {
    if (s.kind === 'categorical') {
      out.categoricalHyperParameterRanges.push({ name: s.name, values: [...s.values], isTunable: s.tunable });
    } else {
      const list = s.kind === 'integer' ? out.integerHyperParameterRanges : out.continuousHyperParameterRanges;
      list.push({ name: s.name, minValue: s.min, maxValue: s.max, isTunable: s.tunable });
    }
  }
  return out;
}

/** Resolves wire hyperparameters against the recipe: defaults filled, values parsed and range-checked. */
export function resolveHyperParameters(
  recipe: Recipe,
  given: Record<string, string>,
  field = 'solution_config.algorithm_hyper_parameters',
): HyperParameters {
  const specs = new Map(recipe.hyperParameters.map((s) => [s.name, s]));
  for (const name of Object.keys(given)) {
    if (!specs.has(name)) throw new InvalidInput(`${field}.${name}`, unknownName(recipe));
  }
  const out: HyperParameters = {};
  for (const spec of recipe.hyperParameters) {
    const raw = given[spec.name];
    out[spec.name] = raw === undefined ? spec.default : parseValue(spec, raw, `${field}.${spec.name}`);
  }
  return out;
}

/** Validates an HPO config against the recipe and resolves it into a search space. */
export function validateHpoConfig(recipe: Recipe, hpo: HpoConfig, field = 'solution_config.hpo_config'): SearchSpace {
  const objective = resolveObjective(hpo.hpoObjective, `${field}.hpo_objective`);
  const resField = `${field}.hpo_resource_config`;
  const maxJobs = jobCount(hpo.hpoResourceConfig?.maxNumberOfTrainingJobs, DEFAULT_TRAINING_JOBS, MAX_TRAINING_JOBS, `${resField}.max_number_of_training_jobs`);
  const maxParallel = jobCount(hpo.hpoResourceConfig?.maxParallelTrainingJobs, DEFAULT_PARALLEL_TRAINING_JOBS, MAX_PARALLEL_TRAINING_JOBS, `${resField}.max_parallel_training_jobs`);
  const dimensions = resolveRanges(recipe, hpo.algorithmHyperParameterRanges, `${field}.algorithm_hyper_parameter_ranges`);
  if (dimensions.length === 0) {
    throw new InvalidInput(field, `recipe ${recipe.name} has no tunable hyperparameters, so HPO is not supported`);
  }
  return { objective, maxNumberOfTrainingJobs: maxJobs, maxParallelTrainingJobs: Math.min(maxParallel, maxJobs), dimensions };
}

/** Checks the objective; empty fields take the defaults. */
function resolveObjective(o: HpoConfig['hpoObjective'], field: string): SearchSpace['objective'] {
  const type = o?.type || 'Maximize';
  if (type !== 'Maximize' && type !== 'Minimize') {
    throw new InvalidInput(`${field}.type`, `must be Maximize or Minimize, not "${type}"`);
  }
  const metricName = o?.metricName || DEFAULT_HPO_METRIC;
  if (!isMetricKey(metricName)) {
    throw new InvalidInput(`${field}.metric_name`, `must be one of ${METRIC_KEYS.join(', ')}, not "${metricName}"`);
  }
  return { type, metricName };
}

/** Parses a job count: a positive integer up to `max`, `fallback` when unset. */
function jobCount(raw: string | undefined, fallback: number, max: number, field: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = INTEGER.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= max)) throw new InvalidInput(field, `must be an integer in [1, ${max}], not "${raw}"`);
  return n;
}

/** The searched dimensions: the given ranges checked against the specs, or all tunable specs. */
function resolveRanges(recipe: Recipe, ranges: HpoConfig['algorithmHyperParameterRanges'], field: string): SearchDimension[] {
  const integer = ranges?.integerHyperParameterRanges ?? [];
  const continuous = ranges?.continuousHyperParameterRanges ?? [];
  const categorical = ranges?.categoricalHyperParameterRanges ?? [];
  if (integer.length + continuous.length + categorical.length === 0) {
    return recipe.hyperParameters.filter((s) => s.tunable).map(dimensionOf);
  }
  const specs = new Map(recipe.hyperParameters.map((s) => [s.name, s]));
  const seen = new Set<string>();
  const out: SearchDimension[] = [];
  const lookup = (name: string, kind: HyperParameterSpec['kind'], at: string): HyperParameterSpec => {
    const spec = specs.get(name);
    if (!spec) throw new InvalidInput(`${at}.name`, `"${name}": ${unknownName(recipe)}`);
    if (!spec.tunable) throw new InvalidInput(`${at}.name`, `${name} is not tunable`);
    if (spec.kind !== kind) throw new InvalidInput(`${at}.name`, `${name} is a ${spec.kind} hyperparameter, not ${kind}`);
    if (seen.has(name)) throw new InvalidInput(`${at}.name`, `${name} has more than one range`);
    seen.add(name);
    return spec;
  };
  const numeric = (list: typeof integer, kind: 'integer' | 'continuous', listField: string) => {
    list.forEach((r, i) => {
      const at = `${field}.${listField}[${i}]`;
      const spec = lookup(r.name, kind, at);
      if (spec.kind === 'categorical') return;
      for (const [key, v] of [['min_value', r.minValue], ['max_value', r.maxValue]] as const) {
        const ok = Number.isFinite(v) && (kind === 'continuous' || Number.isInteger(v)) && v >= spec.min && v <= spec.max;
        if (!ok) throw new InvalidInput(`${at}.${key}`, `must be ${kind === 'integer' ? 'an integer' : 'a number'} in [${spec.min}, ${spec.max}], not ${v}`);
      }
      if (r.minValue > r.maxValue) throw new InvalidInput(`${at}.min_value`, `must not exceed max_value (${r.minValue} > ${r.maxValue})`);
      out.push({ name: r.name, kind, min: r.minValue, max: r.maxValue, logScale: (spec.logScale ?? false) && r.minValue > 0 });
    });
  };
  numeric(integer, 'integer', 'integer_hyper_parameter_ranges');
  numeric(continuous, 'continuous', 'continuous_hyper_parameter_ranges');
  categorical.forEach((r, i) => {
    const at = `${field}.categorical_hyper_parameter_ranges[${i}]`;
    const spec = lookup(r.name, 'categorical', at);
    if (spec.kind !== 'categorical') return;
    if (r.values.length === 0) throw new InvalidInput(`${at}.values`, 'must list at least one value');
    const values = [...new Set(r.values.map((v) => parseValue(spec, v, `${at}.values`) as string))];
    out.push({ name: r.name, kind: 'categorical', values });
  });
  return out;
}

/** The search dimension covering a spec's whole range. */
function dimensionOf(spec: HyperParameterSpec): SearchDimension {
  if (spec.kind === 'categorical') return { name: spec.name, kind: 'categorical', values: [...spec.values] };
  return { name: spec.name, kind: spec.kind, min: spec.min, max: spec.max, logScale: (spec.logScale ?? false) && spec.min > 0 };
}

/** Parses one wire value against its spec, throwing InvalidInput on `field`. */
function parseValue(spec: HyperParameterSpec, raw: string, field: string): number | string {
  if (spec.kind === 'categorical') {
    const value = isBoolean(spec.values) ? raw.toLowerCase() : raw;
    if (!spec.values.includes(value)) {
      throw new InvalidInput(field, `must be one of ${spec.values.join(', ')}, not "${raw}"`);
    }
    return value;
  }
  const pattern = spec.kind === 'integer' ? INTEGER : DECIMAL;
  const n = pattern.test(raw) ? Number(raw) : NaN;
  if (!(Number.isFinite(n) && n >= spec.min && n <= spec.max)) {
    throw new InvalidInput(field, `must be ${spec.kind === 'integer' ? 'an integer' : 'a number'} in [${spec.min}, ${spec.max}], not "${raw}"`);
  }
  return n;
}

/** True for a true/false categorical. */
function isBoolean(values: string[]): boolean {
  return values.length === 2 && values.includes('true') && values.includes('false');
}

/** The reason for an unknown hyperparameter name, listing the known ones. */
function unknownName(recipe: Recipe): string {
  const known = recipe.hyperParameters.map((s) => s.name);
  return known.length === 0
    ? `unknown hyperparameter; recipe ${recipe.name} has no hyperparameters`
    : `unknown hyperparameter; recipe ${recipe.name} knows ${known.join(', ')}`;
}
