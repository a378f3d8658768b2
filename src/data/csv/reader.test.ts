import { describe, expect, it } from 'vitest';
import { CsvFormatError, readCsv, type CsvReadOptions } from './index.ts';

interface Parsed {
  records: string[][];
  lines: number[];
}

async function* chunksOf(parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

/** Splits `bytes` into chunks of `size` bytes (the whole input when size is omitted). */
function split(bytes: Buffer, size = bytes.length || 1): Buffer[] {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return parts;
}

async function collect(parts: Uint8Array[], options: Partial<CsvReadOptions> = {}): Promise<Parsed> {
  const out: Parsed = { records: [], lines: [] };
  for await (const batch of readCsv(chunksOf(parts), { fileName: 'test.csv', ...options })) {
    expect(batch.records.length).toBe(batch.lines.length);
    expect(batch.records.length).toBeGreaterThan(0);
    out.records.push(...batch.records);
    out.lines.push(...batch.lines);
  }
  return out;
}

function parse(input: string | Buffer, size?: number, options?: Partial<CsvReadOptions>): Promise<Parsed> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return collect(split(bytes, size), options);
}

async function failure(input: string | Buffer, size?: number, options?: Partial<CsvReadOptions>): Promise<CsvFormatError> {
  try {
    await parse(input, size, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFormatError);
    return error as CsvFormatError;
  }
  throw new Error('expected a CsvFormatError');
}

/** Parses `input` split into chunks of every size, and at every single split point, expecting the same result. */
async function expectSameAtEverySplit(input: Buffer, expected: Parsed): Promise<void> {
  for (let size = 1; size <= input.length; size++) {
    expect(await parse(input, size), `chunks of ${size} bytes`).toEqual(expected);
  }
  for (let at = 1; at < input.length; at++) {
    const parts = [input.subarray(0, at), input.subarray(at)];
    expect(await collect(parts), `split at byte ${at}`).toEqual(expected);
  }
}

/** Expects the same error at every chunking of `input`. */
async function expectSameErrorAtEverySplit(input: Buffer, message: string): Promise<void> {
  for (let size = 1; size <= input.length; size++) {
    expect((await failure(input, size)).message, `chunks of ${size} bytes`).toBe(message);
  }
}

