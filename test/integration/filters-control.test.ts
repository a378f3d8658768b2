/** Filters through the API: create, describe, list, delete, validation and quotas; on both backends. */
import { join } from 'node:path';
import { status } from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTO_ROOT } from '../../src/api/proto.ts';
import { requireFilter } from '../../src/control/filters.ts';
import { BACKENDS } from '../helpers/backends.ts';
import { expectRefused } from '../helpers/events.ts';
import { INTERACTIONS_SCHEMA, ITEMS_SCHEMA, USERS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, startTestServer, type TestServer } from '../helpers/server.ts';
import { activeDataset, activeGroup, schema } from '../helpers/workflow.ts';

interface FilterView {
  name: string;
  filterArn: string;
  datasetGroupArn: string;
  filterExpression: string;
  status: string;
  failureReason: string;
  creationDateTime: { seconds: string } | null;
}

/** An Items schema with 22 categorical fields F1…F22, for the distinct-field quota. */
const WIDE_ITEMS_SCHEMA = JSON.stringify({
  type: 'record',
  name: 'Items',
  fields: [{ name: 'ITEM_ID', type: 'string' }, ...Array.from({ length: 22 }, (_, i) => ({ name: `F${i + 1}`, type: 'string', categorical: true }))],
});

describe.each(BACKENDS)('filters on %s', (backend) => {
  let s: TestServer;
  let group: string;

  const create = (name: string, filterExpression: string, datasetGroupArn = group, tags: object[] = []) =>
    call<object, { filterArn: string }>(s.control, 'CreateFilter', { name, datasetGroupArn, filterExpression, tags }).then((r) => r.filterArn);
  const refused = (name: string, filterExpression: string, datasetGroupArn = group) =>
    callError(s.control, 'CreateFilter', { name, datasetGroupArn, filterExpression });

  beforeAll(async () => {
    s = await startTestServer(backend);
    group = await activeGroup(s, 'fl');
    await activeDataset(s, 'fl-interactions', group, 'Interactions', await schema(s, 'fl-interactions', INTERACTIONS_SCHEMA));
    await activeDataset(s, 'fl-items', group, 'Items', await schema(s, 'fl-items', ITEMS_SCHEMA));
    await activeDataset(s, 'fl-users', group, 'Users', await schema(s, 'fl-users', USERS_SCHEMA));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('creates a filter that is ACTIVE at once, describes, lists and tags it', async () => {
    const expression = 'INCLUDE ItemID WHERE Items.GENRES IN ($GENRE) IF CurrentUser.AGE > 18';
    const filterArn = await create('by-genre', expression, group, [{ tagKey: 'team', tagValue: 'search' }]);
    expect(filterArn).toBe('arn:attune:personalize:local:000000000000:filter/by-genre');
    const { filter } = await call<object, { filter: FilterView }>(s.control, 'DescribeFilter', { filterArn });
    expect(filter).toMatchObject({ name: 'by-genre', filterArn, datasetGroupArn: group, filterExpression: expression, status: 'ACTIVE', failureReason: '' });
    expect(Number(filter.creationDateTime!.seconds)).toBeGreaterThan(0);

    const record = await requireFilter(s.attune.database.db, filterArn);
    expect(record).toMatchObject({ arn: filterArn, name: 'by-genre', datasetGroupArn: group, expression, status: 'ACTIVE' });
    expect(record.fields.sort()).toEqual(['Items.GENRES', 'Users.AGE']);

    const { tags } = await call<object, { tags: { tagKey: string; tagValue: string }[] }>(s.control, 'ListTagsForResource', { resourceArn: filterArn });
    expect(tags).toEqual([{ tagKey: 'team', tagValue: 'search' }]);
    await call(s.control, 'TagResource', { resourceArn: filterArn, tags: [{ tagKey: 'env', tagValue: 'prod' }] });

    const second = await create('no-purchases', 'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("purchase")');
    const page1 = await call<object, { filters: FilterView[]; nextToken: string }>(s.control, 'ListFilters', { datasetGroupArn: group, maxResults: 1 });
    expect(page1.filters.map((f) => f.filterArn)).toEqual([filterArn]);
    expect(page1.filters[0]).toMatchObject({ name: 'by-genre', status: 'ACTIVE', datasetGroupArn: group });
    expect(page1.filters[0]).not.toHaveProperty('filterExpression');
    const page2 = await call<object, { filters: FilterView[]; nextToken: string }>(s.control, 'ListFilters', {
      datasetGroupArn: group,
      maxResults: 1,
      nextToken: page1.nextToken,
    });
    expect(page2.filters.map((f) => f.filterArn)).toEqual([second]);
    expect(page2.nextToken).toBe('');
    const all = await call<object, { filters: FilterView[] }>(s.control, 'ListFilters', {});
    expect(all.filters.map((f) => f.filterArn)).toEqual(expect.arrayContaining([filterArn, second]));
    expect((await callError(s.control, 'ListFilters', { datasetGroupArn: `${group}-nope` })).code).toBe(status.NOT_FOUND);

    expect((await refused('by-genre', 'INCLUDE ItemID WHERE Items.GENRES IN ("a")')).code).toBe(status.ALREADY_EXISTS);
  });

  it('names the list field Filters in JSON, as Personalize does', () => {
    // proto-loader's descriptors drop json_name; read the contract itself.
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => (target.startsWith('google/') ? target : join(PROTO_ROOT, target));
    root.loadSync('attune/v1/filter.proto');
    expect(root.lookupType('attune.v1.ListFiltersResponse').fields.filters!.options).toEqual({ json_name: 'Filters' });
  });

  it('refuses expressions that do not parse or name fields that cannot be filtered', async () => {
    const parse = await refused('bad-parse', 'INCLUDE ItemID WHERE Items.GENRES IN (');
    expectRefused(parse, status.INVALID_ARGUMENT, 'filter_expression');
    expect(parse.details).toMatch(/at position \d+/);
    const unknown = await refused('bad-field', 'INCLUDE ItemID WHERE Items.COLOR IN ("red")');
    expectRefused(unknown, status.INVALID_ARGUMENT, 'filter_expression');
    expect(unknown.details).toMatch(/COLOR/);
    const textual = await refused('bad-textual', 'INCLUDE ItemID WHERE Items.DESCRIPTION IN ("luxury")');
    expectRefused(textual, status.INVALID_ARGUMENT, 'filter_expression');
    expect(textual.details).toMatch(/DESCRIPTION/);
    expectRefused(await refused('bad-empty', ''), status.INVALID_ARGUMENT, 'filter_expression');
    const long = `INCLUDE ItemID WHERE Items.GENRES IN (${Array.from({ length: 400 }, (_, i) => `"g${i}"`).join(', ')})`;
    expect(long.length).toBeGreaterThan(2500);
    expectRefused(await refused('bad-long', long), status.INVALID_ARGUMENT, 'filter_expression');
    expectRefused(await refused('bad name', 'INCLUDE ItemID WHERE Items.GENRES IN ("a")'), status.INVALID_ARGUMENT, 'name');
    expectRefused(await refused('bad-group', 'INCLUDE ItemID WHERE Items.GENRES IN ("a")', 'nope'), status.INVALID_ARGUMENT, 'dataset_group_arn');
    expect((await refused('bad-group2', 'INCLUDE ItemID WHERE Items.GENRES IN ("a")', `${group}-nope`)).code).toBe(status.NOT_FOUND);

    // A group without an Items dataset has no Items fields.
    const bare = await activeGroup(s, 'fl-bare');
    await activeDataset(s, 'fl-bare-interactions', bare, 'Interactions', await schema(s, 'fl-bare-interactions', INTERACTIONS_SCHEMA));
    expectRefused(await refused('bad-no-items', 'INCLUDE ItemID WHERE Items.GENRES IN ("a")', bare), status.INVALID_ARGUMENT, 'filter_expression');
    expect(await create('bare-ok', 'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click")', bare)).toMatch(/filter\/bare-ok$/);

    const { filters } = await call<object, { filters: FilterView[] }>(s.control, 'ListFilters', {});
    expect(filters.map((f) => f.name).filter((n) => n.startsWith('bad'))).toEqual([]);
  });

  it('enforces 30 filters per dataset group and 20 distinct fields across them', async () => {
    const wide = await activeGroup(s, 'fl-wide');
    await activeDataset(s, 'fl-wide-items', wide, 'Items', await schema(s, 'fl-wide-items', WIDE_ITEMS_SCHEMA));
    for (let i = 1; i <= 20; i++) await create(`wide-${i}`, `INCLUDE ItemID WHERE Items.F${i} IN ("x")`, wide);
    const fields = await refused('wide-21', 'INCLUDE ItemID WHERE Items.F21 IN ("x")', wide);
    expect(fields.code, fields.details).toBe(status.RESOURCE_EXHAUSTED);
    expect(fields.details).toMatch(/20 distinct fields.*Items\.F21/);
    // Fields already in use do not count again.
    for (let i = 21; i <= 30; i++) await create(`wide-${i}`, `EXCLUDE ItemID WHERE Items.F${i - 20} IN ("y")`, wide);
    const count = await refused('wide-31', 'INCLUDE ItemID WHERE Items.F1 IN ("z")', wide);
    expect(count.code, count.details).toBe(status.RESOURCE_EXHAUSTED);
    expect(count.details).toMatch(/30 filters/);
    // Other groups have quotas of their own.
    expect(await create('other-group', 'INCLUDE ItemID WHERE Items.GENRES IN ("x")', group)).toMatch(/filter\/other-group$/);
  });

  it('deletes filters with their tags; a dataset group with filters cannot be deleted', async () => {
    const g = await activeGroup(s, 'fl-del');
    await activeDataset(s, 'fl-del-items', g, 'Items', await schema(s, 'fl-del-items', ITEMS_SCHEMA));
    const filterArn = await create('del-me', 'INCLUDE ItemID WHERE Items.PRICE < $MAX', g, [{ tagKey: 'k', tagValue: 'v' }]);
    const busy = await callError(s.control, 'DeleteDatasetGroup', { datasetGroupArn: g });
    expect(busy.code, busy.details).toBe(status.FAILED_PRECONDITION);
    expect(busy.details).toMatch(/filter\/del-me/);

    await call(s.control, 'DeleteFilter', { filterArn });
    expect((await callError(s.control, 'DescribeFilter', { filterArn })).code).toBe(status.NOT_FOUND);
    expect((await callError(s.control, 'DeleteFilter', { filterArn })).code).toBe(status.NOT_FOUND);
    expect((await callError(s.control, 'ListTagsForResource', { resourceArn: filterArn })).code).toBe(status.NOT_FOUND);
    const [left] = await s.attune.database.query<{ n: number | string }>(`select count(*) as n from tags where resource_arn = $1`, [filterArn]);
    expect(Number(left!.n)).toBe(0);
    const { filters } = await call<object, { filters: FilterView[] }>(s.control, 'ListFilters', { datasetGroupArn: g });
    expect(filters).toEqual([]);
    // Now only the dataset stands in the way.
    expect((await callError(s.control, 'DeleteDatasetGroup', { datasetGroupArn: g })).details).toMatch(/dataset/);
    expectRefused(await callError(s.control, 'DescribeFilter', { filterArn: group }), status.INVALID_ARGUMENT, 'filter_arn');
  });
});
