/** Tests of checking filters against dataset schemas: every validation rule and its message. */
import { describe, expect, it } from 'vitest';
import { f, invalid } from '../../../test/helpers/schema-fields.ts';
import { checkFilterFields, type FilterSchemas } from './check.ts';
import { formatFilterExpression } from './format.ts';
import { parseFilterExpression } from './parser.ts';

const ITEMS = [
  f('ITEM_ID', 'string'),
  f('CREATION_TIMESTAMP', 'long', { nullable: true }),
  f('GENRE', 'string', { categorical: true }),
  f('CATEGORY', 'string', { categorical: true }),
  f('DESCRIPTION', 'string', { categorical: true }),
  f('PRICE', 'float'),
  f('RATING', 'int', { nullable: true }),
  f('SYNOPSIS', 'string', { textual: true }),
  f('IS_NEW', 'boolean'),
  ...Array.from({ length: 12 }, (_, i) => f(`F${i + 1}`, 'int')),
];
const USERS = [
  f('USER_ID', 'string'),
  f('AGE', 'int'),
  f('MEMBERSHIP_STATUS', 'string', { categorical: true }),
  f('VIP', 'boolean'),
];
const INTERACTIONS = [
  f('USER_ID', 'string'),
  f('ITEM_ID', 'string'),
  f('EVENT_TYPE', 'string'),
  f('TIMESTAMP', 'long'),
  f('DEVICE', 'string', { categorical: true }),
];
const ALL: FilterSchemas = { items: ITEMS, users: USERS, interactions: INTERACTIONS };

const check = (text: string, schemas: FilterSchemas = ALL) => checkFilterFields(parseFilterExpression(text), schemas);
const reason = (text: string, schemas: FilterSchemas = ALL) => invalid(() => check(text, schemas), 'filter_expression');

describe('checkFilterFields: valid filters', () => {
  it('accepts the documented item filters and reports what they use', () => {
    expect(check('EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click", "stream")')).toMatchObject({
      target: 'ItemID',
      fields: ['Interactions.EVENT_TYPE'],
      parameters: [],
      usesCurrentItem: false,
      usesCurrentUser: false,
    });
    expect(check('EXCLUDE ItemID WHERE Items.GENRE IN ($GENRE) IF CurrentUser.AGE = $AGE')).toMatchObject({
      fields: ['Items.GENRE', 'Users.AGE'],
      parameters: [
        { name: 'GENRE', requiredBy: 'EXCLUDE' },
        { name: 'AGE', requiredBy: 'EXCLUDE' },
      ],
      usesCurrentUser: true,
    });
    expect(
      check('INCLUDE ItemID WHERE Items.PRICE < CurrentItem.PRICE AND Items.GENRE IN CurrentItem.GENRE'),
    ).toMatchObject({ fields: ['Items.PRICE', 'Items.GENRE'], usesCurrentItem: true });
    for (const text of [
      'INCLUDE ItemID WHERE Items.PRICE <= $PRICE',
      'INCLUDE ItemID WHERE Items.CREATION_TIMESTAMP < $DATE',
      'INCLUDE ItemID WHERE Items.CATEGORY IN ("watch") AND Items.DESCRIPTION IN ("luxury") IF CurrentUser.AGE > 18',
      'INCLUDE UserID WHERE Users.MEMBERSHIP_STATUS IN ($MEMBERSHIP)',
      'INCLUDE ItemID WHERE Items.ITEM_ID IN ("a", "b") OR Items.RATING != 3',
      'INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (*) | EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("*")',
    ]) {
      expect(() => check(text)).not.toThrow();
    }
  });

  it('normalises field names to the schema spelling (exact first, then case-insensitive)', () => {
    const checked = check(
      'INCLUDE ItemID WHERE Items.genre IN ("a") AND Items.Price > CurrentItem.price IF CurrentUser.age > 3',
    );
    expect(formatFilterExpression(checked.expression)).toBe(
      'INCLUDE ItemID WHERE Items.GENRE IN ("a") AND Items.PRICE > CurrentItem.PRICE IF CurrentUser.AGE > 3',
    );
    expect(checked.fields).toEqual(['Items.GENRE', 'Items.PRICE', 'Users.AGE']);
    expect(checked.fieldSchemas['Items.PRICE']).toEqual(f('PRICE', 'float'));
    const twoSpellings = { items: [f('ITEM_ID', 'string'), f('Genre', 'string'), f('GENRE', 'string')] };
    expect(check('INCLUDE ItemID WHERE Items.Genre IN ("a")', twoSpellings).fields).toEqual(['Items.Genre']);
    expect(reason('INCLUDE ItemID WHERE Items.genre IN ("a")', twoSpellings)).toBe(
      'at position 22: Items.genre is ambiguous: Genre, GENRE',
    );
  });

  it('lists each parameter once, required when any INCLUDE statement uses it', () => {
    const checked = check(
      'EXCLUDE ItemID WHERE Items.GENRE IN ($G) | INCLUDE ItemID WHERE Items.CATEGORY IN ($G) AND Items.PRICE < ($MAX)',
    );
    expect(checked.parameters).toEqual([
      { name: 'G', requiredBy: 'INCLUDE' },
      { name: 'MAX', requiredBy: 'INCLUDE' },
    ]);
  });

  it('allows 10 distinct fields and counts CurrentItem/CurrentUser fields as dataset fields', () => {
    const ten = Array.from({ length: 9 }, (_, i) => `Items.F${i + 1} > 0`).join(' AND ');
    const checked = check(`INCLUDE ItemID WHERE ${ten} AND Items.F1 < CurrentItem.F1 IF CurrentUser.AGE > 1`);
    expect(checked.fields).toHaveLength(10);
  });
});

