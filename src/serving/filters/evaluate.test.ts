/** Tests of filter evaluation semantics on a ten-item fake catalog. */
import { describe, expect, it } from 'vitest';
import { f, invalid } from '../../../test/helpers/schema-fields.ts';
import { checkFilterFields } from './check.ts';
import { compileFilter } from './compile.ts';
import { ItemSet } from './item-set.ts';
import { parseFilterExpression } from './parser.ts';
import type { FilterRequest, FilterSubject, ItemColumn, ItemConstraint } from './subject.ts';

// A ten-item catalog: index → genres (multi-valued), price (NaN = missing).
const GENRES: string[][] = [
  ['horror'], ['comedy'], ['horror', 'comedy'], ['drama'], [], ['Horror'], ['comedy'], ['drama'], ['horror'], ['action'],
];
const PRICES = [5, 10, 15, 20, NaN, 25, 30, 35, 40, 45];
const EVENTS: Record<string, Record<string, number[]>> = { u1: { click: [1, 2], purchase: [3, 2] } };
const USERS: Record<string, Record<string, string | number>> = { u1: { AGE: 30, TIER: 'gold|silver' }, u2: { AGE: 15 } };

const SCHEMAS = {
  items: [f('ITEM_ID', 'string'), f('GENRE', 'string', { categorical: true }), f('PRICE', 'float', { nullable: true })],
  users: [f('USER_ID', 'string'), f('AGE', 'int'), f('TIER', 'string', { categorical: true })],
  interactions: [f('USER_ID', 'string'), f('ITEM_ID', 'string'), f('EVENT_TYPE', 'string'), f('TIMESTAMP', 'long')],
};

const subject: FilterSubject = {
  numItems: GENRES.length,
  catalogVersion: 1,
  itemColumn(field: string): ItemColumn | undefined {
    if (field === 'GENRE') return { kind: 'categorical', values: (item) => GENRES[item] ?? [] };
    if (field === 'PRICE') return { kind: 'numeric', value: (item) => PRICES[item] ?? NaN };
    return undefined;
  },
  interactedItems(userId, eventTypes) {
    const byType = EVENTS[userId] ?? {};
    const wanted = eventTypes === '*' ? undefined : new Set(eventTypes.map((t) => t.toLowerCase()));
    const items = new Set<number>();
    for (const [type, list] of Object.entries(byType)) if (wanted === undefined || wanted.has(type)) list.forEach((i) => items.add(i));
    return ItemSet.of([...items]);
  },
  userAttribute: (userId, field) => USERS[userId]?.[field],
};

const compile = (text: string) => compileFilter(checkFilterFields(parseFilterExpression(text), SCHEMAS));
const request = (more: Partial<FilterRequest> = {}): FilterRequest => ({ currentItem: -1, values: {}, userId: 'u1', ...more });
const allowed = (constraint: ItemConstraint): number[] =>
  GENRES.map((_, item) => item).filter((item) => constraint.allows(item));
const run = (text: string, more?: Partial<FilterRequest>): number[] => {
  const constraint = compile(text).evaluate(subject, request(more));
  const items = allowed(constraint);
  expect(constraint.maxAllowed).toBe(items.length); // exact for this evaluator
  expect(constraint.unconstrained).toBe(items.length === GENRES.length);
  return items;
};
const ALL = GENRES.map((_, item) => item);

