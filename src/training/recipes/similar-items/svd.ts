/**
 * Truncated SVD of a sparse matrix by randomized range finding with power iterations
 * (Halko, Martinsson & Tropp 2011), in float64 on typed arrays. Dense blocks are row-major.
 */
import { SeededRandom } from '../../../common/random.ts';

/** A sparse matrix in CSR form: row r is `[ptr[r], ptr[r + 1])` of idx (column) and val. */
export interface SparseRows {
  rows: number;
  cols: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float64Array;
}

/** The top singular triplets' right side: v is cols × rank (row-major), sigma descending. */
export interface RightSingular {
  rank: number;
  v: Float64Array;
  sigma: Float64Array;
}

/** A seeded uniform generator in [0, 1). */
export function uniform(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}

/** out (rows × l) = X · B, B being cols × l. */
function times(x: SparseRows, b: Float64Array, l: number): Float64Array {
  const out = new Float64Array(x.rows * l);
  for (let r = 0; r < x.rows; r++) {
    const o = r * l;
    for (let p = x.ptr[r]!; p < x.ptr[r + 1]!; p++) {
      const w = x.val[p]!;
      const bo = x.idx[p]! * l;
      for (let c = 0; c < l; c++) out[o + c]! += w * b[bo + c]!;
    }
  }
  return out;
}

/** Xᵀ in CSR form (so products with it gather rather than scatter). */
function transpose(x: SparseRows): SparseRows {
  const ptr = new Int32Array(x.cols + 1);
  for (let p = 0; p < x.idx.length; p++) ptr[x.idx[p]! + 1]!++;
  for (let c = 0; c < x.cols; c++) ptr[c + 1]! += ptr[c]!;
  const fill = ptr.slice(0, x.cols);
  const idx = new Int32Array(x.idx.length);
  const val = new Float64Array(x.idx.length);
  for (let r = 0; r < x.rows; r++) {
    for (let p = x.ptr[r]!; p < x.ptr[r + 1]!; p++) {
      const at = fill[x.idx[p]!]!++;
      idx[at] = r;
      val[at] = x.val[p]!;
    }
  }
  return { rows: x.cols, cols: x.rows, ptr, idx, val };
}

/** Mᵀ·M (l × l) of a row-major n × l matrix (rows taken four at a time). */
function gram(m: Float64Array, n: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  let r = 0;
  for (; r + 4 <= n; r += 4) {
    const o0 = r * l;
    const o1 = o0 + l;
    const o2 = o1 + l;
    const o3 = o2 + l;
    for (let a = 0; a < l; a++) {
      const x0 = m[o0 + a]!;
      const x1 = m[o1 + a]!;
      const x2 = m[o2 + a]!;
      const x3 = m[o3 + a]!;
      const ga = a * l;
      for (let b = a; b < l; b++) g[ga + b]! += x0 * m[o0 + b]! + x1 * m[o1 + b]! + x2 * m[o2 + b]! + x3 * m[o3 + b]!;
    }
  }
  for (; r < n; r++) {
    const o = r * l;
    for (let a = 0; a < l; a++) {
      const x = m[o + a]!;
      const ga = a * l;
      for (let b = a; b < l; b++) g[ga + b]! += x * m[o + b]!;
    }
  }
  for (let a = 0; a < l; a++) for (let b = 0; b < a; b++) g[a * l + b] = g[b * l + a]!;
  return g;
}

/**
 * Eigen-decomposition of a symmetric l × l matrix by cyclic Jacobi rotations: eigenvalues
 * descending and the matching eigenvectors as the columns of a row-major l × l matrix.
 */
export function symmetricEigen(input: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let diag = 0;
    for (let p = 0; p < l; p++) {
      diag += a[p * l + p]! * a[p * l + p]!;
      for (let q = p + 1; q < l; q++) off += a[p * l + q]! * a[p * l + q]!;
    }
    if (off <= 1e-22 * diag || off === 0) break;
    for (let p = 0; p < l - 1; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q]! - a[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p]!;
          const akq = a[k * l + q]!;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k]!;
          const aqk = a[q * l + k]!;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!;
          const vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: l }, (_, i) => i).sort((x, y) => a[y * l + y]! - a[x * l + x]! || x - y);
  const values = new Float64Array(l);
  const vectors = new Float64Array(l * l);
  order.forEach((from, to) => {
    values[to] = a[from * l + from]!;
    for (let k = 0; k < l; k++) vectors[k * l + to] = v[k * l + from]!;
  });
  return { values, vectors };
}

