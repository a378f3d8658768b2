import { describe, expect, it } from 'vitest';
import { parseProperties, toCamelCase, type PropertiesOptions } from './properties.ts';
import { f, invalid } from '../../../test/helpers/schema-fields.ts';


const ITEM_FIELDS = [
  f('GENRES', 'string', { categorical: true }),
  f('NUMBER_OF_RATINGS', 'int', { nullable: true }),
  f('PRICE', 'double'),
  f('IN_STOCK', 'boolean', { nullable: true }),
  f('DESCRIPTION', 'string', { textual: true, nullable: true }),
  f('CREATION_TIMESTAMP', 'long', { nullable: true }),
];
const items: PropertiesOptions = { field: 'items[2].properties', maxLength: 32_000, fields: ITEM_FIELDS, datasetType: 'Items' };
const parse = (value: unknown, options = items) => parseProperties(JSON.stringify(value), options);
const reasonFor = (value: unknown, options = items) => invalid(() => parse(value, options), options.field);

describe('toCamelCase', () => {
  it('converts SCREAMING_SNAKE_CASE and keeps camelCase', () => {
    expect(toCamelCase('NUMBER_OF_RATINGS')).toBe('numberOfRatings');
    expect(toCamelCase('GENRES')).toBe('genres');
    expect(toCamelCase('CREATION_TIMESTAMP')).toBe('creationTimestamp');
    expect(toCamelCase('myField')).toBe('myField');
    expect(toCamelCase('MyField')).toBe('myField');
    expect(toCamelCase('GENRES_FIELD_1')).toBe('genresField1');
    expect(toCamelCase('snake_case_name')).toBe('snakeCaseName');
    expect(toCamelCase('ITEM_name')).toBe('itemName');
    expect(toCamelCase('_LEADING__DOUBLE_')).toBe('leadingDouble');
  });
});

describe('parseProperties: accepted records', () => {
  it('maps camelCase keys to schema field names and converts values', () => {
    const result = parse({
      genres: 'Action|Comedy',
      numberOfRatings: 12,
      price: '9.99',
      inStock: true,
      description: 'A film.',
      creationTimestamp: 1_700_000_000,
    });
    expect(result).toEqual({
      GENRES: 'Action|Comedy',
      NUMBER_OF_RATINGS: 12,
      PRICE: 9.99,
      IN_STOCK: true,
      DESCRIPTION: 'A film.',
      CREATION_TIMESTAMP: 1_700_000_000,
    });
  });

  it('also accepts the exact schema field name as key', () => {
    expect(parse({ GENRES: 'Drama', NUMBER_OF_RATINGS: '3' })).toEqual({ GENRES: 'Drama', NUMBER_OF_RATINGS: 3 });
  });

  it('joins arrays of strings with "|"', () => {
    expect(parse({ genres: ['Action', 'Comedy'] })).toEqual({ GENRES: 'Action|Comedy' });
  });

  it('accepts "true"/"false" strings for booleans and null for nullable fields', () => {
    expect(parse({ inStock: 'false', numberOfRatings: null })).toEqual({ IN_STOCK: false, NUMBER_OF_RATINGS: null });
  });

  it('does not require non-nullable fields to be present', () => {
    expect(parse({})).toEqual({});
    expect(parse({ inStock: true })).toEqual({ IN_STOCK: true });
  });

  it('truncates textual values to 20,000 characters', () => {
    const result = parse({ description: 'd'.repeat(25_000) }, { ...items, maxLength: 30_000 });
    expect(result.DESCRIPTION).toHaveLength(20_000);
  });

  it('keeps a field named __proto__ as a plain key', () => {
    const options: PropertiesOptions = { ...items, fields: [f('__proto__', 'string', { categorical: true })] };
    const result = parseProperties('{"__proto__": "x"}', options);
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(result['__proto__']).toBe('x');
  });
});