describe('compileFilter: attribute conditions', () => {
  it('INCLUDE keeps and EXCLUDE removes matching items, by exact string', () => {
    expect(run('INCLUDE ItemID WHERE Items.GENRE IN ("horror")')).toEqual([0, 2, 8]);
    expect(run('EXCLUDE ItemID WHERE Items.GENRE IN ("horror")')).toEqual([1, 3, 4, 5, 6, 7, 9]);
  });

  it('NOT IN is the negation of IN: items missing the field match it, multi-valued items match none', () => {
    expect(run('INCLUDE ItemID WHERE Items.GENRE NOT IN ("horror")')).toEqual([1, 3, 4, 5, 6, 7, 9]);
    expect(run('INCLUDE ItemID WHERE Items.GENRE NOT IN ("comedy", "drama")')).toEqual([0, 4, 5, 8, 9]);
  });

  it('matches a multi-valued categorical item when any value is listed', () => {
    expect(run('INCLUDE ItemID WHERE Items.GENRE IN ("comedy")')).toEqual([1, 2, 6]);
  });

  it('unions INCLUDE statements and subtracts the union of EXCLUDE ones, in any order', () => {
    expect(run('INCLUDE ItemID WHERE Items.GENRE IN ("drama") | INCLUDE ItemID WHERE Items.PRICE >= 40')).toEqual([3, 7, 8, 9]);
    const text = ['INCLUDE ItemID WHERE Items.GENRE IN ("horror", "comedy")', 'EXCLUDE ItemID WHERE Items.PRICE > 20'];
    expect(run(text.join(' | '))).toEqual([0, 1, 2]);
    expect(run([...text].reverse().join(' | '))).toEqual([0, 1, 2]);
    expect(run('EXCLUDE ItemID WHERE Items.PRICE < 20 | EXCLUDE ItemID WHERE Items.GENRE IN ("drama", "action")')).toEqual([4, 5, 6, 8]);
  });

  it('binds AND tighter than OR', () => {
    expect(run('INCLUDE ItemID WHERE Items.GENRE IN ("drama") OR Items.GENRE IN ("horror") AND Items.PRICE > 10')).toEqual([2, 3, 7, 8]);
  });

  it('compares numbers with literals and parameters; a missing value matches no comparison', () => {
    expect(run('INCLUDE ItemID WHERE Items.PRICE <= $MAX', { values: { MAX: '15' } })).toEqual([0, 1, 2]);
    expect(run('INCLUDE ItemID WHERE Items.PRICE > ($MIN)', { values: { MIN: '"37.5"' } })).toEqual([8, 9]);
    expect(run('INCLUDE ItemID WHERE Items.PRICE != 10')).toEqual([0, 2, 3, 5, 6, 7, 8, 9]);
    expect(run('INCLUDE ItemID WHERE Items.PRICE = 25 OR Items.PRICE < -1')).toEqual([5]);
    expect(run('EXCLUDE ItemID WHERE Items.PRICE > -1.5')).toEqual([4]);
  });

  it('matches IN on a numeric field by value', () => {
    expect(run('INCLUDE ItemID WHERE Items.PRICE IN (10, "15.0")')).toEqual([1, 2]);
    expect(run('INCLUDE ItemID WHERE Items.PRICE IN ($P)', { values: { P: '20,"25"' } })).toEqual([3, 5]);
  });

  it('reads IN parameters as quoted strings', () => {
    expect(run('INCLUDE ItemID WHERE Items.GENRE IN ($G)', { values: { G: '"drama", "action"' } })).toEqual([3, 7, 9]);
    expect(run('INCLUDE ItemID WHERE Items.GENRE IN ($G)', { values: { G: String.raw`"Hor\"ror"` } })).toEqual([]);
  });

  it('compares with the current item, and needs one', () => {
    const text = 'INCLUDE ItemID WHERE Items.GENRE IN CurrentItem.GENRE AND Items.PRICE < CurrentItem.PRICE';
    expect(run(text, { currentItem: 8 })).toEqual([0, 2]);
    expect(run(text, { currentItem: 2 })).toEqual([0, 1]);
    expect(run(text, { currentItem: 4 })).toEqual([]); // no genre, no price
    expect(run('EXCLUDE ItemID WHERE Items.GENRE NOT IN CurrentItem.GENRE', { currentItem: 6 })).toEqual([1, 2, 6]);
    expect(invalid(() => compile(text).evaluate(subject, request()), 'item_id')).toMatch(/CurrentItem/);
  });
});

