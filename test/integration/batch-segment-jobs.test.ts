/**
 * Batch segment jobs through the API, on both backends, on data whose answer is known: two
 * communities of users (a…, b…) who each interact only with their own block of items (A…, B…).
 * The segment of an A item (or of the items with genre alpha) is the a-users, best first, then
 * the b-users; users removed by a data deletion are never in a segment; a UserID filter
 * narrows segments with each line's values; bad lines get their own error.
 */
import { join } from 'node:path';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/backends.ts';
import { addWaitingJobs, createSegmentJob, describeSegment, finished, readOutput, removeWaitingJobs, runInference, writeInput } from '../helpers/batch.ts';
import { expectRefused } from '../helpers/events.ts';
import { USERS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, type TestServer, startTestServer } from '../helpers/server.ts';
import { filter, type ServingGroup, servingGroup } from '../helpers/serving.ts';
import { activeDataset, importCsv, schema } from '../helpers/workflow.ts';

const UP = 'aws-user-personalization';
const POP = 'aws-popularity-count';
const USERS = 30;

/** Users a0…a29 and b0…b29: AGE 20 + u; OCCUPATION student for even u, engineer for odd. */
function usersCsv(): string {
  const lines = ['USER_ID,AGE,OCCUPATION'];
  for (const side of ['a', 'b']) for (let u = 0; u < USERS; u++) lines.push(`${side}${u},${20 + u},${u % 2 === 0 ? 'student' : 'engineer'}`);
  return lines.join('\n') + '\n';
}

