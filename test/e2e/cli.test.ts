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
import { type CliProcess, listening, runCli } from '../helpers/cli.ts';

const started: CliProcess[] = [];

function run(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): CliProcess {
  const r = runCli(args, options);
  started.push(r);
  return r;
}

afterEach(async () => {
  for (const r of started.splice(0)) {
    if (r.child.exitCode === null) {
      r.child.kill('SIGKILL');
      await r.exited;
    }
  }
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
      const r = run(['serve', '--db', 'pglite://memory'], {
        env: { ATTUNE_DB: 'postgres://nobody@127.0.0.1:1/nothing', ATTUNE_PORT: '0', ATTUNE_DATA_ROOT: `${a}:${b}` },
      });
      const line = await listening(r);
      expect(line.database).toBe('pglite://memory');
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
    for (const [name, value] of [
      ['ATTUNE_IMPORT_CONCURRENCY', 'two'],
      ['ATTUNE_JOB_LEASE_MS', '15s'],
      ['ATTUNE_LOG_LEVEL', 'verbose'],
      ['ATTUNE_PORT', 'http'],
    ] as const) {
      const r = run(['serve', '--db', 'pglite://memory'], { env: { [name]: value } });
      expect(await r.exited, name).toBe(2);
      expect(r.stderr, name).toContain(name);
    }
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
    const r = run(['serve', '--port', '0', '--db', 'pglite://memory']);
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
    const bad = run(['serve', '--no-such-flag']);
    expect(await bad.exited).toBe(2);
    expect(bad.stderr).toMatch(/Usage: attune serve/);
    const port = run(['serve', '--port', 'eighty']);
    expect(await port.exited).toBe(2);
    expect(port.stderr).toMatch(/--port/);
    const cmd = run(['launch']);
    expect(await cmd.exited).toBe(2);
  });
});