/** m (n × l) times w (l × outCols), both row-major, with column c of the result scaled by scale[c]. */
function timesDense(m: Float64Array, n: number, l: number, w: Float64Array, outCols: number, scale: Float64Array): Float64Array {
  const out = new Float64Array(n * outCols);
  const row = new Float64Array(outCols);
  for (let r = 0; r < n; r++) {
    const mo = r * l;
    row.fill(0);
    let a = 0;
    for (; a + 4 <= l; a += 4) {
      const x0 = m[mo + a]!;
      const x1 = m[mo + a + 1]!;
      const x2 = m[mo + a + 2]!;
      const x3 = m[mo + a + 3]!;
      const w0 = a * outCols;
      const w1 = w0 + outCols;
      const w2 = w1 + outCols;
      const w3 = w2 + outCols;
      for (let c = 0; c < outCols; c++) row[c]! += x0 * w[w0 + c]! + x1 * w[w1 + c]! + x2 * w[w2 + c]! + x3 * w[w3 + c]!;
    }
    for (; a < l; a++) {
      const x = m[mo + a]!;
      const wo = a * outCols;
      for (let c = 0; c < outCols; c++) row[c]! += x * w[wo + c]!;
    }
    const oo = r * outCols;
    for (let c = 0; c < outCols; c++) out[oo + c] = row[c]! * scale[c]!;
  }
  return out;
}

/**
 * An orthonormal basis of the column space of m (n × l), as n × l, by `passes` rounds of
 * eigen-based Gram orthonormalization (null directions become zero columns).
 */
function orthonormalize(m: Float64Array, n: number, l: number, passes: number): Float64Array {
  let q = m;
  for (let pass = 0; pass < passes; pass++) {
    const { values, vectors } = symmetricEigen(gram(q, n, l), l);
    const top = values[0]! > 0 ? values[0]! : 1;
    const scale = new Float64Array(l);
    for (let c = 0; c < l; c++) scale[c] = values[c]! > 1e-12 * top ? 1 / Math.sqrt(values[c]!) : 0;
    q = timesDense(q, n, l, vectors, l, scale);
  }
  return q;
}

/** Qᵀ·Y (l × l) of two row-major n × l matrices, symmetrized (exactly symmetric in theory here). */
function crossGram(q: Float64Array, y: Float64Array, n: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  for (let r = 0; r < n; r++) {
    const o = r * l;
    for (let a = 0; a < l; a++) {
      const x = q[o + a]!;
      if (x === 0) continue;
      const ga = a * l;
      for (let b = 0; b < l; b++) g[ga + b]! += x * y[o + b]!;
    }
  }
  for (let a = 0; a < l; a++) {
    for (let b = 0; b < a; b++) {
      const v = 0.5 * (g[a * l + b]! + g[b * l + a]!);
      g[a * l + b] = v;
      g[b * l + a] = v;
    }
  }
  return g;
}

/**
 * The top `rank` right singular vectors and values of x (fewer when x is smaller). The basis is
 * built on the smaller side of x, so the dense work is min(rows, cols) × l² per pass.
 */
export function truncatedSvd(x: SparseRows, rank: number, seed: number, powerIterations = 3, oversample = 10): RightSingular {
  const r = Math.max(0, Math.min(rank, x.rows, x.cols));
  if (r === 0) return { rank: 0, v: new Float64Array(0), sigma: new Float64Array(0) };
  const l = Math.min(r + oversample, x.rows, x.cols);
  // With op = X (basis among columns) or op = Xᵀ (basis among rows), n is op's column count.
  const swapped = x.rows < x.cols;
  const n = swapped ? x.rows : x.cols;
  const xt = transpose(x);
  const op = (b: Float64Array): Float64Array => (swapped ? times(xt, b, l) : times(x, b, l));
  const opT = (a: Float64Array): Float64Array => (swapped ? times(x, a, l) : times(xt, a, l));
  const next = uniform(seed);
  let q: Float64Array = new Float64Array(n * l);
  for (let i = 0; i < q.length; i++) q[i] = next() * 2 - 1;
  // Intermediate bases need only be well conditioned (one pass); the last one is polished (two).
  for (let it = 0; it < powerIterations; it++) q = orthonormalize(opT(op(q)), n, l, it === powerIterations - 1 ? 2 : 1);
  // Rayleigh–Ritz: Qᵀ(opᵀ op)Q = W Λ Wᵀ gives op's right singular vectors Q·W and σ = √λ.
  const { values, vectors } = symmetricEigen(crossGram(q, opT(op(q)), n, l), l);
  const sigma = new Float64Array(r);
  for (let c = 0; c < r; c++) sigma[c] = Math.sqrt(Math.max(0, values[c]!));
  const wTop = new Float64Array(l * r);
  for (let a = 0; a < l; a++) for (let c = 0; c < r; c++) wTop[a * r + c] = vectors[a * l + c]!;
  const ones = new Float64Array(r).fill(1);
  const side = timesDense(q, n, l, wTop, r, ones);
  if (!swapped) return { rank: r, v: side, sigma };
  // side holds X's left singular vectors U; V = Xᵀ·U·Σ⁻¹.
  const u = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let c = 0; c < r; c++) u[i * l + c] = side[i * r + c]!;
  const xtU = times(xt, u, l);
  const v = new Float64Array(x.cols * r);
  for (let j = 0; j < x.cols; j++) {
    for (let c = 0; c < r; c++) v[j * r + c] = sigma[c]! > 0 ? xtU[j * l + c]! / sigma[c]! : 0;
  }
  return { rank: r, v, sigma };
}
