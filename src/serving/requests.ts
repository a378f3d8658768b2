/**
 * Checks of GetRecommendations and GetPersonalizedRanking requests that need nothing but the
 * request: limits from Personalize's API reference (num_results, input_list, filter_values,
 * context, promotions, metadata_columns). Each failure names the field and says why.
 */
import { checkArn } from '../common/arn.ts';
import { InvalidInput } from '../common/errors.ts';
import { optionalString } from '../common/names.ts';

/** Personalize's limits for the runtime API. */
export const RUNTIME_LIMITS = {
  defaultResults: 25,
  maxResults: 500,
  maxResultsWithMetadata: 50,
  maxFilterValues: 25,
  maxContext: 150,
  maxMetadataColumns: 10,
  maxPromotionName: 63,
} as const;

const FILTER_VALUE_NAME = /^[A-Za-z0-9_]{1,50}$/;
const CONTEXT_NAME = /^[A-Za-z\d_]{1,150}$/;

export interface PromotionInput {
  name?: string;
  percentPromotedItems?: number;
  filterArn?: string;
  filterValues?: Record<string, string>;
}

/** A checked promotion. */
export interface Promotion {
  name: string;
  percent: number;
  filterArn: string;
  filterValues: Record<string, string>;
}

/** Checks filter_values (names and sizes); returns them. */
export function checkFilterValues(field: string, values: Record<string, string> | undefined): Record<string, string> {
  const entries = Object.entries(values ?? {});
  if (entries.length > RUNTIME_LIMITS.maxFilterValues) {
    throw new InvalidInput(field, `at most ${RUNTIME_LIMITS.maxFilterValues} values (got ${entries.length})`);
  }
  for (const [name, value] of entries) {
    if (!FILTER_VALUE_NAME.test(name)) throw new InvalidInput(`${field}.${name}`, 'names are 1-50 letters, digits or underscores');
    if (value.length > 1000) throw new InvalidInput(`${field}.${name}`, `must be at most 1000 characters (got ${value.length})`);
  }
  return values ?? {};
}

/** Checks context (names and sizes). Context is accepted and not used: the trained recipes take no context features. */
export function checkContext(context: Record<string, string> | undefined): void {
  const entries = Object.entries(context ?? {});
  if (entries.length > RUNTIME_LIMITS.maxContext) throw new InvalidInput('context', `at most ${RUNTIME_LIMITS.maxContext} entries (got ${entries.length})`);
  for (const [name, value] of entries) {
    if (!CONTEXT_NAME.test(name)) throw new InvalidInput(`context.${name}`, 'names are 1-150 letters, digits or underscores');
    if (value.length > 1000) throw new InvalidInput(`context.${name}`, `must be at most 1000 characters (got ${value.length})`);
  }
}

/** The number of results asked for: 25 when unset, 1-500 (1-50 with metadata). */
export function checkNumResults(value: number | null | undefined, withMetadata: boolean): number {
  const max = withMetadata ? RUNTIME_LIMITS.maxResultsWithMetadata : RUNTIME_LIMITS.maxResults;
  if (value === null || value === undefined) return Math.min(RUNTIME_LIMITS.defaultResults, max);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidInput('num_results', `must be between 1 and ${max}${withMetadata ? ' when metadata_columns is set' : ''} (got ${value})`);
  }
  return value;
}

/** The Items columns asked for in metadata_columns (empty when none). */
export function checkMetadataColumns(columns: Record<string, string[]> | undefined): string[] {
  const entries = Object.entries(columns ?? {});
  if (entries.length === 0) return [];
  if (entries.length > 1) throw new InvalidInput('metadata_columns', `at most one dataset type, ITEMS (got ${entries.map(([k]) => k).join(', ')})`);
  const [type, names] = entries[0]!;
  if (type !== 'ITEMS') throw new InvalidInput('metadata_columns', `the only dataset type is ITEMS (got ${type})`);
  if (names.length > RUNTIME_LIMITS.maxMetadataColumns) {
    throw new InvalidInput('metadata_columns.ITEMS', `at most ${RUNTIME_LIMITS.maxMetadataColumns} columns (got ${names.length})`);
  }
  names.forEach((n, i) => optionalString(`metadata_columns.ITEMS[${i}]`, n, 150));
  return names;
}

/** Checks promotions (at most one). */
export function checkPromotions(promotions: PromotionInput[] | undefined): Promotion | undefined {
  const list = promotions ?? [];
  if (list.length === 0) return undefined;
  if (list.length > 1) throw new InvalidInput('promotions', `at most 1 promotion per request (got ${list.length})`);
  const p = list[0]!;
  const name = p.name ?? '';
  if (name.length < 1 || name.length > RUNTIME_LIMITS.maxPromotionName) {
    throw new InvalidInput('promotions[0].name', `must be 1-${RUNTIME_LIMITS.maxPromotionName} characters (got ${name.length})`);
  }
  const percent = p.percentPromotedItems ?? 0;
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) {
    throw new InvalidInput('promotions[0].percent_promoted_items', `must be between 1 and 100 (got ${percent})`);
  }
  if (!p.filterArn) throw new InvalidInput('promotions[0].filter_arn', 'is required: the filter selects the promoted items');
  return {
    name,
    percent,
    filterArn: checkArn('promotions[0].filter_arn', p.filterArn, 'filter'),
    filterValues: checkFilterValues('promotions[0].filter_values', p.filterValues),
  };
}
