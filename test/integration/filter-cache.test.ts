/**
 * FilterCache against a real store: one store read however many calls want a filter at once,
 * no call waits for the periodic recheck, and a deleted filter stops working once a recheck
 * has seen it gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResourceNotFound } from '../../src/common/errors.ts';
import { GroupData } from '../../src/serving/catalog/group-data.ts';
import { FilterCache } from '../../src/serving/filter-cache.ts';
import type { Database } from '../../src/store/database.ts';
import { INTERACTIONS_SCHEMA } from '../helpers/fixtures.ts';
import { call, startTestServer, type TestServer } from '../helpers/server.ts';
import { activeDataset, activeGroup, schema } from '../helpers/workflow.ts';

/** The server's database, counting how often the filter cache reads it. */
function counting(database: Database): { database: Database; reads: () => number } {
  let reads = 0;
  const wrapped = Object.create(database) as Database;
  Object.defineProperty(wrapped, 'db', {
    get: () => {
      reads++;
      return database.db;
    },
  });
  return { database: wrapped, reads: () => reads };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('FilterCache', () => {
  let s: TestServer;
  let groupArn: string;
  let group: GroupData;

  beforeAll(async () => {
    s = await startTestServer('pglite');
    groupArn = await activeGroup(s, 'fc');
    await activeDataset(s, 'fc-i', groupArn, 'Interactions', await schema(s, 'fc-i', INTERACTIONS_SCHEMA));
    group = await GroupData.load(s.attune.database, groupArn);
  });
  afterAll(async () => {
    await s?.close();
  });

  const create = (name: string) =>
    call<object, { filterArn: string }>(s.control, 'CreateFilter', {
      name,
      datasetGroupArn: groupArn,
      filterExpression: 'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("*")',
    }).then((r) => r.filterArn);

  it('reads the store once for concurrent first uses, and not at all while the entry is fresh', async () => {
    const filterArn = await create('fc-once');
    const store = counting(s.attune.database);
    const cache = new FilterCache(store.database, 60_000);
    const compiled = await Promise.all(Array.from({ length: 20 }, () => cache.get(filterArn, group, 'filter_arn')));
    expect(store.reads()).toBe(1);
    expect(new Set(compiled).size).toBe(1);
    await cache.get(filterArn, group, 'filter_arn');
    expect(store.reads()).toBe(1);
  });

  it('rechecks a stale entry once, in the background, and drops a deleted filter', async () => {
    const filterArn = await create('fc-deleted');
    const store = counting(s.attune.database);
    const cache = new FilterCache(store.database, 50);
    const first = await cache.get(filterArn, group, 'filter_arn');
    await call(s.control, 'DeleteFilter', { filterArn });
    await sleep(80);
    // Stale: every call gets the entry at once; one recheck starts.
    const during = await Promise.all(Array.from({ length: 20 }, () => cache.get(filterArn, group, 'filter_arn')));
    expect(during.every((c) => c === first)).toBe(true);
    expect(store.reads()).toBe(2);
    // Once the recheck has seen the filter gone, calls are refused with the store's answer.
    for (let i = 0; ; i++) {
      const outcome = await cache.get(filterArn, group, 'filter_arn').then(
        () => 'served' as const,
        (err: unknown) => err,
      );
      if (outcome !== 'served') {
        expect(outcome).toBeInstanceOf(ResourceNotFound);
        expect((outcome as Error).message).toContain(filterArn);
        // The recheck (read 2) dropped the entry; the call that answered read the store again.
        expect(store.reads()).toBe(3);
        break;
      }
      if (i > 100) throw new Error('the deleted filter was still served after 100 tries');
      await sleep(10);
    }
  });

  it('answers a cached filter without waiting (cached), undefined until it is loaded, and checks the group', async () => {
    const filterArn = await create('fc-cached');
    const store = counting(s.attune.database);
    const cache = new FilterCache(store.database, 60_000);
    expect(cache.cached(filterArn, group, 'filter_arn')).toBeUndefined();
    expect(store.reads()).toBe(0);
    const loaded = await cache.get(filterArn, group, 'filter_arn');
    expect(cache.cached(filterArn, group, 'filter_arn')).toBe(loaded);
    expect(store.reads()).toBe(1);
    const other = Object.create(group, { groupArn: { value: `${groupArn}-other` } }) as GroupData;
    expect(() => cache.cached(filterArn, other, 'filter_arn')).toThrow(/belongs to dataset group/);
    await expect(cache.get(filterArn, other, 'filter_arn')).rejects.toThrow(/belongs to dataset group/);
  });

  it('keeps serving a filter that is still there after a recheck', async () => {
    const filterArn = await create('fc-kept');
    const store = counting(s.attune.database);
    const cache = new FilterCache(store.database, 30);
    const first = await cache.get(filterArn, group, 'filter_arn');
    await sleep(50);
    await cache.get(filterArn, group, 'filter_arn');
    await sleep(20);
    expect(store.reads()).toBe(2);
    expect(await cache.get(filterArn, group, 'filter_arn')).toBe(first);
  });
});
