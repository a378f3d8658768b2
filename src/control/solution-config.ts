/**
 * Checks a solution's training configuration (Personalize `SolutionConfig` plus the
 * solution's own switches) against its recipe, and resolves it into what training uses.
 * The same check runs at CreateSolution (bad input is refused) and at training time.
 */
import { InvalidInput } from '../common/errors.ts';
import { checkNoNul } from '../common/names.ts';
import { type HpoConfig, resolveHyperParameters, type SearchSpace, validateHpoConfig } from '../training/hyperparameters.ts';
import type { HyperParameters, Recipe } from '../training/recipes/recipe.ts';

/** SolutionConfig as it arrives (proto-loader's camelCase objects; unset messages are null). */
export interface SolutionConfigInput {
  eventValueThreshold?: string;
  hpoConfig?: HpoConfig | null;
  algorithmHyperParameters?: Record<string, string>;
  featureTransformationParameters?: Record<string, string>;
  autoMlConfig?: { metricName?: string; recipeList?: string[] } | null;
  eventsConfig?: EventsConfigInput | null;
  optimizationObjective?: { itemAttribute?: string; objectiveSensitivity?: string } | null;
  trainingDataConfig?: {
    excludedDatasetColumns?: Record<string, { columns?: string[] }>;
    includedDatasetColumns?: Record<string, { columns?: string[] }>;
  } | null;
  autoTrainingConfig?: { schedulingExpression?: string } | null;
}

export interface EventsConfigInput {
  eventParametersList?: { eventType?: string; eventValueThreshold?: number | null; weight?: number }[];
}

