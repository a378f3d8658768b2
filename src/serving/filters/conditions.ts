/**
 * Single conditions turned into tests: item tests over Items columns (used when building a
 * cached mask) and the IF tests on the requesting user's attributes.
 *
 * Missing values: an item without the field matches no IN list and no comparison (not even
 * `!=`), and so matches every NOT IN, which is always the negation of IN. That keeps
 * `INCLUDE … NOT IN (x)` the same as `EXCLUDE … IN (x)`.
 */
import type { Comparator, Literal } from './ast.ts';
import type { ItemColumn } from './subject.ts';

/** The values an IN list matches, as strings (categorical columns) and as numbers (numeric columns). */
export interface MatchSet {
  strings: ReadonlySet<string>;
  numbers: ReadonlySet<number>;
}

/** A test of one item index. */
export type ItemTest = (item: number) => boolean;

const NUMERIC_TEXT = /^\s*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*$/;

/** The match set of IN literals: strings match by exact text, numbers also by value on numeric columns. */
export function matchSetOf(literals: readonly Literal[]): MatchSet {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  for (const literal of literals) {
    if (literal.kind === 'number') {
      strings.add(literal.text);
      numbers.add(literal.value);
    } else {
      strings.add(literal.value);
      const value = numericValue(literal.value);
      if (!Number.isNaN(value)) numbers.add(value);
    }
  }
  return { strings, numbers };
}

/** The number a string spells (surrounding spaces allowed), or NaN. */
export function numericValue(text: string): number {
  return NUMERIC_TEXT.test(text) ? Number(text) : Number.NaN;
}

/** Whether `a op b` holds; false whenever either side is NaN (a missing value). */
export function compareNumbers(a: number, op: Comparator, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

/** The IN (or NOT IN) test of an Items column; an absent column means no item has the field. */
export function itemInTest(column: ItemColumn | undefined, set: MatchSet, negated: boolean): ItemTest {
  if (column === undefined) return () => negated;
  if (column.kind === 'numeric') {
    const numbers = set.numbers;
    return (item) => numbers.has(column.value(item)) !== negated;
  }
  const strings = set.strings;
  return (item) => {
    for (const value of column.values(item)) if (strings.has(value)) return !negated;
    return negated;
  };
}

/** The comparison test `column op rhs` (a categorical column is read as numbers, any value may match). */
export function itemCompareTest(column: ItemColumn | undefined, op: Comparator, rhs: number): ItemTest {
  if (column === undefined || Number.isNaN(rhs)) return () => false;
  if (column.kind === 'numeric') return (item) => compareNumbers(column.value(item), op, rhs);
  return (item) => column.values(item).some((value) => compareNumbers(numericValue(value), op, rhs));
}

/** The current item's values of a column as IN literals (empty when it has none). */
export function itemLiterals(column: ItemColumn | undefined, item: number, numItems: number): Literal[] {
  if (column === undefined || item < 0 || item >= numItems) return [];
  if (column.kind === 'categorical') return column.values(item).map((value) => ({ kind: 'string', value }));
  const value = column.value(item);
  return Number.isNaN(value) ? [] : [{ kind: 'number', value, text: String(value) }];
}

/** The current item's value of a column as a number (NaN when missing; a categorical column's first value). */
export function itemNumber(column: ItemColumn | undefined, item: number, numItems: number): number {
  if (column === undefined || item < 0 || item >= numItems) return Number.NaN;
  if (column.kind === 'numeric') return column.value(item);
  const first = column.values(item)[0];
  return first === undefined ? Number.NaN : numericValue(first);
}

/** Whether a user attribute is IN the set; categorical attributes are '|'-split and match when any value does. */
export function userAttributeIn(attribute: string | number | boolean, set: MatchSet, categorical: boolean): boolean {
  if (typeof attribute === 'number') return set.numbers.has(attribute);
  if (typeof attribute === 'boolean') return set.strings.has(String(attribute));
  const values = categorical ? attribute.split('|') : [attribute];
  return values.some((value) => set.strings.has(value));
}

/** A user attribute as a number for comparisons (NaN when it is not numeric). */
export function userAttributeNumber(attribute: string | number | boolean): number {
  if (typeof attribute === 'number') return attribute;
  return typeof attribute === 'string' ? numericValue(attribute) : Number.NaN;
}
