/**
 * Writes a filter syntax tree back as canonical text: keywords in upper case, datasets and
 * targets in their documented spelling, one space between tokens. Parsing the result gives
 * the same tree (positions aside).
 */
import type { Condition, FieldRef, FilterExpression, FilterStatement, Literal, NumberSource, ValueSource } from './ast.ts';

/** The canonical text of a filter expression. */
export function formatFilterExpression(expression: FilterExpression): string {
  return expression.statements.map(formatStatement).join(' | ');
}

function formatStatement(statement: FilterStatement): string {
  const where = statement.where.map((group) => group.map(formatCondition).join(' AND ')).join(' OR ');
  const when = statement.when.length === 0 ? '' : ` IF ${statement.when.map(formatCondition).join(' AND ')}`;
  return `${statement.action} ${statement.target} WHERE ${where}${when}`;
}

function formatCondition(condition: Condition): string {
  const subject = formatField(condition.subject);
  if (condition.kind === 'compare') return `${subject} ${condition.op} ${formatOperand(condition.operand)}`;
  return `${subject} ${condition.negated ? 'NOT IN' : 'IN'} ${formatValues(condition.values)}`;
}

function formatField(ref: FieldRef): string {
  return `${ref.scope}.${ref.field}`;
}

function formatValues(values: ValueSource): string {
  switch (values.kind) {
    case 'literals':
      return `(${values.values.map(formatLiteral).join(', ')})`;
    case 'param':
      return `($${values.name})`;
    case 'any':
      return '(*)';
    case 'field':
      return formatField(values.ref);
  }
}

function formatOperand(operand: NumberSource): string {
  switch (operand.kind) {
    case 'number':
      return operand.text;
    case 'param':
      return `$${operand.name}`;
    case 'field':
      return formatField(operand.ref);
  }
}

function formatLiteral(literal: Literal): string {
  if (literal.kind === 'number') return literal.text;
  return `"${literal.value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
