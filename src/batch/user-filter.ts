/**
 * UserID filters for batch segment jobs (`EXCLUDE UserID WHERE Users.AGE < 18`,
 * `INCLUDE UserID WHERE Interactions.EVENT_TYPE IN ("purchase")`): which users a segment may
 * hold. The rules are the item filters' (src/serving/filters): a statement whose parameter a
 * line does not supply is an error for INCLUDE and ignored for EXCLUDE; allowed users are
 * (the INCLUDE matches, or everyone when nothing includes) minus the EXCLUDE matches. A user
 * matches Users conditions through their Users record (a user without the field matches no
 * condition), and an Interactions.EVENT_TYPE condition when they have an interaction of one of
 * the types.
 */
import { InvalidInput } from '../common/errors.ts';
import type { GroupData } from '../serving/catalog/group-data.ts';
import type { Condition, FilterStatement, Literal, ValueSource } from '../serving/filters/ast.ts';
import type { CheckedFilter } from '../serving/filters/check.ts';
import { compareNumbers, matchSetOf, userAttributeIn, userAttributeNumber } from '../serving/filters/conditions.ts';
import { RequestValues } from '../serving/filters/values.ts';

/** A test of one user id. */
export type UserTest = (userId: string) => boolean;

/** Evaluates a checked UserID filter for one line's filterValues. */
export class UserFilter {
  private readonly categorical: ReadonlySet<string>;

  constructor(
    private readonly checked: CheckedFilter,
    private readonly group: GroupData,
  ) {
    if (checked.target !== 'UserID') throw new InvalidInput('filter_arn', `the filter selects ${checked.target}; segments need a UserID filter`);
    this.categorical = new Set(
      Object.entries(checked.fieldSchemas)
        .filter(([key, f]) => key.startsWith('Users.') && f.categorical)
        .map(([, f]) => f.name),
    );
  }

  /** The test of whether a user may be in the segment, for these filterValues; throws InvalidInput('filter_values.X') for missing or bad values. */
  allowed(filterValues: Readonly<Record<string, string>>): UserTest {
    const values = new RequestValues(filterValues);
    const include: UserTest[] = [];
    const exclude: UserTest[] = [];
    for (const statement of this.checked.expression.statements) {
      const params = parameters(statement);
      const missing = params.find((name) => values.raw(name) === undefined);
      if (missing !== undefined) {
        if (statement.action === 'INCLUDE') throw new InvalidInput(`filter_values.${missing}`, `is required: the filter's INCLUDE expression uses $${missing}`);
        continue;
      }
      const test = this.statementTest(statement, values);
      (statement.action === 'INCLUDE' ? include : exclude).push(test);
    }
    return (userId) => (include.length === 0 || include.some((t) => t(userId))) && !exclude.some((t) => t(userId));
  }

  /** WHERE: OR of AND groups. */
  private statementTest(statement: FilterStatement, values: RequestValues): UserTest {
    const groups = statement.where.map((group) => group.map((c) => this.conditionTest(c, values)));
    return (userId) => groups.some((group) => group.every((t) => t(userId)));
  }

  private conditionTest(c: Condition, values: RequestValues): UserTest {
    const group = this.group;
    if (c.subject.scope === 'Interactions') {
      const types = c.kind === 'in' && c.values.kind !== 'any' ? literalsOf(c.values, values).map((l) => (l.kind === 'string' ? l.value : l.text)) : ['*'];
      const wanted: readonly string[] | '*' = types.includes('*') ? '*' : types;
      const negated = c.kind === 'in' && c.negated;
      return (userId) => (group.interactedItems(userId, wanted).size > 0) !== negated;
    }
    const field = c.subject.field;
    if (c.kind === 'compare') {
      const rhs = c.operand.kind === 'number' ? c.operand.value : c.operand.kind === 'param' ? values.number(c.operand.name) : Number.NaN;
      return (userId) => {
        const a = group.userAttribute(userId, field);
        return a !== undefined && compareNumbers(userAttributeNumber(a), c.op, rhs);
      };
    }
    const set = matchSetOf(literalsOf(c.values, values));
    const categorical = this.categorical.has(field);
    return (userId) => {
      const a = group.userAttribute(userId, field);
      // A user without the field matches no IN list, and so every NOT IN (as items do).
      if (a === undefined) return c.negated;
      return userAttributeIn(a, set, categorical) !== c.negated;
    };
  }
}

/** The `$NAME`s a statement uses. */
function parameters(statement: FilterStatement): string[] {
  const out = new Set<string>();
  for (const c of [...statement.where.flat(), ...statement.when]) {
    const source = c.kind === 'in' ? c.values : c.operand;
    if (source.kind === 'param') out.add(source.name);
  }
  return [...out];
}

function literalsOf(source: ValueSource, values: RequestValues): readonly Literal[] {
  if (source.kind === 'literals') return source.values;
  return source.kind === 'param' ? values.list(source.name) : [];
}
