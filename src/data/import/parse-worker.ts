/**
 * Worker thread that turns CSV bytes into COPY text (see copy-text.ts). Protocol, main → worker:
 * `file` (start a file), `bytes` (a transferred chunk), `eof` (end of that file), `credit` (the
 * main thread wrote one chunk of rows). Worker → main: `consumed` (a byte chunk was read, send
 * another), `rows` (a chunk of COPY text), `done` (the file is finished), `error`.
 * The worker keeps at most two chunks of rows unacknowledged, so memory stays bounded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CsvFormatError } from '../csv/index.ts';
import type { ParsedSchema, DatasetType } from '../schema/index.ts';
import { fileToCopyText, ImportFailure } from './copy-text.ts';
import { RecordError } from './records.ts';

/** Messages the main thread sends. */
export type ToWorker = { t: 'file'; name: string } | { t: 'bytes'; data: Uint8Array } | { t: 'eof' } | { t: 'credit' };

/** Messages the worker sends. */
export type FromWorker =
  | { t: 'consumed' }
  | { t: 'rows'; text: string; count: number }
  | { t: 'done' }
  | { t: 'error'; expected: boolean; message: string };

/** The worker's start-up data. */
export interface ParseWorkerData {
  schema: ParsedSchema;
  type: DatasetType;
  datasetId: number;
  batchId: number;
  rowsPerChunk: number;
}

const MAX_UNACKED = 2;
const port = parentPort!;
const target = workerData as ParseWorkerData;

let chunks: Uint8Array[] = [];
let eof = false;
let wake: (() => void) | undefined;
let credits = MAX_UNACKED;
let creditWake: (() => void) | undefined;

const send = (m: FromWorker) => port.postMessage(m);

async function* bytes(): AsyncIterable<Uint8Array> {
  for (;;) {
    if (chunks.length > 0) {
      const next = chunks.shift()!;
      send({ t: 'consumed' });
      yield next;
      continue;
    }
    if (eof) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

async function parse(name: string): Promise<void> {
  try {
    for await (const chunk of fileToCopyText(target, name, bytes())) {
      while (credits === 0) await new Promise<void>((resolve) => (creditWake = resolve));
      credits--;
      send({ t: 'rows', text: chunk.text, count: chunk.count });
    }
    send({ t: 'done' });
  } catch (err) {
    const expected = err instanceof RecordError || err instanceof CsvFormatError || err instanceof ImportFailure;
    send({ t: 'error', expected, message: err instanceof Error ? (expected ? err.message : (err.stack ?? err.message)) : String(err) });
  }
}

port.on('message', (m: ToWorker) => {
  switch (m.t) {
    case 'file':
      chunks = [];
      eof = false;
      credits = MAX_UNACKED;
      void parse(m.name);
      break;
    case 'bytes':
      chunks.push(m.data);
      break;
    case 'eof':
      eof = true;
      break;
    case 'credit':
      credits++;
      creditWake?.();
      creditWake = undefined;
      return;
  }
  wake?.();
  wake = undefined;
});
