import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../common/random.ts';
import { resolveHyperParameters, validateHpoConfig, type HpoConfig, type SearchSpace } from '../hyperparameters.ts';
import type { HyperParameters, Recipe } from '../recipes/recipe.ts';
import { Tuner } from './search.ts';

const recipe: Recipe = {
  name: 'synthetic',
  algorithm: 'synthetic',
  type: 'USER_PERSONALIZATION',
  description: 'specs for a synthetic objective',
  hyperParameters: [
    { name: 'learning_rate', kind: 'continuous', default: 0.001, min: 0.0001, max: 1, tunable: true, logScale: true, description: '' },
    { name: 'hidden_dimension', kind: 'integer', default: 64, min: 32, max: 256, tunable: true, description: '' },
    { name: 'mode', kind: 'categorical', default: 'a', values: ['a', 'b', 'c'], tunable: true, description: '' },
    { name: 'epochs', kind: 'integer', default: 5, min: 1, max: 50, tunable: false, description: '' },
  ],
  train: () => ({ meta: {}, arrays: {} }),
  load: () => ({ recommend: () => ({ items: new Int32Array(0), scores: new Float32Array(0) }) }),
};

/** Peaks at learning_rate 0.03, hidden_dimension 200, mode b (value 1). */
function objective(p: HyperParameters): number {
  const lr = Math.log10((p.learning_rate as number) / 0.03);
  const hd = ((p.hidden_dimension as number) - 200) / 100;
  return 1 - lr * lr / 4 - hd * hd - (p.mode === 'b' ? 0 : 0.3);
}

/** True near the optimum. */
function inOptimumRegion(p: HyperParameters): boolean {
  return Math.abs(Math.log10((p.learning_rate as number) / 0.03)) < 0.5 && Math.abs((p.hidden_dimension as number) - 200) < 40 && p.mode === 'b';
}

/** Runs a tuner to the end, one candidate at a time, and returns it. */
function runSerial(space: SearchSpace, seed: number, f = objective): Tuner {
  const tuner = new Tuner(space, resolveHyperParameters(recipe, {}), seed);
  for (let p = tuner.next(); p; p = tuner.next()) tuner.report(p, f(p));
  return tuner;
}

const space = (cfg: HpoConfig = {}) => validateHpoConfig(recipe, { hpoResourceConfig: { maxNumberOfTrainingJobs: '40' }, ...cfg });

