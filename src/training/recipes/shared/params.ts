/** Reading resolved hyperparameters against their specs, with the spec's default when absent. */
import { InvalidInput } from '../../../common/errors.ts';
import type { HyperParameters, HyperParameterSpec } from '../recipe.ts';

const FIELD = 'solutionConfig.algorithmHyperParameters';

/** The spec named `name`; throws if the recipe does not declare it (a programming error). */
function specOf(specs: readonly HyperParameterSpec[], name: string): HyperParameterSpec {
  const spec = specs.find((s) => s.name === name);
  if (spec === undefined) throw new Error(`no hyperparameter spec named ${name}`);
  return spec;
}

/** A numeric hyperparameter: the given value (a number or numeric string) or the default, checked against its range. */
export function numberParam(params: HyperParameters, specs: readonly HyperParameterSpec[], name: string): number {
  const spec = specOf(specs, name);
  if (spec.kind === 'categorical') throw new Error(`${name} is categorical`);
  const raw = params[name];
  if (raw === undefined) return spec.default;
  const value = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value)) throw new InvalidInput(`${FIELD}.${name}`, `must be a number, got ${String(raw)}`);
  if (spec.kind === 'integer' && !Number.isInteger(value)) throw new InvalidInput(`${FIELD}.${name}`, `must be an integer, got ${value}`);
  if (value < spec.min || value > spec.max) {
    throw new InvalidInput(`${FIELD}.${name}`, `must be in [${spec.min}, ${spec.max}], got ${value}`);
  }
  return value;
}

/** A categorical hyperparameter: the given value or the default, checked against its values. */
export function categoricalParam(params: HyperParameters, specs: readonly HyperParameterSpec[], name: string): string {
  const spec = specOf(specs, name);
  if (spec.kind !== 'categorical') throw new Error(`${name} is not categorical`);
  const raw = params[name];
  if (raw === undefined) return spec.default;
  const value = String(raw);
  if (!spec.values.includes(value)) {
    throw new InvalidInput(`${FIELD}.${name}`, `must be one of ${spec.values.join(', ')}, got ${value}`);
  }
  return value;
}
