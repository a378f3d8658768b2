/** LISTEN/NOTIFY on a real database: order, commit semantics, the jobs channel, and (PostgreSQL) a lost connection. */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/common/logger.ts';
import { enqueueJob } from '../../src/jobs/queue.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { CHANNELS, type Notifications, notifyOnCommit, openNotifications } from '../../src/store/notify/notifications.ts';
import { BACKENDS, useDatabase } from '../helpers/backends.ts';

/** Polls (up to 5 s) until `ok()`. */
async function until(ok: () => boolean, timeoutMs = 5_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !ok(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe.each(BACKENDS)('notifications on %s', (backend) => {
  const suite = useDatabase(backend);
  let open: Notifications[] = [];
  const notifications = () => {
    const n = openNotifications(suite.database, silentLogger());
    open.push(n);
    return n;
  };
  afterEach(async () => {
    for (const n of open) await n.close();
    open = [];
  });

  it('delivers payloads in the order sent to every listener of the channel, and none after unlisten', async () => {
    const n = notifications();
    const a: string[] = [];
    const b: string[] = [];
    const other: string[] = [];
    const stopA = await n.listen('attune_test_order', (p) => a.push(p));
    await n.listen('attune_test_order', (p) => b.push(p));
    await n.listen('attune_test_other', (p) => other.push(p));
    for (let i = 0; i < 20; i++) await n.notify('attune_test_order', `m${i}`);
    const sent = Array.from({ length: 20 }, (_, i) => `m${i}`);
    await until(() => a.length === 20 && b.length === 20);
    expect(a).toEqual(sent);
    expect(b).toEqual(sent);
    await stopA();
    await n.notify('attune_test_order', 'after');
    await until(() => b.length === 21);
    expect(a).toHaveLength(20);
    expect(other).toEqual([]);
  });

  it('sends what a transaction notifies when it commits, and nothing when it rolls back', async () => {
    const n = notifications();
    const got: string[] = [];
    await n.listen('attune_test_tx', (p) => got.push(p));
    await suite.database.db
      .transaction(async (tx) => {
        await notifyOnCommit(tx, 'attune_test_tx', 'rolled back');
        throw new Error('roll back');
      })
      .catch(() => {});
    await suite.database.db.transaction(async (tx) => {
      await notifyOnCommit(tx, 'attune_test_tx', 'committed');
      await tx.execute(sql`select 1`);
      // Not yet: the transaction is still open.
      await new Promise((r) => setTimeout(r, 50));
      expect(got).toEqual([]);
    });
    await until(() => got.length === 1);
    await n.notify('attune_test_tx', 'marker');
    await until(() => got.length === 2);
    expect(got).toEqual(['committed', 'marker']);
  });

  it('announces an enqueued job by its kind when the enqueueing transaction commits', async () => {
    const n = notifications();
    const kinds: string[] = [];
    await n.listen(CHANNELS.jobs, (k) => kinds.push(k));
    await enqueueJob(suite.database.db, 'test.notified', 'arn:notified');
    await suite.database.db.transaction(async (tx) => {
      await enqueueJob(tx, 'test.in-tx', 'arn:in-tx');
    });
    await until(() => kinds.length === 2);
    expect(kinds).toEqual(['test.notified', 'test.in-tx']);
    const rows = await suite.database.query<{ kind: string; state: string }>(
      `select kind, state from jobs where resource_arn in ('arn:notified', 'arn:in-tx') order by id`,
    );
    expect(rows).toEqual([
      { kind: 'test.notified', state: 'pending' },
      { kind: 'test.in-tx', state: 'pending' },
    ]);
  });

  it('wakes a runner that runs the kind as soon as another process enqueues a job, long before its next poll', async () => {
    const n = notifications();
    // Polls once at start, then not for ten minutes: only the notification can start the job.
    const runner = new JobRunner({ db: suite.database.db, logger: silentLogger(), pollMs: 600_000 });
    let ranAt = 0;
    runner.register('test.woken', { concurrency: 1, handler: async () => void (ranAt = Date.now()) });
    await n.listen(CHANNELS.jobs, (kind) => runner.wake(kind));
    runner.start();
    try {
      await new Promise((r) => setTimeout(r, 100));
      const enqueuedAt = Date.now();
      await enqueueJob(suite.database.db, 'test.woken', 'arn:woken'); // as another process would: nobody pokes this runner
      await until(() => ranAt > 0);
      expect(ranAt - enqueuedAt).toBeLessThan(1_000);
    } finally {
      await runner.stop();
    }
  });
});

// PGlite runs in this process: there is no connection to lose.
describe('notifications on postgres', () => {
  const suite = useDatabase('postgres');

  it('listens again after its connection is killed, asks listeners to catch up, and delivers again', async () => {
    const n = openNotifications(suite.database, silentLogger());
    try {
      const got: string[] = [];
      let resyncs = 0;
      await n.listen('attune_test_lost', (p) => got.push(p), () => resyncs++);
      await n.notify('attune_test_lost', 'before');
      await until(() => got.length === 1);
      const killed = await suite.database.query<{ ok: boolean }>(
        `select pg_terminate_backend(pid) as ok from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`,
      );
      expect(killed).toEqual([{ ok: true }]);
      await until(() => resyncs === 1);
      await n.notify('attune_test_lost', 'after');
      await until(() => got.length === 2);
      expect(got).toEqual(['before', 'after']);
    } finally {
      await n.close();
    }
  });
});
