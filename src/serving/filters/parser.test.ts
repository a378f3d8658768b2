/** Tests of the filter expression parser: documented examples, the language, and syntax errors. */
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../common/errors.ts';
import type { FilterExpression } from './ast.ts';
import { formatFilterExpression } from './format.ts';
import { parseFilterExpression } from './parser.ts';

/** The reason of the InvalidInput('filter_expression') that parsing `text` throws. */
function syntaxReason(text: string): string {
  try {
    parseFilterExpression(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).field).toBe('filter_expression');
    return (error as InvalidInput).reason;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

/** The tree without positions, for comparing parses of differently spaced text. */
function withoutPositions(expression: FilterExpression): unknown {
  return JSON.parse(JSON.stringify(expression, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

const DOCUMENTED = [
  'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click", "stream")',
  'INCLUDE ItemID WHERE Items.PRICE <= $PRICE',
  'INCLUDE ItemID WHERE Items.CREATION_TIMESTAMP < $DATE',
  'EXCLUDE ItemID WHERE Items.GENRE IN ($GENRE) IF CurrentUser.AGE = $AGE',
  'INCLUDE ItemID WHERE Items.CATEGORY IN ("watch") AND Items.DESCRIPTION IN ("luxury") IF CurrentUser.AGE > 18',
  'INCLUDE ItemID WHERE Items.PRICE < CurrentItem.PRICE AND Items.GENRE IN CurrentItem.GENRE',
  'INCLUDE UserID WHERE Users.MEMBERSHIP_STATUS IN ($MEMBERSHIP)',
  'EXCLUDE ActionID WHERE Action_Interactions.EVENT_TYPE IN ("NOT_TAKEN")',
  'INCLUDE ActionID WHERE Actions.VALUE > ($VALUE)',
];

describe('parseFilterExpression: documented examples', () => {
  it.each(DOCUMENTED)('parses and round-trips %s', (text) => {
    const parsed = parseFilterExpression(text);
    expect(parsed.statements).toHaveLength(1);
    expect(withoutPositions(parseFilterExpression(formatFilterExpression(parsed)))).toEqual(withoutPositions(parsed));
  });

  it('builds the tree of a statement with IF', () => {
    const text = 'EXCLUDE ItemID WHERE Items.GENRE IN ($GENRE) IF CurrentUser.AGE = $AGE';
    expect(parseFilterExpression(text)).toEqual({
      statements: [
        {
          action: 'EXCLUDE',
          target: 'ItemID',
          where: [
            [
              {
                kind: 'in',
                subject: { scope: 'Items', field: 'GENRE', position: 22 },
                negated: false,
                values: { kind: 'param', name: 'GENRE', position: 38 },
              },
            ],
          ],
          when: [
            {
              kind: 'compare',
              subject: { scope: 'CurrentUser', field: 'AGE', position: 49 },
              op: '=',
              operand: { kind: 'param', name: 'AGE', position: 67 },
            },
          ],
          position: 1,
        },
      ],
    });
  });

  it('reads CurrentItem operands and parenthesised parameters', () => {
    const [statement] = parseFilterExpression(DOCUMENTED[5]!).statements;
    const [compare, within] = statement!.where[0]!;
    expect(compare).toMatchObject({ kind: 'compare', op: '<', operand: { kind: 'field', ref: { scope: 'CurrentItem', field: 'PRICE' } } });
    expect(within).toMatchObject({ kind: 'in', values: { kind: 'field', ref: { scope: 'CurrentItem', field: 'GENRE' } } });
    const [valued] = parseFilterExpression(DOCUMENTED[8]!).statements;
    expect(valued!.where[0]![0]).toMatchObject({ kind: 'compare', op: '>', operand: { kind: 'param', name: 'VALUE' } });
  });
});

describe('parseFilterExpression: the language', () => {
  it('chains statements with "|" and groups AND tighter than OR', () => {
    const text =
      'INCLUDE ItemID WHERE Items.A IN ("x") OR Items.B IN ("y") AND Items.C > 2 | EXCLUDE ItemID WHERE Items.D NOT IN ("z")';
    const parsed = parseFilterExpression(text);
    expect(parsed.statements.map((s) => s.action)).toEqual(['INCLUDE', 'EXCLUDE']);
    expect(parsed.statements[0]!.where.map((group) => group.map((c) => c.subject.field))).toEqual([['A'], ['B', 'C']]);
    expect(parsed.statements[1]!.where[0]![0]).toMatchObject({ kind: 'in', negated: true });
    expect(parsed.statements.map((s) => s.position)).toEqual([1, text.indexOf('EXCLUDE') + 1]);
  });

  it('reads keywords, targets and datasets in any case, keeping field names as written', () => {
    const parsed = parseFilterExpression(
      'include itemid where ITEMS.genre not in ("a") and items.Price >= -2.5 if currentuser.age != 3 And CURRENTUSER.tier in (*)',
    );
    const [statement] = parsed.statements;
    expect(statement).toMatchObject({ action: 'INCLUDE', target: 'ItemID' });
    expect(statement!.where[0]!.map((c) => [c.subject.scope, c.subject.field])).toEqual([
      ['Items', 'genre'],
      ['Items', 'Price'],
    ]);
    expect(statement!.when.map((c) => [c.subject.scope, c.subject.field])).toEqual([
      ['CurrentUser', 'age'],
      ['CurrentUser', 'tier'],
    ]);
    expect(formatFilterExpression(parsed)).toBe(
      'INCLUDE ItemID WHERE Items.genre NOT IN ("a") AND Items.Price >= -2.5 IF CurrentUser.age != 3 AND CurrentUser.tier IN (*)',
    );
  });

  it('reads string escapes, numbers (negative, decimal, exponent) and "*"', () => {
    const [statement] = parseFilterExpression(
      String.raw`INCLUDE ItemID WHERE Items.T IN ("say \"hi\"", "back\\slash", 3, -0.5, .25, 1e3) OR Interactions.EVENT_TYPE IN ("*")`,
    ).statements;
    expect(statement!.where[0]![0]).toMatchObject({
      values: {
        kind: 'literals',
        values: [
          { kind: 'string', value: 'say "hi"' },
          { kind: 'string', value: 'back\\slash' },
          { kind: 'number', value: 3, text: '3' },
          { kind: 'number', value: -0.5, text: '-0.5' },
          { kind: 'number', value: 0.25, text: '.25' },
          { kind: 'number', value: 1000, text: '1e3' },
        ],
      },
    });
    expect(statement!.where[1]![0]).toMatchObject({ values: { kind: 'literals', values: [{ kind: 'string', value: '*' }] } });
  });

  it('takes whitespace and newlines anywhere between tokens', () => {
    const tight = parseFilterExpression('INCLUDE ItemID WHERE Items.PRICE<=$P|EXCLUDE ItemID WHERE Items.G IN("a","b")');
    const loose = parseFilterExpression('INCLUDE  ItemID\nWHERE Items . PRICE <= $P\n|\tEXCLUDE ItemID WHERE Items.G IN ( "a" , "b" ) ');
    expect(withoutPositions(loose)).toEqual(withoutPositions(tight));
  });
});

describe('parseFilterExpression: errors', () => {
  it.each([
    ['EXCLUDE ItemID WHERE Items.GENRE INN ("a")', 'at position 34: expected IN, NOT IN or a comparison, found "INN"'],
    ['INCLUDE ItemIDs WHERE Items.A IN ("a")', 'at position 9: expected ItemID, UserID or ActionID, found "ItemIDs"'],
    ['KEEP ItemID WHERE Items.A IN ("a")', 'at position 1: expected INCLUDE or EXCLUDE, found "KEEP"'],
    ['INCLUDE ItemID Items.A IN ("a")', 'at position 16: expected WHERE, found "Items"'],
    [
      'INCLUDE ItemID WHERE Products.A IN ("a")',
      'at position 22: expected a dataset (Items, Interactions, Users, Actions or Action_Interactions), found "Products"',
    ],
    ['INCLUDE ItemID WHERE Items.(', 'at position 28: expected a field name after "Items.", found "("'],
    ['INCLUDE ItemID WHERE Items.A IN ("a"', 'at position 37: expected ")", found the end of the expression'],
    ['INCLUDE ItemID WHERE Items.A IN ("a",)', 'at position 38: expected a quoted string or a number, found ")"'],
    ['INCLUDE ItemID WHERE Items.A IN (x)', 'at position 34: expected a quoted string, a number, a $PARAMETER or *, found "x"'],
    ['INCLUDE ItemID WHERE Items.A IN "a"', 'at position 33: expected "(" or CurrentItem.FIELD, found the string "a"'],
    ['INCLUDE ItemID WHERE Items.A NOT ("a")', 'at position 34: expected IN, found "("'],
    ['INCLUDE ItemID WHERE Items.A <', 'at position 31: expected a number, a $PARAMETER or CurrentItem.FIELD, found the end of the expression'],
    ['INCLUDE ItemID WHERE Items.A < ($P', 'at position 35: expected ")", found the end of the expression'],
    ['INCLUDE ItemID WHERE Items.A < (3)', 'at position 33: expected a $PARAMETER, found "3"'],
    ['INCLUDE ItemID WHERE Items.A IN ("a") ANDD', 'at position 39: expected AND, OR, IF, "|" or the end of the expression, found "ANDD"'],
    ['INCLUDE ItemID WHERE Items.A IN ("a") IF Users.B > 1', 'at position 42: expected CurrentUser.FIELD, found "Users"'],
    ['INCLUDE ItemID WHERE Items.A IN ("a") IF CurrentUser.B > 1 OR', 'at position 60: expected AND, "|" or the end of the expression, found "OR"'],
    ['INCLUDE ItemID WHERE Items.A IN ("a") |', 'at position 40: expected INCLUDE or EXCLUDE, found the end of the expression'],
    ['INCLUDE ItemID WHERE Items.A IN ($)', 'at position 35: expected a parameter name after "$", found ")"'],
    ['INCLUDE ItemID WHERE Items.A ! 3', 'at position 30: expected "!=", found "!"'],
    ['INCLUDE ItemID WHERE Items.A IN ("a") & Items.B', 'at position 39: expected a keyword, field, value or operator, found "&"'],
    ['INCLUDE ItemID WHERE Items.A IN ("ab\\"c)', 'at position 41: expected a closing \'"\' for the string that starts at position 34, found the end of the expression'],
    ['INCLUDE ItemID WHERE Items.A > 1e999', 'at position 32: expected a finite number, found "1e999"'],
  ])('%s', (text, reason) => {
    expect(syntaxReason(text)).toBe(reason);
  });

  it('reports the first problem in reading order, lexical or not', () => {
    expect(syntaxReason('INCLUDE ItemIDx WHERE Items.A IN ("unterminated')).toMatch(/^at position 9: /);
  });

  it('requires 1 to 2500 characters', () => {
    expect(syntaxReason('')).toBe('is required');
    const long = `INCLUDE ItemID WHERE Items.A IN (${Array.from({ length: 500 }, () => '"abc"').join(',')})`;
    expect(syntaxReason(long)).toMatch(/^must be at most 2500 characters \(got \d+\)$/);
    expect(syntaxReason('   ')).toBe('at position 4: expected INCLUDE or EXCLUDE, found the end of the expression');
  });
});
