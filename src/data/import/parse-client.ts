/**
 * The main-thread side of the parse worker: streams a file's bytes to the worker and yields
 * the COPY text it sends back, with backpressure both ways (at most a few byte chunks and two
 * row chunks in flight).
 */
import { Worker } from 'node:worker_threads';
import type { CopyChunk } from './copy-text.ts';
import { ImportFailure } from './copy-text.ts';
import type { FromWorker, ParseWorkerData, ToWorker } from './parse-worker.ts';

const MAX_BYTE_CHUNKS_IN_FLIGHT = 4;

/** Where the worker's code is: compiled JS in dist/, or the TypeScript source through tsx. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./parse-worker-boot.mjs', import.meta.url) : new URL('./parse-worker.js', import.meta.url);
}

/** An error the worker hit that is not the data's fault (a bug). */
export class ParseWorkerCrash extends Error {}

export class ParseWorker {
  private readonly worker: Worker;
  private inbox: FromWorker[] = [];
  private wake: (() => void) | undefined;
  private crashed: Error | undefined;

  constructor(data: ParseWorkerData) {
    this.worker = new Worker(workerUrl(), { workerData: data });
    this.worker.on('message', (m: FromWorker) => this.deliver(m));
    this.worker.on('error', (err) => {
      this.crashed = err;
      this.deliver(undefined);
    });
    this.worker.on('exit', (code) => {
      this.crashed ??= new ParseWorkerCrash(`the parse worker exited (code ${code})`);
      this.deliver(undefined);
    });
  }

  /** Parses one file; yields its rows as COPY text. Throws ImportFailure for bad data. */
  async *parseFile(name: string, bytes: AsyncIterable<Uint8Array>): AsyncGenerator<CopyChunk> {
    this.post({ t: 'file', name });
    const source = bytes[Symbol.asyncIterator]();
    let inFlight = 0;
    let sourceDone = false;
    const feed = async () => {
      while (!sourceDone && inFlight < MAX_BYTE_CHUNKS_IN_FLIGHT) {
        const next = await source.next();
        if (next.done) {
          sourceDone = true;
          this.post({ t: 'eof' });
          return;
        }
        // Copy into a buffer of our own and hand it over without a second copy.
        const data = new Uint8Array(next.value);
        inFlight++;
        this.worker.postMessage({ t: 'bytes', data } satisfies ToWorker, [data.buffer]);
      }
    };
    try {
      await feed();
      for (;;) {
        const m = await this.receive();
        if (m.t === 'consumed') {
          inFlight--;
          await feed();
        } else if (m.t === 'rows') {
          yield { text: m.text, count: m.count };
          this.post({ t: 'credit' });
        } else if (m.t === 'done') {
          return;
        } else {
          throw m.expected ? new ImportFailure(m.message) : new ParseWorkerCrash(m.message);
        }
      }
    } finally {
      if (!sourceDone) await source.return?.();
    }
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private post(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  private deliver(m: FromWorker | undefined): void {
    if (m) this.inbox.push(m);
    this.wake?.();
    this.wake = undefined;
  }

  private async receive(): Promise<FromWorker> {
    for (;;) {
      const m = this.inbox.shift();
      if (m) return m;
      if (this.crashed) throw this.crashed;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
