/**
 * Bulk row writers for imports: COPY … FROM STDIN streamed on PostgreSQL, and on PGlite one
 * COPY … FROM '/dev/blob' per batch (measured faster there than INSERT … SELECT FROM unnest:
 * 179k against 108k rows/s for 1M interactions). Both take column-major batches encoded in
 * COPY text format, hold at most one batch in memory, and apply backpressure.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Database } from './database.ts';

/** A column and its SQL type. */
export interface ColumnSpec {
  name: string;
  type: 'int4' | 'int8' | 'text' | 'float4' | 'float8' | 'jsonb' | 'bool';
}

/** Writes rows into one table. */
export interface BulkWriter {
  /** Appends `count` rows given as one array per column (values may be null). */
  write(columns: unknown[][], count: number): Promise<void>;
  /** Appends `count` rows already encoded as COPY text (see encodeCopyRows). */
  writeText(text: string, count: number): Promise<void>;
  /** Flushes and returns the number of rows written. */
  finish(): Promise<number>;
  /** Stops writing after a failure; rows already written stay (callers make them invisible). */
  abort(): Promise<void>;
}

/** Opens the right writer for the database kind. */
export async function openBulkWriter(database: Database, table: string, columns: ColumnSpec[]): Promise<BulkWriter> {
  return database.kind === 'postgres' ? openCopyWriter(database, table, columns) : new BlobCopyWriter(database, table, columns);
}

const ESCAPE = /[\\\t\n\r]/;

/** Encodes one value in COPY text format. */
export function copyText(value: unknown, type: ColumnSpec['type']): string {
  if (value === null || value === undefined) return '\\N';
  let s: string;
  if (type === 'jsonb') s = JSON.stringify(value);
  else if (typeof value === 'string') s = value;
  else s = String(value);
  if (!ESCAPE.test(s)) return s;
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** Encodes `count` rows of column-major data as COPY text (one line per row). */
export function encodeCopyRows(columns: unknown[][], count: number, types: ColumnSpec['type'][]): string {
  const parts: string[] = new Array(count);
  const width = columns.length;
  for (let r = 0; r < count; r++) {
    let line = copyText(columns[0]![r], types[0]!);
    for (let c = 1; c < width; c++) line += '\t' + copyText(columns[c]![r], types[c]!);
    parts[r] = line;
  }
  return parts.join('\n') + '\n';
}

/**
 * COPY on PostgreSQL runs in a transaction on a connection of its own. postgres.js 3.4 loses an
 * error that the server raises after the end of the COPY data (porsager/postgres#1173: the
 * stream's finish never comes, or comes as a success when the connection is reused). So the
 * writer does not trust `finish`: once the COPY is closed it asks the same transaction a
 * question, which fails if the COPY failed (the transaction is then aborted), and commits only
 * after that.
 */
async function openCopyWriter(database: Database, table: string, columns: ColumnSpec[]): Promise<BulkWriter> {
  const conn = await database.sql!.reserve();
  let stream: Writable;
  try {
    await conn`begin`;
    stream = await conn.unsafe(`copy ${table} (${columns.map((c) => c.name).join(', ')}) from stdin`).writable();
  } catch (err) {
    await conn`rollback`.catch(() => {});
    conn.release();
    throw err;
  }
  let failure: Error | undefined;
  stream.on('error', (err) => {
    failure = err;
  });
  let total = 0;
  let closed = false;
  const types = columns.map((c) => c.type);
  const release = async (commit: boolean) => {
    if (closed) return;
    closed = true;
    try {
      await (commit ? conn`commit` : conn`rollback`);
    } finally {
      conn.release();
    }
  };
  const writeText = async (text: string, count: number) => {
    if (failure) throw failure;
    total += count;
    if (!stream.write(text)) {
      await Promise.race([once(stream, 'drain'), once(stream, 'error').then(([e]) => Promise.reject(e as Error))]);
    }
  };
  return {
    write: (cols, count) => writeText(encodeCopyRows(cols, count, types), count),
    writeText,
    async finish() {
      if (failure) throw failure;
      stream.end();
      // The connection takes the next query only once the COPY is closed (before that it
      // answers COPY_IN_PROGRESS at once), and runs it after the server finished the COPY.
      for (;;) {
        try {
          await conn`select 1`;
          break;
        } catch (err) {
          if ((err as { code?: string }).code === 'COPY_IN_PROGRESS') {
            if (failure) throw failure;
            await new Promise((r) => setImmediate(r));
            continue;
          }
          await release(false).catch(() => {});
          throw failure ?? new Error(`the database refused the rows: ${(err as Error).message}`);
        }
      }
      await release(true);
      return total;
    },
    async abort() {
      stream.destroy(new Error('import aborted'));
      await release(false).catch(() => {});
    },
  };
}

class BlobCopyWriter implements BulkWriter {
  private total = 0;
  private readonly statement: string;
  private readonly types: ColumnSpec['type'][];

  constructor(
    private readonly database: Database,
    table: string,
    columns: ColumnSpec[],
  ) {
    this.statement = `copy ${table} (${columns.map((c) => c.name).join(', ')}) from '/dev/blob'`;
    this.types = columns.map((c) => c.type);
  }

  async write(columns: unknown[][], count: number): Promise<void> {
    await this.writeText(encodeCopyRows(columns, count, this.types), count);
  }

  async writeText(text: string, count: number): Promise<void> {
    if (count === 0) return;
    await this.database.pglite!.query(this.statement, [], { blob: new Blob([text]) });
    this.total += count;
  }

  async finish(): Promise<number> {
    return this.total;
  }

  async abort(): Promise<void> {}
}
