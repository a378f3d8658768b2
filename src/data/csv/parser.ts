import { CsvFormatError } from './errors.ts';
import { Utf8Validator } from './utf8.ts';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;

/**
 * V8 copies substrings shorter than this; longer ones become views that keep the whole
 * decoded buffer alive, so long fields are decoded on their own instead.
 */
const SHORT_FIELD = 13;

/** Records per batch at most; a batch also ends with the input chunk that completes it. */
const BATCH_RECORDS = 4096;

/** Why `fill` stopped. */
const EXHAUSTED = 0;
const UNFINISHED = 1;
const BATCH_FULL = 2;

const EMPTY = Buffer.alloc(0);

/** Reader options with their defaults applied. */
export interface ResolvedCsvOptions {
  fileName: string;
  maxRecordBytes: number;
}

/** A batch of consecutive records. The very first record of a file is its header row. */
export interface CsvBatch {
  records: string[][];
  /** 1-based physical line number on which each record starts (records may span lines inside quotes). */
  lines: number[];
}

/**
 * The CSV state machine. Input arrives with `push`/`finish`; `next` returns the parsed records
 * batch by batch and undefined when it needs more input.
 *
 * A record that an input chunk leaves unfinished is copied out and parsed again from its start
 * once the chunk that completes it arrives, so nothing but `pos` and `line` survives between
 * records and the hot loop needs no resumable state. Chunks without any line break cannot end
 * a record and are only collected (and counted against maxRecordBytes), never re-parsed.
 */
export class RecordParser {
  private readonly utf8 = new Utf8Validator();

  /** Bytes carried from earlier chunks: the start of an unfinished record (or of a possible BOM). */
  private parts: Buffer[] = [];
  private partsBytes = 0;

  /** The buffer being parsed, undefined while waiting for input. */
  private buf: Buffer | undefined;
  /** `buf` decoded as latin1, one character per byte: ASCII fields are sliced from it. */
  private text = '';
  private pos = 0;
  /** Where parsing must stop: the buffer's end or the first ill-formed UTF-8 byte. */
  private end = 0;
  private badUtf8At = -1;
  /** Whether `end` is the end of the file, so that an open record there is complete. */
  private final = false;

  /** Physical line at `pos`. */
  private line = 1;
  /** Whether the byte before buf[0] was a CR (for a CRLF split between chunks). */
  private prevCR = false;
  private bomDone = false;
  private eof = false;

  private records: string[][] = [];
  private lines: number[] = [];
  /** Unescaped bytes of a quoted field with `""` or backslash escapes. */
  private scratch = Buffer.allocUnsafe(1024);

  constructor(private readonly options: ResolvedCsvOptions) {}

