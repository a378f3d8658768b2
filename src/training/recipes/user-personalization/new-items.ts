/**
 * Vectors for items a trained ALS model does not know, from the users who interacted with them
 * and those users' fixed vectors: the item half-step of ALS for just these items, solved
 * exactly, (XᵀX + λI + Σ_u (c_u − 1)·x_u·x_uᵀ)·y = Σ_u c_u·x_u. Serving uses it to bring new
 * items into a deployed model without a new version.
 */
import { choleskySolve } from './fold-in.ts';

/** The users of each new item, CSR by item: row i lists rows of `users` and their confidence c ≥ 1. */
export interface NewItemRows {
  ptr: Int32Array;
  /** Row of `users` of each entry. */
  user: Int32Array;
  conf: Float32Array;
}

/** Solves one vector per row of `rows` (k floats each, row-major); `gram` is XᵀX over the model's users, without regularization. */
export function solveNewItems(rows: NewItemRows, users: Float32Array, gram: Float64Array, regularization: number, k: number): Float32Array {
  const count = rows.ptr.length - 1;
  const out = new Float32Array(count * k);
  const a = new Float64Array(k * k);
  const b = new Float64Array(k);
  const x = new Float64Array(k);
  for (let i = 0; i < count; i++) {
    a.set(gram);
    for (let d = 0; d < k; d++) a[d * k + d] = a[d * k + d]! + regularization;
    b.fill(0);
    for (let j = rows.ptr[i]!; j < rows.ptr[i + 1]!; j++) {
      const c = rows.conf[j]!;
      const uo = rows.user[j]! * k;
      for (let r = 0; r < k; r++) {
        const xr = users[uo + r]!;
        b[r] = b[r]! + c * xr;
        const f = (c - 1) * xr;
        if (f === 0) continue;
        const row = r * k;
        for (let s = 0; s <= r; s++) a[row + s] = a[row + s]! + f * users[uo + s]!;
      }
    }
    choleskySolve(a, b, k, x);
    for (let d = 0; d < k; d++) out[i * k + d] = x[d]!;
  }
  return out;
}

/** Adds Σ yᵀy over `vectors` (count × k) to `gram` in place (the model's YᵀY once the items join it). */
export function addToGram(gram: Float64Array, vectors: Float32Array, count: number, k: number): void {
  for (let i = 0; i < count; i++) {
    const o = i * k;
    for (let r = 0; r < k; r++) {
      const yr = vectors[o + r]!;
      if (yr === 0) continue;
      const row = r * k;
      for (let s = 0; s < k; s++) gram[row + s] = gram[row + s]! + yr * vectors[o + s]!;
    }
  }
}
