/**
 * Announced real-time writes on a real database: an Ingest that announces (as another process
 * would) and an AnnouncementFeed that reads what it announced apply the same changes, once each
 * and in order; a process skips its own announcements; large writes split under 8000 bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/common/logger.ts';
import { AnnouncementFeed, type AnnouncementSink, announcingInsert } from '../../src/data/ingest/announcements.ts';
import { type IngestChange, Ingest } from '../../src/data/ingest/ingest.ts';
import { CHANNELS, MAX_PAYLOAD_BYTES, type Notifications, openNotifications } from '../../src/store/notify/notifications.ts';
import { datasetId } from '../helpers/data.ts';
import { tracker } from '../helpers/events.ts';
import { INTERACTIONS_SCHEMA, ITEMS_SCHEMA, USERS_SCHEMA } from '../helpers/fixtures.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { activeDataset, activeGroup, schema } from '../helpers/workflow.ts';

async function until(ok: () => boolean, timeoutMs = 5_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !ok(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A sink that records what reaches it; `tracked` decides which datasets it applies row by row. */
function recorder(tracked: (datasetId: number) => boolean = () => true) {
  const applied: IngestChange[] = [];
  const changed: number[] = [];
  const sink: AnnouncementSink = {
    tracks: tracked,
    apply: (c) => applied.push(c),
    datasetChanged: (d) => changed.push(d),
    usersDeleted: () => {},
  };
  return { applied, changed, sink };
}

const click = (item: string, second: number, value?: number) => ({
  eventType: second % 2 ? 'click' : 'buy',
  itemId: item,
  sentAtMs: 1_700_000_000_000 + second * 1000,
  ...(value !== undefined ? { eventValue: value } : {}),
});

