/**
 * Validates a parsed filter against the dataset group's schemas (reference §7.1 and the
 * filter quotas in §6): datasets and fields exist, field types can be filtered, the
 * datasets of one statement agree, and a filter uses at most 10 distinct fields. Returns
 * the tree with field names spelled as the schemas spell them and what callers need to
 * enforce quotas and resolve parameters.
 */
import { InvalidInput } from '../../common/errors.ts';
import type { SchemaField } from '../../data/schema/avro.ts';
import type {
  Condition,
  DatasetName,
  FieldRef,
  FilterAction,
  FilterExpression,
  FilterStatement,
  FilterTarget,
  NumberSource,
  ValueSource,
} from './ast.ts';

/** Most distinct dataset fields one filter may use. */
export const MAX_FIELDS_PER_FILTER = 10;
/** Most distinct dataset fields all filters of a dataset group may use together (callers enforce it). */
export const MAX_FILTER_FIELDS_PER_DATASET_GROUP = 20;

/** The full field lists (reserved fields included) of the group's datasets; absent when the group has none. */
export interface FilterSchemas {
  items?: SchemaField[];
  users?: SchemaField[];
  interactions?: SchemaField[];
}

/** A `$NAME` the filter uses; `INCLUDE` when some INCLUDE statement needs it (so requests must supply it). */
export interface FilterParameter {
  name: string;
  requiredBy: FilterAction;
}

/** A filter that passed validation, with normalised field names. */
export interface CheckedFilter {
  expression: FilterExpression;
  target: FilterTarget;
  /** Distinct fields used, qualified by dataset (`Items.GENRE`, `Users.AGE`), in order of first use. */
  fields: string[];
  parameters: FilterParameter[];
  usesCurrentItem: boolean;
  usesCurrentUser: boolean;
  /** The schema field behind each entry of `fields`. */
  fieldSchemas: Readonly<Record<string, SchemaField>>;
}

type SchemaDataset = 'Items' | 'Users' | 'Interactions';

const DATASETS_FOR_TARGET: Readonly<Record<FilterTarget, readonly DatasetName[]>> = {
  ItemID: ['Items', 'Interactions'],
  UserID: ['Users', 'Interactions'],
  ActionID: ['Actions', 'Action_Interactions'],
};
const NUMERIC_TYPES: ReadonlySet<string> = new Set(['int', 'long', 'float', 'double']);

/** Validates `expression` against the group's schemas; throws InvalidInput('filter_expression', …) naming the field and position. */
export function checkFilterFields(expression: FilterExpression, schemas: FilterSchemas): CheckedFilter {
  return new Checker(schemas).check(expression);
}

class Checker {
  private readonly fieldSchemas: Record<string, SchemaField> = {};
  private readonly parameters = new Map<string, FilterAction>();
  private usesCurrentItem = false;
  private usesCurrentUser = false;

  constructor(private readonly schemas: FilterSchemas) {}

  check(expression: FilterExpression): CheckedFilter {
    const first = expression.statements[0];
    if (first === undefined) throw new InvalidInput('filter_expression', 'is required');
    const statements = expression.statements.map((statement) => {
      if (statement.target !== first.target) {
        this.fail(
          statement.position,
          `every expression of a filter must select the same target (${first.target}), found ${statement.target}`,
        );
      }
      return this.statement(statement);
    });
    return {
      expression: { statements },
      target: first.target,
      fields: Object.keys(this.fieldSchemas),
      parameters: [...this.parameters].map(([name, requiredBy]) => ({ name, requiredBy })),
      usesCurrentItem: this.usesCurrentItem,
      usesCurrentUser: this.usesCurrentUser,
      fieldSchemas: { ...this.fieldSchemas },
    };
  }

  private statement(statement: FilterStatement): FilterStatement {
    const lead = statement.where[0]?.[0]?.subject;
    if (lead === undefined) return this.fail(statement.position, 'WHERE needs at least one condition');
    const where = statement.where.map((group) =>
      group.map((condition) => {
        this.checkDataset(condition.subject, lead, statement.target);
        return this.condition(condition, statement.action);
      }),
    );
    const when = statement.when.map((condition) => this.condition(condition, statement.action));
    return { ...statement, where, when };
  }

  private checkDataset(subject: FieldRef, lead: FieldRef, target: FilterTarget): void {
    const { scope, position } = subject;
    if (scope === 'Actions' || scope === 'Action_Interactions') {
      this.fail(position, `${scope} datasets are not supported: this server does not provide action recommendations`);
    }
    if (!(DATASETS_FOR_TARGET[target] as readonly string[]).includes(scope)) {
      this.fail(position, `${scope} fields cannot select ${target}; use ${DATASETS_FOR_TARGET[target].join(' or ')} fields`);
    }
    if (scope !== lead.scope) {
      const pair = new Set([scope, lead.scope]);
      if (pair.has('Items') && pair.has('Interactions')) {
        this.fail(position, 'Items and Interactions cannot be mixed in one expression; chain separate expressions with "|"');
      }
      this.fail(
        position,
        `the conditions of one expression must all use the dataset of its first condition (${lead.scope}), found ${scope}.${subject.field}`,
      );
    }
  }

