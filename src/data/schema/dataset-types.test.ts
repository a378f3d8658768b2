import { describe, expect, it } from 'vitest';
import { parseAvroSchema, type ParsedSchema, type SchemaField } from './avro.ts';
import {
  DATASET_TYPES,
  checkSchemaEvolution,
  checkSchemaForDatasetType,
  metadataFields,
  reservedField,
  type DatasetType,
} from './dataset-types.ts';
import { f, invalid } from '../../../test/helpers/schema-fields.ts';

const schema = (...fields: SchemaField[]): ParsedSchema => ({ name: 'Test', fields });
const reasonFor = (s: ParsedSchema, type: DatasetType) => invalid(() => checkSchemaForDatasetType(s, type), 'schema_arn');

const USER_ID = f('USER_ID', 'string');
const ITEM_ID = f('ITEM_ID', 'string');
const TIMESTAMP = f('TIMESTAMP', 'long');
const interactions = (...more: SchemaField[]) => schema(USER_ID, ITEM_ID, TIMESTAMP, ...more);
const metadata = (n: number, prefix = 'M') => Array.from({ length: n }, (_, i) => f(`${prefix}${i}`, 'int'));

describe('DATASET_TYPES and reservedField', () => {
  it('lists the three dataset types, frozen', () => {
    expect(DATASET_TYPES).toEqual(['Interactions', 'Items', 'Users']);
    expect(Object.isFrozen(DATASET_TYPES)).toBe(true);
  });

  it('finds reserved fields by exact name, per type or in any type', () => {
    expect(reservedField('TIMESTAMP', 'Interactions')?.value).toBe('epochSeconds');
    expect(reservedField('TIMESTAMP', 'Items')).toBeUndefined();
    expect(reservedField('CREATION_TIMESTAMP')?.value).toBe('epochSeconds');
    expect(reservedField('USER_ID', 'Users')?.value).toBe('id');
    expect(reservedField('user_id')).toBeUndefined();
  });
});

