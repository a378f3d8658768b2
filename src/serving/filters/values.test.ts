/** Tests of reading filterValues for $PARAM placeholders. */
import { describe, expect, it } from 'vitest';
import { invalid } from '../../../test/helpers/schema-fields.ts';
import { RequestValues, parseListValue, parseNumberValue } from './values.ts';

describe('parseListValue', () => {
  it('reads quoted strings with escapes and bare numbers, comma-separated', () => {
    expect(parseListValue('G', String.raw` "horror" ,"com\"edy",-2.5, "back\\slash"`)).toEqual([
      { kind: 'string', value: 'horror' },
      { kind: 'string', value: 'com"edy' },
      { kind: 'number', value: -2.5, text: '-2.5' },
      { kind: 'string', value: 'back\\slash' },
    ]);
  });

  it.each([
    ['', 'is empty; give one or more comma-separated values, e.g. "\\"horror\\",\\"comedy\\""'],
    ['horror', 'value 1 must be a quoted string or a number, found "horror"; quote strings, e.g. "\\"horror\\",\\"comedy\\""'],
    ['"a",', 'value 2 must be a quoted string or a number, found nothing; quote strings, e.g. "\\"horror\\",\\"comedy\\""'],
    ['"a', 'has a string starting at character 1 with no closing quote'],
    ['"a";"b"', 'expected "," after value 1, found ";\\"b\\""'],
  ])('rejects %j', (raw, reason) => {
    expect(invalid(() => parseListValue('G', raw), 'filter_values.G')).toBe(reason);
  });
});

describe('parseNumberValue', () => {
  it('reads one number, bare or quoted', () => {
    expect(parseNumberValue('P', '25')).toBe(25);
    expect(parseNumberValue('P', ' "-1.5e2" ')).toBe(-150);
  });

  it.each(['', 'ten', '1,2', '"3', '0x10', '1e999'])('rejects %j', (raw) => {
    expect(invalid(() => parseNumberValue('P', raw), 'filter_values.P')).toMatch(/^must be a number for a comparison/);
  });
});

describe('RequestValues', () => {
  it('tells supplied values from absent ones, ignoring inherited properties', () => {
    const values = new RequestValues({ A: '"x"', B: '3' });
    expect(values.raw('A')).toBe('"x"');
    expect(values.raw('constructor')).toBeUndefined();
    expect(values.list('A')).toEqual([{ kind: 'string', value: 'x' }]);
    expect(values.number('B')).toBe(3);
  });
});
