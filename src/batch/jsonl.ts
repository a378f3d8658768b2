/**
 * JSON Lines in and out, in bounded memory. The reader streams a file and hands out its lines
 * in groups (no whole-file buffer; a line longer than the limit is skipped without being held
 * and reported as an error line); the writer appends text to a file and waits for each write,
 * so a slow disk slows the job down instead of filling memory.
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';

/** Longest input line read (longer ones become an error line): 1 MiB. */
export const MAX_LINE_BYTES = 1 << 20;
const CHUNK_BYTES = 1 << 16;

/** One non-blank input line: its text, or why it cannot be read. `line` is 1-based. */
export type InputLine = { line: number; text: string; error?: undefined } | { line: number; text?: undefined; error: string };

const NEWLINE = 10;

/** Whether bytes [start, end) hold only spaces, tabs and carriage returns. */
function blank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b !== 32 && b !== 9 && b !== 13) return false;
  }
  return true;
}

/**
 * The non-blank lines of a file, in groups of about one read chunk. A line over `maxBytes`
 * (the newline excluded) or that is not UTF-8 comes back as an error; blank lines are skipped.
 */
export async function* readJsonLines(path: string, maxBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine[]> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let oversized = false;
  let line = 0;
  const finish = (out: InputLine[], last: Buffer, start: number, end: number) => {
    line++;
    if (oversized) {
      out.push({ line, error: `line ${line}: longer than ${maxBytes} bytes` });
    } else {
      const bytes = parts.length === 0 ? last.subarray(start, end) : Buffer.concat([...parts, last.subarray(start, end)]);
      if (!blank(bytes, 0, bytes.length)) {
        if (!isUtf8(bytes)) out.push({ line, error: `line ${line}: not valid UTF-8` });
        else out.push({ line, text: bytes.toString('utf8') });
      }
    }
    parts = [];
    partBytes = 0;
    oversized = false;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    const out: InputLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      if (!oversized && partBytes + nl - start > maxBytes) oversized = true;
      finish(out, chunk, start, nl);
      start = nl + 1;
    }
    if (start < chunk.length) {
      // The rest belongs to a line that continues in the next chunk: keep it unless the line is already too long.
      if (!oversized && partBytes + chunk.length - start > maxBytes) {
        oversized = true;
        parts = [];
        partBytes = 0;
      }
      if (!oversized) {
        parts.push(chunk.subarray(start));
        partBytes += chunk.length - start;
      }
    }
    if (out.length > 0) yield out;
  }
  if (partBytes > 0 || oversized) {
    const out: InputLine[] = [];
    finish(out, Buffer.alloc(0), 0, 0);
    if (out.length > 0) yield out;
  }
}

/** The number of non-blank lines of a file (what readJsonLines will hand out), in one streaming pass. */
export async function countJsonLines(path: string): Promise<number> {
  let count = 0;
  let seen = false;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === NEWLINE) {
        if (seen) count++;
        seen = false;
      } else if (b !== 32 && b !== 9 && b !== 13) seen = true;
    }
  }
  return seen ? count + 1 : count;
}

/** Bytes a LineWriter gathers before writing (more when one group of lines needs it). */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Appends text to a new file; each write completes before the next starts. Text is encoded
 * straight into a reused buffer: converting each group's string into a fresh Buffer cost
 * about as much as formatting the lines (bench/RESULTS.md, "Batch jobs, session 10").
 */
export class LineWriter {
  private buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  private used = 0;
  /** Buffers filled before the current one, since the last flush. */
  private full: Buffer[] = [];

  private constructor(private readonly file: FileHandle) {}

  /** Creates (or empties) the file at `path`. */
  static async create(path: string): Promise<LineWriter> {
    return new LineWriter(await open(path, 'w'));
  }

  /** Adds `text` (newline-terminated lines) to what the next flush writes. */
  add(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8, so this much room always suffices.
    const room = text.length * 3;
    if (this.buffer.length - this.used < room) {
      if (this.used > 0) this.full.push(this.buffer.subarray(0, this.used));
      this.buffer = Buffer.allocUnsafe(Math.max(WRITE_BUFFER_BYTES, room));
      this.used = 0;
    }
    this.used += this.buffer.write(text, this.used);
  }

  /** Writes what was added since the last flush. */
  async flush(): Promise<void> {
    const parts = [...this.full, this.buffer.subarray(0, this.used)].filter((b) => b.length > 0);
    this.full = [];
    for (const part of parts) {
      for (let at = 0; at < part.length; ) at += (await this.file.write(part, at, part.length - at)).bytesWritten;
    }
    // Safe to reuse: every write of it has completed.
    this.used = 0;
  }

  /** Appends `text` (already newline-terminated lines) now. */
  async write(text: string): Promise<void> {
    this.add(text);
    await this.flush();
  }

  /** Flushes the file to disk and closes it. */
  async finish(): Promise<void> {
    await this.flush();
    await this.file.sync();
    await this.file.close();
  }

  /** Closes the file without flushing (the attempt failed; the file is removed by the caller). */
  async abort(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }
}
