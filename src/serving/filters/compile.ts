/**
 * Compiles a checked filter into an evaluator for item requests. Per request it decides
 * which statements apply (parameters supplied, IF true), takes the attribute part from a
 * small LRU of masks keyed by the values it depends on (one LRU per subject, emptied when
 * its catalog version changes), asks the subject for the user's interacted items, and
 * combines them: INCLUDE(A ∪ B) − EXCLUDE(C ∪ D). Masks are never written after they are
 * built, so a constraint stays valid while later requests are evaluated.
 */
import { InvalidInput } from '../../common/errors.ts';
import type { Condition, FilterAction, FilterTarget, Literal, NumberSource, ValueSource } from './ast.ts';
import type { CheckedFilter } from './check.ts';
import { compareNumbers, matchSetOf, userAttributeIn, userAttributeNumber } from './conditions.ts';
import { buildConstraint, unconstrained } from './constraint.ts';
import { ItemSet } from './item-set.ts';
import { buildMask, type MaskEntry, type MaskStatement } from './mask.ts';
import { LruCache } from './lru.ts';
import type { FilterRequest, FilterSubject, ItemColumn, ItemConstraint } from './subject.ts';
import { RequestValues } from './values.ts';

/** Masks kept per compiled filter (each is one byte per catalog item). */
export const MASK_CACHE_ENTRIES = 64;

/** A filter ready to evaluate against live data. */
export interface CompiledFilter {
  readonly target: FilterTarget;
  /** The items `request` may be given; throws InvalidInput for missing or malformed values. */
  evaluate(subject: FilterSubject, request: FilterRequest): ItemConstraint;
}

interface Plan extends MaskStatement {
  readonly index: number;
  readonly action: FilterAction;
  readonly interactions: boolean;
  readonly when: readonly Condition[];
  /** Every placeholder the statement uses, and how its value is read. */
  readonly params: readonly { name: string; as: 'list' | 'number' }[];
  /** The placeholders of the WHERE part: the mask depends on these, not on those of IF. */
  readonly whereParams: readonly string[];
  readonly currentItemFields: readonly string[];
}

/** Prepares `checked` for evaluation; cheap, and the result keeps its own mask cache. */
export function compileFilter(checked: CheckedFilter): CompiledFilter {
  return new Compiled(checked);
}

class Compiled implements CompiledFilter {
  readonly target: FilterTarget;
  private readonly plans: Plan[];
  private readonly categoricalUserFields: ReadonlySet<string>;
  /** Masks per subject (a catalog), each LRU valid for one catalog version. */
  private readonly caches = new WeakMap<FilterSubject, { version: number; masks: LruCache<string, MaskEntry> }>();

  constructor(private readonly checked: CheckedFilter) {
    this.target = checked.target;
    this.plans = checked.expression.statements.map((statement, index) => {
      const where = statement.where.flat();
      const params = new Map<string, 'list' | 'number'>();
      const whereParams = new Set<string>();
      const currentItemFields = new Set<string>();
      for (const c of [...where, ...statement.when]) {
        const source = c.kind === 'in' ? c.values : c.operand;
        if (source.kind === 'param') params.set(source.name, c.kind === 'in' ? 'list' : 'number');
        if (source.kind === 'param' && where.includes(c)) whereParams.add(source.name);
        if (source.kind === 'field') currentItemFields.add(source.ref.field);
      }
      return {
        index,
        action: statement.action,
        include: statement.action === 'INCLUDE',
        interactions: statement.where[0]?.[0]?.subject.scope === 'Interactions',
        where: statement.where,
        when: statement.when,
        params: [...params].map(([name, as]) => ({ name, as })),
        whereParams: [...whereParams],
        currentItemFields: [...currentItemFields],
      };
    });
    const schemas = Object.entries(checked.fieldSchemas);
    this.categoricalUserFields = new Set(
      schemas.filter(([key, f]) => key.startsWith('Users.') && f.categorical).map(([, f]) => f.name),
    );
  }

  evaluate(subject: FilterSubject, request: FilterRequest): ItemConstraint {
    if (this.target !== 'ItemID') {
      throw new InvalidInput(
        'filter_arn',
        `the filter selects ${this.target}; only ItemID filters apply to item requests`,
      );
    }
    if (this.checked.usesCurrentItem && request.currentItem < 0) {
      throw new InvalidInput(
        'item_id',
        'the filter uses CurrentItem, which needs an item: use it with related-items requests',
      );
    }
    const values = new RequestValues(request.values);
    const active: Plan[] = [];
    for (const plan of this.plans) {
      const missing = plan.params.find((p) => values.raw(p.name) === undefined);
      if (missing !== undefined) {
        if (plan.include) {
          throw new InvalidInput(
            `filter_values.${missing.name}`,
            `is required: the filter's INCLUDE expression uses $${missing.name}`,
          );
        }
        continue; // an EXCLUDE expression with a value left out is ignored
      }
      for (const p of plan.params) void (p.as === 'list' ? values.list(p.name) : values.number(p.name));
      if (this.holds(plan.when, subject, request.userId, values)) active.push(plan);
    }

    const attributes = active.filter((plan) => !plan.interactions);
    const entry = attributes.length === 0 ? undefined : this.mask(subject, attributes, values, request);
    let include: ItemSet | undefined;
    let exclude: ItemSet | undefined;
    for (const plan of active) {
      if (!plan.interactions) continue;
      if (plan.include) include = this.interacted(plan, subject, request.userId, values, include);
      else exclude = this.interacted(plan, subject, request.userId, values, exclude);
    }
    if (entry === undefined && include === undefined && exclude === undefined) return unconstrained(subject.numItems);
    return buildConstraint({ numItems: subject.numItems, entry, include, exclude });
  }

