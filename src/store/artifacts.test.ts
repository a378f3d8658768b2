import { describe, expect, it } from 'vitest';
import { binaryCopyFields } from './artifacts.ts';

/** A binary COPY stream of one bytea column with these rows (PostgreSQL's documented layout). */
function copyStream(rows: Buffer[], extension = Buffer.alloc(0)): Buffer {
  const parts: Buffer[] = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), int32(0), int32(extension.length), extension];
  for (const row of rows) parts.push(int16(1), int32(row.length), row);
  parts.push(int16(-1));
  return Buffer.concat(parts);
}
const int16 = (v: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(v);
  return b;
};
const int32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return b;
};

describe('binaryCopyFields', () => {
  it('returns each row’s bytes, skipping a header extension', () => {
    const rows = [Buffer.from([1, 2, 3]), Buffer.alloc(0), Buffer.from('chunk')];
    expect(binaryCopyFields(copyStream(rows, Buffer.from('ext')))).toEqual(rows);
    expect(binaryCopyFields(copyStream([]))).toEqual([]);
  });

  it('refuses what is not a complete binary COPY of one column', () => {
    expect(() => binaryCopyFields(Buffer.from('u1\ti1\n'))).toThrow(/not a binary COPY/);
    const whole = copyStream([Buffer.from('abcdef')]);
    expect(() => binaryCopyFields(whole.subarray(0, whole.length - 5))).toThrow();
    const two = Buffer.concat([whole.subarray(0, 19), int16(2), int32(1), Buffer.from('a'), int32(1), Buffer.from('b'), int16(-1)]);
    expect(() => binaryCopyFields(two)).toThrow(/2 fields/);
  });
});