/** A straightforward string-based implementation of the same rules, to check the byte state machine against. */
function reference(input: string): Parsed {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const out: Parsed = { records: [], lines: [] };
  let i = 0;
  let line = 1;
  const lineEnd = (): void => {
    line++;
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
  };
  while (i < text.length) {
    if (text[i] === '\n' || text[i] === '\r') {
      lineEnd();
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        i++;
        let value = '';
        for (;;) {
          const c = text[i];
          if (c === undefined) throw new Error(`test.csv, line ${start}, column ${fields.length + 1}: unterminated quoted field`);
          if (c === '"' && text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else if (c === '"') {
            i++;
            break;
          } else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
            value += text[i + 1];
            i += 2;
          } else {
            if (c === '\r' || (c === '\n' && text[i - 1] !== '\r')) line++;
            value += c;
            i++;
          }
        }
        fields.push(value);
      } else {
        let j = i;
        while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
        fields.push(text.slice(i, j));
        i = j;
      }
      if (i >= text.length) break;
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\n' || text[i] === '\r') {
        lineEnd();
        break;
      }
      throw new Error(`test.csv, line ${line}, column ${fields.length}: unexpected character after closing quote`);
    }
    out.records.push(fields);
    out.lines.push(start);
  }
  return out;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('readCsv', () => {
  it('reads plain records with their line numbers', async () => {
    const parsed = await parse('USER_ID,ITEM_ID,TIMESTAMP\nu1,i1,1700000000\nu2,i2,1700000001\n');
    expect(parsed).toEqual({
      records: [
        ['USER_ID', 'ITEM_ID', 'TIMESTAMP'],
        ['u1', 'i1', '1700000000'],
        ['u2', 'i2', '1700000001'],
      ],
      lines: [1, 2, 3],
    });
  });

  it('accepts CRLF line ends and a CRLF split between chunks', async () => {
    const expected = { records: [['a', 'b'], ['c', 'd'], ['e']], lines: [1, 2, 3] };
    expect(await parse('a,b\r\nc,d\r\ne\r\n')).toEqual(expected);
    await expectSameAtEverySplit(Buffer.from('a,b\r\nc,d\r\ne\r\n'), expected);
  });

  it('treats a lone CR outside quotes as a line end', async () => {
    expect(await parse('a,b\rc,d\r\re')).toEqual({ records: [['a', 'b'], ['c', 'd'], ['e']], lines: [1, 2, 4] });
    expect(await parse('"x\ry",z\nw')).toEqual({ records: [['x\ry', 'z'], ['w']], lines: [1, 3] });
  });

  it('drops a UTF-8 BOM at the start only', async () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,name\n1,\ufeffx\n')]);
    const expected = { records: [['id', 'name'], ['1', '\ufeffx']], lines: [1, 2] };
    expect(await parse(input)).toEqual(expected);
    await expectSameAtEverySplit(input, expected);
    expect(await parse(Buffer.from([0xef, 0xbb, 0xbf]))).toEqual({ records: [], lines: [] });
  });

  it('reads quoted fields with commas, line breaks and escapes', async () => {
    const input = [
      'a,b,c',
      '"x,y","line1\nline2","say ""hi"""',
      '"back\\"slash","two\\\\","keep \\n as is"',
      '"","\\\\\\"",plain"quote',
      'not\\"quoted,"\r\n",end',
    ].join('\n');
    expect(await parse(input)).toEqual({
      records: [
        ['a', 'b', 'c'],
        ['x,y', 'line1\nline2', 'say "hi"'],
        ['back"slash', 'two\\', 'keep \\n as is'],
        ['', '\\"', 'plain"quote'],
        ['not\\"quoted', '\r\n', 'end'],
      ],
      lines: [1, 2, 4, 5, 6],
    });
  });

  it('reads empty fields', async () => {
    expect(await parse(',\na,,b\n,,\n"",x,""\nlast,')).toEqual({
      records: [['', ''], ['a', '', 'b'], ['', '', ''], ['', 'x', ''], ['last', '']],
      lines: [1, 2, 3, 4, 5],
    });
  });

  it('returns the last record with or without a final newline', async () => {
    const expected = { records: [['a'], ['b', 'c']], lines: [1, 2] };
    expect(await parse('a\nb,c')).toEqual(expected);
    expect(await parse('a\nb,c\n')).toEqual(expected);
    expect(await parse('a\nb,c\r\n')).toEqual(expected);
    expect(await parse('a\nb,"c"')).toEqual(expected);
    expect(await parse('')).toEqual({ records: [], lines: [] });
  });

  it('skips blank lines but counts them', async () => {
    expect(await parse('\n\na\n\r\n\nb\n\n\n')).toEqual({ records: [['a'], ['b']], lines: [3, 6] });
    expect(await parse(' \n')).toEqual({ records: [[' ']], lines: [1] });
  });

  it('numbers lines after multi-line quoted fields', async () => {
    const input = 'h1,h2\n"a\nb\nc",x\nnext,"p\r\nq"\r\n\r\nlast,"\n"\nafter';
    expect(await parse(input)).toEqual({
      records: [['h1', 'h2'], ['a\nb\nc', 'x'], ['next', 'p\r\nq'], ['last', '\n'], ['after']],
      lines: [1, 2, 5, 8, 10],
    });
  });

  it('gives the same records and lines however the input is chunked', async () => {
    const input = Buffer.from(
      '\ufeffUSER_ID,ITEM_ID,NOTE\r\nu1,i1,"a,b"\n\nu2,,"x\r\ny ""q"" \\" \\\\ \\z"\r' +
        'ü€,𝄞x,"é\n𝄞"\n"",long field of thirty bytes..,end\n' +
        '"ü""€\\\\\\"x","a quoted field of 30 bytes...","quoted non-ASCII: ünïcödé"',
      'utf8',
    );
    const expected = {
      records: [
        ['USER_ID', 'ITEM_ID', 'NOTE'],
        ['u1', 'i1', 'a,b'],
        ['u2', '', 'x\r\ny "q" " \\ \\z'],
        ['ü€', '𝄞x', 'é\n𝄞'],
        ['', 'long field of thirty bytes..', 'end'],
        ['ü"€\\"x', 'a quoted field of 30 bytes...', 'quoted non-ASCII: ünïcödé'],
      ],
      lines: [1, 2, 4, 6, 8, 9],
    };
    expect(await parse(input)).toEqual(expected);
    await expectSameAtEverySplit(input, expected);
  });

  it('agrees with a reference implementation on random inputs and chunkings', async () => {
    const next = random(20240611);
    const tokens = ['a', 'bc', 'é', '𝄞', '€', ',', ',', '\n', '\r\n', '\r', '"', '""', '\\', '\\"', ' ', 'field-longer-than-13'];
    const pick = (): string => tokens[Math.floor(next() * tokens.length)]!;
    let failures = 0;
    for (let round = 0; round < 400; round++) {
      const parts: string[] = next() < 0.1 ? ['\ufeff'] : [];
      for (let n = Math.floor(next() * 40); n > 0; n--) parts.push(pick());
      const text = parts.join('');
      let expected: Parsed | string;
      try {
        expected = reference(text);
      } catch (error) {
        expected = (error as Error).message;
        failures++;
      }
      const bytes = Buffer.from(text, 'utf8');
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; ) {
        const size = 1 + Math.floor(next() * 8);
        chunks.push(bytes.subarray(at, at + size));
        at += size;
      }
      const actual = await collect(chunks).catch((error: unknown) => {
        expect(error).toBeInstanceOf(CsvFormatError);
        return (error as Error).message;
      });
      expect(actual, JSON.stringify(text)).toEqual(expected);
    }
    expect(failures).toBeGreaterThan(20);
    expect(failures).toBeLessThan(380);
  });

  it('decodes multibyte characters split across chunks', async () => {
    const text = 'é,€€€,𝄞𝄞,日本語テキスト that is long enough,😀';
    const input = Buffer.from(`${text}\n${text}`, 'utf8');
    const expected = { records: [text.split(','), text.split(',')], lines: [1, 2] };
    await expectSameAtEverySplit(input, expected);
  });

  it('accepts plain Uint8Array chunks', async () => {
    const bytes = new TextEncoder().encode('a,b\nc,d\n');
    expect(await collect([bytes.subarray(0, 3), bytes.subarray(3)])).toEqual({
      records: [['a', 'b'], ['c', 'd']],
      lines: [1, 2],
    });
  });

  it('emits large inputs in several batches with consecutive lines', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `u${i},i${i % 97},${1700000000 + i},click,3.5`);
    const input = Buffer.from(`${rows.join('\n')}\n`);
    let batches = 0;
    const records: string[][] = [];
    const lines: number[] = [];
    for await (const batch of readCsv(chunksOf(split(input, 65536)), { fileName: 'big.csv' })) {
      batches++;
      expect(batch.records.length).toBeLessThanOrEqual(4096);
      records.push(...batch.records);
      lines.push(...batch.lines);
    }
    expect(batches).toBeGreaterThan(2);
    expect(records).toEqual(rows.map((r) => r.split(',')));
    expect(lines).toEqual(rows.map((_, i) => i + 1));
  });

  describe('invalid UTF-8', () => {
    it('names the line of the bad byte', async () => {
      const input = Buffer.concat([Buffer.from('a,b\n"multi\nline",c\nok,'), Buffer.from([0xff]), Buffer.from('\nz\n')]);
      const error = await failure(input);
      expect(error.message).toBe('test.csv, line 4: invalid UTF-8');
      expect(error.rule).toBe('invalid UTF-8');
      expect(error.line).toBe(4);
      expect(error.column).toBeUndefined();
      await expectSameErrorAtEverySplit(input, 'test.csv, line 4: invalid UTF-8');
    });

    it('rejects bad sequences and never replaces them', async () => {
      const bad: number[][] = [
        [0xc0, 0x80], // overlong
        [0xe0, 0x80, 0x80], // overlong
        [0xed, 0xa0, 0x80], // surrogate
        [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
        [0x80], // lone continuation
        [0xe2, 0x82], // truncated, then a line break
        [0xf8, 0x88, 0x80, 0x80, 0x80], // 5-byte form
      ];
      for (const bytes of bad) {
        const input = Buffer.concat([Buffer.from('h\r\n\r\nx'), Buffer.from(bytes), Buffer.from('\nnext\n')]);
        await expectSameErrorAtEverySplit(input, 'test.csv, line 3: invalid UTF-8');
      }
    });

    it('rejects a character cut off by the end of the file', async () => {
      const input = Buffer.concat([Buffer.from('a\n\nb,'), Buffer.from([0xf0, 0x9f, 0x98])]);
      await expectSameErrorAtEverySplit(input, 'test.csv, line 3: invalid UTF-8');
    });

    it('rejects bad bytes inside quoted fields', async () => {
      const input = Buffer.concat([Buffer.from('"a\nb'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]);
      await expectSameErrorAtEverySplit(input, 'test.csv, line 2: invalid UTF-8');
    });
  });

  it('fails on an unterminated quoted field, naming the line where its record starts', async () => {
    const input = Buffer.from('a,b\nc,"open\nstill open\n\n');
    const error = await failure(input);
    expect(error.line).toBe(2);
    expect(error.column).toBe(2);
    expect(error.rule).toBe('unterminated quoted field');
    await expectSameErrorAtEverySplit(input, 'test.csv, line 2, column 2: unterminated quoted field');
    expect((await failure('"ends with backslash\\"')).line).toBe(1);
  });

  it('fails on a character after a closing quote, naming the field', async () => {
    const input = Buffer.from('h1,h2,h3\nx,"multi\nline"y,z\n');
    const error = await failure(input);
    expect(error.message).toBe('test.csv, line 3, column 2: unexpected character after closing quote');
    expect(error.fileName).toBe('test.csv');
    expect(error.column).toBe(2);
    await expectSameErrorAtEverySplit(input, error.message);
    expect((await failure('"a" ,b')).column).toBe(1);
  });

  describe('maxRecordBytes', () => {
    it('accepts a record of exactly the limit and rejects one byte more', async () => {
      const ok = await parse('12345,7\nabc\n', undefined, { maxRecordBytes: 7 });
      expect(ok.records).toEqual([['12345', '7'], ['abc']]);
      const input = Buffer.from('a\n12345,78\nabc\n');
      const error = await failure(input, undefined, { maxRecordBytes: 7 });
      expect(error.message).toBe('test.csv, line 2: record is longer than 7 bytes');
      for (let size = 1; size <= input.length; size++) {
        expect((await failure(input, size, { maxRecordBytes: 7 })).line).toBe(2);
      }
    });

    it('counts quoted line breaks and escapes as record bytes', async () => {
      const error = await failure('h\n"a\n\n\n\n\n\n",b\n', 4, { maxRecordBytes: 8 });
      expect(error.line).toBe(2);
      expect(error.rule).toBe('record is longer than 8 bytes');
    });

    it('fails fast on a 100 MB line without buffering it', async () => {
      const chunk = Buffer.alloc(64 * 1024, 'a'.charCodeAt(0));
      let pulled = 0;
      let closed = false;
      async function* huge(): AsyncGenerator<Uint8Array> {
        try {
          yield Buffer.from('USER_ID,ITEM_ID\n');
          for (let sent = 0; sent < 100 * 1024 * 1024; sent += chunk.length) {
            pulled += chunk.length;
            yield chunk;
          }
        } finally {
          closed = true;
        }
      }
      const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
      const started = performance.now();
      let error: unknown;
      try {
        for await (const batch of readCsv(huge(), { fileName: 'huge.csv' })) expect(batch.lines).toEqual([1]);
      } catch (caught) {
        error = caught;
      }
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(CsvFormatError);
      expect((error as CsvFormatError).message).toBe('huge.csv, line 2: record is longer than 1048576 bytes');
      expect(pulled).toBeLessThanOrEqual(1024 * 1024 + chunk.length);
      expect(closed).toBe(true);
      expect(elapsed).toBeLessThan(1000);
      const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
      expect(heapAfter - heapBefore).toBeLessThan(32 * 1024 * 1024);
    });

    it('fails fast on a huge unterminated quoted field', async () => {
      const chunk = Buffer.alloc(64 * 1024, '\n'.charCodeAt(0));
      let pulled = 0;
      async function* huge(): AsyncGenerator<Uint8Array> {
        yield Buffer.from('a,"');
        for (let sent = 0; sent < 100 * 1024 * 1024; sent += chunk.length) {
          pulled += chunk.length;
          yield chunk;
        }
      }
      await expect(readCsv(huge(), { fileName: 'q.csv' }).next()).rejects.toThrow(
        'q.csv, line 1: record is longer than 1048576 bytes',
      );
      expect(pulled).toBeLessThanOrEqual(1024 * 1024 + chunk.length);
    });

    it('rejects a bad limit', async () => {
      await expect(readCsv(chunksOf([]), { fileName: 'x', maxRecordBytes: 0 }).next()).rejects.toThrow(RangeError);
    });
  });
});
