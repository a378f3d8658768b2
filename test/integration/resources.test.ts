/** Dataset groups, schemas, datasets and event trackers through the gRPC API, on both backends. */
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/backends.ts';
import { INTERACTIONS_SCHEMA, ITEMS_SCHEMA, USERS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, startTestServer, type TestServer, waitFor } from '../helpers/server.ts';
import { activeDataset, activeGroup, schema } from '../helpers/workflow.ts';

describe.each(BACKENDS)('resources on %s', (backend) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(backend);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('moves a dataset group from CREATE PENDING to ACTIVE and describes it', async () => {
    const created = await call<object, { datasetGroupArn: string; domain: string }>(s.control, 'CreateDatasetGroup', {
      name: 'movies',
      tags: [{ tagKey: 'team', tagValue: 'recs' }],
    });
    expect(created.datasetGroupArn).toBe('arn:attune:personalize:local:000000000000:dataset-group/movies');
    const seen = new Set<string>();
    const final = await waitFor(
      async () => {
        const r = await call<object, { datasetGroup: { status: string } }>(s.control, 'DescribeDatasetGroup', {
          datasetGroupArn: created.datasetGroupArn,
        });
        seen.add(r.datasetGroup.status);
        return r;
      },
      (r) => r.datasetGroup.status,
      ['ACTIVE'],
    );
    expect(final.datasetGroup).toMatchObject({ name: 'movies', status: 'ACTIVE', domain: '' });
    expect([...seen].every((x) => ['CREATE PENDING', 'CREATE IN_PROGRESS', 'ACTIVE'].includes(x))).toBe(true);
    const tags = await call<object, { tags: { tagKey: string; tagValue: string }[] }>(s.control, 'ListTagsForResource', {
      resourceArn: created.datasetGroupArn,
    });
    expect(tags.tags).toEqual([{ tagKey: 'team', tagValue: 'recs' }]);
  });

  it('rejects a duplicate dataset group name with ALREADY_EXISTS', async () => {
    await activeGroup(s, 'dup-group');
    const err = await callError(s.control, 'CreateDatasetGroup', { name: 'dup-group' });
    expect(err.code).toBe(status.ALREADY_EXISTS);
    expect(err.details).toContain('dup-group');
  });

  it('rejects invalid names with INVALID_ARGUMENT naming the field', async () => {
    for (const name of ['', '-starts-with-dash', 'has space', 'x'.repeat(64), 'bad/char']) {
      const err = await callError(s.control, 'CreateDatasetGroup', { name });
      expect(err.code).toBe(status.INVALID_ARGUMENT);
      expect(err.details).toMatch(/^name: /);
    }
  });

  it('creates one dataset of each type and refuses a second of the same type', async () => {
    const group = await activeGroup(s, 'shop');
    const interactions = await schema(s, 'shop-interactions', INTERACTIONS_SCHEMA);
    const items = await schema(s, 'shop-items', ITEMS_SCHEMA);
    const users = await schema(s, 'shop-users', USERS_SCHEMA);
    const ds = await activeDataset(s, 'shop-interactions', group, 'Interactions', interactions);
    await activeDataset(s, 'shop-items', group, 'ITEMS', items);
    await activeDataset(s, 'shop-users', group, 'users', users);
    const described = await call<object, { dataset: Record<string, unknown> }>(s.control, 'DescribeDataset', { datasetArn: ds });
    expect(described.dataset).toMatchObject({
      name: 'shop-interactions',
      datasetType: 'Interactions',
      datasetGroupArn: group,
      schemaArn: interactions,
      status: 'ACTIVE',
    });
    const second = await callError(s.control, 'CreateDataset', {
      name: 'shop-interactions-2',
      datasetGroupArn: group,
      datasetType: 'Interactions',
      schemaArn: interactions,
    });
    expect(second.code).toBe(status.ALREADY_EXISTS);
    expect(second.details).toContain('already has an Interactions dataset');
    const listed = await call<object, { datasets: { datasetType: string }[] }>(s.control, 'ListDatasets', { datasetGroupArn: group });
    expect(listed.datasets.map((d) => d.datasetType).sort()).toEqual(['Interactions', 'Items', 'Users']);
  });

  it('refuses Avro that is not JSON, not a record, or uses a wrong type, naming the schema field', async () => {
    const cases: [string, RegExp][] = [
      ['{not json', /JSON/],
      ['["USER_ID"]', /record|object/],
      [JSON.stringify({ type: 'enum', name: 'X', symbols: ['a'] }), /record/],
      [JSON.stringify({ type: 'record', name: 'X', fields: [{ name: 'USER_ID', type: 'string' }, { name: 'N', type: { type: 'map', values: 'int' } }] }), /N/],
      [JSON.stringify({ type: 'record', name: 'X', fields: [{ name: 'USER_ID', type: 'bytes' }] }), /bytes/],
      [JSON.stringify({ type: 'record', name: 'X', fields: [{ name: 'AGE', type: 'int', categorical: true }] }), /categorical/],
    ];
    for (const [definition, reason] of cases) {
      const err = await callError(s.control, 'CreateSchema', { name: 'bad-schema', schema: definition });
      expect(err.code, definition).toBe(status.INVALID_ARGUMENT);
      expect(err.details, definition).toMatch(/^schema: /);
      expect(err.details, definition).toMatch(reason);
    }
    const tooLong = await callError(s.control, 'CreateSchema', { name: 'long-schema', schema: ' '.repeat(20_001) });
    expect(tooLong.code).toBe(status.INVALID_ARGUMENT);
    const listed = await call<object, { schemas: { name: string }[] }>(s.control, 'ListSchemas', {});
    expect(listed.schemas.map((x) => x.name)).not.toContain('bad-schema');
  });

  it('refuses a schema that does not fit the dataset type', async () => {
    const group = await activeGroup(s, 'misfit');
    const items = await schema(s, 'misfit-items', ITEMS_SCHEMA);
    const err = await callError(s.control, 'CreateDataset', {
      name: 'misfit-interactions',
      datasetGroupArn: group,
      datasetType: 'Interactions',
      schemaArn: items,
    });
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(err.details).toMatch(/^schema_arn: /);
    expect(err.details).toMatch(/USER_ID/);
  });

  it('will not delete a group that holds datasets or a schema in use', async () => {
    const group = await activeGroup(s, 'busy');
    const sc = await schema(s, 'busy-users', USERS_SCHEMA);
    const ds = await activeDataset(s, 'busy-users', group, 'Users', sc);
    const groupErr = await callError(s.control, 'DeleteDatasetGroup', { datasetGroupArn: group });
    expect(groupErr.code).toBe(status.FAILED_PRECONDITION);
    expect(groupErr.details).toContain(ds);
    const schemaErr = await callError(s.control, 'DeleteSchema', { schemaArn: sc });
    expect(schemaErr.code).toBe(status.FAILED_PRECONDITION);

    await call(s.control, 'DeleteDataset', { datasetArn: ds });
    await waitFor(
      () => callError(s.control, 'DescribeDataset', { datasetArn: ds }).catch(() => ({ code: -1 })),
      (e) => String(e.code),
      [String(status.NOT_FOUND)],
    );
    await call(s.control, 'DeleteSchema', { schemaArn: sc });
    await call(s.control, 'DeleteDatasetGroup', { datasetGroupArn: group });
    await waitFor(
      () => callError(s.control, 'DescribeDatasetGroup', { datasetGroupArn: group }).catch(() => ({ code: -1 })),
      (e) => String(e.code),
      [String(status.NOT_FOUND)],
    );
  });

  it('never lets a delete and a create of a child both succeed when they race', async () => {
    const sc = await schema(s, 'race-users', USERS_SCHEMA);
    for (let i = 0; i < 8; i++) {
      const group = await activeGroup(s, `race-${i}`);
      const [del, create, tracker] = await Promise.allSettled([
        call(s.control, 'DeleteDatasetGroup', { datasetGroupArn: group }),
        call(s.control, 'CreateDataset', { name: `race-${i}-users`, datasetGroupArn: group, datasetType: 'Users', schemaArn: sc }),
        call(s.control, 'CreateEventTracker', { name: `race-${i}-tracker`, datasetGroupArn: group }),
      ]);
      const children = [create, tracker].filter((r) => r.status === 'fulfilled').length;
      expect(del.status === 'fulfilled' && children > 0, `trial ${i}`).toBe(false);
      for (const r of [del, create, tracker]) {
        if (r.status === 'rejected') expect([status.FAILED_PRECONDITION, status.NOT_FOUND]).toContain((r.reason as { code: number }).code);
      }
    }
  });

  it('refuses text the database cannot store: NUL in an ARN, a bad tag key', async () => {
    const nul = await callError(s.control, 'DescribeDatasetGroup', { datasetGroupArn: 'arn:attune:personalize:local:000000000000:dataset-group/a\u0000b' });
    expect(nul.code).toBe(status.INVALID_ARGUMENT);
    expect(nul.details).toMatch(/^dataset_group_arn: .*NUL/);
    const group = await activeGroup(s, 'tagged');
    const badKey = await callError(s.control, 'UntagResource', { resourceArn: group, tagKeys: ['ok', 'bad\u0000key'] });
    expect(badKey.code).toBe(status.INVALID_ARGUMENT);
    expect(badKey.details).toMatch(/^tag_keys\[1\]: /);
  });

  it('answers NOT_FOUND for unknown ARNs and INVALID_ARGUMENT for malformed ones', async () => {
    const missing = await callError(s.control, 'DescribeDatasetGroup', {
      datasetGroupArn: 'arn:attune:personalize:local:000000000000:dataset-group/nope',
    });
    expect(missing.code).toBe(status.NOT_FOUND);
    expect(missing.details).toMatch(/^dataset_group_arn: /);
    const malformed = await callError(s.control, 'DescribeDataset', { datasetArn: 'not-an-arn' });
    expect(malformed.code).toBe(status.INVALID_ARGUMENT);
    expect(malformed.details).toMatch(/^dataset_arn: /);
    const wrongType = await callError(s.control, 'DescribeDataset', {
      datasetArn: 'arn:attune:personalize:local:000000000000:schema/x',
    });
    expect(wrongType.code).toBe(status.INVALID_ARGUMENT);
  });

  it('gives one event tracker per group and refuses a second', async () => {
    const group = await activeGroup(s, 'tracked');
    const created = await call<object, { eventTrackerArn: string; trackingId: string }>(s.control, 'CreateEventTracker', {
      name: 'tracked-tracker',
      datasetGroupArn: group,
    });
    expect(created.trackingId).toMatch(/^[0-9a-f-]{36}$/);
    const d = await waitFor(
      () => call<object, { eventTracker: Record<string, string> }>(s.control, 'DescribeEventTracker', { eventTrackerArn: created.eventTrackerArn }),
      (r) => r.eventTracker.status!,
      ['ACTIVE'],
    );
    expect(d.eventTracker).toMatchObject({ trackingId: created.trackingId, datasetGroupArn: group, accountId: '000000000000' });
    const second = await callError(s.control, 'CreateEventTracker', { name: 'tracked-2', datasetGroupArn: group });
    expect(second.code).toBe(status.RESOURCE_EXHAUSTED);
    const delGroup = await callError(s.control, 'DeleteDatasetGroup', { datasetGroupArn: group });
    expect(delGroup.code).toBe(status.FAILED_PRECONDITION);
    expect(delGroup.details).toContain('event tracker');
  });
});
