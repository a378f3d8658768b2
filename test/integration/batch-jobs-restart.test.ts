/**
 * A server killed with SIGKILL while a batch job runs leaves nothing stuck: the next server on
 * the same database (once the dead one's lease has expired, or at once on PGlite) runs the job
 * again from the start, and it ends with a complete, correct output file and no temporary
 * files. What the dead attempt left is cleaned up, including an output it linked but never
 * committed; an output file that someone else created meanwhile fails the job with a reason.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { BACKENDS, createTestDatabase, pgliteDataDir } from '../helpers/backends.ts';
import { type CliProcess, clients, listening, runCli } from '../helpers/cli.ts';
import { createInferenceJob, describeInference, finished, readOutput } from '../helpers/batch.ts';
import { outputBytes } from '../helpers/kill-jobs.ts';
import { serveOn, type TestServer } from '../helpers/server.ts';
import { servingGroup } from '../helpers/serving.ts';

/**
 * Lines of the interrupted job: enough that it is still writing when its first answers reach the
 * temporary file (the kill comes then), so that the kill lands mid-way.
 */
const LINES = 30_000;
const dirs: string[] = [];
/** Servers started as child processes: any still running when the suite ends (a failed test) is killed. */
const children: CliProcess[] = [];
afterAll(async () => {
  for (const c of children) {
    if (c.child.exitCode === null && c.child.signalCode === null) {
      c.child.kill('SIGKILL');
      await c.exited;
    }
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});


describe.each(BACKENDS)('batch jobs across a restart on %s', (backend) => {
  it('runs a job whose server was killed again from the start, cleaning up what the dead attempt left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-batch-restart-'));
    dirs.push(dir);
    const dataDir = join(dir, 'data');
    const database = backend === 'pglite' ? { url: pgliteDataDir(join(dir, 'db')), drop: async () => {} } : await createTestDatabase('postgres');
    try {
      mkdirSync(dataDir);
      const child = runCli(['serve', '--port', '0', '--db', database.url, '--data-root', dataDir], { env: { ATTUNE_JOB_LEASE_MS: '1500' } });
      children.push(child);
      const c = clients((await listening(child, 180_000)).port);
      const first = { control: c.control, events: c.events, dataDir } as TestServer;
      const g = await servingGroup(first, 'rs', ['aws-user-personalization']);
      const versionArn = g.versions['aws-user-personalization'];
      const users = Array.from({ length: 60 }, (_, i) => `${i % 2 ? 'a' : 'b'}${i % 30}`);
      const input = join(dataDir, 'many.jsonl');
      writeFileSync(input, Array.from({ length: LINES }, (_, i) => `{"userId":"${users[i % users.length]}"}`).join('\n') + '\n');
      // The queued job only has to reach its commit: a few lines do.
      const few = join(dataDir, 'few.jsonl');
      writeFileSync(few, users.slice(0, 5).map((userId) => JSON.stringify({ userId })).join('\n') + '\n');
      const out = (k: string) => join(dataDir, `out-${k}`);
      const job = (k: string, path: string) => createInferenceJob(first, { jobName: `rs-${k}`, solutionVersionArn: versionArn, jobInput: { s3DataSource: { path } }, jobOutput: { s3DataDestination: { path: out(k) } } });
      const interrupted = await job('interrupted', input);
      const queued = await job('queued', few);
      // Kill once answers are being written to the job's temporary file.
      for (;;) {
        const j = await describeInference(first, interrupted);
        if (j.status === 'IN PROGRESS' && outputBytes(out('interrupted')) > 0) break;
        expect(j.status).not.toMatch(/ACTIVE|FAILED/);
        await new Promise((r) => setTimeout(r, 20));
      }
      child.child.kill('SIGKILL');
      await child.exited;
      c.close();

      // What the kill left: the first job in progress with a temporary file, the second pending.
      const state = await jobStates(database.url);
      expect(state).toEqual({ 'rs-interrupted': 'IN PROGRESS', 'rs-queued': 'PENDING' });
      const parts = readdirSync(out('interrupted'));
      expect(parts).toHaveLength(1);
      expect(parts[0]).toMatch(/^\.many\.jsonl\.out\.attune-\d+-1\.part$/);
      // As if an attempt had died between giving its file the final name and committing the job.
      linkSync(join(out('interrupted'), parts[0]!), join(out('interrupted'), 'many.jsonl.out'));
      writeFileSync(join(out('interrupted'), parts[0]!.replace(/-1\.part$/, '-7.part')), 'an older attempt\n');
      // Meanwhile someone else writes the second job's output file.
      mkdirSync(out('queued'));
      writeFileSync(join(out('queued'), 'few.jsonl.out'), 'not ours\n');

      const second = await serveOn(database.url, dataDir);
      try {
        const done = await finished(() => describeInference(second, interrupted), 300_000);
        expect(done).toMatchObject({ status: 'ACTIVE', failureReason: '', recordsTotal: String(LINES), recordsProcessed: String(LINES), recordsFailed: '0' });
        const lines = readOutput(join(out('interrupted'), 'many.jsonl.out'));
        expect(lines).toHaveLength(LINES);
        lines.forEach((l, i) => {
          if (l.error !== null || l.output!.recommendedItems!.length !== 25) throw new Error(`line ${i + 1}: ${JSON.stringify(l)}`);
          if (i % 997 === 0) expect(l.input).toEqual({ userId: users[i % users.length] });
        });
        expect(readdirSync(out('interrupted'))).toEqual(['many.jsonl.out']);

        const failed = await finished(() => describeInference(second, queued));
        expect(failed.status).toBe('CREATE FAILED');
        expect(failed.failureReason).toBe(`the output file "${join(out('queued'), 'few.jsonl.out')}" already exists (it was created after the job was)`);
        expect(readdirSync(out('queued'))).toEqual(['few.jsonl.out']);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  }, 600_000);
});

/** Batch job statuses by name, read from the store while no server runs (a server would claim the jobs). */
async function jobStates(url: string): Promise<Record<string, string>> {
  const db = await openDatabase(url);
  try {
    const rows = await db.query<{ name: string; status: string }>(`select name, status from batch_jobs order by id`);
    return Object.fromEntries(rows.map((r) => [r.name, r.status]));
  } finally {
    await db.close();
  }
}
