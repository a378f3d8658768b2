/**
 * Merges a recommendation list with promoted and explored items. As Personalize places
 * promoted items, the inserted items take random positions relative to the others while each
 * group keeps its own order.
 */

/** One entry of a response list before ids and metadata are filled in. */
export interface Placed {
  item: number;
  /** Raw model score, NaN when there is none. */
  score: number;
  promotion?: string;
  reason?: string;
}

/**
 * Interleaves `inserted` into `base` at random positions (each list keeps its order); returns at
 * most k entries (`base` itself when there is nothing to insert and it fits).
 */
export function interleave(base: readonly Placed[], inserted: readonly Placed[], k: number, random: () => number = Math.random): Placed[] {
  const total = Math.min(k, base.length + inserted.length);
  // Nothing to place (no promotion, no exploration: most calls): the base list as it is.
  if (inserted.length === 0) return base.length <= total ? (base as Placed[]) : base.slice(0, total);
  const take = Math.min(inserted.length, total);
  const positions = new Set<number>();
  while (positions.size < take) positions.add(Math.floor(random() * total));
  const out: Placed[] = [];
  let b = 0;
  let i = 0;
  for (let p = 0; p < total; p++) {
    if ((positions.has(p) && i < take) || b >= base.length) out.push(inserted[i++]!);
    else out.push(base[b++]!);
  }
  return out;
}

/**
 * Personalize's scores: exp(s_i) / Σ_j exp(s_j). Here the sum runs over the scored items of the
 * response (the full catalog sum would need every item scored, which the vector index avoids),
 * so scores order like the model's and sum to 1 over the list. NaN stays NaN. Writes into `out`
 * (its first scores.length entries; it may be `scores` itself) and returns it.
 */
export function softmaxScores(scores: ArrayLike<number>, out: Float64Array = new Float64Array(scores.length)): Float64Array {
  const n = scores.length;
  let max = -Infinity;
  for (let j = 0; j < n; j++) if (scores[j]! > max) max = scores[j]!;
  if (max === -Infinity) return out.fill(Number.NaN);
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const s = scores[j]!;
    const e = Number.isNaN(s) ? Number.NaN : Math.exp(s - max);
    out[j] = e;
    if (!Number.isNaN(e)) sum += e;
  }
  for (let j = 0; j < n; j++) out[j] = out[j]! / sum;
  return out;
}
