/**
 * HPO candidate generation over a resolved search space (see validateHpoConfig, which falls
 * back to every tunable hyperparameter of the recipe when the user gave no ranges).
 *
 * Candidates, up to maxNumberOfTrainingJobs in all:
 * 1. the base hyperparameters (the solution's resolved values, i.e. the defaults unless set),
 *    projected into the space;
 * 2. uniform random samples (log-uniform where the dimension is log-scale) until a third of the
 *    budget (rounded up) has been issued;
 * 3. local refinement: Gaussian steps around the best result reported so far, in the unit cube
 *    of the (log-)scaled dimensions, with a radius shrinking from 0.25 to 0.03 over the rest of
 *    the budget; categorical values switch to another value with a probability shrinking from 0.5 to 0.2.
 *    While nothing has been reported yet (everything still running), it samples at random.
 * Everything is drawn from one seeded generator, so the same seed and the same sequence of
 * next()/report() calls give the same candidates. Repeated candidates are avoided where possible.
 *
 * Driver protocol: call next() until it returns undefined (budget spent, or
 * maxParallelTrainingJobs candidates outstanding), run them, report() each result, repeat
 * until `finished`. The driver that runs the trainings lives elsewhere.
 */
import type { HyperParameters } from '../recipes/recipe.ts';
import type { SearchDimension, SearchSpace } from '../hyperparameters.ts';
import { SeededRandom } from '../../common/random.ts';

/** What the tuner needs of a search space. */
export type TunerSpace = Pick<SearchSpace, 'dimensions' | 'maxNumberOfTrainingJobs' | 'maxParallelTrainingJobs'> & {
  objective?: { type: 'Maximize' | 'Minimize' };
};

/** A finished candidate and the objective the driver reported for it. */
export interface TunerResult {
  params: HyperParameters;
  objective: number;
}

const RADIUS_START = 0.25;
const RADIUS_END = 0.03;
const RESAMPLE_START = 0.5;
const RESAMPLE_END = 0.2;
const DEDUPE_TRIES = 20;

/** Point in the search space: a unit coordinate per numeric dimension, a value index per categorical. */
type Point = number[];

/** Seeded hyperparameter search: defaults first, then random sampling, then refinement around the best. */
export class Tuner {
  private readonly rng: SeededRandom;
  private readonly sign: number;
  private readonly randomPhase: number;
  private readonly pending = new Map<HyperParameters, Point>();
  private readonly seen = new Set<string>();
  private readonly done: TunerResult[] = [];
  private bestPoint: Point | undefined;
  private bestScore = -Infinity;
  private issued = 0;

  /** `base` supplies every hyperparameter outside the space and the first candidate's values. */
  constructor(private readonly space: TunerSpace, private readonly base: HyperParameters, seed: number) {
    this.rng = new SeededRandom(seed);
    this.sign = space.objective?.type === 'Minimize' ? -1 : 1;
    this.randomPhase = Math.max(1, Math.ceil(space.maxNumberOfTrainingJobs / 3));
  }

  /** Candidates handed out and not yet reported. */
  get outstanding(): number {
    return this.pending.size;
  }

  /** True once the whole budget has been issued and reported. */
  get finished(): boolean {
    return this.issued >= this.space.maxNumberOfTrainingJobs && this.pending.size === 0;
  }

  /** Results reported so far, in report order. */
  get results(): readonly TunerResult[] {
    return this.done;
  }

  /** The next candidate, or undefined when the budget is spent or too many are outstanding. */
  next(): HyperParameters | undefined {
    if (this.issued >= this.space.maxNumberOfTrainingJobs) return undefined;
    if (this.pending.size >= Math.max(1, this.space.maxParallelTrainingJobs)) return undefined;
    const index = this.issued++;
    let point = index === 0 ? this.project(this.base) : this.propose(index, 0);
    for (let attempt = 1; attempt < DEDUPE_TRIES && index > 0 && this.seen.has(this.key(point)); attempt++) {
      point = this.propose(index, attempt);
    }
    this.seen.add(this.key(point));
    const params = index === 0 ? this.baseInSpace() : this.toParams(point);
    this.pending.set(params, point);
    return params;
  }

