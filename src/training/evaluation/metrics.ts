/**
 * Offline ranking metrics with Personalize's keys and definitions (reference §4.2): binary
 * gains, discount 1/log2(1 + position) with position 1 at the top, ideal DCG over
 * min(K, |truth|) positions; precision@K divides by K even when fewer than K items were ranked.
 * Pure functions, reusable by benches.
 */

/** Every metric `evaluate` reports, in GetSolutionMetrics order. */
export const METRIC_KEYS = [
  'coverage',
  'mean_reciprocal_rank_at_25',
  'normalized_discounted_cumulative_gain_at_5',
  'normalized_discounted_cumulative_gain_at_10',
  'normalized_discounted_cumulative_gain_at_25',
  'precision_at_5',
  'precision_at_10',
  'precision_at_25',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

/** The metrics computed per user (all but coverage, which is over all users). */
export type UserMetricKey = Exclude<MetricKey, 'coverage'>;

/** Metric values by key. */
export type Metrics = Record<MetricKey, number>;

/** How many items are recommended per test user (the largest K). */
export const EVALUATION_DEPTH = 25;

/** A relevance test for item indexes: a set, or a sorted array of distinct items. */
export type Truth = ReadonlySet<number> | Int32Array | readonly number[];

/** True when `key` is one of the metric keys. */
export function isMetricKey(key: string): key is MetricKey {
  return (METRIC_KEYS as readonly string[]).includes(key);
}

/** Discounted cumulative gain of the first k ranked items with binary relevance. */
export function dcgAtK(ranked: ArrayLike<number>, truth: Truth, k: number): number {
  const relevant = asSet(truth);
  let dcg = 0;
  const n = Math.min(k, ranked.length);
  for (let i = 0; i < n; i++) if (relevant.has(ranked[i] as number)) dcg += 1 / Math.log2(i + 2);
  return dcg;
}

/** The best possible DCG at k for `relevantCount` relevant items. */
export function idealDcgAtK(relevantCount: number, k: number): number {
  let ideal = 0;
  const n = Math.min(k, relevantCount);
  for (let i = 0; i < n; i++) ideal += 1 / Math.log2(i + 2);
  return ideal;
}

/** NDCG at k; 0 when there is no relevant item. */
export function ndcgAtK(ranked: ArrayLike<number>, truth: Truth, k: number): number {
  const relevant = asSet(truth);
  const ideal = idealDcgAtK(relevant.size, k);
  return ideal === 0 ? 0 : dcgAtK(ranked, relevant, k) / ideal;
}

/** Relevant items among the first k ranked, divided by k. */
export function precisionAtK(ranked: ArrayLike<number>, truth: Truth, k: number): number {
  const relevant = asSet(truth);
  let hits = 0;
  const n = Math.min(k, ranked.length);
  for (let i = 0; i < n; i++) if (relevant.has(ranked[i] as number)) hits++;
  return hits / k;
}

/** 1/rank of the first relevant item among the first k ranked, or 0 if there is none. */
export function reciprocalRankAtK(ranked: ArrayLike<number>, truth: Truth, k: number): number {
  const relevant = asSet(truth);
  const n = Math.min(k, ranked.length);
  for (let i = 0; i < n; i++) if (relevant.has(ranked[i] as number)) return 1 / (i + 1);
  return 0;
}

/** Every per-user metric for one ranked list (best first) against the user's relevant items. */
export function rankingMetrics(ranked: ArrayLike<number>, truth: Truth): Record<UserMetricKey, number> {
  const relevant = asSet(truth);
  return {
    mean_reciprocal_rank_at_25: reciprocalRankAtK(ranked, relevant, 25),
    normalized_discounted_cumulative_gain_at_5: ndcgAtK(ranked, relevant, 5),
    normalized_discounted_cumulative_gain_at_10: ndcgAtK(ranked, relevant, 10),
    normalized_discounted_cumulative_gain_at_25: ndcgAtK(ranked, relevant, 25),
    precision_at_5: precisionAtK(ranked, relevant, 5),
    precision_at_10: precisionAtK(ranked, relevant, 10),
    precision_at_25: precisionAtK(ranked, relevant, 25),
  };
}

/** Averages per-user metrics over test users and tracks catalogue coverage. */
export class MetricAccumulator {
  private readonly sums: Record<UserMetricKey, number> = {
    mean_reciprocal_rank_at_25: 0,
    normalized_discounted_cumulative_gain_at_5: 0,
    normalized_discounted_cumulative_gain_at_10: 0,
    normalized_discounted_cumulative_gain_at_25: 0,
    precision_at_5: 0,
    precision_at_10: 0,
    precision_at_25: 0,
  };
  private readonly recommended: Uint8Array;
  private distinct = 0;
  /** Users added so far. */
  users = 0;

  /** `numItems` is the catalogue size coverage divides by. */
  constructor(private readonly numItems: number) {
    this.recommended = new Uint8Array(numItems);
  }

  /** Adds one user's ranked list (only its first 25 items count) and relevant items. */
  add(ranked: ArrayLike<number>, truth: Truth): void {
    const metrics = rankingMetrics(ranked, truth);
    for (const key of Object.keys(this.sums) as UserMetricKey[]) this.sums[key] += metrics[key];
    const n = Math.min(EVALUATION_DEPTH, ranked.length);
    for (let i = 0; i < n; i++) {
      const item = ranked[i] as number;
      if (item >= 0 && item < this.numItems && !this.recommended[item]) {
        this.recommended[item] = 1;
        this.distinct++;
      }
    }
    this.users++;
  }

  /** The averaged metrics; all 0 when no user was added. */
  result(): Metrics {
    const out = { coverage: this.numItems === 0 ? 0 : this.distinct / this.numItems } as Metrics;
    for (const key of Object.keys(this.sums) as UserMetricKey[]) {
      out[key] = this.users === 0 ? 0 : this.sums[key] / this.users;
    }
    // Keep the documented key order.
    return Object.fromEntries(METRIC_KEYS.map((k) => [k, out[k]])) as Metrics;
  }
}

/** The truth as a set, reusing it when it already is one. */
function asSet(truth: Truth): ReadonlySet<number> {
  return truth instanceof Set ? truth : new Set(truth as ArrayLike<number> & Iterable<number>);
}