describe.each(BACKENDS)('announced writes on %s', (backend) => {
  let s: TestServer;
  let notifications: Notifications;
  let trackingId: string;
  let itemsArn: string;
  let usersArn: string;
  let interactionsId: number;

  beforeAll(async () => {
    s = await startTestServer(backend);
    notifications = openNotifications(s.attune.database, silentLogger());
    const group = await activeGroup(s, 'announce');
    const interactions = await activeDataset(s, 'announce-i', group, 'Interactions', await schema(s, 'announce-is', INTERACTIONS_SCHEMA));
    itemsArn = await activeDataset(s, 'announce-items', group, 'Items', await schema(s, 'announce-its', ITEMS_SCHEMA));
    usersArn = await activeDataset(s, 'announce-users', group, 'Users', await schema(s, 'announce-us', USERS_SCHEMA));
    trackingId = await tracker(s, 'announce-t', group);
    interactionsId = await datasetId(s, interactions);
  });
  afterAll(async () => {
    await notifications?.close();
    await s?.close();
  });

  it('another process reads and applies the announced events, items and users once each, in commit order', async () => {
    const writer = new Ingest(s.attune.database, { announceAs: 'writer' });
    const seen: IngestChange[] = [];
    writer.listen((c) => seen.push(c));
    const reader = recorder();
    const feed = new AnnouncementFeed(s.attune.database, 'reader', reader.sink, silentLogger());
    const stop = await notifications.listen(CHANNELS.data, (p) => feed.push(p));
    try {
      // Concurrent calls share group-commit statements; a repeated event id is stored (and announced) once.
      await Promise.all(
        Array.from({ length: 6 }, (_, u) =>
          writer.putEvents({ trackingId, userId: `u${u}`, sessionId: `s${u}`, events: [click(`i${u}`, u, 1.5), click(`j${u}`, u + 1)] }),
        ),
      );
      await writer.putEvents({ trackingId, sessionId: 'anonymous', events: [{ ...click('k', 9), eventId: 'once' }] });
      await writer.putEvents({ trackingId, sessionId: 'anonymous', events: [{ ...click('k', 9), eventId: 'once' }] });
      await writer.putItems(itemsArn, [
        { id: 'i0', properties: '{"genres":"drama","price":3.5,"creationTimestamp":1690000000}' },
        { id: 'i1', properties: '{"genres":"comedy"}' },
      ]);
      await writer.putUsers(usersArn, [{ id: 'u0', properties: '{"occupation":"nurse","age":40}' }]);
      await writer.drain();
      // The second "once" event was a duplicate: the writer told its own listeners, the store kept one row.
      const expected = seen.slice(0, -3).concat(seen.slice(-2));
      await until(() => reader.applied.reduce((n, c) => n + (c.kind === 'events' ? c.events.length : c.records.length), 0) === 16);
      await feed.idle();
      expect(reader.changed).toEqual([]);
      expect(reader.applied.map(normalise)).toEqual(expected.map(normalise));
      // Events of one user in one call stay one change, in the order sent (calls commit in the order their lookups finish).
      const events = reader.applied.flatMap((c) => (c.kind === 'events' ? [[c.userId, c.events.map((e) => e.itemId).join(',')]] : []));
      expect(events.sort()).toEqual([['anonymous', 'k'], ...Array.from({ length: 6 }, (_, u) => [`u${u}`, `i${u},j${u}`])]);
    } finally {
      await stop();
    }
  });

  it("skips the process's own announcements, and has an untracked dataset read again instead of row by row", async () => {
    const writer = new Ingest(s.attune.database, { announceAs: 'writer' });
    const own = recorder();
    const ownFeed = new AnnouncementFeed(s.attune.database, 'writer', own.sink, silentLogger());
    const untracked = recorder(() => false);
    const untrackedFeed = new AnnouncementFeed(s.attune.database, 'reader', untracked.sink, silentLogger());
    const stops = [await notifications.listen(CHANNELS.data, (p) => ownFeed.push(p)), await notifications.listen(CHANNELS.data, (p) => untrackedFeed.push(p))];
    try {
      await writer.putEvents({ trackingId, userId: 'u9', sessionId: 's9', events: [click('x', 1)] });
      await until(() => untracked.changed.length === 1);
      await untrackedFeed.idle();
      await ownFeed.idle();
      expect(untracked.changed).toEqual([interactionsId]);
      expect(untracked.applied).toEqual([]);
      expect(own.applied).toEqual([]);
      expect(own.changed).toEqual([]);
    } finally {
      for (const stop of stops) await stop();
    }
  });

  it('splits the announcement of a large, fragmented write into payloads under 8000 bytes that cover every row', async () => {
    const payloads: string[] = [];
    const stop = await notifications.listen(CHANNELS.data, (p) => payloads.push(p));
    try {
      // 1000 rows alternating between two dataset ids: every row is a range of its own.
      const n = 1000;
      const ds = Array.from({ length: n }, (_, i) => (i % 2 ? interactionsId : interactionsId + 100_000));
      const insert = `insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp, event_type, session_id)
        select d, 0, 'bulk', 'i', 1, 'click', 's' from unnest($1::int4[]) as x(d)`;
      const rows = await s.attune.database.query(announcingInsert(insert, 'e', 2), [ds, 'bulk-writer']);
      await until(() => payloads.length === rows.length);
      expect(rows.length).toBe(8); // 500 ranges per dataset, 150 per payload
      const ids = new Set<number>();
      for (const p of payloads) {
        expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
        const a = JSON.parse(p) as { o: string; k: string; d: number; r: [number, number][] };
        expect([a.o, a.k]).toEqual(['bulk-writer', 'e']);
        for (const [lo, hi] of a.r) for (let id = lo; id <= hi; id++) ids.add(id);
      }
      const stored = await s.attune.database.query<{ id: number }>(`select id from interactions where user_id = 'bulk'`);
      expect([...ids].sort((x, y) => x - y)).toEqual(stored.map((r) => Number(r.id)).sort((x, y) => x - y));
      await s.attune.database.query(`delete from interactions where user_id = 'bulk'`);
    } finally {
      await stop();
    }
  });
});

/** A change with its records' properties compared by value whatever their key order. */
function normalise(c: IngestChange): unknown {
  if (c.kind === 'events') return c;
  return { ...c, records: c.records.map((r) => ({ ...r, properties: Object.fromEntries(Object.entries(r.properties).sort()) })) };
}
