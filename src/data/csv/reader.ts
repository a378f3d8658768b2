import { RecordParser, type CsvBatch, type ResolvedCsvOptions } from './parser.ts';

export { CsvFormatError } from './errors.ts';
export type { CsvBatch } from './parser.ts';

/** Default for `maxRecordBytes`: 1 MiB. */
export const DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;

export interface CsvReadOptions {
  /** Used in error messages. */
  fileName: string;
  /** A record longer than this many bytes fails at once, without buffering the rest of it. Default 1 MiB. */
  maxRecordBytes?: number;
}

function resolveOptions(options: CsvReadOptions): ResolvedCsvOptions {
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  if (!Number.isSafeInteger(maxRecordBytes) || maxRecordBytes < 1) {
    throw new RangeError(`maxRecordBytes must be a positive integer (got ${maxRecordBytes})`);
  }
  return { fileName: options.fileName, maxRecordBytes };
}

function toBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Streams the records of one CSV file in batches of up to 4096 records (a batch never waits for
 * a later input chunk), holding about one input chunk plus one record in memory. The first record of a
 * file is its header row. Throws CsvFormatError for malformed input.
 *
 * Format: comma separator; records end at LF, CRLF or a lone CR (outside quotes), and each of
 * those counts as one physical line; a leading UTF-8 BOM is dropped; empty lines are skipped.
 * In a field that starts with `"`, commas and line breaks are literal, `""` is `"`, `\"` is `"`
 * and `\\` is `\` (any other backslash is kept), and only a comma or a line end may follow the
 * closing quote. Elsewhere quotes and backslashes are literal. Input must be valid UTF-8.
 */
export async function* readCsv(chunks: AsyncIterable<Uint8Array>, options: CsvReadOptions): AsyncGenerator<CsvBatch> {
  const parser = new RecordParser(resolveOptions(options));
  for await (const chunk of chunks) {
    parser.push(toBuffer(chunk));
    for (let batch = parser.next(); batch; batch = parser.next()) yield batch;
  }
  parser.finish();
  for (let batch = parser.next(); batch; batch = parser.next()) yield batch;
}
