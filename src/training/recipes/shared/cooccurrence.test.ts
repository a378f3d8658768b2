import { describe, expect, it } from 'vitest';
import { buildIncidence, CoCounter, percentile } from './cooccurrence.ts';
import { snapshotFrom, type Event } from './test-snapshot.ts';

describe('percentile', () => {
  it('is the nearest-rank percentile', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(sorted, 0.1)).toBe(1);
    expect(percentile(sorted, 0.11)).toBe(2);
    expect(percentile(sorted, 0.9)).toBe(9);
    expect(percentile(sorted, 0.995)).toBe(10);
    expect(percentile(sorted, 1)).toBe(10);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('buildIncidence and CoCounter', () => {
  const events: Event[] = [
    [0, 0, 1], [0, 1, 2], [0, 0, 3], [0, 2, 4],
    [1, 1, 1], [1, 2, 2],
    [2, 0, 1], [2, 1, 2], [2, 3, 3],
  ];
  const data = snapshotFrom(events, 3, 5);

  it('keeps each (user, item) once and transposes', () => {
    const inc = buildIncidence(data.interactions);
    expect(Array.from(inc.uPtr)).toEqual([0, 3, 5, 8]);
    expect(Array.from(inc.uItems)).toEqual([0, 1, 2, 1, 2, 0, 1, 3]);
    expect(Array.from(inc.iPtr)).toEqual([0, 2, 5, 7, 8, 8]);
    expect(Array.from(inc.iUsers)).toEqual([0, 2, 0, 1, 2, 0, 1, 2]);
  });

  it('counts shared users per pair, honouring the masks', () => {
    const counter = new CoCounter(buildIncidence(data.interactions));
    const n = counter.count(1);
    const co = new Map(Array.from(counter.touched.subarray(0, n), (j) => [j, counter.co[j]]));
    expect(co).toEqual(new Map([[0, 2], [2, 2], [3, 1]]));
    counter.clear(n);
    expect(counter.co.every((c) => c === 0)).toBe(true);

    const masked = new CoCounter(buildIncidence(data.interactions, Uint8Array.from([1, 0, 1]), Uint8Array.from([1, 1, 1, 0, 1])));
    const m = masked.count(1);
    expect(new Map(Array.from(masked.touched.subarray(0, m), (j) => [j, masked.co[j]]))).toEqual(new Map([[0, 2], [2, 1]]));
  });
});
