/**
 * What the filter evaluator needs from serving (a FilterSubject: the group's catalog and
 * users), what a request supplies (a FilterRequest), and what it gives back (an
 * ItemConstraint). Serving implements FilterSubject against its live data.
 */
import type { ItemSet } from './item-set.ts';

/** A column of the Items dataset as serving holds it; item indexes are dense [0, numItems). */
export type ItemColumn =
  | { kind: 'numeric'; value(item: number): number /* NaN when missing */ }
  | { kind: 'categorical'; values(item: number): readonly string[] /* the item's values ('|'-split for multi-valued), empty when missing */ };

/** What a filter is evaluated against: the group's catalog and the requesting user. */
export interface FilterSubject {
  readonly numItems: number;
  /** Bumped whenever any item or column changes; caches keyed on it stay valid while it is unchanged. */
  readonly catalogVersion: number;
  /** Column by schema field name (as normalised by checkFilterFields), or undefined when no item has it. */
  itemColumn(field: string): ItemColumn | undefined;
  /** Items the user interacted with through any of these event types (matched case-insensitively; '*' = any type), considering at most the 100 most recent interactions per event type. Empty for unknown users. */
  interactedItems(userId: string, eventTypes: readonly string[] | '*'): ItemSet;
  /** A Users dataset attribute of the user (CurrentUser.X), undefined when unknown. */
  userAttribute(userId: string, field: string): string | number | boolean | undefined;
}

/** One request's inputs to a filter. */
export interface FilterRequest {
  userId?: string;
  /** Index of the current item (related-items requests) for CurrentItem.X, or -1. */
  currentItem: number;
  /** filterValues from the request: name → raw value, e.g. `"\"horror\",\"comedy\""` or `"25"`. */
  values: Readonly<Record<string, string>>;
}

/** The items a request may return. */
export interface ItemConstraint {
  /** True when the item may be returned. Must be O(1). */
  allows(item: number): boolean;
  /** An upper bound on how many items are allowed (numItems when unconstrained). */
  readonly maxAllowed: number;
  /** The allowed items explicitly when the set is small (say ≤ 10% of the catalog, or built from a list), else null. */
  list(): Int32Array | null;
  /** True when nothing is filtered (allows() is always true). */
  readonly unconstrained: boolean;
}
