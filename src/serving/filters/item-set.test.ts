/** Tests of the per-request item set. */
import { describe, expect, it } from 'vitest';
import { ItemSet } from './item-set.ts';

describe('ItemSet', () => {
  it('holds distinct non-negative items in insertion order and grows past its first size', () => {
    const set = new ItemSet(2);
    const items = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 5000);
    set.addAll(items);
    set.addAll(items.slice(0, 10));
    set.add(-1);
    expect(set.size).toBe(1000);
    expect(Array.from(set.items())).toEqual(items);
    for (const item of items) expect(set.has(item)).toBe(true);
    expect(set.has(-1)).toBe(false);
    expect(set.has(1)).toBe(false);
  });

  it('builds from a list, and an empty one has nothing', () => {
    expect(Array.from(ItemSet.of(Int32Array.of(3, 1, 3, 2)).items())).toEqual([3, 1, 2]);
    const empty = new ItemSet();
    expect(empty.size).toBe(0);
    expect(empty.has(0)).toBe(false);
  });
});
