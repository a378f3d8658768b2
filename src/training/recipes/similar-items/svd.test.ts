import { describe, expect, it } from 'vitest';
import { symmetricEigen, truncatedSvd, uniform, type SparseRows } from './svd.ts';

/** A random sparse matrix (about `density` of its entries nonzero) with an exact rank-3 structure plus noise. */
function sparseMatrix(rows: number, cols: number, seed: number): SparseRows {
  const next = uniform(seed);
  const ptr = new Int32Array(rows + 1);
  const idx: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (next() < 0.3) {
        idx.push(c);
        val.push((r % 3 === c % 3 ? 3 : 0.2) + next());
      }
    }
    ptr[r + 1] = idx.length;
  }
  return { rows, cols, ptr, idx: Int32Array.from(idx), val: Float64Array.from(val) };
}

/** Dense XᵀX (cols × cols). */
function denseGram(x: SparseRows): Float64Array {
  const dense = new Float64Array(x.rows * x.cols);
  for (let r = 0; r < x.rows; r++) for (let p = x.ptr[r]!; p < x.ptr[r + 1]!; p++) dense[r * x.cols + x.idx[p]!] = x.val[p]!;
  const g = new Float64Array(x.cols * x.cols);
  for (let a = 0; a < x.cols; a++) {
    for (let b = 0; b < x.cols; b++) {
      let s = 0;
      for (let r = 0; r < x.rows; r++) s += dense[r * x.cols + a]! * dense[r * x.cols + b]!;
      g[a * x.cols + b] = s;
    }
  }
  return g;
}

describe('symmetricEigen', () => {
  it('diagonalizes a symmetric matrix', () => {
    // [[2,1,0],[1,2,0],[0,0,5]] has eigenvalues 5, 3, 1.
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect(Array.from(values).map((v) => Number(v.toFixed(10)))).toEqual([5, 3, 1]);
    // First eigenvector is ±e3; second ±(1,1,0)/√2.
    expect(Math.abs(vectors[2 * 3 + 0]!)).toBeCloseTo(1);
    expect(Math.abs(vectors[0 * 3 + 1]!)).toBeCloseTo(Math.SQRT1_2);
    expect(vectors[0 * 3 + 1]! * vectors[1 * 3 + 1]!).toBeGreaterThan(0);
  });
});

describe('truncatedSvd', () => {
  for (const [rows, cols] of [
    [60, 25],
    [25, 60],
  ] as const) {
    it(`recovers the top singular values and vectors of a ${rows} × ${cols} matrix`, () => {
      const x = sparseMatrix(rows, cols, 3);
      const exact = symmetricEigen(denseGram(x), cols);
      // With enough power iterations the answer is exact to rounding; the default few give ~1e-3.
      const svd = truncatedSvd(x, 5, 11, 10, 10);
      expect(svd.rank).toBe(5);
      for (let c = 0; c < 5; c++) {
        expect(svd.sigma[c]! / Math.sqrt(exact.values[c]!)).toBeCloseTo(1, 6);
        // Right singular vectors match up to sign.
        let dot = 0;
        for (let j = 0; j < cols; j++) dot += svd.v[j * 5 + c]! * exact.vectors[j * cols + c]!;
        expect(Math.abs(dot)).toBeCloseTo(1, 5);
      }
      const quick = truncatedSvd(x, 5, 11);
      for (let c = 0; c < 5; c++) expect(Math.abs(quick.sigma[c]! / Math.sqrt(exact.values[c]!) - 1)).toBeLessThan(0.01);
    });
  }

  it('caps the rank at the smaller side and is deterministic', () => {
    const x = sparseMatrix(4, 30, 5);
    const a = truncatedSvd(x, 10, 1);
    expect(a.rank).toBe(4);
    expect(truncatedSvd(x, 10, 1)).toEqual(a);
  });
});
