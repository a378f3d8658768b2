import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../common/random.ts';
import { OnnxVectorRanker } from './onnx-vector-ranker.ts';

describe('OnnxVectorRanker', () => {
  it('scores gathered vectors (one session for any count, its buffer grown once) like a plain dot product', async () => {
    const dim = 24;
    const rng = new SeededRandom(3);
    const ranker = await OnnxVectorRanker.create(dim);
    try {
      for (const count of [1, 7, 300, 600]) {
        const user = Float32Array.from({ length: dim }, () => rng.normal());
        const vectors = Float32Array.from({ length: count * dim }, () => rng.normal());
        const scores = await ranker.rank(user, count, (out) => {
          expect(out.length).toBe(count * dim);
          out.set(vectors);
        });
        expect(scores.length).toBe(count);
        for (let i = 0; i < count; i++) {
          let want = 0;
          for (let d = 0; d < dim; d++) want += user[d]! * vectors[i * dim + d]!;
          expect(scores[i]).toBeCloseTo(want, 4);
        }
      }
      expect(Array.from(await ranker.rank(new Float32Array(dim), 0, () => undefined))).toEqual([]);
      await expect(ranker.rank(new Float32Array(dim + 1), 1, () => undefined)).rejects.toThrow(/dim/);
    } finally {
      await ranker.release();
    }
    await expect(ranker.rank(new Float32Array(dim), 1, () => undefined)).rejects.toThrow(/after release/);
  });
});
