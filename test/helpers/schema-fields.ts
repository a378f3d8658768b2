/** Helpers for unit tests of schema and value rules. */
import { expect } from 'vitest';
import { InvalidInput } from '../../src/common/errors.ts';
import type { SchemaField } from '../../src/data/schema/index.ts';

/** Asserts `action` throws InvalidInput on `field` and returns its reason. */
export function invalid(action: () => unknown, field: string): string {
  const error = (() => {
    try {
      action();
    } catch (e) {
      return e;
    }
    throw new Error('expected InvalidInput, but nothing was thrown');
  })();
  expect(error).toBeInstanceOf(InvalidInput);
  expect((error as InvalidInput).field).toBe(field);
  return (error as InvalidInput).reason;
}

/** A schema field: not nullable, neither categorical nor textual unless `more` says so. */
export const f = (name: string, type: SchemaField['type'], more: Partial<SchemaField> = {}): SchemaField => ({
  name,
  type,
  nullable: false,
  categorical: false,
  textual: false,
  ...more,
});
