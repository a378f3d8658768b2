/**
 * Runs `COPY (query) TO …` as CSV on either backend and yields the text in chunks: PostgreSQL
 * streams it (COPY TO STDOUT); PGlite returns each statement's output as one blob, so callers
 * keep a statement's result small by exporting in row ranges. Quoted values escape quotes
 * and backslashes with a backslash (`\"`, `\\`), the CSV dialect bulk import reads.
 */
import type { Database } from '../../store/database.ts';

const OPTIONS = `(format csv, escape '\\')`;

/** Yields the CSV text of `query`'s rows (no header). `query` takes no parameters. */
export async function* copyOut(database: Database, query: string): AsyncGenerator<Uint8Array> {
  const statement = database.kind === 'postgres' ? `copy (${query}) to stdout with ${OPTIONS}` : `copy (${query}) to '/dev/blob' with ${OPTIONS}`;
  if (database.kind === 'postgres') {
    const stream = await database.sql!.unsafe(statement).readable();
    for await (const chunk of stream) yield chunk as Uint8Array;
    return;
  }
  const result = await database.pglite!.query(statement);
  if (result.blob && result.blob.size > 0) yield new Uint8Array(await result.blob.arrayBuffer());
}
