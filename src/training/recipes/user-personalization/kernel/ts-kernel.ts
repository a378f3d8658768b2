/** The TypeScript ALS kernel: the same math as native-models/als, single-threaded, in float64. */
import type { AlsKernel } from './types.ts';

const EPS = 1e-20;

/** Writes out = Fᵀ·F + reg·I for the n × k row-major factor matrix F. */
function gram(factors: Float32Array, n: number, k: number, reg: number, out: Float64Array): void {
  out.fill(0, 0, k * k);
  for (let r = 0; r < n; r++) {
    const o = r * k;
    for (let a = 0; a < k; a++) {
      const fa = factors[o + a]!;
      if (fa === 0) continue;
      const row = a * k;
      for (let b = a; b < k; b++) out[row + b] = out[row + b]! + fa * factors[o + b]!;
    }
  }
  for (let a = 0; a < k; a++) {
    out[a * k + a] = out[a * k + a]! + reg;
    for (let b = a + 1; b < k; b++) out[b * k + a] = out[a * k + b]!;
  }
}

/** Conjugate-gradient row solves, warm-started from x (see AlsKernel.solveRows). */
function solveRows(
  ptr: Int32Array,
  idx: Int32Array,
  conf: Float32Array,
  y: Float32Array,
  g: Float64Array,
  x: Float32Array,
  k: number,
  cgSteps: number,
): void {
  const rows = ptr.length - 1;
  const xv = new Float64Array(k);
  const r = new Float64Array(k);
  const p = new Float64Array(k);
  const ap = new Float64Array(k);
  for (let u = 0; u < rows; u++) {
    const xo = u * k;
    const start = ptr[u]!;
    const end = ptr[u + 1]!;
    for (let a = 0; a < k; a++) xv[a] = x[xo + a]!;
    // r = b − A·x, with b = Σ c·y and A = G + Σ (c − 1)·y·yᵀ
    for (let a = 0; a < k; a++) {
      let s = 0;
      const row = a * k;
      for (let b = 0; b < k; b++) s += g[row + b]! * xv[b]!;
      r[a] = -s;
    }
    for (let j = start; j < end; j++) {
      const c = conf[j]!;
      const yo = idx[j]! * k;
      let d = 0;
      for (let a = 0; a < k; a++) d += y[yo + a]! * xv[a]!;
      const coef = c - (c - 1) * d;
      for (let a = 0; a < k; a++) r[a] = r[a]! + coef * y[yo + a]!;
    }
    let rsOld = 0;
    for (let a = 0; a < k; a++) {
      p[a] = r[a]!;
      rsOld += r[a]! * r[a]!;
    }
    if (rsOld < EPS) continue;
    for (let step = 0; step < cgSteps; step++) {
      for (let a = 0; a < k; a++) {
        let s = 0;
        const row = a * k;
        for (let b = 0; b < k; b++) s += g[row + b]! * p[b]!;
        ap[a] = s;
      }
      for (let j = start; j < end; j++) {
        const c1 = conf[j]! - 1;
        const yo = idx[j]! * k;
        let d = 0;
        for (let a = 0; a < k; a++) d += y[yo + a]! * p[a]!;
        const coef = c1 * d;
        for (let a = 0; a < k; a++) ap[a] = ap[a]! + coef * y[yo + a]!;
      }
      let pAp = 0;
      for (let a = 0; a < k; a++) pAp += p[a]! * ap[a]!;
      if (!(pAp > 0)) break;
      const step_ = rsOld / pAp;
      let rsNew = 0;
      for (let a = 0; a < k; a++) {
        xv[a] = xv[a]! + step_ * p[a]!;
        const ra = r[a]! - step_ * ap[a]!;
        r[a] = ra;
        rsNew += ra * ra;
      }
      if (rsNew < EPS) break;
      const beta = rsNew / rsOld;
      for (let a = 0; a < k; a++) p[a] = r[a]! + beta * p[a]!;
      rsOld = rsNew;
    }
    for (let a = 0; a < k; a++) x[xo + a] = xv[a]!;
  }
}

/** The TypeScript fallback kernel (ignores `threads`). */
export const tsKernel: AlsKernel = {
  name: 'typescript',
  gram: (factors, n, k, reg, out) => gram(factors, n, k, reg, out),
  solveRows: (ptr, idx, conf, other, g, x, k, cgSteps) => solveRows(ptr, idx, conf, other, g, x, k, cgSteps),
};
