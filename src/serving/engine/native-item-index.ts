/**
 * Loads the item-index addon (native-models/item-index) once. It holds a campaign's item
 * vectors (half precision) and their HNSW graph (USearch's index_gt) in one native object that
 * every thread of the process can read. `ATTUNE_NATIVE=off` disables it, as it does the ALS
 * kernel; without it, every catalog is scored exactly (item-engine.ts).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** An index handle (a native external value). */
export type NativeIndexHandle = { readonly __brand: 'attune-item-index' };

/** What the addon exports (see native-models/README.md). */
export interface NativeItemIndexBinding {
  /** "avx2+f16c" or "scalar": the kernels this CPU runs. */
  readonly simd: string;
  build(factors: Float32Array, n: number, dim: number, connectivity: number, expansionAdd: number, threads: number): NativeIndexHandle;
  buildAsync(factors: Float32Array, n: number, dim: number, connectivity: number, expansionAdd: number, threads: number): Promise<NativeIndexHandle>;
  search(index: NativeIndexHandle, query: Float32Array, fetch: number, items: Int32Array, scores: Float32Array, expansion: number): number;
  gather(index: NativeIndexHandle, items: Int32Array, count: number, out: Float32Array): void;
  score(index: NativeIndexHandle, query: Float32Array, items: Int32Array, count: number, out: Float32Array): void;
  info(index: NativeIndexHandle): { size: number; dim: number; connectivity: number; memoryBytes: number };
  share(index: NativeIndexHandle): number;
  take(id: number): NativeIndexHandle;
  release(index: NativeIndexHandle): void;
}

/** Path of the built addon (same depth under src/ and dist/). */
export const ITEM_INDEX_ADDON_PATH = fileURLToPath(new URL('../../../native-models/item-index/build/Release/attune_item_index.node', import.meta.url));

let binding: NativeItemIndexBinding | null = null;
let loadError: string | undefined;
if ((process.env.ATTUNE_NATIVE ?? '').toLowerCase() === 'off') {
  loadError = 'disabled by ATTUNE_NATIVE=off';
} else {
  try {
    binding = createRequire(import.meta.url)(ITEM_INDEX_ADDON_PATH) as NativeItemIndexBinding;
  } catch (err) {
    loadError = err instanceof Error ? err.message : String(err);
  }
}

/** The addon, or null when it did not load (see `nativeItemIndexError`). */
export const nativeItemIndex: NativeItemIndexBinding | null = binding;
/** Why the addon is not in use, or undefined when it is. */
export const nativeItemIndexError: string | undefined = loadError;

/** The addon; throws with the load error when it is not available. */
export function requireNativeItemIndex(): NativeItemIndexBinding {
  if (!binding) throw new Error(`the native item index is not available: ${loadError}`);
  return binding;
}
