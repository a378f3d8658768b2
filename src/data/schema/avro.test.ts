import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_LENGTH, normalizeFieldName, parseAvroSchema } from './avro.ts';
import { invalid } from '../../../test/helpers/schema-fields.ts';

function schemaText(fields: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: 'record', name: 'Test', namespace: 'com.amazonaws.personalize.schema', fields, ...extra });
}

const parse = (fields: unknown[], extra?: Record<string, unknown>) => parseAvroSchema(schemaText(fields, extra));
const reasonFor = (fields: unknown[]) => invalid(() => parse(fields), 'schema');

describe('parseAvroSchema: valid schemas', () => {
  it('parses the MovieLens-style interactions schema', () => {
    const text = JSON.stringify({
      type: 'record',
      name: 'Interactions',
      namespace: 'com.amazonaws.personalize.schema',
      fields: [
        { name: 'USER_ID', type: 'string' },
        { name: 'ITEM_ID', type: 'string' },
        { name: 'EVENT_TYPE', type: 'string' },
        { name: 'EVENT_VALUE', type: ['null', 'float'] },
        { name: 'TIMESTAMP', type: 'long' },
      ],
      version: '1.0',
    });
    expect(parseAvroSchema(text)).toEqual({
      name: 'Interactions',
      namespace: 'com.amazonaws.personalize.schema',
      fields: [
        { name: 'USER_ID', type: 'string', nullable: false, categorical: false, textual: false },
        { name: 'ITEM_ID', type: 'string', nullable: false, categorical: false, textual: false },
        { name: 'EVENT_TYPE', type: 'string', nullable: false, categorical: false, textual: false },
        { name: 'EVENT_VALUE', type: 'float', nullable: true, categorical: false, textual: false },
        { name: 'TIMESTAMP', type: 'long', nullable: false, categorical: false, textual: false },
      ],
    });
  });

  it('accepts every primitive, nullable unions in either order, and flags on strings', () => {
    const schema = parse([
      { name: 'A', type: 'string', categorical: true },
      { name: 'B', type: 'int' },
      { name: 'C', type: 'long' },
      { name: 'D', type: 'float' },
      { name: 'E', type: 'double' },
      { name: 'F', type: 'boolean' },
      { name: 'G', type: ['string', 'null'], textual: true },
      { name: 'H', type: ['null', 'long'] },
      { name: 'I', type: 'string', categorical: false, textual: false },
    ]);
    expect(schema.fields.map((f) => [f.name, f.type, f.nullable, f.categorical, f.textual])).toEqual([
      ['A', 'string', false, true, false],
      ['B', 'int', false, false, false],
      ['C', 'long', false, false, false],
      ['D', 'float', false, false, false],
      ['E', 'double', false, false, false],
      ['F', 'boolean', false, false, false],
      ['G', 'string', true, false, true],
      ['H', 'long', true, false, false],
      ['I', 'string', false, false, false],
    ]);
  });

  it('allows unknown attributes on fields and the record, and omits an absent namespace', () => {
    const text = JSON.stringify({
      type: 'record',
      name: 'Items',
      version: '1.0',
      doc: 'x',
      fields: [{ name: 'ITEM_ID', type: 'string', doc: 'the id', default: 'x', aliases: ['id'] }],
    });
    const schema = parseAvroSchema(text);
    expect(schema).toEqual({ name: 'Items', fields: [expect.objectContaining({ name: 'ITEM_ID' })] });
    expect('namespace' in schema).toBe(false);
  });

  it('accepts 150 fields and exactly 20,000 characters', () => {
    const fields = Array.from({ length: 150 }, (_, i) => ({ name: `F${i}`, type: 'int' }));
    expect(parse(fields).fields).toHaveLength(150);
    const base = schemaText([{ name: 'A', type: 'int' }]);
    const padded = base.slice(0, -1) + ' '.repeat(MAX_SCHEMA_LENGTH - base.length) + '}';
    expect(padded).toHaveLength(MAX_SCHEMA_LENGTH);
    expect(parseAvroSchema(padded).fields).toHaveLength(1);
  });

  it('reports errors on the caller-given field', () => {
    expect(invalid(() => parseAvroSchema('{', 'create.schema'), 'create.schema')).toMatch(/not valid JSON/);
  });
});

