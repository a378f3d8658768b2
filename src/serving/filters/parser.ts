/**
 * A recursive-descent parser for Personalize filter expressions (reference §7.1):
 *
 *   filter    := statement ( "|" statement )*
 *   statement := (INCLUDE | EXCLUDE) target WHERE cond ((AND | OR) cond)* [IF ucond (AND ucond)*]
 *   cond      := Dataset "." FIELD test          ucond := CurrentUser "." FIELD test
 *   test      := [NOT] IN ( "(" vals ")" | CurrentItem "." FIELD ) | cmp operand
 *   vals      := value ("," value)* | $PARAM | "*"
 *   operand   := number | $PARAM | "(" $PARAM ")" | CurrentItem "." FIELD
 *
 * Keywords, targets and dataset names are case-insensitive and come out in their canonical
 * spelling; field names are kept as written (the checker matches them to the schemas).
 */
import { InvalidInput } from '../../common/errors.ts';
import {
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
  type ValueSource,
} from './ast.ts';
import { Lexer, describeToken, syntaxError, type Token } from './lexer.ts';

const TARGETS: readonly FilterTarget[] = ['ItemID', 'UserID', 'ActionID'];
const DATASETS: readonly DatasetName[] = ['Items', 'Interactions', 'Users', 'Actions', 'Action_Interactions'];
const COMPARATORS: ReadonlySet<string> = new Set<Comparator>(['=', '!=', '<', '<=', '>', '>=']);

/** Parses filter expression text into its syntax tree; throws InvalidInput('filter_expression', …) with the position. */
export function parseFilterExpression(text: string): FilterExpression {
  if (typeof text !== 'string' || text.length === 0) throw new InvalidInput('filter_expression', 'is required');
  if (text.length > MAX_FILTER_EXPRESSION_LENGTH) {
    throw new InvalidInput(
      'filter_expression',
      `must be at most ${MAX_FILTER_EXPRESSION_LENGTH} characters (got ${text.length})`,
    );
  }
  return new Parser(new Lexer(text)).filter();
}

class Parser {
  constructor(private readonly lexer: Lexer) {}

  filter(): FilterExpression {
    const statements = [this.statement()];
    while (this.acceptPunct('|')) statements.push(this.statement());
    return { statements };
  }

  private statement(): FilterStatement {
    const first = this.lexer.next();
    const action = this.keywordOf(first, ['INCLUDE', 'EXCLUDE'] as const);
    if (action === undefined) return this.fail(first, 'INCLUDE or EXCLUDE');
    const targetToken = this.lexer.next();
    const target = this.keywordOf(targetToken, TARGETS);
    if (target === undefined) return this.fail(targetToken, 'ItemID, UserID or ActionID');
    this.expectWord('WHERE');

    const where: Condition[][] = [[this.condition(this.datasetRef())]];
    for (;;) {
      if (this.acceptWord('AND')) where.at(-1)!.push(this.condition(this.datasetRef()));
      else if (this.acceptWord('OR')) where.push([this.condition(this.datasetRef())]);
      else break;
    }
    const when: Condition[] = [];
    if (this.acceptWord('IF')) {
      when.push(this.condition(this.currentUserRef()));
      while (this.acceptWord('AND')) when.push(this.condition(this.currentUserRef()));
    }
    const after = this.lexer.peek();
    if (after.kind !== 'end' && !(after.kind === 'punct' && after.value === '|')) {
      this.fail(after, when.length > 0 ? 'AND, "|" or the end of the expression' : 'AND, OR, IF, "|" or the end of the expression');
    }
    return { action: action as FilterAction, target, where, when, position: first.position };
  }

  private datasetRef(): FieldRef {
    const token = this.lexer.next();
    const scope = this.keywordOf(token, DATASETS);
    if (scope === undefined) {
      return this.fail(token, 'a dataset (Items, Interactions, Users, Actions or Action_Interactions)');
    }
    return this.fieldAfter(token, scope);
  }

  private currentUserRef(): FieldRef {
    const token = this.lexer.next();
    if (this.keywordOf(token, ['CurrentUser'] as const) === undefined) return this.fail(token, 'CurrentUser.FIELD');
    return this.fieldAfter(token, 'CurrentUser');
  }