describe('parseProperties: rejected documents', () => {
  it('rejects text longer than maxLength and empty text', () => {
    const options = { ...items, maxLength: 20 };
    expect(reasonFor({ genres: 'a long genre value' }, options)).toMatch(/at most 20 characters \(got 3\d\)/);
    expect(invalid(() => parseProperties('', items), items.field)).toMatch(/JSON object \(got an empty string\)/);
  });

  it('rejects invalid JSON and non-objects', () => {
    expect(invalid(() => parseProperties('{genres: 1}', items), items.field)).toMatch(/not valid JSON/);
    expect(reasonFor(['genres'])).toMatch(/must be a JSON object \(got an array\)/);
    expect(reasonFor('genres')).toMatch(/must be a JSON object \(got a string/);
    expect(reasonFor(5)).toMatch(/must be a JSON object \(got a number/);
    expect(reasonFor(null)).toMatch(/must be a JSON object \(got null\)/);
  });

  it('rejects unknown keys, listing the allowed ones', () => {
    const reason = reasonFor({ genre: 'Drama' });
    expect(reason).toMatch(/unknown key "genre"; allowed keys: genres, numberOfRatings, price, inStock, description/);
    expect(reasonFor({ number_of_ratings: 3 })).toMatch(/unknown key "number_of_ratings"/);
    expect(reasonFor({ Genres: 'x' })).toMatch(/unknown key "Genres"/);
    const none = { ...items, fields: [] };
    expect(reasonFor({ a: 1 }, none)).toMatch(/unknown key "a"; this dataset's schema has no fields/);
  });

  it('rejects forbidden keys case-insensitively and leaves them out of the allowed list', () => {
    const events: PropertiesOptions = {
      field: 'event_list[0].properties',
      maxLength: 1024,
      fields: [f('DEVICE', 'string', { categorical: true }), f('EVENT_TYPE', 'string')],
      forbiddenKeys: ['userId', 'sessionId', 'eventType', 'timestamp', 'recommendationId', 'impression'],
      datasetType: 'Interactions',
    };
    expect(reasonFor({ userId: 'u1' }, events)).toMatch(/key "userId" is not allowed in properties/);
    expect(reasonFor({ USERID: 'u1' }, events)).toMatch(/key "USERID" is not allowed/);
    expect(reasonFor({ eventType: 'click' }, events)).toMatch(/key "eventType" is not allowed/);
    expect(reasonFor({ EVENT_TYPE: 'click' }, events)).toMatch(/unknown key "EVENT_TYPE"; allowed keys: device$/);
    expect(parse({ device: 'mobile' }, events)).toEqual({ DEVICE: 'mobile' });
  });

  it('rejects two keys that set the same field', () => {
    expect(reasonFor({ genres: 'a', GENRES: 'b' })).toMatch(/keys "genres" and "GENRES" both set field GENRES/);
  });
});

describe('parseProperties: rejected values name the key and field', () => {
  it('rejects wrong JSON types', () => {
    expect(reasonFor({ genres: 5 })).toMatch(/key "genres" \(field GENRES\) must be a string or an array of strings/);
    expect(reasonFor({ genres: ['a', 1] })).toMatch(/key "genres".*array of strings/);
    expect(reasonFor({ price: true })).toMatch(/key "price" \(field PRICE\) must be a number or a numeric string/);
    expect(reasonFor({ price: 'cheap' })).toMatch(/key "price".*finite decimal number/);
    expect(reasonFor({ inStock: 'yes' })).toMatch(/key "inStock" \(field IN_STOCK\) must be true or false/);
    expect(reasonFor({ inStock: 1 })).toMatch(/key "inStock".*true or false/);
    expect(reasonFor({ genres: { a: 1 } })).toMatch(/key "genres".*got an object/);
  });

  it('rejects null for non-nullable fields and names exact-name keys once', () => {
    expect(reasonFor({ price: null })).toMatch(/key "price" \(field PRICE\) is required \(null\)/);
    expect(reasonFor({ PRICE: null })).toMatch(/^key "PRICE" is required/);
    expect(reasonFor({ genres: '' })).toMatch(/key "genres".*is required \(empty value\)/);
  });

  it('applies the CSV limits', () => {
    expect(reasonFor({ numberOfRatings: 1.5 })).toMatch(/key "numberOfRatings".*do not accept decimals/);
    expect(reasonFor({ numberOfRatings: 2 ** 31 })).toMatch(/out of range for int/);
    expect(reasonFor({ creationTimestamp: 1_700_000_000_000 })).toMatch(/key "creationTimestamp".*not milliseconds/);
    expect(reasonFor({ genres: 'g'.repeat(1001) })).toMatch(/key "genres".*at most 1000 characters/);
    expect(reasonFor({ genres: Array.from({ length: 501 }, () => 'ab') })).toMatch(/separators count/);
  });

  it('applies epoch-second rules to reserved names when no dataset type is given', () => {
    const { datasetType: _unused, ...untyped } = items;
    expect(reasonFor({ creationTimestamp: -1 }, untyped)).toMatch(/epoch seconds/);
  });
});

describe('index', () => {
  it('re-exports the public API', async () => {
    const api = await import('./index.ts');
    for (const name of [
      'parseAvroSchema',
      'checkSchemaForDatasetType',
      'checkSchemaEvolution',
      'metadataFields',
      'csvConverter',
      'jsonConverter',
      'parseProperties',
      'toCamelCase',
      'ConversionError',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
    }
    expect(api.DATASET_TYPES).toEqual(['Interactions', 'Items', 'Users']);
  });
});
