/**
 * The databases every store and integration suite runs against: embedded PGlite (a data
 * directory of its own, copied from the run's initialised template) and the PostgreSQL at ATTUNE_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres),
 * where each suite gets a database of its own that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Database, openDatabase } from '../../src/store/database.ts';

export const PG_ADMIN_URL = process.env.ATTUNE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database URL for one suite, and how to get rid of it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export type BackendName = 'pglite' | 'postgres';
export const BACKENDS: BackendName[] = ['pglite', 'postgres'];

/** Creates an empty PostgreSQL database (named `<prefix>_<random>`) next to `adminUrl`. */
export async function createPgDatabase(adminUrl: string, prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

/**
 * Makes `dataDir` a new, empty PGlite data directory (not yet migrated), as openDatabase would
 * on first use of `pglite://<dataDir>`, by copying the run's template (pglite-template.ts): a
 * copy opens in a fraction of the time initdb takes. Returns its URL.
 */
export function pgliteDataDir(dataDir: string): string {
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
  return `pglite://${dataDir}`;
}

/** Creates an empty database on the named backend. */
export async function createTestDatabase(backend: BackendName): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'attune-pglite-'));
    return { url: pgliteDataDir(join(dir, 'db')), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  return createPgDatabase(PG_ADMIN_URL, 'attune_test');
}

/** A suite's database: its URL and open handle, valid once the suite's tests run. */
export interface SuiteDatabase {
  readonly url: string;
  readonly database: Database;
}

/** Opens a fresh, migrated database on `backend` for the enclosing suite and drops it after. */
export function useDatabase(backend: BackendName): SuiteDatabase {
  let target: TestDatabase | undefined;
  let database: Database | undefined;
  beforeAll(async () => {
    target = await createTestDatabase(backend);
    database = await openDatabase(target.url);
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });
  return {
    get url() {
      return target!.url;
    },
    get database() {
      return database!;
    },
  };
}
