/** Tests of the mask cache and of allocation on a 100,000-item fake catalog. */
import { describe, expect, it } from 'vitest';
import { f } from '../../../test/helpers/schema-fields.ts';
import { checkFilterFields } from './check.ts';
import { MASK_CACHE_ENTRIES, compileFilter } from './compile.ts';
import { ItemSet } from './item-set.ts';
import { parseFilterExpression } from './parser.ts';
import type { FilterRequest, FilterSubject, ItemColumn } from './subject.ts';

const N = 100_000;
const INTERACTED = Array.from({ length: 50 }, (_, k) => (k * 1999 + 7) % N);

/** A 100,000-item catalog that counts column reads; every 100th item has GENRE "rare". */
class Catalog implements FilterSubject {
  readonly numItems = N;
  catalogVersion = 1;
  reads = 0;
  columnsAllowed = true;
  readonly genres = Array.from({ length: N }, (_, item) => (item % 100 === 0 ? 'rare' : 'common'));

  itemColumn(field: string): ItemColumn | undefined {
    if (!this.columnsAllowed) throw new Error(`itemColumn(${field}) called`);
    if (field === 'GENRE') {
      return {
        kind: 'categorical',
        values: (item) => {
          this.reads++;
          return [this.genres[item]!];
        },
      };
    }
    if (field === 'PRICE') return { kind: 'numeric', value: (item) => (this.reads++, item) };
    return undefined;
  }

  interactedItems(userId: string): ItemSet {
    return ItemSet.of(userId === 'u1' ? INTERACTED : []);
  }

  userAttribute(userId: string, field: string): number | undefined {
    return userId === 'u1' && field === 'AGE' ? 30 : undefined;
  }
}

const SCHEMAS = {
  items: [f('ITEM_ID', 'string'), f('GENRE', 'string', { categorical: true }), f('PRICE', 'long')],
  users: [f('USER_ID', 'string'), f('AGE', 'int')],
  interactions: [f('USER_ID', 'string'), f('ITEM_ID', 'string'), f('EVENT_TYPE', 'string'), f('TIMESTAMP', 'long')],
};
const compile = (text: string) => compileFilter(checkFilterFields(parseFilterExpression(text), SCHEMAS));
const request = (values: Record<string, string> = {}, currentItem = -1): FilterRequest => ({ userId: 'u1', currentItem, values });

/** Runs `action` while counting typed arrays of 10,000 or more elements created through the globals. */
function largeArraysDuring(action: () => void): number[] {
  const saved = { Uint8Array: globalThis.Uint8Array, Int32Array: globalThis.Int32Array, Float64Array: globalThis.Float64Array };
  const large: number[] = [];
  // A mixin's base constructor type must take any[].
  const watched = <C extends new (...args: any[]) => { length: number }>(Base: C) =>
    class extends Base {
      constructor(...args: any[]) {
        super(...args);
        if (this.length >= 10_000) large.push(this.length);
      }
    };
  Object.assign(globalThis, {
    Uint8Array: watched(saved.Uint8Array),
    Int32Array: watched(saved.Int32Array),
    Float64Array: watched(saved.Float64Array),
  });
  try {
    action();
  } finally {
    Object.assign(globalThis, saved);
  }
  return large;
}

