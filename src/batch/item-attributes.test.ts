import { describe, expect, it } from 'vitest';
import { parseItemAttributes } from './item-attributes.ts';

describe('parseItemAttributes', () => {
  it('reads = conditions joined with AND, strings (with escapes) and numbers, any case for ITEMS and AND', () => {
    expect(parseItemAttributes('ITEMS.GENRES = "Comedy"')).toEqual([{ field: 'GENRES', value: { kind: 'string', value: 'Comedy' } }]);
    expect(parseItemAttributes(' items.genres="Action" and ITEMS.PRICE = 12.5 AND Items.TITLE = "say \\"hi\\" AND go" ')).toEqual([
      { field: 'genres', value: { kind: 'string', value: 'Action' } },
      { field: 'PRICE', value: { kind: 'number', value: 12.5, text: '12.5' } },
      { field: 'TITLE', value: { kind: 'string', value: 'say "hi" AND go' } },
    ]);
    expect(parseItemAttributes('ITEMS.YEAR = -3')).toEqual([{ field: 'YEAR', value: { kind: 'number', value: -3, text: '-3' } }]);
  });

  it('refuses what Personalize does not accept, saying where', () => {
    expect(() => parseItemAttributes('ITEMS.GENRES IN ("Comedy")')).toThrow(/character 1/);
    expect(() => parseItemAttributes('ITEMS.GENRES = "Comedy" OR ITEMS.GENRES = "Drama"')).toThrow(/expected AND at character 25/);
    expect(() => parseItemAttributes('USERS.AGE = 3')).toThrow(/expected ITEMS\.<field>/);
    expect(() => parseItemAttributes('ITEMS.GENRES = Comedy')).toThrow(/character 1/);
    expect(() => parseItemAttributes('ITEMS.GENRES = "Comedy" AND')).toThrow(/expected AND|character/);
    expect(() => parseItemAttributes('')).toThrow(/character 1/);
  });
});
