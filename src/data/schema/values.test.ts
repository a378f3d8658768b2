import { describe, expect, it } from 'vitest';
import type { SchemaField } from './avro.ts';
import type { DatasetType } from './dataset-types.ts';
import { ConversionError, MAX_TEXTUAL_LENGTH, csvConverter, jsonConverter } from './values.ts';
import { f } from '../../../test/helpers/schema-fields.ts';


/** Returns the rejection reason of a conversion result, failing if it was accepted. */
function reason(result: unknown): string {
  expect(result).toBeInstanceOf(ConversionError);
  return (result as ConversionError).reason;
}

const csv = (field: SchemaField, type: DatasetType = 'Items') => csvConverter(field, type);

describe('csvConverter: empty values', () => {
  it('turns empty text into null for nullable fields', () => {
    expect(csv(f('AGE', 'int', { nullable: true }))('')).toBeNull();
    expect(csv(f('GENRES', 'string', { nullable: true, categorical: true }))('')).toBeNull();
  });

  it('rejects empty text for non-nullable fields', () => {
    for (const type of ['string', 'int', 'long', 'float', 'double', 'boolean'] as const) {
      expect(reason(csv(f('X', type))(''))).toBe('is required (empty value)');
    }
  });

  it('never allows an empty USER_ID or ITEM_ID, even when declared nullable', () => {
    expect(reason(csv(f('ITEM_ID', 'string', { nullable: true }), 'Items')(''))).toMatch(/required/);
    expect(reason(csv(f('USER_ID', 'string'), 'Interactions')(''))).toMatch(/required/);
  });
});