describe('Tuner', () => {
  it('starts from the defaults and keeps every candidate inside the space', () => {
    const tuner = runSerial(space(), 1);
    const results = tuner.results.map((r) => r.params);
    expect(results).toHaveLength(40);
    expect(results[0]).toEqual(resolveHyperParameters(recipe, {}));
    for (const p of results) {
      expect(p.epochs).toBe(5);
      expect(p.learning_rate as number).toBeGreaterThanOrEqual(0.0001);
      expect(p.learning_rate as number).toBeLessThanOrEqual(1);
      expect(Number.isInteger(p.hidden_dimension)).toBe(true);
      expect(p.hidden_dimension as number).toBeGreaterThanOrEqual(32);
      expect(p.hidden_dimension as number).toBeLessThanOrEqual(256);
      expect(['a', 'b', 'c']).toContain(p.mode);
    }
    expect(new Set(results.map((p) => JSON.stringify(p))).size).toBe(40);
    expect(tuner.finished).toBe(true);
    expect(tuner.next()).toBeUndefined();
  });

  it('projects defaults outside a user range into it', () => {
    const s = space({ algorithmHyperParameterRanges: { integerHyperParameterRanges: [{ name: 'hidden_dimension', minValue: 100, maxValue: 150 }] } });
    const first = new Tuner(s, resolveHyperParameters(recipe, {}), 1).next();
    expect(first).toEqual({ learning_rate: 0.001, hidden_dimension: 100, mode: 'a', epochs: 5 });
  });

  it('finds the optimum region, far better than the defaults', () => {
    const defaults = objective(resolveHyperParameters(recipe, {}));
    for (const seed of [1, 2, 3, 4, 5]) {
      const best = runSerial(space(), seed).best();
      expect(best?.objective).toBeGreaterThan(defaults + 1);
      expect(inOptimumRegion(best?.params ?? {}), JSON.stringify(best)).toBe(true);
    }
  });

  it('beats pure random search with the same budget', () => {
    const s = space();
    const random = (seed: number) => {
      const rng = new SeededRandom(seed);
      let best = -Infinity;
      for (let i = 0; i < 40; i++) {
        const p = {
          learning_rate: Math.pow(10, -4 + 4 * rng.next()),
          hidden_dimension: 32 + rng.int(225),
          mode: ['a', 'b', 'c'][rng.int(3)] as string,
        };
        best = Math.max(best, objective(p));
      }
      return best;
    };
    const seeds = Array.from({ length: 10 }, (_, i) => 100 + i);
    const regret = (f: (seed: number) => number) => seeds.reduce((s, seed) => s + (1 - f(seed)), 0) / seeds.length;
    const tunerRegret = regret((seed) => runSerial(s, seed).best()?.objective ?? -Infinity);
    expect(tunerRegret).toBeLessThan(0.5 * regret(random));
  });

  it('minimises when asked to', () => {
    const s = { ...space(), objective: { type: 'Minimize' as const, metricName: 'precision_at_5' as const } };
    const tuner = runSerial(s, 3, (p) => -objective(p));
    expect(inOptimumRegion(tuner.best()?.params ?? {})).toBe(true);
    expect(tuner.best()?.objective).toBe(Math.min(...tuner.results.map((r) => r.objective)));
  });

  it('samples log-scale dimensions log-uniformly', () => {
    const s: SearchSpace = { ...space(), maxNumberOfTrainingJobs: 1000, maxParallelTrainingJobs: 1000 };
    const tuner = new Tuner(s, resolveHyperParameters(recipe, {}), 8);
    const lrs: number[] = [];
    for (let p = tuner.next(); p; p = tuner.next()) lrs.push(p.learning_rate as number);
    // Nothing reported, so all are random samples: about a quarter per decade over [1e-4, 1].
    const belowCentiUnit = lrs.filter((x) => x < 0.01).length / lrs.length;
    expect(belowCentiUnit).toBeGreaterThan(0.4);
    expect(belowCentiUnit).toBeLessThan(0.6);
  });

  it('is deterministic for a seed', () => {
    const params = (seed: number) => runSerial(space(), seed).results.map((r) => r.params);
    expect(params(4)).toEqual(params(4));
    expect(params(5)).not.toEqual(params(4));
  });

  it('hands out at most maxParallelTrainingJobs at once and the budget in all', () => {
    const s = space({ hpoResourceConfig: { maxNumberOfTrainingJobs: '7', maxParallelTrainingJobs: '3' } });
    const tuner = new Tuner(s, resolveHyperParameters(recipe, {}), 2);
    const batch = [tuner.next(), tuner.next(), tuner.next()];
    expect(batch.every((p) => p !== undefined)).toBe(true);
    expect(tuner.next()).toBeUndefined();
    expect(tuner.outstanding).toBe(3);
    // Reporting a copy works as well as the object handed out.
    tuner.report({ ...(batch[1] as HyperParameters) }, 0.5);
    expect(tuner.outstanding).toBe(2);
    let issued = 3;
    for (let p = tuner.next(); p; p = tuner.next()) {
      issued++;
      tuner.report(p, objective(p));
    }
    expect(issued).toBe(7);
    expect(tuner.finished).toBe(false);
    tuner.report(batch[0] as HyperParameters, Number.NaN);
    tuner.report(batch[2] as HyperParameters, 0.1);
    expect(tuner.finished).toBe(true);
    expect(tuner.results).toHaveLength(7);
    expect(Number.isNaN(tuner.best()?.objective)).toBe(false);
  });

  it('rejects a report for a candidate it did not hand out', () => {
    const tuner = new Tuner(space(), resolveHyperParameters(recipe, {}), 1);
    tuner.next();
    expect(() => tuner.report({ learning_rate: 0.5, hidden_dimension: 33, mode: 'c', epochs: 5 }, 1)).toThrow(/not outstanding/);
  });
});
