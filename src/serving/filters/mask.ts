/**
 * The attribute part of a filter as one byte per item: which items the request's active
 * Items statements include and exclude. Building one scans the catalog, so compiled filters
 * cache masks by the values they depend on and the catalog version.
 */
import type { Condition } from './ast.ts';
import {
  itemCompareTest,
  itemInTest,
  itemLiterals,
  itemNumber,
  matchSetOf,
  type ItemTest,
} from './conditions.ts';
import type { FilterSubject } from './subject.ts';
import type { RequestValues } from './values.ts';

/** Mask bit of items some active INCLUDE attribute statement matches. */
export const INCLUDED = 1;
/** Mask bit of items some active EXCLUDE attribute statement matches. */
export const EXCLUDED = 2;

/** An attribute statement to apply: its action and its WHERE part (OR of AND groups). */
export interface MaskStatement {
  readonly include: boolean;
  readonly where: readonly (readonly Condition[])[];
}

/** A cached attribute mask with its counts; the item lists are filled in on first use. */
export interface MaskEntry {
  readonly mask: Uint8Array;
  /** Some active attribute statement is an INCLUDE. */
  readonly hasInclude: boolean;
  /** Items with the EXCLUDED bit. */
  readonly excluded: number;
  /** Items with the INCLUDED bit and not the EXCLUDED one. */
  readonly includedKept: number;
  includeList?: Int32Array;
  keptList?: Int32Array;
}

/** Scans the catalog once and marks the items each statement matches. */
export function buildMask(
  subject: FilterSubject,
  statements: readonly MaskStatement[],
  values: RequestValues,
  currentItem: number,
): MaskEntry {
  const n = subject.numItems;
  const mask = new Uint8Array(n);
  for (const statement of statements) {
    const bit = statement.include ? INCLUDED : EXCLUDED;
    const groups = statement.where.map((group) =>
      group.map((condition) => conditionTest(condition, subject, values, currentItem)),
    );
    for (let item = 0; item < n; item++) {
      if ((mask[item]! & bit) !== 0) continue;
      if (groups.some((tests) => tests.every((test) => test(item)))) mask[item] = mask[item]! | bit;
    }
  }
  let excluded = 0;
  let includedKept = 0;
  for (let item = 0; item < n; item++) {
    const bits = mask[item]!;
    if ((bits & EXCLUDED) !== 0) excluded++;
    else if ((bits & INCLUDED) !== 0) includedKept++;
  }
  return { mask, hasInclude: statements.some((s) => s.include), excluded, includedKept };
}

/** The items with the INCLUDED bit and not the EXCLUDED one, ascending (computed once per entry). */
export function includeListOf(entry: MaskEntry): Int32Array {
  entry.includeList ??= collect(entry.mask, entry.includedKept, (bits) => bits === INCLUDED);
  return entry.includeList;
}

/** The items without the EXCLUDED bit, ascending (computed once per entry). */
export function keptListOf(entry: MaskEntry): Int32Array {
  entry.keptList ??= collect(entry.mask, entry.mask.length - entry.excluded, (bits) => (bits & EXCLUDED) === 0);
  return entry.keptList;
}

function collect(mask: Uint8Array, count: number, keep: (bits: number) => boolean): Int32Array {
  const list = new Int32Array(count);
  let next = 0;
  for (let item = 0; item < mask.length; item++) if (keep(mask[item]!)) list[next++] = item;
  return list;
}

function conditionTest(
  condition: Condition,
  subject: FilterSubject,
  values: RequestValues,
  currentItem: number,
): ItemTest {
  const column = subject.itemColumn(condition.subject.field);
  if (condition.kind === 'compare') {
    const operand = condition.operand;
    const rhs =
      operand.kind === 'number'
        ? operand.value
        : operand.kind === 'param'
          ? values.number(operand.name)
          : itemNumber(subject.itemColumn(operand.ref.field), currentItem, subject.numItems);
    return itemCompareTest(column, condition.op, rhs);
  }
  const source = condition.values;
  if (source.kind === 'any') return () => !condition.negated; // only Interactions may use "*"; kept total
  const literals =
    source.kind === 'literals'
      ? source.values
      : source.kind === 'param'
        ? values.list(source.name)
        : itemLiterals(subject.itemColumn(source.ref.field), currentItem, subject.numItems);
  return itemInTest(column, matchSetOf(literals), condition.negated);
}