describe('compileFilter: parameters and IF', () => {
  it('requires every parameter of an INCLUDE statement', () => {
    const filter = compile('INCLUDE ItemID WHERE Items.GENRE IN ($GENRE) AND Items.PRICE < $MAX');
    const reason = invalid(() => filter.evaluate(subject, request({ values: { GENRE: '"horror"' } })), 'filter_values.MAX');
    expect(reason).toBe("is required: the filter's INCLUDE expression uses $MAX");
  });

  it('ignores an EXCLUDE statement whose parameter is left out', () => {
    const text = 'INCLUDE ItemID WHERE Items.GENRE IN ("horror") | EXCLUDE ItemID WHERE Items.PRICE > $MAX';
    expect(run(text)).toEqual([0, 2, 8]);
    expect(run(text, { values: { MAX: '10' } })).toEqual([0]);
    expect(run('EXCLUDE ItemID WHERE Items.GENRE IN ($G) IF CurrentUser.AGE = $AGE', { values: { G: '"horror"' } })).toEqual(ALL);
  });

  it('rejects malformed values, naming the parameter', () => {
    expect(invalid(() => run('INCLUDE ItemID WHERE Items.PRICE < $MAX', { values: { MAX: 'ten' } }), 'filter_values.MAX')).toMatch(
      /must be a number/,
    );
    expect(invalid(() => run('EXCLUDE ItemID WHERE Items.GENRE IN ($G)', { values: { G: 'horror' } }), 'filter_values.G')).toMatch(
      /quoted string or a number/,
    );
    expect(invalid(() => run('EXCLUDE ItemID WHERE Items.GENRE IN ($G)', { values: { G: '"a" "b"' } }), 'filter_values.G')).toBe(
      'expected "," after value 1, found "\\"b\\""',
    );
  });

  it('applies a statement only while its IF holds; unknown users and attributes make it false', () => {
    const text = 'EXCLUDE ItemID WHERE Items.GENRE IN ("horror") IF CurrentUser.AGE > 18';
    expect(run(text, { userId: 'u1' })).toEqual([1, 3, 4, 5, 6, 7, 9]);
    expect(run(text, { userId: 'u2' })).toEqual(ALL);
    expect(run(text, { userId: 'nobody' })).toEqual(ALL);
    expect(run(text, { userId: undefined })).toEqual(ALL);
    const include = 'INCLUDE ItemID WHERE Items.GENRE IN ("drama") IF CurrentUser.TIER IN ("silver") AND CurrentUser.AGE = $AGE';
    expect(run(include, { values: { AGE: '30' } })).toEqual([3, 7]);
    expect(run(include, { values: { AGE: '31' } })).toEqual(ALL);
    expect(run('INCLUDE ItemID WHERE Items.GENRE IN ("drama") IF CurrentUser.TIER NOT IN ("gold")')).toEqual(ALL);
    expect(run('INCLUDE ItemID WHERE Items.GENRE IN ("drama") IF CurrentUser.TIER IN ("gold")', { userId: 'u2' })).toEqual(ALL);
  });

  it('only evaluates ItemID filters', () => {
    const filter = compileFilter(
      checkFilterFields(parseFilterExpression('INCLUDE UserID WHERE Users.AGE > 3'), SCHEMAS),
    );
    expect(invalid(() => filter.evaluate(subject, request()), 'filter_arn')).toMatch(/selects UserID/);
  });
});

describe('compileFilter: interactions', () => {
  it('excludes or includes the items the user interacted with through the listed event types', () => {
    expect(run('EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click")')).toEqual([0, 3, 4, 5, 6, 7, 8, 9]);
    expect(run('INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("CLICK", "Purchase")')).toEqual([1, 2, 3]);
    expect(run('INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ($T)', { values: { T: '"purchase"' } })).toEqual([2, 3]);
  });

  it('treats "*" (quoted or not) as any event type', () => {
    expect(run('EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("*")')).toEqual([0, 4, 5, 6, 7, 8, 9]);
    expect(run('EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (*)')).toEqual([0, 4, 5, 6, 7, 8, 9]);
    expect(run('EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ($T)', { values: { T: '"*"' } })).toEqual([0, 4, 5, 6, 7, 8, 9]);
  });

  it('intersects AND-ed event types and unions OR-ed ones', () => {
    expect(run('INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click") AND Interactions.EVENT_TYPE IN ("purchase")')).toEqual([2]);
    expect(run('INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click") OR Interactions.EVENT_TYPE IN ("purchase")')).toEqual([1, 2, 3]);
  });

  it('allows nothing through an interactions INCLUDE for unknown or anonymous users', () => {
    expect(run('INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click")', { userId: 'nobody' })).toEqual([]);
    expect(run('INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click")', { userId: undefined })).toEqual([]);
    expect(run('EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click")', { userId: 'nobody' })).toEqual(ALL);
  });

  it('combines attribute and interaction statements', () => {
    const text = [
      'INCLUDE ItemID WHERE Items.GENRE IN ("drama")',
      'INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click")',
      'EXCLUDE ItemID WHERE Items.PRICE > 30',
    ].join(' | ');
    expect(run(text)).toEqual([1, 2, 3]);
    const constraint = compile(text).evaluate(subject, request());
    expect(constraint.list()).toBeNull(); // 30% of the catalog, partly from the attribute mask
    expect(run('INCLUDE ItemID WHERE Items.PRICE < 20 | EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("purchase")')).toEqual([0, 1]);
  });
});
