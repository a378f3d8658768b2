/**
 * Personalize filter expressions: parse the text, check it against the dataset group's
 * schemas, and compile it into an evaluator that turns a request into the set of items it
 * may return.
 */
export {
  MAX_FILTER_EXPRESSION_LENGTH,
  type Comparator,
  type Condition,
  type DatasetName,
  type FieldRef,
  type FieldScope,
  type FilterAction,
  type FilterExpression,
  type FilterStatement,
  type FilterTarget,
  type Literal,
  type NumberSource,
  type ParamRef,
  type ValueSource,
} from './ast.ts';
export { parseFilterExpression } from './parser.ts';
export { formatFilterExpression } from './format.ts';
export {
  MAX_FIELDS_PER_FILTER,
  MAX_FILTER_FIELDS_PER_DATASET_GROUP,
  checkFilterFields,
  type CheckedFilter,
  type FilterParameter,
  type FilterSchemas,
} from './check.ts';
export { MASK_CACHE_ENTRIES, compileFilter, type CompiledFilter } from './compile.ts';
export { LIST_FRACTION } from './constraint.ts';
export { parseListValue, parseNumberValue } from './values.ts';
export type { FilterRequest, FilterSubject, ItemColumn, ItemConstraint } from './subject.ts';
