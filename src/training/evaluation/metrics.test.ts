import { describe, expect, it } from 'vitest';
import { dcgAtK, MetricAccumulator, METRIC_KEYS, ndcgAtK, precisionAtK, rankingMetrics, reciprocalRankAtK } from './metrics.ts';
import { SeededRandom } from '../../common/random.ts';

describe('ranking metrics', () => {
  it("matches the documentation's worked example: relevant at ranks 2 and 5, K=5 → 0.6241", () => {
    const ranked = [10, 1, 11, 12, 2];
    expect(ndcgAtK(ranked, new Set([1, 2]), 5)).toBeCloseTo(0.6241, 4);
    const byHand = (1 / Math.log(3) + 1 / Math.log(6)) / (1 / Math.log(2) + 1 / Math.log(3));
    expect(ndcgAtK(ranked, [1, 2], 5)).toBeCloseTo(byHand, 12);
  });

  it('computes precision over K even when fewer items were ranked', () => {
    const ranked = [10, 1, 11, 12, 2];
    expect(precisionAtK(ranked, [1, 2], 5)).toBe(0.4);
    expect(precisionAtK(ranked, [1, 2], 10)).toBe(0.2);
    expect(precisionAtK(ranked, [1, 2], 25)).toBeCloseTo(0.08, 12);
  });

  it('takes the reciprocal rank of the first hit within the cut-off, else 0', () => {
    expect(reciprocalRankAtK([5, 6, 7], [7, 6], 25)).toBe(0.5);
    const long = Array.from({ length: 30 }, (_, i) => i);
    expect(reciprocalRankAtK(long, [25], 25)).toBe(0);
    expect(reciprocalRankAtK(long, [24], 25)).toBe(1 / 25);
  });

  it('uses an ideal DCG over min(K, |truth|) positions', () => {
    const ranked = Array.from({ length: 25 }, (_, i) => i);
    const truth = Array.from({ length: 40 }, (_, i) => i);
    expect(ndcgAtK(ranked, truth, 25)).toBeCloseTo(1, 12);
    expect(ndcgAtK([3], [3], 10)).toBe(1);
    expect(ndcgAtK([1, 2], [], 10)).toBe(0);
  });

  it('agrees with a direct computation on random rankings', () => {
    const rng = new SeededRandom(4);
    for (let trial = 0; trial < 50; trial++) {
      const ranked = Array.from(rng.shuffle(Array.from({ length: 60 }, (_, i) => i)).slice(0, 25));
      const truth = new Set(Array.from({ length: 1 + rng.int(6) }, () => rng.int(60)));
      const m = rankingMetrics(ranked, truth);
      for (const k of [5, 10, 25] as const) {
        const hits = ranked.slice(0, k).map((i) => (truth.has(i) ? 1 : 0));
        const dcg = hits.reduce<number>((s, h, i) => s + h / Math.log2(i + 2), 0);
        const ideal = Array.from({ length: Math.min(k, truth.size) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
        expect(dcgAtK(ranked, truth, k)).toBeCloseTo(dcg, 12);
        expect(m[`normalized_discounted_cumulative_gain_at_${k}`]).toBeCloseTo(dcg / ideal, 12);
        expect(m[`precision_at_${k}`]).toBeCloseTo(hits.reduce<number>((a, b) => a + b, 0) / k, 12);
      }
      const first = ranked.findIndex((i) => truth.has(i));
      expect(m.mean_reciprocal_rank_at_25).toBe(first < 0 ? 0 : 1 / (first + 1));
    }
  });
});

describe('MetricAccumulator', () => {
  it('averages per-user metrics and measures coverage over the top 25', () => {
    const acc = new MetricAccumulator(100);
    acc.add([1, 2, 3], [1]); // hit at rank 1
    acc.add([4, 5, 6], [9]); // miss
    const long = Array.from({ length: 30 }, (_, i) => 50 + i); // only 50..74 count for coverage
    acc.add(long, [50]);
    const r = acc.result();
    expect(Object.keys(r)).toEqual([...METRIC_KEYS]);
    expect(acc.users).toBe(3);
    expect(r.mean_reciprocal_rank_at_25).toBeCloseTo(2 / 3, 12);
    expect(r.precision_at_5).toBeCloseTo((0.2 + 0 + 0.2) / 3, 12);
    expect(r.normalized_discounted_cumulative_gain_at_10).toBeCloseTo(2 / 3, 12);
    expect(r.coverage).toBeCloseTo((3 + 3 + 25) / 100, 12);
  });

  it('counts an item recommended to several users once for coverage', () => {
    const acc = new MetricAccumulator(10);
    acc.add([1, 2], [1]);
    acc.add([2, 1], [1]);
    expect(acc.result().coverage).toBe(0.2);
  });

  it('reports zeros when nobody was scored', () => {
    const r = new MetricAccumulator(10).result();
    expect(Object.values(r)).toEqual(METRIC_KEYS.map(() => 0));
  });
});