describe.each(BACKENDS)('batch segment jobs on %s', (backend) => {
  let s: TestServer;
  let g: ServingGroup;
  let n = 0;
  const out = (label: string) => join(s.dataDir, `seg-out-${label}`);
  const run = async (request: Record<string, unknown>) => {
    const arn = await createSegmentJob(s, { jobName: `seg-${++n}`, solutionVersionArn: g.versions[UP], ...request });
    return finished(() => describeSegment(s, arn));
  };

  beforeAll(async () => {
    s = await startTestServer(backend);
    g = await servingGroup(s, 'sg', [UP, POP]);
    const users = await activeDataset(s, 'sg-users', g.groupArn, 'Users', await schema(s, 'sg-us', USERS_SCHEMA));
    expect((await importCsv(s, 'sg-uj', users, 'sg-users.csv', usersCsv())).status).toBe('ACTIVE');
    // User a0 asked to be forgotten: the row a data deletion job leaves for its group.
    await s.attune.database.query(`insert into deleted_users (dataset_group_id, user_id, deleted_at) select id, 'a0', now() from dataset_groups where arn = $1`, [g.groupArn]);
  }, 300_000);
  afterAll(async () => {
    await s?.close();
  });

  it('finds the users of an item, or of the items with given attributes, best first, never a forgotten user', async () => {
    const input = writeInput(s, 'segments.jsonl', [
      { itemId: 'A3' },
      { itemId: 'B5' },
      { itemAttributes: 'ITEMS.GENRES = "alpha"' },
      { itemAttributes: 'ITEMS.GENRES = "beta" AND ITEMS.PRICE = 105' },
      { itemId: 'not-an-item' },
      { itemAttributes: 'ITEMS.COLOR = "red"' },
      { itemAttributes: 'ITEMS.GENRES = "gamma"' },
      { itemAttributes: 'ITEMS.GENRES IN ("alpha")' },
      {},
      { itemId: 'A1', itemAttributes: 'ITEMS.GENRES = "alpha"' },
      { userId: 'a1' },
    ]);
    const job = await run({ numResults: 2 * USERS - 1, jobInput: { s3DataSource: { path: input } }, jobOutput: { s3DataDestination: { path: out('known') } } });
    expect(job).toMatchObject({ status: 'ACTIVE', failureReason: '', recordsTotal: '11', recordsProcessed: '11', recordsFailed: '7' });
    const lines = readOutput(join(out('known'), 'segments.jsonl.out'));
    expect(lines).toHaveLength(11);
    const aUsers = Array.from({ length: USERS - 1 }, (_, u) => `a${u + 1}`);
    const bUsers = Array.from({ length: USERS }, (_, u) => `b${u}`);
    for (const [i, own, other] of [[0, aUsers, bUsers], [1, bUsers, aUsers], [2, aUsers, bUsers], [3, bUsers, aUsers]] as const) {
      expect(lines[i]!.error, `line ${i + 1}`).toBeNull();
      const segment = lines[i]!.output!.recommendedUsers!;
      // Every user but the forgotten one, each once: the item's own community first.
      expect(segment).toHaveLength(2 * USERS - 1);
      expect(new Set(segment.slice(0, own.length))).toEqual(new Set(own));
      expect(new Set(segment.slice(own.length))).toEqual(new Set(other));
      expect(segment).not.toContain('a0');
    }
    expect(lines[0]!.input).toEqual({ itemId: 'A3' });
    expect(lines.slice(4).map((l) => [l.output, l.error])).toEqual([
      [null, expect.stringMatching(/^line 5: item "not-an-item" is unknown to solution version/)],
      [null, expect.stringMatching(/^line 6: itemAttributes: ITEMS\.COLOR is not a field of the Items dataset \(ITEM_ID, GENRES, PRICE/)],
      [null, expect.stringMatching(/^line 7: itemAttributes: no item known to solution version .* matches/)],
      [null, expect.stringMatching(/^line 8: itemAttributes: expected ITEMS\.<field> = /)],
      [null, 'line 9: give either itemId or itemAttributes'],
      [null, 'line 10: give either itemId or itemAttributes'],
      [null, 'line 11: unknown field "userId"; a batch segment line has itemId, itemAttributes, filterValues'],
    ]);
  });

  it('narrows each segment with a UserID filter and the line\'s filterValues', async () => {
    const older = await filter(s, 'sg-older', g.groupArn, 'INCLUDE UserID WHERE Users.AGE >= $MIN | EXCLUDE UserID WHERE Users.OCCUPATION IN ($OCC)');
    const input = writeInput(s, 'filtered.jsonl', [
      { itemId: 'A3', filterValues: { MIN: '40' } },
      { itemId: 'A3', filterValues: { MIN: '40', OCC: '"student"' } },
      { itemAttributes: 'ITEMS.GENRES = "beta"', filterValues: { MIN: '"45"', OCC: '"engineer"' } },
      { itemId: 'A3' },
      { itemId: 'A3', filterValues: { MIN: 'old' } },
    ]);
    const job = await run({ filterArn: older, numResults: 5, jobInput: { s3DataSource: { path: input } }, jobOutput: { s3DataDestination: { path: out('filtered') } } });
    expect(job).toMatchObject({ status: 'ACTIVE', filterArn: older, recordsFailed: '2' });
    const lines = readOutput(join(out('filtered'), 'filtered.jsonl.out'));
    const segment = (i: number) => lines[i]!.output!.recommendedUsers!;
    // Users aged 40 and over are a20…a29 (b20…b29); 5 results a line.
    expect(segment(0)).toHaveLength(5);
    for (const id of segment(0)) expect(Number(id.slice(1))).toBeGreaterThanOrEqual(20), expect(id.startsWith('a')).toBe(true);
    expect(new Set(segment(1))).toEqual(new Set(['a21', 'a23', 'a25', 'a27', 'a29']));
    // Students aged 45 and over: two of each community, the item's own first.
    expect(new Set(segment(2).slice(0, 2))).toEqual(new Set(['b26', 'b28']));
    expect(new Set(segment(2))).toEqual(new Set(['b26', 'b28', 'a26', 'a28']));
    expect(lines[3]!.error).toBe("line 4: filterValues.MIN: is required: the filter's INCLUDE expression uses $MIN");
    expect(lines[4]!.error).toMatch(/^line 5: filterValues\.MIN: must be a number/);
  });

  it('lists segment jobs, and refuses versions, filters and sizes it cannot serve', async () => {
    type Summary = { batchSegmentJobArn: string; jobName: string; status: string; solutionVersionArn: string };
    const pages: Summary[] = [];
    let nextToken = '';
    do {
      const page = await call<object, { batchSegmentJobs: Summary[]; nextToken: string }>(s.control, 'ListBatchSegmentJobs', { maxResults: 1, nextToken, solutionVersionArn: g.versions[UP] });
      pages.push(...page.batchSegmentJobs);
      nextToken = page.nextToken;
    } while (nextToken);
    expect(pages.map((j) => j.jobName)).toEqual(['seg-1', 'seg-2']);
    expect(pages.every((j) => j.status === 'ACTIVE' && j.solutionVersionArn === g.versions[UP])).toBe(true);
    expect((await call<object, { batchInferenceJobs: unknown[] }>(s.control, 'ListBatchInferenceJobs', {})).batchInferenceJobs).toEqual([]);

    const input = writeInput(s, 'refused.jsonl', [{ itemId: 'A1' }]);
    const items = await filter(s, 'sg-items', g.groupArn, 'EXCLUDE ItemID WHERE Items.GENRES IN ("beta")');
    const base = { jobName: 'seg-refused', solutionVersionArn: g.versions[UP], jobInput: { s3DataSource: { path: input } }, jobOutput: { s3DataDestination: { path: out('refused') } } };
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['popularity version', { solutionVersionArn: g.versions[POP] }, status.INVALID_ARGUMENT, 'solution_version_arn'],
      ['filter of items', { filterArn: items }, status.INVALID_ARGUMENT, 'filter_arn'],
      ['too many users', { numResults: 5_000_001 }, status.INVALID_ARGUMENT, 'num_results'],
      ['input outside the roots', { jobInput: { s3DataSource: { path: '/etc/hostname' } } }, status.PERMISSION_DENIED, 'job_input.s3_data_source.path'],
    ];
    for (const [label, change, code, field] of cases) expectRefused(await callError(s.control, 'CreateBatchSegmentJob', { ...base, ...change }), code, field, label);
    expect((await call<object, { batchSegmentJobs: unknown[] }>(s.control, 'ListBatchSegmentJobs', {})).batchSegmentJobs).toHaveLength(2);

    // Five segment jobs waiting: a sixth is refused; an inference job has its own quota.
    await addWaitingJobs(s, 'segment', Array<string>(5).fill('PENDING'));
    try {
      const err = await callError(s.control, 'CreateBatchSegmentJob', base);
      expect(err.code).toBe(status.RESOURCE_EXHAUSTED);
      expect(err.details).toContain('at most 5 batch segment jobs may be pending or in progress');
      expect((await call<object, { batchSegmentJobs: unknown[] }>(s.control, 'ListBatchSegmentJobs', {})).batchSegmentJobs).toHaveLength(7);
      const inference = { jobName: 'sg-inference', solutionVersionArn: g.versions[UP], jobInput: { s3DataSource: { path: writeInput(s, 'users.jsonl', [{ userId: 'a1' }]) } }, jobOutput: { s3DataDestination: { path: out('inference') } } };
      expect((await runInference(s, inference)).status).toBe('ACTIVE');
    } finally {
      await removeWaitingJobs(s);
    }
  });
});
