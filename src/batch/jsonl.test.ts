import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countJsonLines, type InputLine, LineWriter, readJsonLines } from './jsonl.ts';

const dir = mkdtempSync(join(tmpdir(), 'attune-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${++n}.jsonl`);
  writeFileSync(path, content);
  return path;
}

async function all(path: string, maxBytes?: number): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const group of readJsonLines(path, maxBytes)) out.push(...group);
  return out;
}

describe('readJsonLines', () => {
  it('hands out non-blank lines with their 1-based numbers, with or without a final newline, CRLF included', async () => {
    const path = file('{"a":1}\n\n  \t\n{"b":2}\r\n{"c":3}');
    expect(await all(path)).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":2}\r' },
      { line: 5, text: '{"c":3}' },
    ]);
    expect(await countJsonLines(path)).toBe(3);
    expect(await all(file(''))).toEqual([]);
    expect(await countJsonLines(file('\n\n'))).toBe(0);
  });

  it('reads lines that span read chunks, and many lines per chunk, in order', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ userId: `user-${i}`, pad: 'x'.repeat(i % 97) }));
    const long = JSON.stringify({ userId: 'long', pad: 'y'.repeat(200_000) });
    lines.splice(7_000, 0, long);
    const path = file(lines.join('\n') + '\n');
    const got = await all(path);
    expect(got.map((l) => l.text)).toEqual(lines);
    expect(got.at(-1)!.line).toBe(lines.length);
    expect(await countJsonLines(path)).toBe(lines.length);
  });

  it('reports a line over the limit without holding it, and invalid UTF-8, and goes on', async () => {
    const path = file(Buffer.concat([Buffer.from(`{"ok":1}\n${'z'.repeat(300_000)}\n`), Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a]), Buffer.from(`{"ok":2}\n${'w'.repeat(200_001)}`)]));
    expect(await all(path, 200_000)).toEqual([
      { line: 1, text: '{"ok":1}' },
      { line: 2, error: 'line 2: longer than 200000 bytes' },
      { line: 3, error: 'line 3: not valid UTF-8' },
      { line: 4, text: '{"ok":2}' },
      { line: 5, error: 'line 5: longer than 200000 bytes' },
    ]);
    expect(await countJsonLines(path)).toBe(5);
  });

  it('takes a line of exactly the limit', async () => {
    const text = `{"p":"${'q'.repeat(993)}"}`;
    expect(text.length).toBe(1001);
    expect(await all(file(`${text}\n`), 1001)).toEqual([{ line: 1, text }]);
    expect(await all(file(`${text}\n`), 1000)).toEqual([{ line: 1, error: 'line 1: longer than 1000 bytes' }]);
  });
});

describe('LineWriter', () => {
  it('appends each write after the last, replaces an existing file, and flushes on finish', async () => {
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, 'old content that is longer than the new one\n'.repeat(10));
    const writer = await LineWriter.create(path);
    await writer.write('{"a":1}\n');
    await writer.write('');
    await writer.write('{"b":"é"}\n{"c":3}\n');
    await writer.finish();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"b":"é"}\n{"c":3}\n');
  });

  it('keeps every byte in order across many adds, multi-byte text and lines larger than its buffer', async () => {
    const path = join(dir, 'big.jsonl');
    const writer = await LineWriter.create(path);
    let expected = '';
    for (let group = 0; group < 6; group++) {
      for (let i = 0; i < 700; i++) {
        // About 1.6 MB a group: more than one buffer, with 2- 3- and 4-byte characters across the edges.
        const line = `{"g":${group},"i":${i},"t":"${'é€𝄞x'.repeat(((group * 700 + i) % 97) + 300)}"}\n`;
        writer.add(line);
        expected += line;
      }
      if (group === 3) {
        const huge = `{"huge":"${'ü'.repeat(3 << 20)}"}\n`;
        writer.add(huge);
        expected += huge;
      }
      await writer.flush();
      await writer.flush();
    }
    await writer.finish();
    const written = readFileSync(path, 'utf8');
    expect(written.length).toBe(expected.length);
    expect(written === expected).toBe(true);
  });
});
