/**
 * The syntax tree of a Personalize filter expression: one or more INCLUDE/EXCLUDE
 * statements joined with `|`. The parser builds it; the checker returns a copy with field
 * names spelled as the schemas spell them; the compiler turns it into an evaluator.
 */

/** Most characters in a filter expression (CreateFilter `filterExpression`, 1–2500). */
export const MAX_FILTER_EXPRESSION_LENGTH = 2500;

/** Whether matching items are kept (INCLUDE) or removed (EXCLUDE). */
export type FilterAction = 'INCLUDE' | 'EXCLUDE';

/** What a filter selects: items, users (batch segments) or actions. */
export type FilterTarget = 'ItemID' | 'UserID' | 'ActionID';

/** The dataset names a WHERE condition may start with (Actions ones parse but do not validate). */
export type DatasetName = 'Items' | 'Interactions' | 'Users' | 'Actions' | 'Action_Interactions';

/** Where a field lives: a dataset, the requesting user (IF) or the current item (related items). */
export type FieldScope = DatasetName | 'CurrentUser' | 'CurrentItem';

/** A numeric comparison operator. */
export type Comparator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A qualified field such as `Items.GENRE`; `position` is the 1-based character of its first letter. */
export interface FieldRef {
  scope: FieldScope;
  field: string;
  position: number;
}

/** A literal value in an IN list (numbers keep their source text for string comparison). */
export type Literal = { kind: 'string'; value: string } | { kind: 'number'; value: number; text: string };

/** A `$NAME` placeholder filled from the request's filterValues. */
export interface ParamRef {
  kind: 'param';
  name: string;
  position: number;
}

/** The right side of IN / NOT IN. `any` is a bare `*` (Interactions.EVENT_TYPE only). */
export type ValueSource =
  | { kind: 'literals'; values: Literal[] }
  | ParamRef
  | { kind: 'any' }
  | { kind: 'field'; ref: FieldRef };

/** The right side of a comparison: a number, a parameter (with or without parentheses) or CurrentItem.F. */
export type NumberSource = { kind: 'number'; value: number; text: string } | ParamRef | { kind: 'field'; ref: FieldRef };

/** One test on one field. */
export type Condition =
  | { kind: 'in'; subject: FieldRef; negated: boolean; values: ValueSource }
  | { kind: 'compare'; subject: FieldRef; op: Comparator; operand: NumberSource };

/** One `INCLUDE|EXCLUDE target WHERE … [IF …]` statement. */
export interface FilterStatement {
  action: FilterAction;
  target: FilterTarget;
  /** The WHERE part as OR of AND groups: AND binds tighter than OR, and there are no parentheses. */
  where: Condition[][];
  /** The IF conditions on CurrentUser, all of which must hold (empty when there is no IF). */
  when: Condition[];
  /** 1-based character position of the statement's first keyword. */
  position: number;
}

/** A whole filter expression: its statements in the order written (order does not matter). */
export interface FilterExpression {
  statements: FilterStatement[];
}
