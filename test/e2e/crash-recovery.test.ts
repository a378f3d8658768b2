/**
 * SIGKILL in the middle of an import, with real-time events being acknowledged: after a
 * restart on the same database the import finishes with exactly its rows, and every
 * acknowledged event is there once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { countVisibleRows } from '../../src/store/data-rows.ts';
import { BACKENDS, createTestDatabase } from '../helpers/backends.ts';
import { clients, listening, runCli } from '../helpers/cli.ts';
import { INTERACTIONS_SCHEMA, interactionsCsv } from '../helpers/fixtures.ts';
import { call } from '../helpers/server.ts';

const ROWS = 400_000;
const dir = mkdtempSync(join(tmpdir(), 'attune-crash-'));
const csv = join(dir, 'big.csv');
writeFileSync(csv, interactionsCsv(ROWS, { users: 5000, items: 3000, seed: 3 }));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(BACKENDS)('crash recovery on %s', (backend) => {
  it('finishes an import killed mid-way and loses no acknowledged event', async () => {
    const db = backend === 'pglite' ? { url: `pglite://${join(dir, `pglite-${Date.now()}`)}`, drop: async () => {} } : await createTestDatabase('postgres');
    const args = ['serve', '--port', '0', '--db', db.url, '--data-root', dir];
    const env = { ATTUNE_JOB_LEASE_MS: '1500' };
    try {
      const first = runCli(args, { env });
      const c1 = clients((await listening(first)).port);
      const { datasetGroupArn } = await call<object, { datasetGroupArn: string }>(c1.control, 'CreateDatasetGroup', { name: 'crash' });
      await poll(() => call<object, { datasetGroup: { status: string } }>(c1.control, 'DescribeDatasetGroup', { datasetGroupArn }), (r) => r.datasetGroup.status === 'ACTIVE');
      const { schemaArn } = await call<object, { schemaArn: string }>(c1.control, 'CreateSchema', { name: 'crash', schema: INTERACTIONS_SCHEMA });
      const { datasetArn } = await call<object, { datasetArn: string }>(c1.control, 'CreateDataset', { name: 'crash', datasetGroupArn, datasetType: 'Interactions', schemaArn });
      await poll(() => call<object, { dataset: { status: string } }>(c1.control, 'DescribeDataset', { datasetArn }), (r) => r.dataset.status === 'ACTIVE');
      const { eventTrackerArn, trackingId } = await call<object, { eventTrackerArn: string; trackingId: string }>(c1.control, 'CreateEventTracker', { name: 'crash', datasetGroupArn });
      await poll(() => call<object, { eventTracker: { status: string } }>(c1.control, 'DescribeEventTracker', { eventTrackerArn }), (r) => r.eventTracker.status === 'ACTIVE');

      const put = (i: number) =>
        call(c1.events, 'PutEvents', {
          trackingId,
          sessionId: 's1',
          userId: 'u-live',
          eventList: [{ eventId: `e-${i}`, eventType: 'click', itemId: `i${i % 50}`, sentAt: { seconds: String(1_700_000_000 + i), nanos: 0 } }],
        });
      await put(0); // warm: the tracker is known before the import starts
      const { datasetImportJobArn } = await call<object, { datasetImportJobArn: string }>(c1.control, 'CreateDatasetImportJob', {
        jobName: 'killed',
        datasetArn,
        dataSource: { dataLocation: csv },
      });
      // Acknowledged events keep arriving until the kill.
      const acknowledged: string[] = ['e-0'];
      let sending = true;
      const sender = (async () => {
        for (let i = 1; sending; i++) {
          try {
            await put(i);
            acknowledged.push(`e-${i}`);
          } catch {
            return; // the server died mid-call: that event was not acknowledged
          }
        }
      })();
      await poll(
        () => call<object, { datasetImportJob: { status: string } }>(c1.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
        (r) => r.datasetImportJob.status === 'CREATE IN_PROGRESS',
      );
      const ackedBefore = acknowledged.length;
      await poll(async () => acknowledged.length, (n) => n >= ackedBefore + 3); // events acknowledged during the import
      first.child.kill('SIGKILL');
      await first.exited;
      sending = false;
      await sender;
      c1.close();
      expect(acknowledged.length).toBeGreaterThan(3);

      // The kill landed mid-import: the job is in progress with rows loaded but not committed.
      const dead = await openDatabase(db.url);
      try {
        const [state] = await dead.query<{ status: string; loading: number }>(
          `select j.status, (select count(*)::int from data_batches b where b.import_job_id = j.id and b.state = 'loading') as loading
           from dataset_import_jobs j where j.arn = $1`,
          [datasetImportJobArn],
        );
        expect(state).toEqual({ status: 'CREATE IN_PROGRESS', loading: 1 });
      } finally {
        await dead.close();
      }

      const second = runCli(args, { env });
      const c2 = clients((await listening(second)).port);
      const job = await poll(
        () => call<object, { datasetImportJob: { status: string; failureReason: string } }>(c2.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
        (r) => r.datasetImportJob.status === 'ACTIVE' || r.datasetImportJob.status === 'CREATE FAILED',
      );
      expect(job.datasetImportJob).toMatchObject({ status: 'ACTIVE', failureReason: '' });
      c2.close();
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);

      const store = await openDatabase(db.url);
      try {
        const [{ id }] = (await store.query<{ id: number }>(`select id from datasets where arn = $1`, [datasetArn])) as [{ id: number }];
        const visible = await countVisibleRows(store, 'interactions', Number(id));
        const events = await store.query<{ event_id: string }>(`select event_id from interactions where dataset_id = $1 and batch_id = 0`, [Number(id)]);
        expect(visible).toBe(ROWS + events.length);
        const stored = new Set(events.map((e) => e.event_id));
        expect(stored.size).toBe(events.length);
        for (const e of acknowledged) expect(stored.has(e)).toBe(true);
      } finally {
        await store.close();
      }
    } finally {
      await db.drop();
    }
  });
});
