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

/** What the addon exports: the kernel's functions, with the same signatures. */
type NativeBinding = Omit<AlsKernel, 'name'>;

/** Loads the native kernel; throws when the addon is missing or fails to load. */
export function loadNativeKernel(): AlsKernel {
  const require = createRequire(import.meta.url);
  const b = require(NATIVE_ADDON_PATH) as NativeBinding;
  return { name: 'native', gram: b.gram.bind(b), solveRows: b.solveRows.bind(b) };
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
