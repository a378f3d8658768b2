import { isAscii, isUtf8 } from 'node:buffer';

/** Length of the sequence a lead byte announces; 1 for ASCII and for bytes that can never lead. */
function sequenceLength(lead: number): number {
  return lead < 0xc2 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 1;
}

/**
 * Whether bytes[at + 1 .. at + length) are what may follow the lead byte at `at` (Unicode
 * table 3-7: no overlongs, no surrogates, nothing above U+10FFFF). `length` may be shorter
 * than the whole sequence, to judge a prefix.
 */
function continuationValid(bytes: Uint8Array, at: number, length: number): boolean {
  const lead = bytes[at]!;
  for (let k = 1; k < length; k++) {
    const b = bytes[at + k]!;
    const lo = k > 1 ? 0x80 : lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const hi = k > 1 ? 0xbf : lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (b < lo || b > hi) return false;
  }
  return true;
}

/**
 * Offset of the first byte in bytes[start, end) that begins an ill-formed UTF-8 sequence, or -1.
 * A sequence cut off by `end` counts as ill-formed. Byte-by-byte: for locating errors only.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(b);
    if (n === 1 || i + n > end || !continuationValid(bytes, i, n)) return i;
    i += n;
  }
  return -1;
}

/**
 * Validates a byte stream as UTF-8 chunk by chunk, carrying a character split across chunks
 * (at most 3 bytes) to the next one. Bulk checks use the native `isAscii`/`isUtf8`.
 */
export class Utf8Validator {
  private readonly pending = Buffer.alloc(4);
  private pendingLength = 0;

  /**
   * Checks the next chunk. Returns -1 when everything so far is well-formed (or a prefix of a
   * well-formed character), else the offset in `chunk` before which the first ill-formed
   * sequence starts: 0 when that sequence began in an earlier chunk (it has no line break in it,
   * so it lies on the line where `chunk` starts).
   */
  check(chunk: Buffer): number {
    if (this.pendingLength === 0 && isAscii(chunk)) return -1;
    let start = 0;
    if (this.pendingLength > 0) {
      const need = sequenceLength(this.pending[0]!);
      start = Math.min(need - this.pendingLength, chunk.length);
      chunk.copy(this.pending, this.pendingLength, 0, start);
      this.pendingLength += start;
      if (!continuationValid(this.pending, 0, this.pendingLength)) return 0;
      if (this.pendingLength < need) return -1;
      this.pendingLength = 0;
    }
    const length = chunk.length;
    let tail = 0;
    for (let i = length - 1; i >= start && i >= length - 3; i--) {
      const b = chunk[i]!;
      if (b < 0x80) break;
      if (b >= 0xc0) {
        if (sequenceLength(b) > length - i) tail = length - i;
        break;
      }
    }
    const body = start === 0 && tail === 0 ? chunk : chunk.subarray(start, length - tail);
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(chunk, start, length - tail);
      return at < 0 ? start : at;
    }
    if (tail > 0) {
      chunk.copy(this.pending, 0, length - tail);
      this.pendingLength = tail;
      if (!continuationValid(this.pending, 0, tail)) return length - tail;
    }
    return -1;
  }

  /** Whether the stream ended inside a character (which makes it ill-formed at its end). */
  truncated(): boolean {
    return this.pendingLength > 0;
  }
}
