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

/** Interleaves `inserted` into `base` at random positions (each list keeps its order); returns at most k entries. */
export function interleave(base: readonly Placed[], inserted: readonly Placed[], k: number, random: () => number = Math.random): Placed[] {
  const total = Math.min(k, base.length + inserted.length);
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
 * so scores order like the model's and sum to 1 over the list. NaN stays NaN.
 */
export function softmaxScores(scores: readonly number[]): number[] {
  let max = -Infinity;
  for (const s of scores) if (!Number.isNaN(s) && s > max) max = s;
  if (max === -Infinity) return scores.map(() => Number.NaN);
  let sum = 0;
  const e = scores.map((s) => (Number.isNaN(s) ? Number.NaN : Math.exp(s - max)));
  for (const v of e) if (!Number.isNaN(v)) sum += v;
  return e.map((v) => (Number.isNaN(v) ? Number.NaN : v / sum));
}
