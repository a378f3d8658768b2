/**
 * Hyperparameters of the implicit-feedback ALS family (aws-user-personalization,
 * aws-personalized-ranking): their specs (defaults, HPO ranges) and the resolved form.
 */
import type { HyperParameterSpec, HyperParameters } from '../recipe.ts';

/** How EVENT_VALUE feeds an interaction's confidence. */
export type EventValueMode = 'ignore' | 'linear' | 'log';

/** Everything that turns one event into confidence; also needed at fold-in. */
export interface ConfidenceParams {
  /** c = 1 + alpha · Σ strength over the (user, item) pair's events. */
  alpha: number;
  eventValue: EventValueMode;
  recencyMask: boolean;
  /** Half-life of an event's strength, in days, when recencyMask is on. */
  recencyHalfLifeDays: number;
  /** "Now" for recency: the training data's latest timestamp (epoch seconds). */
  latestTimestamp: number;
  /** Mean value factor over the training events that have a value (1 when none), dividing every value factor. */
  valueScale: number;
}

/** Fully resolved ALS settings. */
export interface AlsParams extends Omit<ConfidenceParams, 'latestTimestamp' | 'valueScale'> {
  factors: number;
  regularization: number;
  iterations: number;
  cgSteps: number;
}

/** The specs shared by both ALS recipes. */
export const ALS_HYPERPARAMETERS: HyperParameterSpec[] = [
  {
    name: 'hidden_dimension',
    kind: 'integer',
    default: 64,
    min: 32,
    max: 256,
    tunable: true,
    logScale: true,
    description: 'Number of latent factors per user and item (training time grows about quadratically with it).',
  },
  {
    name: 'regularization',
    kind: 'continuous',
    default: 30,
    min: 0.1,
    max: 1000,
    tunable: false,
    logScale: true,
    description:
      'L2 penalty on user and item factors (added to the diagonal of every row solve). Not tuned by HPO: the newest-interactions holdout favours under-regularized models that rank worse.',
  },
  {
    name: 'alpha',
    kind: 'continuous',
    default: 2.5,
    min: 0.01,
    max: 100,
    tunable: false,
    logScale: true,
    description: 'Confidence scale: an observed (user, item) pair has confidence 1 + alpha · its summed event strength.',
  },
  {
    name: 'num_iterations',
    kind: 'integer',
    default: 10,
    min: 10,
    max: 30,
    tunable: true,
    description: 'Alternating passes (items then users) over the data; training time is linear in it.',
  },
  {
    name: 'cg_steps',
    kind: 'integer',
    default: 3,
    min: 1,
    max: 10,
    tunable: false,
    description: 'Conjugate-gradient steps per row solve per pass (warm-started from the previous pass).',
  },
  {
    name: 'event_value_confidence',
    kind: 'categorical',
    default: 'linear',
    values: ['ignore', 'linear', 'log'],
    tunable: false,
    description:
      "How EVENT_VALUE scales an event's strength: 'ignore' (1), 'linear' (the value floored at 0), 'log' (log(1 + value)); either divided by its mean over the training events, so alpha keeps its meaning; events without a value count 1.",
  },
  {
    name: 'recency_mask',
    kind: 'categorical',
    default: 'false',
    values: ['true', 'false'],
    tunable: false,
    description:
      'Weight recent interactions more: event strength halves every recency_half_life_days before the latest event. Not tuned by HPO: the holdout is the newest interactions, so it always rewards recency.',
  },
  {
    name: 'recency_half_life_days',
    kind: 'continuous',
    default: 90,
    min: 1,
    max: 3650,
    tunable: false,
    logScale: true,
    description: 'Half-life in days of an event’s strength when recency_mask is true.',
  },
];

/** Resolves raw hyperparameters (defaults filled, values checked) into AlsParams; throws on bad input. */
export function resolveAlsParams(raw: HyperParameters): AlsParams {
  const num = (name: string): number => {
    const spec = ALS_HYPERPARAMETERS.find((s) => s.name === name);
    if (!spec || spec.kind === 'categorical') throw new Error(`unknown numeric hyperparameter ${name}`);
    const v = raw[name] ?? spec.default;
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n) || n < spec.min || n > spec.max) {
      throw new RangeError(`hyperparameter ${name} must be a number in [${spec.min}, ${spec.max}], got ${String(v)}`);
    }
    if (spec.kind === 'integer' && !Number.isInteger(n)) throw new RangeError(`hyperparameter ${name} must be an integer, got ${n}`);
    return n;
  };
  const cat = (name: string): string => {
    const spec = ALS_HYPERPARAMETERS.find((s) => s.name === name);
    if (!spec || spec.kind !== 'categorical') throw new Error(`unknown categorical hyperparameter ${name}`);
    const v = String(raw[name] ?? spec.default);
    if (!spec.values.includes(v)) throw new RangeError(`hyperparameter ${name} must be one of ${spec.values.join(', ')}, got ${v}`);
    return v;
  };
  return {
    factors: num('hidden_dimension'),
    regularization: num('regularization'),
    alpha: num('alpha'),
    iterations: num('num_iterations'),
    cgSteps: num('cg_steps'),
    eventValue: cat('event_value_confidence') as EventValueMode,
    recencyMask: cat('recency_mask') === 'true',
    recencyHalfLifeDays: num('recency_half_life_days'),
  };
}

/** The default value of every ALS hyperparameter. */
export function defaultAlsHyperParameters(): HyperParameters {
  const out: HyperParameters = {};
  for (const s of ALS_HYPERPARAMETERS) out[s.name] = s.default;
  return out;
}
