/**
 * Runs `COPY (query) TO …` as CSV on either backend and hands the text to `sink` in chunks:
 * PostgreSQL streams it (COPY TO STDOUT) on a connection reserved for the statement; PGlite
 * returns each statement's output as one blob, so callers keep a statement's result small by
 * exporting in row ranges. Quoted values escape quotes and backslashes with a backslash
 * (`\"`, `\\`), the CSV dialect bulk import reads.
 *
 * The PostgreSQL stream is read with 'data'/'end' events, pausing while the sink catches up:
 * iterating it with `for await` ends the stream before postgres.js has finished the statement,
 * which leaves the connection unusable (porsager/postgres#917 describes the same symptom).
 */
import type { Readable } from 'node:stream';
import type { Database } from '../../store/database.ts';

const OPTIONS = `(format csv, escape '\\')`;

/** Receives a chunk of CSV text; resolves when it may receive the next. */
export type CsvSink = (chunk: Uint8Array) => Promise<void>;

/** Writes the CSV text of `query`'s rows (no header) to `sink`. `query` takes no parameters. */
export async function copyOut(database: Database, query: string, sink: CsvSink): Promise<void> {
  if (database.kind === 'pglite') {
    const result = await database.pglite!.query(`copy (${query}) to '/dev/blob' with ${OPTIONS}`);
    if (result.blob && result.blob.size > 0) await sink(new Uint8Array(await result.blob.arrayBuffer()));
    return;
  }
  const connection = await database.sql!.reserve();
  try {
    const stream = (await connection.unsafe(`copy (${query}) to stdout with ${OPTIONS}`).readable()) as Readable;
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        stream.removeAllListeners('data');
        reject(err);
      };
      stream.on('data', (chunk: Uint8Array) => {
        stream.pause();
        sink(chunk).then(() => stream.resume(), fail);
      });
      stream.on('end', () => (failed ? undefined : resolve()));
      stream.on('error', fail);
    });
  } finally {
    connection.release();
  }
}