  private condition(condition: Condition, action: FilterAction): Condition {
    const subject = this.field(condition.subject);
    const schema = this.fieldSchemas[this.qualified(subject)]!;
    const isInteraction = subject.scope === 'Interactions';
    if (isInteraction && schema.name !== 'EVENT_TYPE') {
      this.fail(subject.position, `Interactions conditions can only test EVENT_TYPE, not ${schema.name}`);
    }
    if (condition.kind === 'compare') {
      if (isInteraction) this.fail(subject.position, 'Interactions.EVENT_TYPE can only be tested with IN');
      this.requireNumeric(subject, schema);
      return { ...condition, subject, operand: this.operand(condition.operand, subject, action) };
    }
    if (isInteraction && condition.negated) {
      this.fail(subject.position, 'Interactions.EVENT_TYPE can only be tested with IN, not NOT IN');
    }
    return { ...condition, subject, values: this.values(condition.values, subject, action) };
  }

  private values(values: ValueSource, subject: FieldRef, action: FilterAction): ValueSource {
    switch (values.kind) {
      case 'any':
        if (subject.scope !== 'Interactions') {
          this.fail(subject.position, `"*" can only be used with Interactions.EVENT_TYPE, not ${this.qualified(subject)}`);
        }
        return values;
      case 'param':
        this.parameter(values.name, action);
        return values;
      case 'field':
        return { kind: 'field', ref: this.currentItem(values.ref, subject) };
      case 'literals':
        return values;
    }
  }

  private operand(operand: NumberSource, subject: FieldRef, action: FilterAction): NumberSource {
    if (operand.kind === 'param') this.parameter(operand.name, action);
    if (operand.kind !== 'field') return operand;
    const ref = this.currentItem(operand.ref, subject);
    this.requireNumeric(ref, this.fieldSchemas[this.qualified(ref)]!);
    return { kind: 'field', ref };
  }

  private currentItem(ref: FieldRef, subject: FieldRef): FieldRef {
    if (subject.scope !== 'Items') {
      this.fail(ref.position, `CurrentItem can only be used with Items fields, not ${subject.scope}.${subject.field}`);
    }
    this.usesCurrentItem = true;
    return this.field(ref);
  }

  /** Resolves a field against its dataset's schema, records it, and returns it spelled as the schema does. */
  private field(ref: FieldRef): FieldRef {
    const dataset = this.datasetOf(ref);
    if (ref.scope === 'CurrentUser') this.usesCurrentUser = true;
    const fields = this.schemas[dataset === 'Items' ? 'items' : dataset === 'Users' ? 'users' : 'interactions'];
    if (fields === undefined) {
      this.fail(
        ref.position,
        ref.scope === dataset
          ? `the dataset group has no ${dataset} dataset`
          : `${ref.scope}.${ref.field} needs a ${dataset} dataset, and the dataset group has none`,
      );
    }
    let schema = fields.find((f) => f.name === ref.field);
    if (schema === undefined) {
      const lower = ref.field.toLowerCase();
      const matches = fields.filter((f) => f.name.toLowerCase() === lower);
      if (matches.length > 1) {
        this.fail(ref.position, `${ref.scope}.${ref.field} is ambiguous: ${matches.map((f) => f.name).join(', ')}`);
      }
      schema = matches[0];
    }
    if (schema === undefined) this.fail(ref.position, `the ${dataset} dataset has no field "${ref.field}"`);
    if (schema.textual) this.fail(ref.position, `${dataset}.${schema.name} is a textual field; textual fields cannot be filtered`);
    if (schema.type === 'boolean') {
      this.fail(
        ref.position,
        `${dataset}.${schema.name} is a boolean field; boolean fields cannot be filtered (store "True"/"False" strings or 0/1 instead)`,
      );
    }
    const normalised = { ...ref, field: schema.name };
    const key = this.qualified(normalised);
    if (this.fieldSchemas[key] === undefined) {
      this.fieldSchemas[key] = schema;
      const count = Object.keys(this.fieldSchemas).length;
      if (count > MAX_FIELDS_PER_FILTER) {
        this.fail(ref.position, `a filter may use at most ${MAX_FIELDS_PER_FILTER} distinct fields; ${key} is field number ${count}`);
      }
    }
    return normalised;
  }

  private requireNumeric(ref: FieldRef, schema: SchemaField): void {
    if (!NUMERIC_TYPES.has(schema.type)) {
      this.fail(
        ref.position,
        `${this.qualified(ref)} is a ${schema.type} field; comparisons need a numeric field (int, long, float or double)`,
      );
    }
  }

  private parameter(name: string, action: FilterAction): void {
    if (this.parameters.get(name) !== 'INCLUDE') this.parameters.set(name, action);
  }

  private datasetOf(ref: FieldRef): SchemaDataset {
    if (ref.scope === 'CurrentUser') return 'Users';
    if (ref.scope === 'CurrentItem') return 'Items';
    return ref.scope as SchemaDataset;
  }

  /** `Items.GENRE`; CurrentUser and CurrentItem fields count as Users and Items fields. */
  private qualified(ref: FieldRef): string {
    return `${this.datasetOf(ref)}.${ref.field}`;
  }

  private fail(position: number, reason: string): never {
    throw new InvalidInput('filter_expression', `at position ${position}: ${reason}`);
  }
}
