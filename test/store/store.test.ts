/** The store, written once and run on PGlite and on PostgreSQL. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidNextToken } from '../../src/common/errors.ts';
import { PageTokens } from '../../src/control/pagination.ts';
import { claimJob, enqueueJob, finishJob, releaseJob, renewLease } from '../../src/jobs/queue.ts';
import { openBulkWriter } from '../../src/store/bulk-writer.ts';
import { collectDeadBatches, countVisibleRows, currentRecords } from '../../src/store/data-rows.ts';
import { openDatabase } from '../../src/store/database.ts';
import { BACKENDS, useDatabase } from '../helpers/backends.ts';

describe.each(BACKENDS)('store on %s', (backend) => {
  const suite = useDatabase(backend);

  it('applies the migrations once, and opening again (even concurrently) applies nothing twice', async () => {
    const tables = await suite.database.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['dataset_groups', 'datasets', 'interactions', 'items', 'users', 'jobs', 'data_batches', 'uploads', 'tags']),
    );
    if (backend === 'postgres') {
      const again = await Promise.all([openDatabase(suite.url), openDatabase(suite.url)]);
      await Promise.all(again.map((d) => d.close()));
      const applied = await suite.database.query<{ n: number }>(`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const journal = JSON.parse(readFileSync(new URL('../../src/store/migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] };
      expect(applied[0]!.n).toBe(journal.entries.length);
    }
  });

  it('round-trips awkward values through the bulk writer', async () => {
    const writer = await openBulkWriter(suite.database, 'items', [
      { name: 'dataset_id', type: 'int4' },
      { name: 'batch_id', type: 'int8' },
      { name: 'item_id', type: 'text' },
      { name: 'creation_timestamp', type: 'int8' },
      { name: 'properties', type: 'jsonb' },
    ]);
    const ids = ['plain', 'tab\there', 'new\nline', 'back\\slash', 'cr\rhere', 'ünïcødé 🎬', '\\N'];
    const props = ids.map((id) => ({ NAME: id, N: 1.5 }));
    await writer.write([ids.map(() => 900), ids.map(() => 0), ids, ids.map((_, i) => (i % 2 ? null : 1_700_000_000 + i)), props], ids.length);
    expect(await writer.finish()).toBe(ids.length);
    const rows = await suite.database.query<{ item_id: string; creation_timestamp: number | null; properties: unknown }>(
      `select item_id, creation_timestamp, properties from items where dataset_id = 900 order by id`,
    );
    expect(rows.map((r) => r.item_id)).toEqual(ids);
    expect(rows.map((r) => (r.creation_timestamp === null ? null : Number(r.creation_timestamp)))).toEqual(
      ids.map((_, i) => (i % 2 ? null : 1_700_000_000 + i)),
    );
    expect(rows.map((r) => (typeof r.properties === 'string' ? JSON.parse(r.properties) : r.properties))).toEqual(props);
  });

  it('shows rows of live batches and real-time rows only, and collects dead batches', async () => {
    const batch = async (state: string) =>
      Number((await suite.database.query<{ id: number }>(`insert into data_batches (dataset_id, state, created_at) values (901, $1, now()) returning id`, [state]))[0]!.id);
    const live = await batch('live');
    const loading = await batch('loading');
    const dead = await batch('dead');
    for (const [b, n] of [[0, 2], [live, 3], [loading, 4], [dead, 5]] as const) {
      for (let i = 0; i < n; i++) {
        await suite.database.query(`insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp) values (901, $1, 'u', 'i', 1)`, [b]);
      }
    }
    expect(await countVisibleRows(suite.database, 'interactions', 901)).toBe(5);
    const removed = await collectDeadBatches(suite.database);
    expect(removed).toBe(5);
    const left = await suite.database.query<{ n: number }>(`select count(*)::int as n from interactions where dataset_id = 901`);
    expect(left[0]!.n).toBe(9);
  });

  it('resolves the current record: the newest write wins, whether bulk or real-time', async () => {
    const liveBatch = async () =>
      Number(
        (await suite.database.query<{ id: number }>(
          `insert into data_batches (dataset_id, state, version, created_at) values (902, 'live', nextval('data_version'), now()) returning id`,
        ))[0]!.id,
      );
    const put = (id: string, v: string) =>
      suite.database.query(`insert into users (dataset_id, batch_id, version, user_id, properties) values (902, 0, nextval('data_version'), $1, $2::jsonb)`, [id, JSON.stringify({ V: v })]);
    const bulk = (batch: number, id: string, v: string) =>
      suite.database.query(`insert into users (dataset_id, batch_id, user_id, properties) values (902, $1, $2, $3::jsonb)`, [batch, id, JSON.stringify({ V: v })]);
    await put('a', 'put-1');
    const b1 = await liveBatch(); // committed after put-1
    await bulk(b1, 'a', 'bulk-1');
    await bulk(b1, 'b', 'bulk-1');
    await put('b', 'put-2'); // newer than batch b1
    const current = new Map((await currentRecords(suite.database, 'users', 902)).map((r) => [r.id, r.properties]));
    expect(current.get('a')).toEqual({ V: 'bulk-1' });
    expect(current.get('b')).toEqual({ V: 'put-2' });
  });

  it('hands a job to one claimant, renews and finishes it, and gives an expired lease to another', async () => {
    await enqueueJob(suite.database.db, 'test.kind', 'arn:one');
    const first = await claimJob(suite.database.db, 'owner-a', ['test.kind'], 60_000);
    expect(first).toMatchObject({ kind: 'test.kind', resourceArn: 'arn:one', attempts: 1 });
    expect(await claimJob(suite.database.db, 'owner-b', ['test.kind'], 60_000)).toBeUndefined();
    expect(await renewLease(suite.database.db, first!, 'owner-a', 60_000)).toBe(true);
    expect(await renewLease(suite.database.db, first!, 'owner-b', 60_000)).toBe(false);
    await releaseJob(suite.database.db, first!, 'owner-a');
    const again = await claimJob(suite.database.db, 'owner-b', ['test.kind'], 1);
    expect(again).toMatchObject({ id: first!.id, attempts: 1 });
    await new Promise((r) => setTimeout(r, 20));
    const stolen = await claimJob(suite.database.db, 'owner-c', ['test.kind'], 60_000);
    expect(stolen).toMatchObject({ id: first!.id, attempts: 2 });
    await finishJob(suite.database.db, stolen!, 'owner-c', 'done');
    expect(await claimJob(suite.database.db, 'owner-d', ['test.kind'], 60_000)).toBeUndefined();
  });

  it('claims each of many jobs exactly once under concurrent claimants', async () => {
    for (let i = 0; i < 20; i++) await enqueueJob(suite.database.db, 'test.many', `arn:${i}`);
    const claimed: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (;;) {
          const job = await claimJob(suite.database.db, `w${w}`, ['test.many'], 60_000);
          if (!job) return;
          claimed.push(job.id);
          await finishJob(suite.database.db, job, `w${w}`, 'done');
        }
      }),
    );
    expect(claimed).toHaveLength(20);
    expect(new Set(claimed).size).toBe(20);
  });

  it('signs page tokens with a key shared by every process on the database', async () => {
    const a = await PageTokens.load(suite.database);
    const b = await PageTokens.load(suite.database);
    const token = a.issue('ListThings', 42);
    expect(b.after('ListThings', token)).toBe(42);
    expect(() => b.after('ListOtherThings', token)).toThrow(InvalidNextToken);
    expect(() => b.after('ListThings', token.slice(0, -2) + 'xx')).toThrow(InvalidNextToken);
    // Every single-character change is refused, including ones that only touch base64 padding bits.
    for (const c of ['A', 'B', 'C', 'D']) {
      const altered = token.slice(0, -1) + c;
      if (altered !== token) expect(() => b.after('ListThings', altered)).toThrow(InvalidNextToken);
    }
    const [payload, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ s: 'ListThings', a: 1 })).toString('base64url');
    expect(() => b.after('ListThings', `${forged}.${mac}`)).toThrow(InvalidNextToken);
    expect(payload).toBeTruthy();
  });
});
