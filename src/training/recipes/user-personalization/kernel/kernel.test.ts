import { describe, expect, it } from 'vitest';
import { alsKernel, loadNativeKernel, nativeDisabled, nativeKernelError, tsKernel } from './index.ts';
import type { AlsKernel } from './types.ts';

/** Small seeded generator for test data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A random confidence CSR with `rows` rows over `cols` columns (some rows empty). */
function randomCsr(rows: number, cols: number, seed: number) {
  const r = rng(seed);
  const ptr = new Int32Array(rows + 1);
  const idx: number[] = [];
  const conf: number[] = [];
  for (let u = 0; u < rows; u++) {
    const n = u % 7 === 0 ? 0 : 1 + Math.floor(r() * 30);
    for (let j = 0; j < n; j++) {
      idx.push(Math.floor(r() * cols));
      conf.push(1 + r() * 10);
    }
    ptr[u + 1] = idx.length;
  }
  return { ptr, idx: Int32Array.from(idx), conf: Float32Array.from(conf) };
}

function randomFactors(n: number, k: number, seed: number, scale: number): Float32Array {
  const r = rng(seed);
  return Float32Array.from({ length: n * k }, () => (r() - 0.5) * scale);
}

/** Runs one ALS half-step with `kernel` and returns the updated rows. */
function halfStep(kernel: AlsKernel, k: number, threads: number): Float32Array {
  const rows = 300;
  const cols = 200;
  const { ptr, idx, conf } = randomCsr(rows, cols, 11);
  const other = randomFactors(cols, k, 12, 1);
  const g = new Float64Array(k * k);
  kernel.gram(other, cols, k, 0.5, g, threads);
  const x = randomFactors(rows, k, 13, 0.1);
  kernel.solveRows(ptr, idx, conf, other, g, x, k, 3, threads);
  return x;
}

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / (1e-3 + Math.abs(b[i]!)));
  return worst;
}

describe('ALS kernel', () => {
  if (nativeDisabled) {
    it('uses the TypeScript kernel when ATTUNE_NATIVE=off', () => {
      expect(alsKernel.name).toBe('typescript');
      expect(nativeKernelError).toMatch(/ATTUNE_NATIVE=off/);
    });
    return;
  }

  it('loads the native addon (build it with `npm run build:native`)', () => {
    expect(nativeKernelError).toBeUndefined();
    expect(alsKernel.name).toBe('native');
  });

  it('native gram agrees with the TypeScript gram', () => {
    const native = loadNativeKernel();
    for (const k of [8, 13, 64]) {
      const f = randomFactors(1000, k, k, 1);
      const a = new Float64Array(k * k);
      const b = new Float64Array(k * k);
      native.gram(f, 1000, k, 2.5, a, 2);
      tsKernel.gram(f, 1000, k, 2.5, b, 1);
      expect(maxRelDiff(a, b)).toBeLessThan(1e-9);
      expect(a[0]! - b[0]!).toBeCloseTo(0, 6);
    }
  });

  it('native conjugate-gradient solves agree with the TypeScript ones', () => {
    const native = loadNativeKernel();
    for (const k of [8, 13, 32]) {
      const a = halfStep(native, k, 2);
      const b = halfStep(tsKernel, k, 1);
      // float32 arithmetic natively vs float64 in TypeScript
      expect(maxRelDiff(a, b)).toBeLessThan(2e-3);
      // and the step did move the factors away from their start
      expect(maxRelDiff(b, randomFactors(300, k, 13, 0.1))).toBeGreaterThan(0.5);
    }
  });

  it('native results do not depend on the thread count', () => {
    const native = loadNativeKernel();
    expect(halfStep(native, 24, 1)).toEqual(halfStep(native, 24, 4));
  });

  it('rejects arrays of the wrong type or with indexes out of range', () => {
    const native = loadNativeKernel();
    const { ptr, idx, conf } = randomCsr(10, 5, 3);
    const g = new Float64Array(4);
    const x = new Float32Array(20);
    expect(() => native.solveRows(ptr, idx, conf, new Float32Array(4 * 2), g, x, 2, 3, 1)).toThrow(/outside/);
    expect(() => native.gram(new Float64Array(4) as unknown as Float32Array, 2, 2, 0, g, 1)).toThrow(/element type/);
  });
});