describe('checkSchemaForDatasetType: Interactions', () => {
  it('accepts the MovieLens-style schema with EVENT_TYPE and EVENT_VALUE, parsed from Avro', () => {
    const parsed = parseAvroSchema(
      JSON.stringify({
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
      }),
    );
    expect(() => checkSchemaForDatasetType(parsed, 'Interactions')).not.toThrow();
    expect(metadataFields(parsed, 'Interactions')).toEqual([]);
  });

  it('accepts all optional reserved fields and 5 metadata fields', () => {
    const s = interactions(
      f('EVENT_TYPE', 'string'),
      f('EVENT_VALUE', 'double'),
      f('IMPRESSION', 'string', { nullable: true }),
      f('RECOMMENDATION_ID', 'string', { nullable: true }),
      f('EVENT_ATTRIBUTION_SOURCE', 'string', { nullable: true }),
      f('DEVICE', 'string', { categorical: true }),
      f('LOCATION', 'string'),
      ...metadata(3),
    );
    expect(() => checkSchemaForDatasetType(s, 'Interactions')).not.toThrow();
    expect(metadataFields(s, 'Interactions').map((m) => m.name)).toEqual(['DEVICE', 'LOCATION', 'M0', 'M1', 'M2']);
  });

  it('requires USER_ID, ITEM_ID and TIMESTAMP', () => {
    expect(reasonFor(schema(ITEM_ID, TIMESTAMP), 'Interactions')).toMatch(/need a field USER_ID \(string, not nullable\)/);
    expect(reasonFor(schema(USER_ID, TIMESTAMP), 'Interactions')).toMatch(/need a field ITEM_ID/);
    expect(reasonFor(schema(USER_ID, ITEM_ID), 'Interactions')).toMatch(/need a field TIMESTAMP \(long, not nullable\)/);
  });

  it('points at a reserved name written in the wrong case', () => {
    const reason = reasonFor(schema(f('user_id', 'string'), ITEM_ID, TIMESTAMP), 'Interactions');
    expect(reason).toMatch(/need a field USER_ID.*found "user_id".*exactly as USER_ID/);
  });

  it('rejects reserved fields of the wrong type, naming the expected type', () => {
    const wrong = (fld: SchemaField) => reasonFor(interactions(fld), 'Interactions');
    expect(reasonFor(schema(USER_ID, ITEM_ID, f('TIMESTAMP', 'int')), 'Interactions')).toMatch(
      /TIMESTAMP must be of type long.*got int/,
    );
    expect(reasonFor(schema(f('USER_ID', 'int'), ITEM_ID, TIMESTAMP), 'Interactions')).toMatch(
      /USER_ID must be of type string.*got int/,
    );
    expect(wrong(f('EVENT_VALUE', 'int'))).toMatch(/EVENT_VALUE must be of type float or double.*got int/);
    expect(wrong(f('EVENT_TYPE', 'long'))).toMatch(/EVENT_TYPE must be of type string/);
    expect(wrong(f('IMPRESSION', 'int'))).toMatch(/IMPRESSION must be of type string/);
    expect(wrong(f('RECOMMENDATION_ID', 'int'))).toMatch(/RECOMMENDATION_ID must be of type string/);
    expect(wrong(f('EVENT_ATTRIBUTION_SOURCE', 'boolean'))).toMatch(/EVENT_ATTRIBUTION_SOURCE must be of type string/);
  });

  it('rejects nullable required fields and a nullable EVENT_TYPE', () => {
    const nullable = { nullable: true };
    expect(reasonFor(schema(f('USER_ID', 'string', nullable), ITEM_ID, TIMESTAMP), 'Interactions')).toMatch(
      /USER_ID must not be nullable/,
    );
    expect(reasonFor(schema(USER_ID, f('ITEM_ID', 'string', nullable), TIMESTAMP), 'Interactions')).toMatch(
      /ITEM_ID must not be nullable/,
    );
    expect(reasonFor(schema(USER_ID, ITEM_ID, f('TIMESTAMP', 'long', nullable)), 'Interactions')).toMatch(
      /TIMESTAMP must not be nullable/,
    );
    expect(reasonFor(interactions(f('EVENT_TYPE', 'string', nullable)), 'Interactions')).toMatch(
      /EVENT_TYPE must not be nullable/,
    );
  });

  it('rejects a categorical EVENT_TYPE and categorical or textual reserved fields', () => {
    expect(reasonFor(interactions(f('EVENT_TYPE', 'string', { categorical: true })), 'Interactions')).toMatch(
      /EVENT_TYPE must not be categorical/,
    );
    expect(reasonFor(schema(f('USER_ID', 'string', { categorical: true }), ITEM_ID, TIMESTAMP), 'Interactions')).toMatch(
      /USER_ID must not be categorical/,
    );
    expect(reasonFor(interactions(f('IMPRESSION', 'string', { textual: true })), 'Interactions')).toMatch(
      /IMPRESSION must not be textual/,
    );
  });

  it('allows at most 5 metadata fields and no textual field', () => {
    expect(reasonFor(interactions(...metadata(6)), 'Interactions')).toMatch(/at most 5 metadata.*got 6: M0, M1/);
    expect(reasonFor(interactions(f('NOTE', 'string', { textual: true })), 'Interactions')).toMatch(
      /NOTE is textual.*only allowed in Items/,
    );
  });

  it('reports on the caller-given field', () => {
    expect(invalid(() => checkSchemaForDatasetType(schema(), 'Interactions', 'dataset'), 'dataset')).toMatch(/USER_ID/);
  });
});

describe('checkSchemaForDatasetType: Items', () => {
  it('accepts ITEM_ID, CREATION_TIMESTAMP (nullable) and textual/categorical metadata', () => {
    const s = schema(
      ITEM_ID,
      f('CREATION_TIMESTAMP', 'long', { nullable: true }),
      f('GENRES', 'string', { categorical: true }),
      f('DESCRIPTION', 'string', { textual: true, nullable: true }),
      f('PRICE', 'double'),
      f('TITLE', 'string'),
      f('IN_STOCK', 'boolean'),
    );
    expect(() => checkSchemaForDatasetType(s, 'Items')).not.toThrow();
    expect(metadataFields(s, 'Items').map((m) => m.name)).toEqual(['GENRES', 'DESCRIPTION', 'PRICE', 'TITLE', 'IN_STOCK']);
  });

  it('accepts up to 100 metadata fields', () => {
    expect(() => checkSchemaForDatasetType(schema(ITEM_ID, ...metadata(100)), 'Items')).not.toThrow();
    expect(reasonFor(schema(ITEM_ID, ...metadata(101)), 'Items')).toMatch(/at most 100 metadata.*got 101/);
  });

  it('requires ITEM_ID (string, not nullable) and one metadata field', () => {
    expect(reasonFor(schema(f('GENRES', 'string')), 'Items')).toMatch(/Items schemas need a field ITEM_ID/);
    expect(reasonFor(schema(f('ITEM_ID', 'string', { nullable: true }), f('G', 'int')), 'Items')).toMatch(
      /ITEM_ID must not be nullable/,
    );
    expect(reasonFor(schema(ITEM_ID), 'Items')).toMatch(/at least 1 metadata field besides ITEM_ID/);
    expect(reasonFor(schema(ITEM_ID, f('CREATION_TIMESTAMP', 'long')), 'Items')).toMatch(/at least 1 metadata field/);
  });

  it('requires CREATION_TIMESTAMP to be long', () => {
    expect(reasonFor(schema(ITEM_ID, f('CREATION_TIMESTAMP', 'string'), f('G', 'int')), 'Items')).toMatch(
      /CREATION_TIMESTAMP must be of type long.*got string/,
    );
  });

  it('allows at most one textual field (schemas built outside parseAvroSchema)', () => {
    const s = schema(ITEM_ID, f('A', 'string', { textual: true }), f('B', 'string', { textual: true }));
    expect(reasonFor(s, 'Items')).toMatch(/A and B are both textual/);
  });

  it('treats TIMESTAMP and USER_ID as ordinary metadata in Items', () => {
    const s = schema(ITEM_ID, f('TIMESTAMP', 'int'), f('USER_ID', 'int', { nullable: true }));
    expect(() => checkSchemaForDatasetType(s, 'Items')).not.toThrow();
    expect(metadataFields(s, 'Items')).toHaveLength(2);
  });
});