describe('parseAvroSchema: document-level rejections', () => {
  it('rejects empty and over-long text', () => {
    expect(invalid(() => parseAvroSchema(''), 'schema')).toMatch(/required/);
    const long = schemaText([{ name: 'A', type: 'int' }]) + ' '.repeat(MAX_SCHEMA_LENGTH);
    expect(invalid(() => parseAvroSchema(long), 'schema')).toMatch(/at most 20000 characters/);
  });

  it('rejects invalid JSON and non-object documents', () => {
    expect(invalid(() => parseAvroSchema('{"type": "record",'), 'schema')).toMatch(/not valid JSON/);
    expect(invalid(() => parseAvroSchema('[1]'), 'schema')).toMatch(/JSON object.*an array/);
    expect(invalid(() => parseAvroSchema('"string"'), 'schema')).toMatch(/JSON object.*a string/);
    expect(invalid(() => parseAvroSchema('null'), 'schema')).toMatch(/JSON object.*null/);
  });

  it('rejects a record without "type": "record"', () => {
    const text = JSON.stringify({ type: 'enum', name: 'X', fields: [{ name: 'A', type: 'int' }] });
    expect(invalid(() => parseAvroSchema(text), 'schema')).toMatch(/"type" must be "record".*"enum"/);
    const missing = JSON.stringify({ name: 'X', fields: [{ name: 'A', type: 'int' }] });
    expect(invalid(() => parseAvroSchema(missing), 'schema')).toMatch(/"type" must be "record"/);
  });

  it('rejects a missing, non-string or invalid record name and a bad namespace', () => {
    const noName = JSON.stringify({ type: 'record', fields: [{ name: 'A', type: 'int' }] });
    expect(invalid(() => parseAvroSchema(noName), 'schema')).toMatch(/string "name"/);
    expect(invalid(() => parse([{ name: 'A', type: 'int' }], { name: 5 }), 'schema')).toMatch(/string "name"/);
    expect(invalid(() => parse([{ name: 'A', type: 'int' }], { name: 'my-schema' }), 'schema')).toMatch(
      /"my-schema" is not a valid Avro name/,
    );
    expect(invalid(() => parse([{ name: 'A', type: 'int' }], { name: '.X' }), 'schema')).toMatch(/"\.X" is not a valid/);
    expect(parse([{ name: 'A', type: 'int' }], { name: 'com.example.Items' }).name).toBe('com.example.Items');
    expect(invalid(() => parse([{ name: 'A', type: 'int' }], { namespace: 'a..b' }), 'schema')).toMatch(/namespace/);
    expect(invalid(() => parse([{ name: 'A', type: 'int' }], { namespace: 7 }), 'schema')).toMatch(/namespace/);
  });

  it('rejects missing, non-array, empty and over-long field lists', () => {
    const noFields = JSON.stringify({ type: 'record', name: 'X' });
    expect(invalid(() => parseAvroSchema(noFields), 'schema')).toMatch(/"fields" array/);
    expect(invalid(() => parse([], { fields: {} }), 'schema')).toMatch(/"fields" array/);
    expect(reasonFor([])).toMatch(/must not be empty/);
    const fields = Array.from({ length: 151 }, (_, i) => ({ name: `F${i}`, type: 'int' }));
    expect(reasonFor(fields)).toMatch(/151 fields; at most 150/);
  });
});