describe('csvConverter: integers', () => {
  const int = csv(f('COUNT', 'int'));
  const long = csv(f('VIEWS', 'long'));

  it('accepts 32-bit ints and 53-bit longs as numbers', () => {
    expect(int('42')).toBe(42);
    expect(int('-2147483648')).toBe(-2147483648);
    expect(int('2147483647')).toBe(2147483647);
    expect(int('007')).toBe(7);
    expect(long('9007199254740991')).toBe(9007199254740991);
    expect(long('-9007199254740991')).toBe(-9007199254740991);
  });

  it('rejects ints out of 32-bit range', () => {
    expect(reason(int('2147483648'))).toMatch(/out of range for int \(32-bit/);
    expect(reason(int('-2147483649'))).toMatch(/out of range for int/);
  });

  it('rejects longs beyond 2^53 with a clear reason', () => {
    expect(reason(long('9007199254740992'))).toMatch(/beyond ±9007199254740991 \(2\^53 - 1\)/);
    expect(reason(long('99999999999999999999999'))).toMatch(/2\^53/);
  });

  it('rejects decimals, exponents and other non-integer syntax, saying so', () => {
    expect(reason(int('1.5'))).toMatch(/must be an integer; int fields do not accept decimals.*"1\.5"/);
    expect(reason(long('1700000000.0'))).toMatch(/must be an integer; long fields do not accept decimals/);
    expect(reason(int('1e3'))).toMatch(/do not accept decimals or exponents/);
    expect(reason(int('abc'))).toMatch(/must be an integer: digits.*"abc"/);
    expect(reason(int('+5'))).toMatch(/must be an integer/);
    expect(reason(int(' 5'))).toMatch(/must be an integer.*" 5"/);
    expect(reason(int('0x10'))).toMatch(/must be an integer/);
  });
});

describe('csvConverter: epoch-second timestamps', () => {
  const ts = csv(f('TIMESTAMP', 'long'), 'Interactions');
  const created = csv(f('CREATION_TIMESTAMP', 'long', { nullable: true }), 'Items');

  it('accepts epoch seconds from 0 up to below 1e11', () => {
    expect(ts('1700000000')).toBe(1_700_000_000);
    expect(ts('0')).toBe(0);
    expect(ts('99999999999')).toBe(99_999_999_999);
    expect(created('1700000000')).toBe(1_700_000_000);
    expect(created('')).toBeNull();
  });

  it('rejects milliseconds, negatives and decimals, mentioning seconds', () => {
    expect(reason(ts('1700000000000'))).toMatch(/epoch seconds, not milliseconds/);
    expect(reason(ts('100000000000'))).toMatch(/not milliseconds/);
    expect(reason(created('-1'))).toMatch(/epoch seconds, 0 or more/);
    expect(reason(ts('1700000000.5'))).toMatch(/whole number of Unix epoch seconds/);
    expect(reason(ts('2024-01-01'))).toMatch(/epoch seconds/);
  });

  it('applies only to the type that reserves the name', () => {
    expect(csv(f('TIMESTAMP', 'long'), 'Items')('1700000000000')).toBe(1_700_000_000_000);
    expect(csv(f('CREATION_TIMESTAMP', 'long'), 'Users')('-5')).toBe(-5);
  });
});

describe('csvConverter: floats and doubles', () => {
  const dbl = csv(f('SCORE', 'double'), 'Items');
  const flt = csv(f('PRICE', 'float'));

  it('accepts finite decimal numbers', () => {
    expect(dbl('4.5')).toBe(4.5);
    expect(dbl('-0.25')).toBe(-0.25);
    expect(dbl('3')).toBe(3);
    expect(dbl('.5')).toBe(0.5);
    expect(dbl('5.')).toBe(5);
    expect(dbl('1e-3')).toBe(0.001);
    expect(dbl('+2.5E2')).toBe(250);
    expect(flt('3.4e38')).toBe(3.4e38);
  });

  it('rejects NaN, Infinity and non-numbers', () => {
    for (const raw of ['NaN', 'Infinity', '-Infinity', 'abc', '1,5', '0x1', '1e', '.', ' 1']) {
      expect(reason(dbl(raw))).toMatch(/must be a finite decimal number/);
    }
  });

  it('rejects values out of range for the type', () => {
    expect(reason(dbl('1e400'))).toMatch(/out of range for double/);
    expect(reason(flt('3.5e38'))).toMatch(/out of range for float \(32-bit/);
  });
});

describe('csvConverter: booleans', () => {
  const bool = csv(f('IN_STOCK', 'boolean'));

  it('accepts only lower-case true and false', () => {
    expect(bool('true')).toBe(true);
    expect(bool('false')).toBe(false);
    for (const raw of ['TRUE', 'False', '1', '0', 'yes']) {
      expect(reason(bool(raw))).toMatch(/must be true or false in lower case/);
    }
  });
});

describe('csvConverter: strings', () => {
  it('limits USER_ID and ITEM_ID to 256 characters', () => {
    const user = csv(f('USER_ID', 'string'), 'Users');
    expect(user('u'.repeat(256))).toBe('u'.repeat(256));
    expect(reason(user('u'.repeat(257)))).toMatch(/at most 256 characters \(got 257\)/);
    const item = csv(f('ITEM_ID', 'string'), 'Interactions');
    expect(reason(item('i'.repeat(300)))).toMatch(/at most 256/);
  });

  it('limits categorical strings to 1000 characters, separators included', () => {
    const genres = csv(f('GENRES', 'string', { categorical: true }));
    expect(genres('Action|Comedy')).toBe('Action|Comedy');
    const value = Array.from({ length: 500 }, () => 'a').join('|'); // 999 characters
    expect(genres(value)).toBe(value);
    expect(genres(`${value}|`)).toHaveLength(1000);
    expect(reason(genres(`${value}|b`))).toMatch(/at most 1000 characters \(the "\|" separators count\) \(got 1001\)/);
  });

  it('limits other non-textual strings (and IMPRESSION) to 1000 characters', () => {
    const title = csv(f('TITLE', 'string'));
    expect(title('x'.repeat(1000))).toHaveLength(1000);
    expect(reason(title('x'.repeat(1001)))).toMatch(/at most 1000 characters \(got 1001\)/);
    const impression = csv(f('IMPRESSION', 'string', { nullable: true }), 'Interactions');
    expect(reason(impression('i|'.repeat(501)))).toMatch(/at most 1000/);
  });

  it('truncates textual strings to 20,000 characters instead of failing', () => {
    const description = csv(f('DESCRIPTION', 'string', { textual: true }));
    expect(description('short')).toBe('short');
    expect(description('t'.repeat(25_000))).toBe('t'.repeat(MAX_TEXTUAL_LENGTH));
    const emoji = 't'.repeat(MAX_TEXTUAL_LENGTH - 1) + '😀' + 'tail';
    expect(description(emoji)).toBe('t'.repeat(MAX_TEXTUAL_LENGTH - 1)); // never half a surrogate pair
  });

  it('keeps strings exactly as written', () => {
    expect(csv(f('NOTE', 'string'))('  spaced  ')).toBe('  spaced  ');
  });
});

describe('jsonConverter', () => {
  it('accepts strings and arrays of strings, joining arrays with "|"', () => {
    const genres = jsonConverter(f('GENRES', 'string', { categorical: true }), 'Items');
    expect(genres('Action')).toBe('Action');
    expect(genres(['Action', 'Comedy'])).toBe('Action|Comedy');
    expect(reason(genres(['Action', 3]))).toMatch(/array of strings \(got an array holding a number \(3\)\)/);
    expect(reason(genres(5))).toMatch(/must be a string or an array of strings \(got a number/);
    expect(reason(genres(Array.from({ length: 600 }, () => 'ab')))).toMatch(/at most 1000/);
  });

  it('accepts JSON numbers and numeric strings for numeric fields, with the same limits', () => {
    const age = jsonConverter(f('AGE', 'int'), 'Users');
    expect(age(30)).toBe(30);
    expect(age('30')).toBe(30);
    expect(reason(age(30.5))).toMatch(/do not accept decimals/);
    expect(reason(age(3e9))).toMatch(/out of range for int/);
    expect(reason(age(true))).toMatch(/must be a number or a numeric string \(got a boolean/);
    const created = jsonConverter(f('CREATION_TIMESTAMP', 'long'), 'Items');
    expect(reason(created(1_700_000_000_000))).toMatch(/not milliseconds/);
    expect(reason(jsonConverter(f('BIG', 'long'), 'Items')(2 ** 60))).toMatch(/2\^53/);
    expect(jsonConverter(f('PRICE', 'double'), 'Items')(9.99)).toBe(9.99);
    expect(reason(jsonConverter(f('PRICE', 'float'), 'Items')(1e39))).toMatch(/out of range for float/);
  });

  it('accepts JSON booleans and "true"/"false" for boolean fields', () => {
    const inStock = jsonConverter(f('IN_STOCK', 'boolean'), 'Items');
    expect(inStock(true)).toBe(true);
    expect(inStock('false')).toBe(false);
    expect(reason(inStock(1))).toMatch(/must be true or false/);
    expect(reason(inStock('TRUE'))).toMatch(/lower case/);
  });

  it('accepts null only for nullable fields', () => {
    expect(jsonConverter(f('AGE', 'int', { nullable: true }), 'Users')(null)).toBeNull();
    expect(reason(jsonConverter(f('AGE', 'int'), 'Users')(null))).toBe('is required (null)');
    expect(reason(jsonConverter(f('AGE', 'int'), 'Users')(''))).toBe('is required (empty value)');
    expect(jsonConverter(f('NOTE', 'string', { nullable: true }), 'Users')('')).toBeNull();
  });

  it('without a dataset type, treats names reserved in any type as reserved', () => {
    expect(reason(jsonConverter(f('CREATION_TIMESTAMP', 'long'), undefined)(-1))).toMatch(/epoch seconds/);
    expect(reason(jsonConverter(f('ITEM_ID', 'string'), undefined)('i'.repeat(257)))).toMatch(/at most 256/);
  });
});

describe('EVENT_VALUE range', () => {
  it('holds EVENT_VALUE to the 32-bit float range it is stored in, even when the schema says double', () => {
    for (const type of ['float', 'double'] as const) {
      const convert = csvConverter(f('EVENT_VALUE', type, { nullable: true }), 'Interactions');
      expect(convert('4.5')).toBe(4.5);
      expect(convert('0')).toBe(0);
      expect(convert('1e300')).toBeInstanceOf(ConversionError);
      expect((convert('1e-50') as ConversionError).reason).toMatch(/round to 0/);
    }
  });
});
