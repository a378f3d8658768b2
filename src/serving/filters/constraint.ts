/**
 * Builds a request's ItemConstraint from its parts: the cached attribute mask (if any
 * attribute statement is active) and the small per-user sets from interaction statements.
 * Allowed = (INCLUDE mask bit ∪ include set, or everything when nothing includes)
 *           − (EXCLUDE mask bit ∪ exclude set).
 * Nothing catalog-sized is allocated here; item lists come from the cached entry or the sets.
 */
import type { ItemSet } from './item-set.ts';
import { EXCLUDED as EXCLUDED_BIT, INCLUDED as INCLUDED_BIT, includeListOf, keptListOf, type MaskEntry } from './mask.ts';
import type { ItemConstraint } from './subject.ts';

// Module-local copies: some loaders turn imported bindings into getters, too slow for allows().
const INCLUDED = INCLUDED_BIT;
const EXCLUDED = EXCLUDED_BIT;

/** Above this share of the catalog, list() answers null unless the set was built from a list. */
export const LIST_FRACTION = 0.1;

/** The parts of one request's constraint. */
export interface ConstraintParts {
  numItems: number;
  /** The attribute mask, undefined when no attribute statement is active. */
  entry: MaskEntry | undefined;
  /** Items from active INCLUDE interaction statements, undefined when there is none. */
  include: ItemSet | undefined;
  /** Items from active EXCLUDE interaction statements, undefined when there is none. */
  exclude: ItemSet | undefined;
}

/** The constraint that allows every item of a catalog of `numItems`. */
export function unconstrained(numItems: number): ItemConstraint {
  return { allows: () => true, maxAllowed: numItems, list: () => null, unconstrained: true };
}

/**
 * Combines the parts into an ItemConstraint whose allows() is O(1) and whose maxAllowed is
 * exact. list() may hand out an array shared with the mask cache: callers must not modify it.
 */
export function buildConstraint(parts: ConstraintParts): ItemConstraint {
  const { numItems, entry, include, exclude } = parts;
  const mask = entry?.mask;
  const hasInclude = entry?.hasInclude === true || include !== undefined;
  const bitsOf = (item: number): number => (mask === undefined ? 0 : (mask[item] ?? 0));

  let maxAllowed = hasInclude ? (entry?.includedKept ?? 0) : numItems - (entry?.excluded ?? 0);
  if (exclude !== undefined) {
    const items = exclude.items();
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item >= numItems) continue;
      const bits = bitsOf(item);
      if (hasInclude ? bits === INCLUDED : (bits & EXCLUDED) === 0) maxAllowed--;
    }
  }
  if (include !== undefined) {
    const items = include.items();
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item < numItems && bitsOf(item) === 0 && exclude?.has(item) !== true) maxAllowed++;
    }
  }
  if (maxAllowed >= numItems) return unconstrained(numItems);

  const allows = allowsOf(mask, hasInclude, include, exclude);
  const fromList = include !== undefined && entry?.hasInclude !== true;
  let listed: Int32Array | null | undefined;
  const list = (): Int32Array | null => {
    if (listed !== undefined) return listed;
    if (!fromList && maxAllowed > numItems * LIST_FRACTION) return (listed = null);
    if (entry !== undefined && include === undefined && exclude === undefined) {
      // The mask alone decides: hand out the entry's cached list.
      return (listed = hasInclude ? includeListOf(entry) : keptListOf(entry));
    }
    const out = new Int32Array(maxAllowed);
    let next = 0;
    const take = (items: ArrayLike<number>, onlyUnmasked: boolean): void => {
      for (let i = 0; i < items.length && next < out.length; i++) {
        const item = items[i]!;
        if (item < numItems && (!onlyUnmasked || bitsOf(item) === 0) && allows(item)) out[next++] = item;
      }
    };
    if (fromList) take(include.items(), false);
    else if (entry === undefined) {
      // Only an interactions EXCLUDE, yet few items are left: a tiny catalog, so scan it.
      for (let item = 0; item < numItems && next < out.length; item++) if (allows(item)) out[next++] = item;
    } else {
      take(hasInclude ? includeListOf(entry) : keptListOf(entry), false);
      if (include !== undefined) take(include.items(), true);
    }
    listed = out.subarray(0, next).sort();
    return listed;
  };
  return { allows, maxAllowed, list, unconstrained: false };
}

function allowsOf(
  mask: Uint8Array | undefined,
  hasInclude: boolean,
  include: ItemSet | undefined,
  exclude: ItemSet | undefined,
): (item: number) => boolean {
  if (mask === undefined) {
    if (include === undefined) return exclude === undefined ? () => true : (item) => !exclude.has(item);
    return exclude === undefined ? (item) => include.has(item) : (item) => include.has(item) && !exclude.has(item);
  }
  if (include === undefined && exclude === undefined) {
    // Out-of-range items read as undefined: never included, never excluded.
    return hasInclude ? (item) => mask[item] === INCLUDED : (item) => (mask[item]! & EXCLUDED) === 0;
  }
  return (item) => {
    const bits = mask[item] ?? 0;
    if ((bits & EXCLUDED) !== 0 || exclude?.has(item) === true) return false;
    return !hasInclude || bits === INCLUDED || include?.has(item) === true;
  };
}