/** A checked configuration: what training uses, and the cleaned config to store and describe. */
export interface CheckedConfig {
  /** The config with unset parts dropped, in the API's shape. */
  stored: SolutionConfigInput;
  params: HyperParameters;
  search?: SearchSpace;
  eventValueThreshold?: number;
  eventsConfig?: { eventType: string; eventValueThreshold?: number; weight: number }[];
  excludedItemColumns: string[];
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const RATE = /^rate\((\d+) days?\)$/;
const DATASET_TYPES = ['Interactions', 'Items', 'Users'];
const COLUMN = /^[A-Za-z_][A-Za-z\d_]*$/;

/** Automatic training's period when the solution gives no scheduling expression (Personalize's default). */
export const DEFAULT_AUTO_TRAINING_DAYS = 7;

/**
 * Checks a solution's configuration; throws InvalidInput naming the field at fault.
 * `performAutoTraining` is the solution's switch at CreateSolution, or undefined when a stored
 * configuration is read back for training or serving (which do not use the schedule).
 */
export function checkSolutionConfig(
  recipe: Recipe,
  performHpo: boolean,
  performAutoTraining: boolean | undefined,
  input: SolutionConfigInput | null | undefined,
  eventType?: string,
): CheckedConfig {
  const c = input ?? {};
  const stored: SolutionConfigInput = {};
  const out: CheckedConfig = { stored, params: {}, excludedItemColumns: [] };
  const f = 'solution_config';

  if (c.eventValueThreshold) {
    if (c.eventValueThreshold.length > 256 || !DECIMAL.test(c.eventValueThreshold) || !Number.isFinite(Number(c.eventValueThreshold))) {
      throw new InvalidInput(`${f}.event_value_threshold`, `must be a decimal number (got "${c.eventValueThreshold}")`);
    }
    out.eventValueThreshold = Number(c.eventValueThreshold);
    stored.eventValueThreshold = c.eventValueThreshold;
  }

  // Feature transformation parameters that name a hyperparameter (e.g. Trending-Now's
  // trend_discovery_frequency) set it; any other name is refused.
  const ftp = c.featureTransformationParameters ?? {};
  const hp = { ...(c.algorithmHyperParameters ?? {}) };
  for (const [name, value] of Object.entries(ftp)) {
    if (!recipe.hyperParameters.some((s) => s.name === name)) {
      throw new InvalidInput(`${f}.feature_transformation_parameters.${name}`, `recipe ${recipe.name} has no feature transformation parameter "${name}"`);
    }
    if (hp[name] !== undefined && hp[name] !== value) {
      throw new InvalidInput(`${f}.feature_transformation_parameters.${name}`, `conflicts with algorithm_hyper_parameters.${name}`);
    }
    hp[name] = value;
  }
  for (const [k, v] of Object.entries(hp)) {
    checkNoNul(`${f}.algorithm_hyper_parameters.${k}`, k);
    checkNoNul(`${f}.algorithm_hyper_parameters.${k}`, v);
  }
  out.params = resolveHyperParameters(recipe, hp, `${f}.algorithm_hyper_parameters`);
  if (Object.keys(c.algorithmHyperParameters ?? {}).length > 0) stored.algorithmHyperParameters = c.algorithmHyperParameters!;
  if (Object.keys(ftp).length > 0) stored.featureTransformationParameters = ftp;

  if (c.hpoConfig) {
    if (!performHpo) throw new InvalidInput(`${f}.hpo_config`, 'is only used with perform_hpo true');
    stored.hpoConfig = c.hpoConfig;
  }
  if (performHpo) out.search = validateHpoConfig(recipe, c.hpoConfig ?? {}, `${f}.hpo_config`);

  if (c.autoMlConfig && (c.autoMlConfig.metricName || (c.autoMlConfig.recipeList ?? []).length > 0)) {
    throw new InvalidInput(`${f}.auto_ml_config`, 'AutoML is not supported: choose a recipe (AWS itself recommends against AutoML)');
  }
  if (c.optimizationObjective && (c.optimizationObjective.itemAttribute || c.optimizationObjective.objectiveSensitivity)) {
    throw new InvalidInput(`${f}.optimization_objective`, 'optimization objectives are not supported by Attune recipes');
  }

  const events = c.eventsConfig?.eventParametersList ?? [];
  if (events.length > 0) {
    if (eventType) throw new InvalidInput(`${f}.events_config`, `cannot be combined with event_type "${eventType}": list that type in events_config instead`);
    out.eventsConfig = checkEventsConfig(events, `${f}.events_config.event_parameters_list`);
    stored.eventsConfig = { eventParametersList: out.eventsConfig };
  }

  // Excluded Interactions and Users columns are honoured trivially: no recipe reads them.
  if (c.trainingDataConfig) {
    out.excludedItemColumns = checkColumns(c.trainingDataConfig.excludedDatasetColumns, `${f}.training_data_config.excluded_dataset_columns`).Items ?? [];
    if (Object.keys(c.trainingDataConfig.includedDatasetColumns ?? {}).length > 0) {
      throw new InvalidInput(`${f}.training_data_config.included_dataset_columns`, 'is not supported: list the columns to leave out in excluded_dataset_columns');
    }
    const ex = c.trainingDataConfig.excludedDatasetColumns ?? {};
    const inc = c.trainingDataConfig.includedDatasetColumns ?? {};
    if (Object.keys(ex).length + Object.keys(inc).length > 0) stored.trainingDataConfig = { excludedDatasetColumns: ex, includedDatasetColumns: inc };
  }

  if (c.autoTrainingConfig?.schedulingExpression) {
    checkSchedule(c.autoTrainingConfig.schedulingExpression, `${f}.auto_training_config.scheduling_expression`);
    if (performAutoTraining === false) throw new InvalidInput(`${f}.auto_training_config`, 'is only used with perform_auto_training true');
    stored.autoTrainingConfig = { schedulingExpression: c.autoTrainingConfig.schedulingExpression };
  }
  return out;
}

/** Checks an events_config list: at most 10 distinct types, weights in [0, 1], not all zero. */
export function checkEventsConfig(list: NonNullable<EventsConfigInput['eventParametersList']>, field: string): NonNullable<CheckedConfig['eventsConfig']> {
  if (list.length > 10) throw new InvalidInput(field, `must have at most 10 event types (got ${list.length})`);
  const seen = new Set<string>();
  const out = list.map((e, i) => {
    const type = e.eventType ?? '';
    if (type === '' || type.length > 256) throw new InvalidInput(`${field}[${i}].event_type`, 'must be 1-256 characters');
    checkNoNul(`${field}[${i}].event_type`, type);
    if (seen.has(type)) throw new InvalidInput(`${field}[${i}].event_type`, `"${type}" is listed twice`);
    seen.add(type);
    const weight = e.weight ?? 0;
    if (!(weight >= 0 && weight <= 1)) throw new InvalidInput(`${field}[${i}].weight`, `must be between 0 and 1 (got ${weight})`);
    const threshold = e.eventValueThreshold ?? undefined;
    if (threshold !== undefined && !Number.isFinite(threshold)) throw new InvalidInput(`${field}[${i}].event_value_threshold`, 'must be a finite number');
    return threshold === undefined ? { eventType: type, weight } : { eventType: type, weight, eventValueThreshold: threshold };
  });
  if (out.every((e) => e.weight === 0)) throw new InvalidInput(field, 'at least one event type needs a weight above 0');
  return out;
}

/** Checks `rate(N days)` with N in 1-30 (Personalize's auto-training schedule); returns N. */
export function checkSchedule(expr: string, field: string): number {
  const m = expr.length <= 16 ? RATE.exec(expr) : null;
  const days = m ? Number(m[1]) : NaN;
  if (!(days >= 1 && days <= 30)) throw new InvalidInput(field, `must be rate(N days) with N from 1 to 30 (got "${expr.slice(0, 64)}")`);
  return days;
}

/** The period in days of a stored configuration's automatic training (the default without an expression). */
export function autoTrainingDays(config: SolutionConfigInput | null | undefined): number {
  const expr = config?.autoTrainingConfig?.schedulingExpression;
  if (!expr) return DEFAULT_AUTO_TRAINING_DAYS;
  const m = RATE.exec(expr);
  return m ? Number(m[1]) : DEFAULT_AUTO_TRAINING_DAYS;
}

function checkColumns(map: Record<string, { columns?: string[] }> | undefined, field: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const entries = Object.entries(map ?? {});
  if (entries.length > 3) throw new InvalidInput(field, `must name at most 3 dataset types (got ${entries.length})`);
  for (const [type, v] of entries) {
    if (!DATASET_TYPES.includes(type)) throw new InvalidInput(`${field}.${type}`, `must be a dataset type: ${DATASET_TYPES.join(', ')}`);
    const cols = v.columns ?? [];
    if (cols.length > 50) throw new InvalidInput(`${field}.${type}`, `must list at most 50 columns (got ${cols.length})`);
    for (const col of cols) if (!COLUMN.test(col) || col.length > 150) throw new InvalidInput(`${field}.${type}`, `"${col}" is not a column name`);
    out[type] = cols;
  }
  return out;
}