describe('parseAvroSchema: field rejections', () => {
  it('rejects a field that is not an object, or lacks a valid name', () => {
    expect(reasonFor(['USER_ID'])).toMatch(/fields\[0\] must be a JSON object/);
    expect(reasonFor([{ name: 'A', type: 'int' }, { type: 'int' }])).toMatch(/fields\[1\] needs a string "name"/);
    expect(reasonFor([{ name: '1ABC', type: 'int' }])).toMatch(/"1ABC" is not a valid Avro name/);
    expect(reasonFor([{ name: 'MY-FIELD', type: 'int' }])).toMatch(/"MY-FIELD" is not a valid Avro name/);
    expect(reasonFor([{ name: '', type: 'int' }])).toMatch(/fields\[0\] name "" is not a valid Avro name/);
  });

  it('rejects a missing type and unsupported primitives', () => {
    expect(reasonFor([{ name: 'GENRE' }])).toMatch(/"GENRE" needs a "type"/);
    expect(reasonFor([{ name: 'BLOB', type: 'bytes' }])).toMatch(/"BLOB" has unsupported type "bytes"/);
    expect(reasonFor([{ name: 'X', type: 'Foo' }])).toMatch(/"X" has unsupported type "Foo"/);
    expect(reasonFor([{ name: 'NOTHING', type: 'null' }])).toMatch(/"NOTHING" has type "null"/);
    expect(reasonFor([{ name: 'N', type: 5 }])).toMatch(/"N" has type a number/);
  });

  it('rejects nested records, arrays, maps, enums and fixed', () => {
    const nested = { type: 'record', name: 'Inner', fields: [{ name: 'X', type: 'int' }] };
    expect(reasonFor([{ name: 'INNER', type: nested }])).toMatch(/"INNER" is a nested record.*flat/);
    expect(reasonFor([{ name: 'TAGS', type: { type: 'array', items: 'string' } }])).toMatch(/"TAGS" is a nested array/);
    expect(reasonFor([{ name: 'M', type: { type: 'map', values: 'int' } }])).toMatch(/"M" is a nested map/);
    expect(reasonFor([{ name: 'E', type: { type: 'enum', name: 'E', symbols: ['A'] } }])).toMatch(/"E" is a nested enum/);
    expect(reasonFor([{ name: 'FX', type: { type: 'fixed', name: 'F', size: 4 } }])).toMatch(/"FX" is a nested fixed/);
    expect(reasonFor([{ name: 'R', type: 'record' }])).toMatch(/"R" has type "record".*flat/);
    expect(reasonFor([{ name: 'OPT', type: ['null', { type: 'array', items: 'string' }] }])).toMatch(
      /"OPT" is a nested array/,
    );
  });

  it('rejects logical types and type objects', () => {
    expect(reasonFor([{ name: 'TS', type: { type: 'long', logicalType: 'timestamp-millis' } }])).toMatch(
      /"TS" uses logical type "timestamp-millis"/,
    );
    expect(reasonFor([{ name: 'S', type: { type: 'string' } }])).toMatch(/"S" has a type object/);
  });

  it('rejects unions other than "null" plus one primitive', () => {
    expect(reasonFor([{ name: 'U', type: ['string', 'int'] }])).toMatch(/"U" has union type.*two non-null/);
    expect(reasonFor([{ name: 'U', type: ['null', 'string', 'int'] }])).toMatch(/"U" has union type.*exactly "null"/);
    expect(reasonFor([{ name: 'U', type: ['null'] }])).toMatch(/"U" has union type \["null"\]/);
    expect(reasonFor([{ name: 'U', type: ['null', 'null'] }])).toMatch(/"U" has union type/);
    expect(reasonFor([{ name: 'U', type: [] }])).toMatch(/"U" has union type \[\]/);
    expect(reasonFor([{ name: 'U', type: ['null', 'bytes'] }])).toMatch(/"U" has unsupported type "bytes"/);
    expect(reasonFor([{ name: 'U', type: ['null', ['null', 'int']] }])).toMatch(/"U" has a nested union/);
  });

  it('rejects duplicate names, also when they differ only by case or underscores', () => {
    const dup = (a: string, b: string) => reasonFor([{ name: a, type: 'int' }, { name: b, type: 'int' }]);
    expect(dup('GENRE', 'GENRE')).toMatch(/"GENRE" appears more than once/);
    expect(dup('GENRES_FIELD_1', 'GENRESFIELD1')).toMatch(/"GENRES_FIELD_1" and "GENRESFIELD1" clash/);
    expect(dup('genre', 'GENRE')).toMatch(/"genre" and "GENRE" clash/);
    expect(dup('USER_ID', 'userId')).toMatch(/"USER_ID" and "userId" clash/);
  });

  it('requires categorical and textual to be booleans on string fields, not both', () => {
    expect(reasonFor([{ name: 'G', type: 'string', categorical: 'yes' }])).toMatch(/"G": "categorical" must be true or false/);
    expect(reasonFor([{ name: 'D', type: 'string', textual: 1 }])).toMatch(/"D": "textual" must be true or false/);
    expect(reasonFor([{ name: 'PRICE', type: 'float', categorical: true }])).toMatch(
      /"PRICE" is float; "categorical" is only allowed on string fields/,
    );
    expect(reasonFor([{ name: 'N', type: ['null', 'int'], textual: true }])).toMatch(
      /"N" is int; "textual" is only allowed on string fields/,
    );
    expect(reasonFor([{ name: 'BOTH', type: 'string', categorical: true, textual: true }])).toMatch(
      /"BOTH" cannot be both categorical and textual/,
    );
  });

  it('allows a false flag on a non-string field', () => {
    expect(parse([{ name: 'N', type: 'int', categorical: false }]).fields[0]?.categorical).toBe(false);
  });

  it('allows at most one textual field', () => {
    const reason = reasonFor([
      { name: 'DESCRIPTION', type: 'string', textual: true },
      { name: 'SUMMARY', type: ['null', 'string'], textual: true },
    ]);
    expect(reason).toMatch(/"DESCRIPTION" and "SUMMARY" are both textual; at most one/);
  });
});

describe('normalizeFieldName', () => {
  it('drops underscores and case', () => {
    expect(normalizeFieldName('GENRES_FIELD_1')).toBe(normalizeFieldName('GENRESFIELD1'));
    expect(normalizeFieldName('Number_Of_Ratings')).toBe('numberofratings');
  });
});
