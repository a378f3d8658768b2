/** Real-time ingestion through the API: PutEvents, PutItems and PutUsers, on both backends. */
import { type ServiceError, status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../src/api/generated/attune/v1/Event.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { datasetId, records, visibleRows } from '../helpers/data.ts';
import { event, expectRefused, holdInteractionWrites, sessionEvents, sleep, tracker } from '../helpers/events.ts';
import { INTERACTIONS_WITH_METADATA_SCHEMA, ITEMS_SCHEMA, USERS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, startTestServer, type TestServer } from '../helpers/server.ts';
import { activeDataset, activeGroup, schema } from '../helpers/workflow.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe.each(BACKENDS)('real-time ingestion on %s', (backend) => {
  let s: TestServer;
  let trackingId: string;
  let bareTrackingId: string;
  let interactions: string;
  let items: string;
  let users: string;

  /** PutEvents for user u1 in `sessionId` (fields of `request` override). */
  const put = (sessionId: string, eventList: Event[], request: object = {}) =>
    call(s.events, 'PutEvents', { trackingId, userId: 'u1', sessionId, eventList, ...request });
  const putError = (sessionId: string, eventList: Event[], request: object = {}) =>
    callError(s.events, 'PutEvents', { trackingId, userId: 'u1', sessionId, eventList, ...request });

  beforeAll(async () => {
    s = await startTestServer(backend);
    const group = await activeGroup(s, 'live');
    interactions = await activeDataset(s, 'live-interactions', group, 'Interactions', await schema(s, 'live-i', INTERACTIONS_WITH_METADATA_SCHEMA));
    items = await activeDataset(s, 'live-items', group, 'Items', await schema(s, 'live-items', ITEMS_SCHEMA));
    users = await activeDataset(s, 'live-users', group, 'Users', await schema(s, 'live-users', USERS_SCHEMA));
    trackingId = await tracker(s, 'live-tracker', group);
    bareTrackingId = await tracker(s, 'bare-tracker', await activeGroup(s, 'bare'));
  });
  afterAll(async () => {
    await s?.close();
  });

  describe('PutEvents', () => {
    it('stores every field of an event, with sent_at in epoch seconds and properties under schema names', async () => {
      await put('full', [
        event('i1', {
          eventId: 'full-1',
          eventType: 'purchase',
          eventValue: 2.5,
          sentAt: { seconds: 1_700_000_123, nanos: 999_000_000 },
          impression: ['i1', 'i2', 'i3'],
          recommendationId: 'rec-1',
          metricAttribution: { eventAttributionSource: 'email campaign' },
          properties: JSON.stringify({ device: 'ios' }),
        }),
        event('i2'),
      ]);
      const [full, bare] = await sessionEvents(s, interactions, 'full');
      expect(full).toEqual({
        user_id: 'u1',
        session_id: 'full',
        item_id: 'i1',
        event_type: 'purchase',
        event_value: 2.5,
        timestamp: 1_700_000_123,
        impression: 'i1|i2|i3',
        recommendation_id: 'rec-1',
        event_attribution_source: 'email campaign',
        event_id: 'full-1',
        properties: { DEVICE: 'ios' },
      });
      // Without a client event id there is nothing to deduplicate on: none is kept.
      expect(bare).toMatchObject({ item_id: 'i2', event_value: null, impression: null, recommendation_id: null, properties: null, event_id: null });
    });

    it('stores anonymous events, which have no user_id', async () => {
      await put('anonymous', [event('i1'), event('i2')], { userId: '' });
      const stored = await sessionEvents(s, interactions, 'anonymous');
      expect(stored.map((e) => [e.user_id, e.item_id])).toEqual([
        [null, 'i1'],
        [null, 'i2'],
      ]);
    });

    it('returns only once the events are stored: each caller sees its rows when its call resolves', async () => {
      for (let i = 1; i <= 10; i++) {
        await put('sequential', [event(`i${i}`)]);
        expect(await sessionEvents(s, interactions, 'sequential')).toHaveLength(i);
      }
      await Promise.all(
        range(50).map(async (c) => {
          await put(`caller-${c}`, [event('i1'), event('i2'), event('i3')]);
          expect(await sessionEvents(s, interactions, `caller-${c}`)).toHaveLength(3);
        }),
      );
    });

    it('stores a repeated event_id once, keeping the first, within a call and across calls', async () => {
      await put('dups', [event('first', { eventId: 'dup-1' }), event('second', { eventId: 'dup-1' }), event('i3', { eventId: 'dup-2' })]);
      await put('dups', [event('later', { eventId: 'dup-1' }), event('i4', { eventId: 'dup-3' })]);
      const stored = await sessionEvents(s, interactions, 'dups');
      expect(stored.map((e) => [e.event_id, e.item_id])).toEqual([
        ['dup-1', 'first'],
        ['dup-2', 'i3'],
        ['dup-3', 'i4'],
      ]);
    });

    it('stores each event id once when 20 concurrent calls reuse the same ids', async () => {
      const ids = range(10).map((j) => `shared-${j}`);
      await Promise.all(range(20).map((c) => put('shared', ids.map((eventId) => event(`c${c}`, { eventId })))));
      const stored = await sessionEvents(s, interactions, 'shared');
      expect(stored.map((e) => e.event_id).sort()).toEqual([...ids].sort());
    });

    it('acknowledges 200 concurrent calls of 10 events and stores exactly those 2000 events', async () => {
      const results = await Promise.allSettled(range(200).map((c) => put('load', range(10).map((j) => event(`i${c}-${j}`)))));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const stored = await sessionEvents(s, interactions, 'load');
      expect(stored).toHaveLength(2000);
      expect(new Set(stored.map((e) => e.item_id)).size).toBe(2000);
    });

    it('refuses bad input with INVALID_ARGUMENT naming the field, and stores nothing', async () => {
      const before = await visibleRows(s, 'interactions', interactions);
      const ok = event('i1');
      const cases: [string, Event[], object, string, RegExp?][] = [
        ['no events', [], {}, 'event_list'],
        ['11 events', range(11).map(() => ok), {}, 'event_list'],
        ['no sent_at', [event('i1', { sentAt: null })], {}, 'event_list[0].sent_at'],
        ['no event_type', [event('i1', { eventType: '' })], {}, 'event_list[0].event_type'],
        ['properties not JSON', [event('i1', { properties: '{device: ios' })], {}, 'event_list[0].properties', /JSON/],
        ['properties too long', [event('i1', { properties: JSON.stringify({ device: 'x'.repeat(1100) }) })], {}, 'event_list[0].properties', /1024/],
        ['forbidden key', [event('i1', { properties: '{"userId":"u2"}' })], {}, 'event_list[0].properties', /userId/],
        ['unknown key', [event('i1', { properties: '{"color":"red"}' })], {}, 'event_list[0].properties', /color/],
        ['26 impressions', [event('i1', { impression: range(26).map((j) => `i${j}`) })], {}, 'event_list[0].impression', /25/],
        ['long recommendation_id', [event('i1', { recommendationId: 'r'.repeat(41) })], {}, 'event_list[0].recommendation_id', /40/],
        ['no session_id', [ok], { sessionId: '' }, 'session_id'],
        ['no tracking_id', [ok], { trackingId: '' }, 'tracking_id'],
      ];
      for (const [label, eventList, request, field, detail] of cases) {
        const err = await putError(`bad ${label}`, eventList, request);
        expectRefused(err, status.INVALID_ARGUMENT, field, label);
        if (detail) expect(err.details, label).toMatch(detail);
        expect(await sessionEvents(s, interactions, `bad ${label}`), label).toEqual([]);
      }
      expect(await visibleRows(s, 'interactions', interactions)).toBe(before);
    });

    it('stores none of ten events when one of them is bad', async () => {
      const ten = (bad: number, fields: Partial<Event>) => range(10).map((j) => (j === bad ? event(`i${j}`, fields) : event(`i${j}`)));
      const badKey = await putError('one-bad', ten(7, { properties: '{"color":"red"}' }));
      expectRefused(badKey, status.INVALID_ARGUMENT, 'event_list[7].properties');
      const noTime = await putError('one-bad', ten(9, { sentAt: null }));
      expectRefused(noTime, status.INVALID_ARGUMENT, 'event_list[9].sent_at');
      expect(await sessionEvents(s, interactions, 'one-bad')).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown tracking id and FAILED_PRECONDITION without an Interactions dataset', async () => {
      const unknown = await putError('unknown', [event('i1')], { trackingId: '00000000-0000-0000-0000-000000000000' });
      expectRefused(unknown, status.NOT_FOUND, 'tracking_id');
      const bare = await putError('bare', [event('i1')], { trackingId: bareTrackingId });
      expect(bare.code).toBe(status.FAILED_PRECONDITION);
      expect(bare.details).toMatch(/no Interactions dataset/);
    });

    it('refuses a NUL character or a lone surrogate in ids and properties with INVALID_ARGUMENT naming the field', async () => {
      const cases: [string, () => Promise<ServiceError>][] = [
        ['event_list[0].item_id', () => putError('nul', [event('i\u0000x')])],
        ['session_id', () => putError('nul\u0000', [event('i1')])],
        ['event_list[0].properties', () => putError('nul', [event('i1', { properties: '{"device":"a\\u0000b"}' })])],
        ['items[0].item_id', () => callError(s.events, 'PutItems', { datasetArn: items, items: [{ itemId: 'm\u0000', properties: '{"genres":"x"}' }] })],
        ['users[0].properties', () => callError(s.events, 'PutUsers', { datasetArn: users, users: [{ userId: 'u9', properties: '{"occupation":"a\\u0000"}' }] })],
        // A lone UTF-16 surrogate is not Unicode: jsonb refuses it, so the API does first.
        ['items[0].properties', () => callError(s.events, 'PutItems', { datasetArn: items, items: [{ itemId: 'm1', properties: '{"genres":"\\ud800"}' }] })],
        ['event_list[0].properties', () => putError('surrogate', [event('i1', { properties: '{"device":"\\udc00x"}' })])],
        ['dataset_arn', () => callError(s.events, 'PutItems', { datasetArn: `${items}\u0000`, items: [{ itemId: 'm1', properties: '{"genres":"x"}' }] })],
      ];
      const answers = [];
      for (const [field, send] of cases) {
        const err = await send();
        answers.push(`${status[err.code]} ${err.details.startsWith(`${field}: `) ? field : err.details}`);
      }
      expect(answers).toEqual(cases.map(([field]) => `INVALID_ARGUMENT ${field}`));
    });

    /** Resolves once the server is handling `n` calls. */
    async function inFlight(n: number): Promise<void> {
      for (const end = Date.now() + 10_000; s.attune.api.inFlight.size < n && Date.now() < end; ) await sleep(5);
      await sleep(50); // past validation and the cached tracker lookup, into the commit queue
    }

    /** Sends `first` while writes are held, then `count` calls from `rest` while first's statement waits: they share the next commit. */
    async function queuedBehind<T>(first: () => Promise<unknown>, rest: () => T, count: number): Promise<T> {
      s.attune.services.ingest.catalog.invalidate();
      await put('warm', [event('i1')]); // the tracker is freshly in the lookup cache, for its 2 s
      const release = await holdInteractionWrites(s);
      const head = first();
      await inFlight(1);
      const tail = rest();
      await inFlight(1 + count);
      await release();
      await head;
      return tail;
    }

    /** Makes the database itself refuse events on item "poison" (valid input the API lets through). */
    async function withPoison<T>(body: () => Promise<T>): Promise<T> {
      await s.attune.database.query(`alter table interactions add constraint test_poison check (item_id is distinct from 'poison')`);
      try {
        return await body();
      } finally {
        await s.attune.database.query(`alter table interactions drop constraint test_poison`);
      }
    }

    it('does not fail other callers whose events share a commit with a call the database refuses', () => withPoison(async () => {
      const [poisoned, bystanders] = await queuedBehind(
        () => put('bystander', [event('first')]),
        () => [putError('poisoned', [event('poison')]), Promise.allSettled(range(20).map((c) => put('bystander', [event(`b${c}`)])))] as const,
        21,
      );
      expect((await poisoned).code).toBe(status.INTERNAL);
      const failed = (await bystanders).filter((o) => o.status === 'rejected');
      expect(failed.map((o) => ((o as PromiseRejectedResult).reason as ServiceError).details)).toEqual([]);
      expect(await sessionEvents(s, interactions, 'bystander')).toHaveLength(21);
      expect(await sessionEvents(s, interactions, 'poisoned')).toHaveLength(0);
    }));

    it('answers each call as stored: a refused call stores none of its events, an acknowledged one all', () => withPoison(async () => {
      // 600 calls of 9 events queue more rows than one statement takes; the last call fails in the database.
      const settling = await queuedBehind(
        () => put('split-first', [event('i1')]),
        () => {
          const calls = range(600).map((c) => put(`split-${c}`, range(9).map((j) => event(`s${c}-${j}`))));
          calls.push(put('split-poisoned', [event('poison')]));
          return Promise.allSettled(calls);
        },
        601,
      );
      const outcomes = await settling;
      const counts = await s.attune.database.query<{ session_id: string; n: number | string }>(
        `select session_id, count(*) as n from interactions where dataset_id = $1 and session_id like 'split-%' group by session_id`,
        [await datasetId(s, interactions)],
      );
      const stored = new Map(counts.map((r) => [r.session_id, Number(r.n)]));
      const wrong = outcomes.flatMap((o, c) => {
        const n = stored.get(c === 600 ? 'split-poisoned' : `split-${c}`) ?? 0;
        const expected = o.status === 'rejected' ? 0 : c === 600 ? 1 : 9;
        return n === expected ? [] : [`call ${c} ${o.status} but stored ${n} of its events`];
      });
      const partial = wrong.filter((w) => !/stored (0|9) /.test(w));
      expect([...partial, ...wrong].slice(0, 5), `${wrong.length} calls answered unlike what they stored, ${partial.length} stored in part`).toEqual([]);
      expect(outcomes[600]!.status).toBe('rejected');
    }));
  });

  describe('PutItems and PutUsers', () => {
    it('stores items and replaces a record when the same id is put again', async () => {
      await call(s.events, 'PutItems', {
        datasetArn: items,
        items: [
          { itemId: 'm1', properties: JSON.stringify({ genres: 'Drama|Comedy', price: 9.5, creationTimestamp: 1_700_000_000, description: 'A film' }) },
          { itemId: 'm2', properties: JSON.stringify({ genres: ['Action', 'Thriller'], price: '3' }) },
        ],
      });
      let current = await records(s, 'items', items);
      expect(current.get('m1')).toEqual({ id: 'm1', creationTimestamp: 1_700_000_000, properties: { GENRES: 'Drama|Comedy', PRICE: 9.5, DESCRIPTION: 'A film' } });
      expect(current.get('m2')!.properties).toEqual({ GENRES: 'Action|Thriller', PRICE: 3 });

      await call(s.events, 'PutItems', { datasetArn: items, items: [{ itemId: 'm1', properties: '{"genres":"Kids"}' }] });
      current = await records(s, 'items', items);
      expect(current.get('m1')).toEqual({ id: 'm1', creationTimestamp: null, properties: { GENRES: 'Kids' } });
      expect(current.get('m2')!.properties).toEqual({ GENRES: 'Action|Thriller', PRICE: 3 });
    });

    it('stores users and replaces a record when the same id is put again', async () => {
      await call(s.events, 'PutUsers', { datasetArn: users, users: [{ userId: 'u1', properties: '{"age":31,"occupation":"nurse"}' }, { userId: 'u2', properties: '{"occupation":"pilot"}' }] });
      await call(s.events, 'PutUsers', { datasetArn: users, users: [{ userId: 'u1', properties: '{"occupation":"doctor"}' }] });
      const current = await records(s, 'users', users);
      expect([...current.keys()].sort()).toEqual(['u1', 'u2']);
      expect(current.get('u1')!.properties).toEqual({ OCCUPATION: 'doctor' });
      expect(current.get('u2')!.properties).toEqual({ OCCUPATION: 'pilot' });
    });

    it('validates records against the dataset schema and stores nothing from a refused call', async () => {
      const item = (properties?: string) => ({ itemId: 'bad-item', ...(properties === undefined ? {} : { properties }) });
      const user = (properties: string) => ({ userId: 'bad-user', properties });
      const eleven = range(11).map(() => item('{"genres":"Drama"}'));
      const fourth = [...range(3).map((j) => ({ itemId: `bad-${j}`, properties: '{"genres":"Drama"}' })), item('{"genres":"Drama","price":"cheap"}')];
      const cases: [string, string, object, string, RegExp?][] = [
        ['wrong type', 'PutItems', { datasetArn: items, items: [item('{"genres":"Drama","price":"cheap"}')] }, 'items[0].properties', /price/],
        ['unknown key', 'PutItems', { datasetArn: items, items: [item('{"genres":"Drama","color":"red"}')] }, 'items[0].properties', /color/],
        ['no GENRES', 'PutItems', { datasetArn: items, items: [item('{"price":1}')] }, 'items[0].properties', /GENRES/],
        ['no properties', 'PutItems', { datasetArn: items, items: [item()] }, 'items[0].properties', /GENRES/],
        ['bad fourth item', 'PutItems', { datasetArn: items, items: fourth }, 'items[3].properties', /price/],
        ['no item_id', 'PutItems', { datasetArn: items, items: [{ properties: '{"genres":"Drama"}' }] }, 'items[0].item_id'],
        ['0 items', 'PutItems', { datasetArn: items, items: [] }, 'items'],
        ['11 items', 'PutItems', { datasetArn: items, items: eleven }, 'items'],
        ['user wrong type', 'PutUsers', { datasetArn: users, users: [user('{"occupation":"x","age":"old"}')] }, 'users[0].properties', /age/],
        ['user unknown key', 'PutUsers', { datasetArn: users, users: [user('{"occupation":"x","height":2}')] }, 'users[0].properties', /height/],
        ['no OCCUPATION', 'PutUsers', { datasetArn: users, users: [user('{"age":30}')] }, 'users[0].properties', /OCCUPATION/],
        ['0 users', 'PutUsers', { datasetArn: users, users: [] }, 'users'],
        ['11 users', 'PutUsers', { datasetArn: users, users: range(11).map(() => user('{"occupation":"x"}')) }, 'users'],
      ];
      for (const [label, method, request, field, detail] of cases) {
        const err = await callError(s.events, method, request);
        expectRefused(err, status.INVALID_ARGUMENT, field, label);
        if (detail) expect(err.details, label).toMatch(detail);
      }
      expect([...(await records(s, 'items', items)).keys()].filter((id) => id.startsWith('bad'))).toEqual([]);
      expect((await records(s, 'users', users)).has('bad-user')).toBe(false);
    });

    it('checks the dataset ARN: type, existence and shape', async () => {
      const one = [{ itemId: 'x', properties: '{"genres":"Drama"}' }];
      const toUsers = await callError(s.events, 'PutItems', { datasetArn: users, items: one });
      expectRefused(toUsers, status.INVALID_ARGUMENT, 'dataset_arn');
      expect(toUsers.details).toMatch(/Users dataset/);
      const toItems = await callError(s.events, 'PutUsers', { datasetArn: items, users: [{ userId: 'x', properties: '{"occupation":"x"}' }] });
      expectRefused(toItems, status.INVALID_ARGUMENT, 'dataset_arn');
      const missing = await callError(s.events, 'PutItems', { datasetArn: 'arn:attune:personalize:local:000000000000:dataset/nope/ITEMS', items: one });
      expect(missing.code).toBe(status.NOT_FOUND);
      const malformed = await callError(s.events, 'PutItems', { datasetArn: 'not-an-arn', items: one });
      expectRefused(malformed, status.INVALID_ARGUMENT, 'dataset_arn');
      const wrongKind = await callError(s.events, 'PutItems', { datasetArn: 'arn:attune:personalize:local:000000000000:schema/live-items', items: one });
      expectRefused(wrongKind, status.INVALID_ARGUMENT, 'dataset_arn');
      expect((await records(s, 'items', items)).has('x')).toBe(false);
    });
  });
});
