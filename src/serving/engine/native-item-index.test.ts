import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { roundToHalf } from '../../../test/helpers/half.ts';
import { ITEM_INDEX_ADDON_PATH, requireNativeItemIndex } from './native-item-index.ts';

/** Values that exercise every branch of the conversion: ties, subnormals, overflow, signs. */
const EDGES = [
  0, -0, 1, -1, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 1 + 2 ** -11 + 2 ** -20, 65504, 65519.99, 65520, -70000, 2 ** -14, 2 ** -15, 2 ** -24, 2 ** -25,
  2 ** -25 + 2 ** -40, 3 * 2 ** -26, 1e-10, 0.1, -0.3333, 1234.567, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
];
const values = Float32Array.from({ length: 256 }, (_, i) => (i < EDGES.length ? EDGES[i]! : Math.sin(i * 12.9898) * 10 ** ((i % 9) - 4)));

/** What one process's kernels give: the stored halves, and scores against a query. */
function probe(): { gathered: number[]; scores: number[]; path: string } {
  const native = requireNativeItemIndex();
  const dim = values.length;
  const finite = values.map((v) => (Math.abs(v) < 60000 ? v : 0));
  const index = native.build(Float32Array.of(...values, ...finite), 2, dim, 4, 8, 1);
  const out = new Float32Array(2 * dim);
  native.gather(index, Int32Array.of(0, 1), 2, out);
  const query = Float32Array.from({ length: dim }, (_, i) => Math.cos(i));
  const scores = new Float32Array(1);
  native.score(index, query, Int32Array.of(1), 1, scores);
  return { gathered: Array.from(out.subarray(0, dim), (v) => (Object.is(v, -0) ? -0 : v)), scores: Array.from(scores), path: native.simd };
}

describe('native item index kernels', () => {
  it('stores the nearest half of every value (ties to even, subnormals, overflow to infinity, signed zero)', () => {
    const { gathered } = probe();
    gathered.forEach((got, i) => expect(Object.is(got, roundToHalf(values[i]!)) || got === roundToHalf(values[i]!), `value ${values[i]}`).toBe(true));
  });

  it('gives the same halves and (to float rounding) the same scores on the scalar path as on the SIMD path', () => {
    const here = probe();
    const script = `
      const b = require(${JSON.stringify(ITEM_INDEX_ADDON_PATH)});
      const values = Float32Array.from(${JSON.stringify(Array.from(values, (v) => (Object.is(v, -0) ? '-0' : String(v))))}.map(Number));
      const dim = values.length, finite = values.map((v) => (Math.abs(v) < 60000 ? v : 0));
      const index = b.build(Float32Array.of(...values, ...finite), 2, dim, 4, 8, 1);
      const out = new Float32Array(2 * dim); b.gather(index, Int32Array.of(0, 1), 2, out);
      const query = Float32Array.from({ length: dim }, (_, i) => Math.cos(i)); const scores = new Float32Array(1);
      b.score(index, query, Int32Array.of(1), 1, scores);
      console.log(JSON.stringify({ gathered: Array.from(out.subarray(0, dim), (v) => (Object.is(v, -0) ? "-0" : String(v))), scores: Array.from(scores), path: b.simd }));`;
    const child = JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, ATTUNE_INDEX_SCALAR: '1' } }).toString()) as { gathered: string[]; scores: number[]; path: string };
    expect(child.path).toBe('scalar');
    expect(child.gathered.map(Number)).toEqual(here.gathered);
    expect(Math.abs(child.scores[0]! - here.scores[0]!)).toBeLessThanOrEqual(1e-5 * Math.abs(here.scores[0]!));
  });
});
