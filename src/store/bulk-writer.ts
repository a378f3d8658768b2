/**
 * Bulk row writers for imports: COPY … FROM STDIN on PostgreSQL, batched
 * INSERT … SELECT FROM unnest(…) on PGlite (the faster of PGlite's bulk paths). Both take
 * column-major batches, hold at most one batch in memory, and apply backpressure.
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
  /** Flushes and returns the number of rows written. */
  finish(): Promise<number>;
  /** Stops writing after a failure; rows already written stay (callers make them invisible). */
  abort(): Promise<void>;
}

/** Opens the right writer for the database kind. */
export async function openBulkWriter(database: Database, table: string, columns: ColumnSpec[]): Promise<BulkWriter> {
  return database.kind === 'postgres' ? openCopyWriter(database, table, columns) : new UnnestWriter(database, table, columns);
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

async function openCopyWriter(database: Database, table: string, columns: ColumnSpec[]): Promise<BulkWriter> {
  const sql = database.sql!;
  const stream: Writable = await sql.unsafe(`copy ${table} (${columns.map((c) => c.name).join(', ')}) from stdin`).writable();
  let failure: Error | undefined;
  stream.on('error', (err) => {
    failure = err;
  });
  let total = 0;
  const types = columns.map((c) => c.type);
  return {
    async write(cols, count) {
      if (failure) throw failure;
      const parts: string[] = new Array(count);
      const width = cols.length;
      for (let r = 0; r < count; r++) {
        let line = copyText(cols[0]![r], types[0]!);
        for (let c = 1; c < width; c++) line += '\t' + copyText(cols[c]![r], types[c]!);
        parts[r] = line;
      }
      total += count;
      if (!stream.write(parts.join('\n') + '\n')) {
        await Promise.race([once(stream, 'drain'), once(stream, 'error').then(([e]) => Promise.reject(e as Error))]);
      }
    },
    async finish() {
      if (failure) throw failure;
      stream.end();
      await Promise.race([once(stream, 'finish'), once(stream, 'error').then(([e]) => Promise.reject(e as Error))]);
      if (failure) throw failure;
      return total;
    },
    async abort() {
      stream.destroy(new Error('import aborted'));
    },
  };
}

class UnnestWriter implements BulkWriter {
  private total = 0;
  private readonly statement: string;
  private readonly json: boolean[];

  constructor(
    private readonly database: Database,
    table: string,
    columns: ColumnSpec[],
  ) {
    const names = columns.map((c) => c.name).join(', ');
    const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
    this.statement = `insert into ${table} (${names}) select * from unnest(${arrays})`;
    this.json = columns.map((c) => c.type === 'jsonb');
  }

  async write(columns: unknown[][], count: number): Promise<void> {
    if (count === 0) return;
    const params = columns.map((col, i) => {
      const values = col.length === count ? col : col.slice(0, count);
      return this.json[i] ? values.map((v) => (v === null || v === undefined ? null : JSON.stringify(v))) : values;
    });
    await this.database.pglite!.query(this.statement, params);
    this.total += count;
  }

  async finish(): Promise<number> {
    return this.total;
  }

  async abort(): Promise<void> {}
}