describe('checkFilterFields: rules', () => {
  it.each([
    ['INCLUDE ItemID WHERE Items.GENRE IN ("a")', { users: USERS }, 'at position 22: the dataset group has no Items dataset'],
    [
      'INCLUDE ItemID WHERE Items.GENRE IN ("a") IF CurrentUser.AGE > 1',
      { items: ITEMS },
      'at position 46: CurrentUser.AGE needs a Users dataset, and the dataset group has none',
    ],
    [
      'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click")',
      { items: ITEMS },
      'at position 22: the dataset group has no Interactions dataset',
    ],
  ])('needs the dataset: %s', (text, schemas, expected) => {
    expect(reason(text, schemas)).toBe(expected);
  });

  it.each([
    ['INCLUDE ItemID WHERE Items.GENER IN ("a")', 'at position 22: the Items dataset has no field "GENER"'],
    ['INCLUDE ItemID WHERE Items.SYNOPSIS IN ("a")', 'at position 22: Items.SYNOPSIS is a textual field; textual fields cannot be filtered'],
    [
      'INCLUDE ItemID WHERE Items.IS_NEW IN ("true")',
      'at position 22: Items.IS_NEW is a boolean field; boolean fields cannot be filtered (store "True"/"False" strings or 0/1 instead)',
    ],
    [
      'INCLUDE ItemID WHERE Items.GENRE IN ("a") IF CurrentUser.VIP IN ("true")',
      'at position 46: Users.VIP is a boolean field; boolean fields cannot be filtered (store "True"/"False" strings or 0/1 instead)',
    ],
    [
      'INCLUDE ItemID WHERE Items.GENRE > 3',
      'at position 22: Items.GENRE is a string field; comparisons need a numeric field (int, long, float or double)',
    ],
    [
      'INCLUDE ItemID WHERE Items.PRICE > CurrentItem.GENRE',
      'at position 36: Items.GENRE is a string field; comparisons need a numeric field (int, long, float or double)',
    ],
    [
      'INCLUDE ItemID WHERE Items.GENRE IN ("a") IF CurrentUser.MEMBERSHIP_STATUS < 3',
      'at position 46: Users.MEMBERSHIP_STATUS is a string field; comparisons need a numeric field (int, long, float or double)',
    ],
    ['INCLUDE ItemID WHERE Interactions.DEVICE IN ("phone")', 'at position 22: Interactions conditions can only test EVENT_TYPE, not DEVICE'],
    ['INCLUDE ItemID WHERE Interactions.EVENT_TYPE NOT IN ("click")', 'at position 22: Interactions.EVENT_TYPE can only be tested with IN, not NOT IN'],
    ['INCLUDE ItemID WHERE Interactions.EVENT_TYPE = 3', 'at position 22: Interactions.EVENT_TYPE can only be tested with IN'],
    ['INCLUDE ItemID WHERE Items.GENRE IN (*)', 'at position 22: "*" can only be used with Interactions.EVENT_TYPE, not Items.GENRE'],
  ])('field rules: %s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it.each([
    [
      'INCLUDE ItemID WHERE Items.GENRE IN ("a") AND Interactions.EVENT_TYPE IN ("click")',
      'at position 47: Items and Interactions cannot be mixed in one expression; chain separate expressions with "|"',
    ],
    [
      'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click") OR Items.GENRE IN ("a")',
      'at position 62: Items and Interactions cannot be mixed in one expression; chain separate expressions with "|"',
    ],
    [
      'INCLUDE UserID WHERE Users.AGE > 3 OR Interactions.EVENT_TYPE IN ("click")',
      'at position 39: the conditions of one expression must all use the dataset of its first condition (Users), found Interactions.EVENT_TYPE',
    ],
    ['INCLUDE ItemID WHERE Users.AGE > 3', 'at position 22: Users fields cannot select ItemID; use Items or Interactions fields'],
    ['INCLUDE UserID WHERE Items.GENRE IN ("a")', 'at position 22: Items fields cannot select UserID; use Users or Interactions fields'],
    [
      'INCLUDE ActionID WHERE Actions.VALUE > ($VALUE)',
      'at position 24: Actions datasets are not supported: this server does not provide action recommendations',
    ],
    [
      'EXCLUDE ActionID WHERE Action_Interactions.EVENT_TYPE IN ("NOT_TAKEN")',
      'at position 24: Action_Interactions datasets are not supported: this server does not provide action recommendations',
    ],
    [
      'INCLUDE ItemID WHERE Items.GENRE IN ("a") | EXCLUDE UserID WHERE Users.AGE > 3',
      'at position 45: every expression of a filter must select the same target (ItemID), found UserID',
    ],
    [
      'INCLUDE UserID WHERE Users.MEMBERSHIP_STATUS IN CurrentItem.GENRE',
      'at position 49: CurrentItem can only be used with Items fields, not Users.MEMBERSHIP_STATUS',
    ],
    [
      'INCLUDE ItemID WHERE Items.GENRE IN ("a") IF CurrentUser.AGE > CurrentItem.PRICE',
      'at position 64: CurrentItem can only be used with Items fields, not CurrentUser.AGE',
    ],
  ])('dataset rules: %s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it('rejects an 11th distinct field, naming it', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `Items.F${i + 1} > 0`).join(' AND ');
    expect(reason(`INCLUDE ItemID WHERE ${ten} | EXCLUDE ItemID WHERE Items.F1 > 5 OR Items.F11 > 0`)).toMatch(
      /^at position \d+: a filter may use at most 10 distinct fields; Items\.F11 is field number 11$/,
    );
  });
});
