/**
 * CSV bytes to COPY text: reads one file's records, checks and converts every value against
 * the dataset's schema, and yields chunks of rows already encoded for COPY. Runs in the parse
 * worker (parse-worker.ts), so that an import does not take the server's event loop.
 */
import { readCsv } from '../csv/index.ts';
import { type DatasetType, type ParsedSchema } from '../schema/index.ts';
import { planRecords, type RecordPlan } from './records.ts';

/** A failure to report as the job's failure_reason (its message is the reason). */
export class ImportFailure extends Error {}

/** What the parse needs to know about the target. */
export interface ParseTarget {
  schema: ParsedSchema;
  type: DatasetType;
  datasetId: number;
  batchId: number;
  /** Rows per yielded chunk (one COPY write). */
  rowsPerChunk: number;
}

/** One chunk of encoded rows. */
export interface CopyChunk {
  text: string;
  count: number;
}

/** Yields the rows of one CSV file as COPY text; throws RecordError, CsvFormatError or ImportFailure. */
export async function* fileToCopyText(target: ParseTarget, fileName: string, bytes: AsyncIterable<Uint8Array>): AsyncGenerator<CopyChunk> {
  const { rowsPerChunk } = target;
  let plan: RecordPlan | undefined;
  let lines: string[] = [];
  for await (const { records, lines: lineNumbers } of readCsv(bytes, { fileName })) {
    for (let i = 0; i < records.length; i++) {
      if (!plan) {
        plan = planRecords(target.schema, target.type, records[i]!, target, fileName);
        continue;
      }
      const encoded = plan.encode(records[i]!, fileName, lineNumbers[i]!);
      if (typeof encoded !== 'string') throw encoded;
      lines.push(encoded);
      if (lines.length === rowsPerChunk) {
        yield { text: lines.join('\n') + '\n', count: lines.length };
        lines = [];
      }
    }
  }
  if (!plan) throw new ImportFailure(`${fileName}: the file is empty (expected a header row naming the schema's fields)`);
  if (lines.length > 0) yield { text: lines.join('\n') + '\n', count: lines.length };
}