  /** The cached mask for these statements and values, built on a miss. */
  private mask(subject: FilterSubject, plans: Plan[], values: RequestValues, request: FilterRequest): MaskEntry {
    let cache = this.caches.get(subject);
    if (cache === undefined) {
      cache = { version: subject.catalogVersion, masks: new LruCache(MASK_CACHE_ENTRIES) };
      this.caches.set(subject, cache);
    } else if (cache.version !== subject.catalogVersion) {
      cache.masks.clear();
      cache.version = subject.catalogVersion;
    }
    // Raw values go in JSON-quoted, so no value can imitate a separator.
    let key = '';
    for (const plan of plans) {
      key += `|${plan.index}`;
      for (const name of plan.whereParams) key += `,${JSON.stringify(values.raw(name))}`;
      for (const field of plan.currentItemFields) {
        key += `,${columnKey(subject.itemColumn(field), request.currentItem, subject.numItems)}`;
      }
    }
    let entry = cache.masks.get(key);
    if (entry === undefined) {
      entry = buildMask(subject, plans, values, request.currentItem);
      cache.masks.set(key, entry);
    }
    return entry;
  }

  /** Whether every IF condition holds for the user; false when the user or an attribute is unknown. */
  private holds(
    when: readonly Condition[],
    subject: FilterSubject,
    userId: string | undefined,
    values: RequestValues,
  ): boolean {
    for (const condition of when) {
      if (userId === undefined) return false;
      const field = condition.subject.field;
      const attribute = subject.userAttribute(userId, field);
      if (attribute === undefined) return false;
      if (condition.kind === 'compare') {
        const rhs = operandNumber(condition.operand, values);
        if (!compareNumbers(userAttributeNumber(attribute), condition.op, rhs)) return false;
      } else {
        const set = matchSetOf(sourceLiterals(condition.values, values));
        if (userAttributeIn(attribute, set, this.categoricalUserFields.has(field)) === condition.negated) return false;
      }
    }
    return true;
  }

  /** The items the user reached through the statement's event types: OR of groups, AND within one. */
  private interacted(
    plan: Plan,
    subject: FilterSubject,
    userId: string | undefined,
    values: RequestValues,
    into: ItemSet | undefined,
  ): ItemSet {
    if (userId === undefined) return into ?? new ItemSet();
    let items = into;
    for (const group of plan.where) {
      let kept: ItemSet | undefined;
      for (const condition of group) {
        const found = subject.interactedItems(userId, eventTypes(condition, values));
        if (kept === undefined) kept = found;
        else {
          const both = new ItemSet();
          for (const item of found.items()) if (kept.has(item)) both.add(item);
          kept = both;
        }
      }
      if (items === undefined) items = kept ?? new ItemSet();
      else if (kept !== undefined) items.addAll(kept.items());
    }
    return items ?? new ItemSet();
  }
}

/** The event types an Interactions.EVENT_TYPE IN condition names; '*' when any type will do. */
function eventTypes(condition: Condition, values: RequestValues): readonly string[] | '*' {
  if (condition.kind !== 'in' || condition.values.kind === 'any') return '*';
  const types = sourceLiterals(condition.values, values).map((literal) => (literal.kind === 'string' ? literal.value : literal.text));
  return types.includes('*') ? '*' : types;
}

/** The literals of an IN list or placeholder (CurrentItem and "*" have none here; the checker keeps them out). */
function sourceLiterals(source: ValueSource, values: RequestValues): readonly Literal[] {
  if (source.kind === 'literals') return source.values;
  return source.kind === 'param' ? values.list(source.name) : [];
}

/** A comparison operand's number (CurrentItem, kept out of IF by the checker, reads as NaN). */
function operandNumber(operand: NumberSource, values: RequestValues): number {
  if (operand.kind === 'number') return operand.value;
  return operand.kind === 'param' ? values.number(operand.name) : Number.NaN;
}

/** The current item's values of a column, as a cache key part. */
function columnKey(column: ItemColumn | undefined, item: number, numItems: number): string {
  if (column === undefined || item < 0 || item >= numItems) return '[]';
  return column.kind === 'numeric' ? String(column.value(item)) : JSON.stringify(column.values(item));
}