describe('compileFilter: the attribute mask cache', () => {
  it('scans the catalog once per distinct value and catalog version', () => {
    const catalog = new Catalog();
    const filter = compile('INCLUDE ItemID WHERE Items.GENRE IN ($G)');
    const rare = filter.evaluate(catalog, request({ G: '"rare"' }));
    expect(catalog.reads).toBe(N);
    expect(rare.maxAllowed).toBe(N / 100);
    expect(rare.list()).toHaveLength(N / 100);
    expect(Array.from(rare.list()!.subarray(0, 3))).toEqual([0, 100, 200]);

    const again = filter.evaluate(catalog, request({ G: '"rare"' }));
    expect(catalog.reads).toBe(N);
    expect(again.allows(300)).toBe(true);
    expect(again.allows(301)).toBe(false);

    const common = filter.evaluate(catalog, request({ G: '"common"' }));
    expect(catalog.reads).toBe(2 * N);
    expect(common.maxAllowed).toBe(N - N / 100);
    expect(common.list()).toBeNull();
    filter.evaluate(catalog, request({ G: '"rare"' }));
    expect(catalog.reads).toBe(2 * N);

    catalog.genres[301] = 'rare';
    catalog.catalogVersion++;
    const fresh = filter.evaluate(catalog, request({ G: '"rare"' }));
    expect(catalog.reads).toBe(3 * N);
    expect(fresh.allows(301)).toBe(true);
    expect(fresh.maxAllowed).toBe(N / 100 + 1);
  });

  it('keys masks by the WHERE values only, not by those of IF', () => {
    const catalog = new Catalog();
    const filter = compile('EXCLUDE ItemID WHERE Items.GENRE IN ($G) IF CurrentUser.AGE >= $AGE');
    for (const age of ['18', '21', '30']) {
      expect(filter.evaluate(catalog, request({ G: '"rare"', AGE: age })).maxAllowed).toBe(N - N / 100);
    }
    expect(filter.evaluate(catalog, request({ G: '"rare"', AGE: '31' })).unconstrained).toBe(true);
    expect(catalog.reads).toBe(N);
  });

  it('keeps separate masks for separate subjects, even at the same catalog version', () => {
    const a = new Catalog();
    const b = new Catalog();
    b.genres.fill('rare');
    const filter = compile('INCLUDE ItemID WHERE Items.GENRE IN ("rare")');
    expect(filter.evaluate(a, request()).maxAllowed).toBe(N / 100);
    expect(filter.evaluate(b, request()).unconstrained).toBe(true);
    expect(filter.evaluate(a, request()).maxAllowed).toBe(N / 100);
    expect(a.reads + b.reads).toBe(2 * N);
  });

  it(`keeps at most ${MASK_CACHE_ENTRIES} masks, dropping the least recently used`, () => {
    const catalog = new Catalog();
    const filter = compile('EXCLUDE ItemID WHERE Items.PRICE < $MAX');
    for (let i = 0; i <= MASK_CACHE_ENTRIES; i++) filter.evaluate(catalog, request({ MAX: String(i) }));
    expect(catalog.reads).toBe((MASK_CACHE_ENTRIES + 1) * N);
    filter.evaluate(catalog, request({ MAX: String(MASK_CACHE_ENTRIES) }));
    expect(catalog.reads).toBe((MASK_CACHE_ENTRIES + 1) * N);
    const oldest = filter.evaluate(catalog, request({ MAX: '0' }));
    expect(catalog.reads).toBe((MASK_CACHE_ENTRIES + 2) * N);
    expect(oldest.unconstrained).toBe(true);
  });

  it('keys CurrentItem masks by the current item’s values, not its index', () => {
    const catalog = new Catalog();
    const filter = compile('INCLUDE ItemID WHERE Items.GENRE IN CurrentItem.GENRE');
    const first = filter.evaluate(catalog, request({}, 0));
    const reads = catalog.reads;
    const second = filter.evaluate(catalog, request({}, 500));
    expect(catalog.reads).toBe(reads + 1); // only the current item's own value
    expect(second.maxAllowed).toBe(first.maxAllowed);
    filter.evaluate(catalog, request({}, 1));
    expect(catalog.reads).toBeGreaterThan(reads + N);
  });

  it('allocates nothing catalog-sized on a cache hit (and the detector does see a miss)', () => {
    const catalog = new Catalog();
    const filter = compile('INCLUDE ItemID WHERE Items.GENRE IN ("rare")');
    expect(largeArraysDuring(() => filter.evaluate(catalog, request()).list())).toEqual([N]);
    const large = largeArraysDuring(() => {
      for (let i = 0; i < 100; i++) filter.evaluate(catalog, request()).list();
    });
    expect(large).toEqual([]);
  });
});

describe('compileFilter: interaction-only filters', () => {
  it('lists the interacted items without reading columns or allocating catalog-sized arrays', () => {
    const catalog = new Catalog();
    catalog.columnsAllowed = false;
    const filter = compile('INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click", "view")');
    const large = largeArraysDuring(() => {
      for (let i = 0; i < 100; i++) {
        const constraint = filter.evaluate(catalog, request());
        expect(constraint.maxAllowed).toBe(50);
        expect(constraint.unconstrained).toBe(false);
        expect(constraint.list()).toEqual(Int32Array.from(INTERACTED).sort());
      }
    });
    expect(large).toEqual([]);
    const constraint = filter.evaluate(catalog, request());
    expect(constraint.allows(INTERACTED[3]!)).toBe(true);
    expect(constraint.allows(1)).toBe(false);
  });

  it('bounds an EXCLUDE by the catalog less the interacted items and lists nothing', () => {
    const catalog = new Catalog();
    catalog.columnsAllowed = false;
    const filter = compile('EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (*)');
    const large = largeArraysDuring(() => {
      const constraint = filter.evaluate(catalog, request());
      expect(constraint.maxAllowed).toBe(N - 50);
      expect(constraint.list()).toBeNull();
      expect(constraint.allows(INTERACTED[0]!)).toBe(false);
      expect(constraint.allows(1)).toBe(true);
    });
    expect(large).toEqual([]);
    expect(filter.evaluate(catalog, { ...request(), userId: 'new' }).unconstrained).toBe(true);
  });
});
