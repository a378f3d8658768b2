/**
 * Picks the ALS kernel once: the native addon (native-models/als) when it loads, else the
 * TypeScript fallback. `ATTUNE_NATIVE=off` forces the fallback. Logs nothing; callers read
 * `alsKernel.name` and `nativeKernelError` to report which is used.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tsKernel } from './ts-kernel.ts';
import type { AlsKernel } from './types.ts';

export type { AlsKernel } from './types.ts';
export { tsKernel } from './ts-kernel.ts';

/** Path of the built addon (same depth under src/ and dist/, so it resolves from both). */
export const NATIVE_ADDON_PATH = fileURLToPath(
  new URL('../../../../../native-models/als/build/Release/attune_als.node', import.meta.url),
);

interface NativeBinding {
  gram(factors: Float32Array, n: number, k: number, reg: number, out: Float64Array, threads: number): void;
  solveRows(
    ptr: Int32Array,
    idx: Int32Array,
    conf: Float32Array,
    other: Float32Array,
    gram: Float64Array,
    x: Float32Array,
    k: number,
    cgSteps: number,
    threads: number,
  ): void;
}

/** Loads the native kernel; throws when the addon is missing or fails to load. */
export function loadNativeKernel(): AlsKernel {
  const require = createRequire(import.meta.url);
  const b = require(NATIVE_ADDON_PATH) as NativeBinding;
  return {
    name: 'native',
    gram: (f, n, k, reg, out, threads) => b.gram(f, n, k, reg, out, threads),
    solveRows: (ptr, idx, conf, other, g, x, k, steps, threads) => b.solveRows(ptr, idx, conf, other, g, x, k, steps, threads),
  };
}

/** True when ATTUNE_NATIVE=off asks for the TypeScript kernel. */
export const nativeDisabled = (process.env.ATTUNE_NATIVE ?? '').toLowerCase() === 'off';

let loadError: string | undefined;
let chosen: AlsKernel = tsKernel;
if (nativeDisabled) {
  loadError = 'disabled by ATTUNE_NATIVE=off';
} else {
  try {
    chosen = loadNativeKernel();
  } catch (err) {
    loadError = err instanceof Error ? err.message : String(err);
  }
}

/** The kernel in use (native if it loaded, else TypeScript). */
export const alsKernel: AlsKernel = chosen;
/** Why the native kernel is not in use, or undefined when it is. */
export const nativeKernelError: string | undefined = loadError;
