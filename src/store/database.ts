/**
 * openDatabase(url): one entry point for both backends. `pglite://memory`,
 * `pglite://<path>` (relative or absolute) or `postgres://…` / `postgresql://…`.
 * Migrations run before the handle is returned.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The drizzle handle type common to both drivers (and to their transactions). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** A raw SQL executor: returns rows as plain objects, on either driver. */
export type RawQuery = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** An open database: drizzle for queries, raw access for the bulk paths, and close(). */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** The URL with any password removed, for logs. */
  readonly displayUrl: string;
  /** The URL as given (PostgreSQL only): worker threads open their own connections with it. */
  readonly url?: string;
  readonly db: Db;
  readonly query: RawQuery;
  /** The PGlite instance (kind 'pglite'). */
  readonly pglite?: PGlite;
  /** PGlite's folder (kind 'pglite', not in memory). */
  readonly dataDir?: string;
  /** The postgres.js client (kind 'postgres'). */
  readonly sql?: postgres.Sql;
  close(): Promise<void>;
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/** Options for openDatabase. */
export interface OpenOptions {
  /** postgres.js pool size (default 10). */
  maxConnections?: number;
}

/** Opens (creating if needed) and migrates the database named by `url`. */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgres(url, options);
  if (url.startsWith('pglite://')) return openPglite(url);
  throw new Error(`unsupported database URL "${url}": use pglite://memory, pglite://<dir> or postgres://…`);
}

async function openPglite(url: string): Promise<Database> {
  const rest = url.slice('pglite://'.length);
  let dataDir: string | undefined;
  if (rest !== 'memory' && rest !== '') {
    dataDir = resolve(rest);
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) initPgliteDir(dataDir);
  }
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS });
  const query: RawQuery = async <T,>(text: string, params?: unknown[]) =>
    (await client.query<T>(text, params)).rows;
  return {
    kind: 'pglite',
    displayUrl: dataDir ? `pglite://${dataDir}` : 'pglite://memory',
    db,
    query,
    pglite: client,
    ...(dataDir ? { dataDir } : {}),
    close: () => client.close(),
  };
}

/**
 * Creates a new PGlite data directory in a short-lived child process. PGlite's initdb step
 * leaves about 450 MB of WebAssembly memory behind in the process that ran it; doing it
 * elsewhere keeps the server at its steady-state size (about 340 MB) from the first start.
 */
function initPgliteDir(dataDir: string): void {
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const code = `const { PGlite } = await import(${JSON.stringify(pglite)}); const db = await PGlite.create({ dataDir: process.argv[1] }); await db.close();`;
  execFileSync(process.execPath, ['--input-type=module', '-e', code, dataDir], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function postgresClient(url: string, max: number): postgres.Sql {
  return postgres(url, {
    max,
    onnotice: () => {},
    // int8 as JS numbers in raw queries (ids, counts, epoch seconds all stay below 2^53).
    types: { int8: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } },
  });
}

/** A raw-SQL connection to an already migrated PostgreSQL database (for worker threads). */
export interface RawConnection {
  query: RawQuery;
  /** Runs `fn` in one read-only REPEATABLE READ transaction: every query sees the same data. */
  readSnapshot<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens a RawConnection (one connection). */
export function connectRaw(url: string): RawConnection {
  const sql = postgresClient(url, 1);
  const over =
    (q: postgres.Sql | postgres.TransactionSql): RawQuery =>
    async <T,>(text: string, params?: unknown[]) =>
      (await q.unsafe(text, (params ?? []) as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  return {
    query: over(sql),
    readSnapshot: async <T,>(fn: (query: RawQuery) => Promise<T>) =>
      (await sql.begin('isolation level repeatable read read only', (tx) => fn(over(tx)))) as T,
    close: () => sql.end({ timeout: 5 }),
  };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const sql = postgresClient(url, options.maxConnections ?? 10);
  const migrator = drizzlePostgres(sql, { schema });
  // Several processes may start at once against one database: migrate under a session lock.
  const lockHolder = await sql.reserve();
  try {
    await lockHolder`select pg_advisory_lock(727274)`;
    await migratePostgres(migrator, { migrationsFolder: MIGRATIONS });
  } finally {
    await lockHolder`select pg_advisory_unlock(727274)`;
    lockHolder.release();
  }
  const db = migrator as unknown as Db;
  const query: RawQuery = async <T,>(text: string, params?: unknown[]) =>
    (await sql.unsafe(text, (params ?? []) as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  return {
    kind: 'postgres',
    displayUrl: redact(url),
    url,
    db,
    query,
    sql,
    close: () => sql.end({ timeout: 5 }),
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
