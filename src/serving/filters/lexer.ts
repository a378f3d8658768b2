/**
 * The filter expression tokenizer. It is pulled one token at a time by the parser, so the
 * first problem in reading order is the one reported, whether it is lexical or grammatical.
 */
import { InvalidInput } from '../../common/errors.ts';

/** What a token is: a bare word, a quoted string, a number, a `$PARAM`, punctuation, or the end. */
export type TokenKind = 'word' | 'string' | 'number' | 'param' | 'punct' | 'end';

/** One token: `text` is the source text, `value` the meaning (unescaped string, parameter name). */
export interface Token {
  kind: TokenKind;
  text: string;
  value: string;
  /** 1-based character position of the token's first character. */
  position: number;
}

const FIELD = 'filter_expression';
const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const SINGLE_PUNCT = new Set(['(', ')', ',', '.', '|', '*', '=']);

/** Throws the InvalidInput every filter syntax error becomes: position, what was expected, what was found. */
export function syntaxError(position: number, expected: string, found: string): never {
  throw new InvalidInput(FIELD, `at position ${position}: expected ${expected}, found ${found}`);
}

/** Describes a token for an error message: `"INN"`, `the string "abc"`, `the end of the expression`. */
export function describeToken(token: Token): string {
  if (token.kind === 'end') return 'the end of the expression';
  const text = token.text.length > 40 ? `${token.text.slice(0, 37)}...` : token.text;
  return token.kind === 'string' ? `the string ${text}` : JSON.stringify(text);
}

/** Splits filter text into tokens on demand, with one token of lookahead. */
export class Lexer {
  private offset = 0;
  private peeked: Token | undefined;

  constructor(private readonly text: string) {}

  /** The next token, without consuming it. */
  peek(): Token {
    this.peeked ??= this.read();
    return this.peeked;
  }

  /** The next token, consumed. */
  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  private read(): Token {
    const text = this.text;
    while (this.offset < text.length && /\s/.test(text[this.offset]!)) this.offset++;
    const start = this.offset;
    const position = start + 1;
    if (start >= text.length) return { kind: 'end', text: '', value: '', position };
    const c = text[start]!;
    const next = text[start + 1] ?? '';

    if (WORD_START.test(c)) {
      this.offset = this.scan(start + 1, WORD_PART);
      const word = text.slice(start, this.offset);
      return { kind: 'word', text: word, value: word, position };
    }
    if (DIGIT.test(c) || (c === '.' && DIGIT.test(next)) || (c === '-' && /[0-9.]/.test(next))) {
      return this.number(start);
    }
    if (c === '"') return this.string(start);
    if (c === '$') {
      const end = this.scan(start + 1, WORD_PART);
      if (end === start + 1) {
        syntaxError(position + 1, 'a parameter name after "$"', next === '' ? 'the end of the expression' : JSON.stringify(next));
      }
      this.offset = end;
      return { kind: 'param', text: text.slice(start, end), value: text.slice(start + 1, end), position };
    }
    if (c === '<' || c === '>' || c === '!') {
      const two = next === '=';
      if (c === '!' && !two) syntaxError(position, '"!="', '"!"');
      this.offset = start + (two ? 2 : 1);
      const op = text.slice(start, this.offset);
      return { kind: 'punct', text: op, value: op, position };
    }
    if (SINGLE_PUNCT.has(c)) {
      this.offset = start + 1;
      return { kind: 'punct', text: c, value: c, position };
    }
    return syntaxError(position, 'a keyword, field, value or operator', JSON.stringify(c));
  }

  private scan(from: number, part: RegExp): number {
    let end = from;
    while (end < this.text.length && part.test(this.text[end]!)) end++;
    return end;
  }

  private number(start: number): Token {
    const match = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(start));
    const raw = match?.[0] ?? '';
    if (raw === '' || raw === '-' || raw === '-.') {
      return syntaxError(start + 1, 'a number', JSON.stringify(this.text.slice(start, start + 2)));
    }
    this.offset = start + raw.length;
    return { kind: 'number', text: raw, value: raw, position: start + 1 };
  }

  private string(start: number): Token {
    const text = this.text;
    let value = '';
    let i = start + 1;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        this.offset = i + 1;
        return { kind: 'string', text: text.slice(start, i + 1), value, position: start + 1 };
      }
      if (c === '\\') {
        const escaped = text[i + 1];
        if (escaped === undefined) break;
        value += escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped;
        i += 2;
      } else {
        value += c;
        i += 1;
      }
    }
    return syntaxError(
      text.length + 1,
      `a closing '"' for the string that starts at position ${start + 1}`,
      'the end of the expression',
    );
  }
}
