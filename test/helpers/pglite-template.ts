/**
 * Vitest global setup: one freshly initialised PGlite data directory for the whole run, which
 * every PGlite test database starts as a copy of (see createTestDatabase in backends.ts).
 *
 * PGlite's initdb takes seconds of CPU on every `PGlite.create` of an empty directory or of
 * `pglite://memory`; a copy of an initialised directory opens in a fraction of that. The template
 * is made exactly as openDatabase makes a new directory (PGlite.create on an empty folder, in a
 * child process) and holds no schema: each suite's openDatabase still runs every migration.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An initialised, empty PGlite data directory; copy it, never open it. */
    pgliteTemplate: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'attune-pglite-template-'));
  const dataDir = join(root, 'db');
  const code = `const { PGlite } = await import('@electric-sql/pglite'); const db = await PGlite.create({ dataDir: process.argv[1] }); await db.close();`;
  execFileSync(process.execPath, ['--input-type=module', '-e', code, dataDir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  project.provide('pgliteTemplate', dataDir);
  return () => rmSync(root, { recursive: true, force: true });
}