describe('checkSchemaForDatasetType: Users', () => {
  it('accepts USER_ID with categorical and numeric metadata', () => {
    const s = schema(USER_ID, f('MEMBERSHIP', 'string', { categorical: true }), f('AGE', 'int', { nullable: true }));
    expect(() => checkSchemaForDatasetType(s, 'Users')).not.toThrow();
    expect(metadataFields(s, 'Users').map((m) => m.name)).toEqual(['MEMBERSHIP', 'AGE']);
  });

  it('requires USER_ID and one metadata field, allows at most 25 and no textual field', () => {
    expect(reasonFor(schema(ITEM_ID, f('AGE', 'int')), 'Users')).toMatch(/Users schemas need a field USER_ID/);
    expect(reasonFor(schema(USER_ID), 'Users')).toMatch(/at least 1 metadata field besides USER_ID/);
    expect(() => checkSchemaForDatasetType(schema(USER_ID, ...metadata(25)), 'Users')).not.toThrow();
    expect(reasonFor(schema(USER_ID, ...metadata(26)), 'Users')).toMatch(/at most 25 metadata.*got 26/);
    expect(reasonFor(schema(USER_ID, f('BIO', 'string', { textual: true })), 'Users')).toMatch(
      /BIO is textual.*only allowed in Items/,
    );
  });
});

describe('checkSchemaEvolution', () => {
  const current = schema(USER_ID, f('AGE', 'int'), f('TIER', 'string', { nullable: true, categorical: true }));
  const evolve = (next: ParsedSchema) => invalid(() => checkSchemaEvolution(current, next), 'schema_arn');

  it('accepts the same schema, reordered fields and new nullable fields', () => {
    expect(() => checkSchemaEvolution(current, current)).not.toThrow();
    const next = schema(current.fields[2]!, USER_ID, current.fields[1]!, f('COUNTRY', 'string', { nullable: true }));
    expect(() => checkSchemaEvolution(current, next)).not.toThrow();
  });

  it('rejects a dropped field, a changed type and changed nullability', () => {
    expect(evolve(schema(USER_ID, f('TIER', 'string', { nullable: true })))).toMatch(/drops field AGE/);
    expect(evolve(schema(USER_ID, f('AGE', 'long'), current.fields[2]!))).toMatch(/type of field AGE from int to long/);
    expect(evolve(schema(USER_ID, f('AGE', 'int', { nullable: true }), current.fields[2]!))).toMatch(
      /makes field AGE nullable/,
    );
    expect(evolve(schema(USER_ID, f('AGE', 'int'), f('TIER', 'string')))).toMatch(/makes field TIER not nullable/);
  });

  it('rejects a new field that is not nullable, and reports on the caller-given field', () => {
    expect(evolve(schema(...current.fields, f('COUNTRY', 'string')))).toMatch(/new field COUNTRY must be nullable/);
    const next = schema(USER_ID);
    expect(invalid(() => checkSchemaEvolution(current, next, 'schema'), 'schema')).toMatch(/AGE/);
  });

  it('matches names exactly, so renaming by case drops the old field', () => {
    expect(evolve(schema(USER_ID, f('age', 'int'), current.fields[2]!))).toMatch(/drops field AGE/);
  });
});
