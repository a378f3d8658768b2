/**
 * The `attune serve` command as a user runs it: flags and environment variables, the
 * start-up line, the default embedded database, and SIGTERM draining a call in flight.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProtos } from '../../src/api/proto.ts';
import { pgliteDataDir } from '../helpers/backends.ts';
import { type CliProcess, listening, runCli } from '../helpers/cli.ts';

const started: CliProcess[] = [];

function run(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): CliProcess {
  const r = runCli(args, options);
  started.push(r);
  return r;
}

/** Scratch folders of tests that do not remove their own. */
const dirs: string[] = [];

afterEach(async () => {
  for (const r of started.splice(0)) {
    if (r.child.exitCode === null) {
      r.child.kill('SIGKILL');
      await r.exited;
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('attune serve', () => {
  it('takes flags, falls back to ATTUNE_* variables, and logs where it listens and which database it uses', async () => {
    const root = mkdtempSync(join(tmpdir(), 'attune-cli-'));
    try {
      const r = run(['serve', '--port', '0', '--data-root', root], { env: { ATTUNE_DB: 'pglite://memory', ATTUNE_HOST: '127.0.0.1' } });
      const line = await listening(r);
      expect(line.host).toBe('127.0.0.1');
      expect(line.port).toBeGreaterThan(0);
      expect(line.database).toBe('pglite://memory');
      expect(line.dataRoots).toEqual([root]);
      r.child.kill('SIGTERM');
      expect(await r.exited).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lets flags win over ATTUNE_* variables, and reads ATTUNE_PORT and ATTUNE_DATA_ROOT', async () => {
    const a = mkdtempSync(join(tmpdir(), 'attune-cli-'));
    const b = mkdtempSync(join(tmpdir(), 'attune-cli-'));
    try {
      // A copy of an initialised data folder starts without initdb (the test above serves pglite://memory).
      const db = pgliteDataDir(join(a, 'db'));
      const r = run(['serve', '--db', db], {
        env: { ATTUNE_DB: 'postgres://nobody@127.0.0.1:1/nothing', ATTUNE_PORT: '0', ATTUNE_DATA_ROOT: `${a}:${b}` },
      });
      const line = await listening(r);
      expect(line.database).toBe(db);
      expect(line.port).toBeGreaterThan(0);
      expect(line.dataRoots).toEqual([a, b]);
      r.child.kill('SIGTERM');
      expect(await r.exited).toBe(0);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('exits 2 naming the variable when an ATTUNE_* setting is malformed', async () => {
    const settings = [
      ['ATTUNE_IMPORT_CONCURRENCY', 'two'],
      ['ATTUNE_JOB_LEASE_MS', '15s'],
      ['ATTUNE_LOG_LEVEL', 'verbose'],
      ['ATTUNE_PORT', 'http'],
    ] as const;
    // One process per setting, all at once.
    const runs = settings.map(([name, value]) => run(['serve', '--db', 'pglite://memory'], { env: { [name]: value } }));
    const codes = await Promise.all(runs.map((r) => r.exited));
    settings.forEach(([name], i) => {
      expect(codes[i], name).toBe(2);
      expect(runs[i]!.stderr, name).toContain(name);
    });
  });

  it('defaults to an embedded database in ./.attune/db', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'attune-cli-'));
    try {
      const r = run(['serve', '--port', '0'], { cwd });
      const line = await listening(r);
      expect(line.database).toBe(`pglite://${join(cwd, '.attune', 'db')}`);
      expect(existsSync(join(cwd, '.attune', 'db', 'PG_VERSION'))).toBe(true);
      expect(line.dataRoots).toEqual([cwd]);
      r.child.kill('SIGTERM');
      expect(await r.exited).toBe(0);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('drains a call in flight on SIGTERM, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-cli-'));
    dirs.push(dir);
    const r = run(['serve', '--port', '0', '--db', pgliteDataDir(join(dir, 'db'))]);
    const { port } = await listening(r);
    const { attune } = loadProtos();
    const client = new attune.Personalize(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as any;
    const response = new Promise<any>((resolve, reject) => {
      const stream = client.UploadData((err: unknown, res: unknown) => (err ? reject(err) : resolve(res)));
      stream.write({ header: { fileName: 'late.csv' } });
      stream.write({ chunk: Buffer.from('USER_ID,ITEM_ID,TIMESTAMP\n') });
      // The upload is in flight: stop the server, then finish the upload.
      setTimeout(() => {
        r.child.kill('SIGTERM');
        setTimeout(() => {
          stream.write({ chunk: Buffer.from('u1,i1,1700000000\n') });
          stream.end();
        }, 300);
      }, 300);
    });
    const res = await response;
    expect(res.dataLocation).toMatch(/^upload:\/\//);
    expect(await r.exited).toBe(0);
    client.close();
  });

  it('exits 2 with usage on a bad flag or command', async () => {
    // The three processes run at once.
    const bad = run(['serve', '--no-such-flag']);
    const port = run(['serve', '--port', 'eighty']);
    const cmd = run(['launch']);
    expect(await bad.exited).toBe(2);
    expect(bad.stderr).toMatch(/Usage: attune serve/);
    expect(await port.exited).toBe(2);
    expect(port.stderr).toMatch(/--port/);
    expect(await cmd.exited).toBe(2);
  });
});