  /** Adds the next chunk of input. Call only after `next` has returned undefined. */
  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    const bad = this.utf8.check(chunk);
    if (bad < 0 && this.partsBytes > 0 && this.bomDone && chunk.indexOf(LF) < 0 && chunk.indexOf(CR) < 0) {
      // The unfinished record goes on; keep a copy (sources may reuse their buffers).
      this.partsBytes += chunk.length;
      if (this.partsBytes > this.options.maxRecordBytes) throw this.tooLong(this.line);
      this.parts.push(Buffer.from(chunk));
      return;
    }
    this.load(chunk, bad);
  }

  /** Marks the end of input; `next` then returns the remaining records. */
  finish(): void {
    this.eof = true;
    this.load(EMPTY, this.utf8.truncated() ? 0 : -1);
  }

  /** Returns the next batch of records, or undefined when more input is needed (or there is none). */
  next(): CsvBatch | undefined {
    const buf = this.buf;
    if (buf === undefined) return undefined;
    if (!this.bomDone && !this.skipBom(buf)) {
      this.carry();
      return undefined;
    }
    const stop = this.fill();
    if (stop === UNFINISHED) {
      if (this.end - this.pos > this.options.maxRecordBytes) throw this.tooLong(this.line);
      if (this.badUtf8At >= 0) throw this.invalidUtf8();
      this.carry();
    } else if (stop === EXHAUSTED) {
      if (this.badUtf8At >= 0) throw this.invalidUtf8();
      if (this.end > 0) this.prevCR = buf[this.end - 1] === CR;
      this.buf = undefined;
      this.text = '';
    }
    if (this.records.length === 0) return undefined;
    const batch = { records: this.records, lines: this.lines };
    this.records = [];
    this.lines = [];
    return batch;
  }

  /** Makes the carried bytes plus `chunk` the buffer to parse. */
  private load(chunk: Buffer, bad: number): void {
    const carried = this.partsBytes;
    const buf = carried === 0 ? chunk : Buffer.concat([...this.parts, chunk], carried + chunk.length);
    this.buf = buf;
    this.pos = 0;
    this.badUtf8At = bad < 0 ? -1 : carried + bad;
    this.end = bad < 0 ? buf.length : carried + bad;
    this.final = this.eof && bad < 0;
    this.text = buf.toString('latin1');
    this.parts = [];
    this.partsBytes = 0;
  }

  /** Keeps buf[pos, end) for the next chunk and waits for it. */
  private carry(): void {
    const buf = this.buf!;
    const piece = Buffer.from(buf.subarray(this.pos, this.end));
    if (this.pos > 0) this.prevCR = buf[this.pos - 1] === CR;
    this.parts = [piece];
    this.partsBytes = piece.length;
    this.buf = undefined;
    this.text = '';
  }

  /** Drops a UTF-8 BOM at the start of the file; false while too few bytes have arrived to tell. */
  private skipBom(buf: Buffer): boolean {
    const bom = [0xef, 0xbb, 0xbf];
    if (buf.length < 3 && !this.eof && buf.every((b, i) => b === bom[i])) return false;
    this.bomDone = true;
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      this.pos = 3;
    }
    return true;
  }

  /** Parses whole records from buf[pos, end) into the batch. The hot loop. */
  private fill(): number {
    const buf = this.buf!;
    const end = this.end;
    const final = this.final;
    const max = this.options.maxRecordBytes;
    const text = this.text;
    const records = this.records;
    const lines = this.lines;
    let pos = this.pos;
    let line = this.line;
    while (records.length < BATCH_RECORDS) {
      if (pos >= end) {
        this.pos = pos;
        this.line = line;
        return EXHAUSTED;
      }
      let c = buf[pos]!;
      if (c === LF) {
        if (pos > 0 ? buf[pos - 1] !== CR : !this.prevCR) line++;
        pos++;
        continue;
      }
      if (c === CR) {
        line++;
        pos++;
        continue;
      }
      const recordStart = pos;
      const recordLine = line;
      const fields: string[] = [];
      for (;;) {
        if (pos < end && buf[pos] === QUOTE) {
          this.line = line;
          pos = this.quoted(pos, fields, recordLine);
          if (pos < 0) {
            this.pos = recordStart;
            this.line = recordLine;
            return UNFINISHED;
          }
          line = this.line;
        } else {
          const start = pos;
          let high = 0;
          while (pos < end) {
            c = buf[pos]!;
            if (c > COMMA) {
              high |= c;
              pos++;
              continue;
            }
            if (c === COMMA || c === LF || c === CR) break;
            pos++;
          }
          if (pos === end && !final) {
            this.pos = recordStart;
            this.line = recordLine;
            return UNFINISHED;
          }
          fields.push(
            pos === start
              ? ''
              : high < 0x80
                ? pos - start < SHORT_FIELD
                  ? text.slice(start, pos)
                  : buf.toString('latin1', start, pos)
                : buf.toString('utf8', start, pos),
          );
        }
        if (pos - recordStart > max) throw this.tooLong(recordLine);
        if (pos === end) {
          if (!final) {
            this.pos = recordStart;
            this.line = recordLine;
            return UNFINISHED;
          }
          break;
        }
        c = buf[pos]!;
        if (c === COMMA) {
          pos++;
          continue;
        }
        if (c === LF || c === CR) {
          line++;
          pos++;
          if (c === CR && pos < end && buf[pos] === LF) pos++;
          break;
        }
        throw this.error(line, fields.length, 'unexpected character after closing quote');
      }
      records.push(fields);
      lines.push(recordLine);
    }
    this.pos = pos;
    this.line = line;
    return BATCH_FULL;
  }

  /**
   * Parses the quoted field whose opening quote is at `open`, pushes its value and returns the
   * offset just past the closing quote, or -1 when the buffer ends before that is known.
   * Updates `this.line` for line breaks inside the field.
   */
  private quoted(open: number, fields: string[], recordLine: number): number {
    const buf = this.buf!;
    const end = this.end;
    const final = this.final;
    let pos = open + 1;
    let segment = pos;
    let line = this.line;
    let unescaped = -1;
    let high = 0;
    for (;;) {
      if (pos >= end) {
        if (final) throw this.error(recordLine, fields.length + 1, 'unterminated quoted field');
        return -1;
      }
      const c = buf[pos]!;
      if (c > BACKSLASH || (c > QUOTE && c < BACKSLASH)) {
        high |= c;
        pos++;
        continue;
      }
      if (c === QUOTE) {
        if (pos + 1 >= end && !final) return -1;
        if (pos + 1 >= end || buf[pos + 1] !== QUOTE) break;
        unescaped = this.unescape(unescaped, segment, pos + 1);
        pos += 2;
        segment = pos;
        continue;
      }
      if (c === BACKSLASH) {
        if (pos + 1 >= end && !final) return -1;
        const n = buf[pos + 1];
        if (n === QUOTE || n === BACKSLASH) {
          unescaped = this.unescape(unescaped, segment, pos);
          segment = pos + 1;
          pos += 2;
          continue;
        }
      } else if (c === LF) {
        if (buf[pos - 1] !== CR) line++;
      } else if (c === CR) {
        line++;
      }
      pos++;
    }
    let value: string;
    if (unescaped < 0) {
      value = this.decode(segment, pos, high < 0x80);
    } else {
      unescaped = this.unescape(unescaped, segment, pos);
      value = this.scratch.toString(high < 0x80 ? 'latin1' : 'utf8', 0, unescaped);
    }
    fields.push(value);
    this.line = line;
    return pos + 1;
  }

  /** Appends buf[from, to) to the scratch bytes (length `length`, -1 when unused); returns the new length. */
  private unescape(length: number, from: number, to: number): number {
    const start = length < 0 ? 0 : length;
    const needed = start + (to - from);
    if (needed > this.scratch.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.scratch.length * 2));
      this.scratch.copy(grown, 0, 0, start);
      this.scratch = grown;
    }
    this.buf!.copy(this.scratch, start, from, to);
    return needed;
  }

  /** Decodes buf[start, end) into a string that does not pin the buffer. */
  private decode(start: number, end: number, ascii: boolean): string {
    if (start === end) return '';
    if (!ascii) return this.buf!.toString('utf8', start, end);
    return end - start < SHORT_FIELD ? this.text.slice(start, end) : this.buf!.toString('latin1', start, end);
  }

  private invalidUtf8(): CsvFormatError {
    const buf = this.buf!;
    let line = this.line;
    for (let i = this.pos; i < this.badUtf8At; i++) {
      const c = buf[i];
      if (c === CR) line++;
      else if (c === LF && (i > 0 ? buf[i - 1] !== CR : !this.prevCR)) line++;
    }
    return this.error(line, undefined, 'invalid UTF-8');
  }

  private tooLong(line: number): CsvFormatError {
    return this.error(line, undefined, `record is longer than ${this.options.maxRecordBytes} bytes`);
  }

  private error(line: number, column: number | undefined, rule: string): CsvFormatError {
    return new CsvFormatError(this.options.fileName, line, column, rule);
  }
}
