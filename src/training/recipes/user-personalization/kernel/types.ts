/** The ALS kernel contract, met by the native addon and by the TypeScript fallback alike. */

/** Hot loops of weighted ALS. Factor matrices are row-major Float32 (rows × k). */
export interface AlsKernel {
  /** Which implementation this is. */
  readonly name: 'native' | 'typescript';
  /** Writes out = Fᵀ·F + reg·I (k × k, row-major) for the n × k factor matrix F. */
  gram(factors: Float32Array, n: number, k: number, reg: number, out: Float64Array, threads: number): void;
  /**
   * For each row r of the confidence CSR (ptr, idx, conf), improves x[r] in place with `cgSteps`
   * conjugate-gradient steps on (G + Σ_j (c_j − 1)·y_j·y_jᵀ)·x = Σ_j c_j·y_j, where y_j is row
   * idx[j] of `other` and G = gram (which already holds the regularization). Rows are independent,
   * so the result does not depend on `threads`.
   */
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