  /** Records the objective of a candidate from next(); NaN or ±Infinity counts as the worst result. */
  report(params: HyperParameters, objective: number): void {
    let point = this.pending.get(params);
    let handle: HyperParameters | undefined = point ? params : undefined;
    if (!point) {
      const key = this.key(this.project(params));
      for (const [p, pt] of this.pending) {
        if (this.key(pt) === key) {
          handle = p;
          point = pt;
          break;
        }
      }
    }
    if (!point || !handle) throw new Error('report() for a candidate that is not outstanding');
    this.pending.delete(handle);
    this.done.push({ params: handle, objective });
    const score = Number.isFinite(objective) ? this.sign * objective : -Infinity;
    if (score > this.bestScore || this.bestPoint === undefined) {
      this.bestScore = score;
      this.bestPoint = point;
    }
  }

  /** The best result reported so far (ties keep the earliest). */
  best(): TunerResult | undefined {
    let best: TunerResult | undefined;
    let bestScore = -Infinity;
    for (const r of this.done) {
      const score = Number.isFinite(r.objective) ? this.sign * r.objective : -Infinity;
      if (best === undefined || score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  /** A new point for candidate `index`; later attempts widen the step to escape duplicates. */
  private propose(index: number, attempt: number): Point {
    if (index < this.randomPhase || this.bestPoint === undefined) return this.randomPoint();
    const span = Math.max(1, this.space.maxNumberOfTrainingJobs - this.randomPhase - 1);
    const t = Math.min(1, (index - this.randomPhase) / span);
    const radius = RADIUS_START * Math.pow(RADIUS_END / RADIUS_START, t) * Math.pow(1.5, attempt);
    const resample = RESAMPLE_START + (RESAMPLE_END - RESAMPLE_START) * t;
    const center = this.bestPoint;
    return this.space.dimensions.map((d, i) => {
      const c = center[i] as number;
      if (d.kind === 'categorical') {
        // Resample to a different value (when there is one).
        if (d.values.length < 2 || this.rng.next() >= resample) return c;
        return (c + 1 + this.rng.int(d.values.length - 1)) % d.values.length;
      }
      return clamp01(c + radius * this.rng.normal());
    });
  }

  /** A uniform point (log-uniform on log-scale dimensions, by construction of the unit cube). */
  private randomPoint(): Point {
    return this.space.dimensions.map((d) => (d.kind === 'categorical' ? this.rng.int(d.values.length) : this.rng.next()));
  }

  /** The point of a parameter set (values outside the space are clamped into it). */
  private project(params: HyperParameters): Point {
    return this.space.dimensions.map((d) => {
      const v = params[d.name];
      if (d.kind === 'categorical') return Math.max(0, d.values.indexOf(String(v)));
      return typeof v === 'number' ? toUnit(d, v) : 0.5;
    });
  }

  /** The base hyperparameters with values outside the space clamped (or replaced) into it. */
  private baseInSpace(): HyperParameters {
    const out: HyperParameters = { ...this.base };
    for (const d of this.space.dimensions) {
      const v = out[d.name];
      if (d.kind === 'categorical') {
        if (!d.values.includes(String(v))) out[d.name] = d.values[0] as string;
      } else if (typeof v !== 'number' || !(v >= d.min && v <= d.max)) {
        out[d.name] = typeof v === 'number' && v > d.max ? d.max : d.min;
      }
    }
    return out;
  }

  /** The full hyperparameters of a point: base values overlaid with the point's. */
  private toParams(point: Point): HyperParameters {
    const out: HyperParameters = { ...this.base };
    this.space.dimensions.forEach((d, i) => {
      out[d.name] = valueOf(d, point[i] as number);
    });
    return out;
  }

  /** A key identifying the hyperparameter values a point yields. */
  private key(point: Point): string {
    return JSON.stringify(this.space.dimensions.map((d, i) => valueOf(d, point[i] as number)));
  }
}

/** The value of a dimension at unit coordinate u (or value index for categoricals). */
export function valueOf(d: SearchDimension, u: number): number | string {
  if (d.kind === 'categorical') return d.values[u] ?? (d.values[0] as string);
  const x = d.logScale ? Math.exp(Math.log(d.min) + u * (Math.log(d.max) - Math.log(d.min))) : d.min + u * (d.max - d.min);
  const clamped = Math.min(d.max, Math.max(d.min, x));
  return d.kind === 'integer' ? Math.min(d.max, Math.max(d.min, Math.round(clamped))) : clamped;
}

/** The unit coordinate of a numeric value (clamped into the dimension). */
function toUnit(d: Extract<SearchDimension, { min: number }>, v: number): number {
  if (d.max === d.min) return 0.5;
  const u = d.logScale ? (Math.log(v) - Math.log(d.min)) / (Math.log(d.max) - Math.log(d.min)) : (v - d.min) / (d.max - d.min);
  return Number.isFinite(u) ? clamp01(u) : 0;
}

/** Clamps into [0, 1]. */
function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