  private fieldAfter(scopeToken: Token, scope: FieldScope): FieldRef {
    this.expectPunct('.');
    const name = this.lexer.next();
    if (name.kind !== 'word') return this.fail(name, `a field name after "${scopeToken.text}."`);
    return { scope, field: name.value, position: scopeToken.position };
  }

  private condition(subject: FieldRef): Condition {
    const token = this.lexer.next();
    if (this.isWord(token, 'IN')) return { kind: 'in', subject, negated: false, values: this.inValues() };
    if (this.isWord(token, 'NOT')) {
      this.expectWord('IN');
      return { kind: 'in', subject, negated: true, values: this.inValues() };
    }
    if (token.kind === 'punct' && COMPARATORS.has(token.value)) {
      return { kind: 'compare', subject, op: token.value as Comparator, operand: this.operand() };
    }
    return this.fail(token, 'IN, NOT IN or a comparison');
  }

  private inValues(): ValueSource {
    const token = this.lexer.next();
    if (this.keywordOf(token, ['CurrentItem'] as const) !== undefined) {
      return { kind: 'field', ref: this.fieldAfter(token, 'CurrentItem') };
    }
    if (!(token.kind === 'punct' && token.value === '(')) return this.fail(token, '"(" or CurrentItem.FIELD');
    const first = this.lexer.next();
    let values: ValueSource;
    if (first.kind === 'param') values = { kind: 'param', name: first.value, position: first.position };
    else if (first.kind === 'punct' && first.value === '*') values = { kind: 'any' };
    else {
      const literals = [this.literal(first, 'a quoted string, a number, a $PARAMETER or *')];
      while (this.acceptPunct(',')) literals.push(this.literal(this.lexer.next(), 'a quoted string or a number'));
      values = { kind: 'literals', values: literals };
    }
    this.expectPunct(')');
    return values;
  }

  private literal(token: Token, expected: string): Literal {
    if (token.kind === 'string') return { kind: 'string', value: token.value };
    if (token.kind === 'number') return { kind: 'number', value: this.numberOf(token), text: token.text };
    return this.fail(token, expected);
  }

  private operand(): NumberSource {
    const token = this.lexer.next();
    if (token.kind === 'number') return { kind: 'number', value: this.numberOf(token), text: token.text };
    if (token.kind === 'param') return { kind: 'param', name: token.value, position: token.position };
    if (token.kind === 'punct' && token.value === '(') {
      const param = this.lexer.next();
      if (param.kind !== 'param') return this.fail(param, 'a $PARAMETER');
      this.expectPunct(')');
      return { kind: 'param', name: param.value, position: param.position };
    }
    if (this.keywordOf(token, ['CurrentItem'] as const) !== undefined) {
      return { kind: 'field', ref: this.fieldAfter(token, 'CurrentItem') };
    }
    return this.fail(token, 'a number, a $PARAMETER or CurrentItem.FIELD');
  }

  private numberOf(token: Token): number {
    const value = Number(token.text);
    if (!Number.isFinite(value)) this.fail(token, 'a finite number');
    return value;
  }

  /** The canonical spelling among `choices` that the word token matches case-insensitively. */
  private keywordOf<T extends string>(token: Token, choices: readonly T[]): T | undefined {
    if (token.kind !== 'word') return undefined;
    const upper = token.value.toUpperCase();
    return choices.find((choice) => choice.toUpperCase() === upper);
  }

  private isWord(token: Token, keyword: string): boolean {
    return token.kind === 'word' && token.value.toUpperCase() === keyword;
  }

  private acceptWord(keyword: string): boolean {
    if (!this.isWord(this.lexer.peek(), keyword)) return false;
    this.lexer.next();
    return true;
  }

  private expectWord(keyword: string): void {
    const token = this.lexer.next();
    if (!this.isWord(token, keyword)) this.fail(token, keyword);
  }

  private acceptPunct(punct: string): boolean {
    const token = this.lexer.peek();
    if (token.kind !== 'punct' || token.value !== punct) return false;
    this.lexer.next();
    return true;
  }

  private expectPunct(punct: string): void {
    const token = this.lexer.next();
    if (token.kind !== 'punct' || token.value !== punct) this.fail(token, `"${punct}"`);
  }

  private fail(token: Token, expected: string): never {
    return syntaxError(token.position, expected, describeToken(token));
  }
}
