/**
 * Batch inference jobs through the API, on both backends: every recipe family answers a JSON
 * Lines file exactly as the runtime API answers the same queries on a campaign of the same
 * version; bad lines get their own error and the job goes on; filters take per-line values;
 * progress shows while a job runs; List pages; bad requests are refused and change nothing.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/backends.ts';
import { expectRefused } from '../helpers/events.ts';
import { addWaitingJobs, type BatchJobView, createInferenceJob, describeInference, finished, type OutLine, readOutput, removeWaitingJobs, runInference, writeInput } from '../helpers/batch.ts';
import { call, callError, type TestServer, startTestServer } from '../helpers/server.ts';
import { activeCampaign, filter, type Predicted, recommend, type ServingGroup, servingGroup } from '../helpers/serving.ts';

const UP = 'aws-user-personalization';
const PR = 'aws-personalized-ranking';
const SIMS = 'aws-sims';
const POP = 'aws-popularity-count';
const TRENDING = 'aws-trending-now';

const NO_EXPLORATION = { itemExplorationConfig: { explorationWeight: '0' } };

/** The output line of an answered input, checked against the runtime's answer. */
function expectSameAnswer(line: OutLine, runtime: Predicted[], scored: boolean, label: string): void {
  expect(line.error, label).toBeNull();
  expect(line.output!.recommendedItems, label).toEqual(runtime.map((p) => p.itemId));
  if (!scored || runtime.every((p) => p.score === undefined)) {
    expect(line.output!.scores, label).toBeUndefined();
    return;
  }
  const scores = line.output!.scores!;
  expect(scores).toHaveLength(runtime.length);
  runtime.forEach((p, i) => {
    if (p.score === undefined) expect(scores[i], `${label} score ${i}`).toBeNull();
    else expect(scores[i], `${label} score ${i}`).toBeCloseTo(p.score, 6);
  });
}

describe.each(BACKENDS)('batch inference jobs on %s', (backend) => {
  let s: TestServer;
  let g: ServingGroup;
  const campaigns: Record<string, string> = {};
  let n = 0;
  const name = () => `bi-${++n}`;
  const out = (label: string) => join(s.dataDir, `out-${label}`);

  beforeAll(async () => {
    // As in the serving suite, PostgreSQL's server searches the 40-item catalog through the vector index (campaigns and batch jobs alike).
    s = await startTestServer(backend, backend === 'postgres' ? { indexMinItems: 10 } : {});
    g = await servingGroup(s, 'bj', [UP, PR, SIMS, POP, TRENDING]);
    for (const recipe of [UP, PR, SIMS, POP]) {
      campaigns[recipe] = await activeCampaign(s, {
        name: `bj-${recipe.slice(4)}`,
        solutionVersionArn: g.versions[recipe],
        ...(recipe === UP ? { campaignConfig: NO_EXPLORATION } : {}),
      });
    }
  }, 300_000);
  afterAll(async () => {
    await s?.close();
  });

  it('answers a user-personalization file line by line as GetRecommendations does, with an error line for each bad line', async () => {
    const input = join(s.dataDir, 'users.jsonl');
    const lines = [
      '{"userId":"a3"}',
      '{"userId":"b5"}',
      '{"userId":"newcomer"}',
      'not json {',
      '{"userId":"a1","color":"red"}',
      '{"filterValues":{}}',
      '[1,2]',
      '{"userId":42}',
      '   ',
      '{"itemId":"A1"}',
      '{"userId":"a7"}\r',
    ];
    writeFileSync(input, Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a])]));
    const folder = out('up');
    const job = await runInference(s, {
      jobName: name(),
      solutionVersionArn: g.versions[UP],
      numResults: 10,
      jobInput: { s3DataSource: { path: input } },
      jobOutput: { s3DataDestination: { path: folder } },
      batchInferenceJobConfig: NO_EXPLORATION,
      roleArn: 'arn:aws:iam::000000000000:role/batch',
    });
    expect(job).toMatchObject({ status: 'ACTIVE', failureReason: '', numResults: 10, recordsTotal: '11', recordsProcessed: '11', recordsFailed: '7' });
    const result = readOutput(join(folder, 'users.jsonl.out'));
    expect(result).toHaveLength(11);
    for (const [i, userId] of [[0, 'a3'], [1, 'b5'], [2, 'newcomer'], [9, 'a7']] as const) {
      expect(result[i]!.input).toEqual({ userId });
      const runtime = await recommend(s, { campaignArn: campaigns[UP], userId, numResults: 10 });
      expectSameAnswer(result[i]!, runtime.itemList, true, userId);
    }
    expect(result[0]!.output!.recommendedItems!.filter((id) => id.startsWith('A')).length).toBeGreaterThanOrEqual(8);
    // A user the model does not know gets popular items, without scores (as GetRecommendations).
    expect(result[2]!.output!.scores).toBeUndefined();
    const errors = [result[3], result[4], result[5], result[6], result[7], result[8], result[10]].map((l) => [l!.input, l!.output, l!.error]);
    expect(errors).toEqual([
      ['not json {', null, expect.stringMatching(/^line 4: malformed JSON/)],
      [{ userId: 'a1', color: 'red' }, null, 'line 5: unknown field "color"; a line for aws-user-personalization has userId, filterValues'],
      [{ filterValues: {} }, null, 'line 6: userId is required'],
      [[1, 2], null, expect.stringMatching(/^line 7: must be a JSON object/)],
      [{ userId: 42 }, null, 'line 8: userId must be a string (got 42)'],
      [{ itemId: 'A1' }, null, expect.stringMatching(/^line 10: unknown field "itemId"/)],
      [null, null, 'line 12: not valid UTF-8'],
    ]);
    expect(readdirSync(folder)).toEqual(['users.jsonl.out']);
  });

  it('ranks item lists, finds related items and popular items as the runtime does; popularity and related items carry no scores', async () => {
    const rankInput = writeInput(s, 'rank.json', [
      { userId: 'a2', itemList: ['B1', 'A3', 'A1', 'unknown-item', 'B4', 'A3'] },
      { userId: 'b2', itemList: ['A1', 'B2'] },
      { userId: 'a2' },
      { userId: 'a2', itemList: 'A1' },
    ]);
    const rank = await runInference(s, { jobName: name(), solutionVersionArn: g.versions[PR], jobInput: { s3DataSource: { path: rankInput } }, jobOutput: { s3DataDestination: { path: out('rank') } } });
    expect(rank).toMatchObject({ status: 'ACTIVE', recordsTotal: '4', recordsFailed: '2' });
    const ranked = readOutput(join(out('rank'), 'rank.json.out'));
    for (const i of [0, 1]) {
      const q = ranked[i]!.input as { userId: string; itemList: string[] };
      const runtime = await call<object, { personalizedRanking: Predicted[] }>(s.runtime, 'GetPersonalizedRanking', { campaignArn: campaigns[PR], userId: q.userId, inputList: q.itemList });
      expectSameAnswer(ranked[i]!, runtime.personalizedRanking, true, `rank ${i}`);
    }
    expect(ranked[0]!.output!.recommendedItems!.at(-1)).toBe('unknown-item');
    expect(ranked[0]!.output!.scores!.at(-1)).toBeNull();
    expect(ranked[2]!.error).toBe('line 3: itemList is required (the items to rank for the user)');
    expect(ranked[3]!.error).toBe('line 4: itemList must be an array of item id strings');

    const simsInput = writeInput(s, 'items.json', [{ itemId: 'A2' }, { itemId: 'B7', userId: 'b1' }, { itemId: 'never-seen' }, { userId: 'a1' }]);
    const sims = await runInference(s, { jobName: name(), solutionVersionArn: g.versions[SIMS], numResults: 5, jobInput: { s3DataSource: { path: simsInput } }, jobOutput: { s3DataDestination: { path: out('sims') } } });
    expect(sims).toMatchObject({ status: 'ACTIVE', recordsFailed: '1' });
    const related = readOutput(join(out('sims'), 'items.json.out'));
    for (const i of [0, 1, 2]) {
      const q = related[i]!.input as { itemId: string };
      const runtime = await recommend(s, { campaignArn: campaigns[SIMS], itemId: q.itemId, numResults: 5 });
      expectSameAnswer(related[i]!, runtime.itemList, false, `sims ${q.itemId}`);
    }
    expect(related[3]!.error).toBe('line 4: itemId is required');

    const popInput = writeInput(s, 'pop.json', [{ userId: 'a1' }, { userId: 'someone-new' }]);
    const pop = await runInference(s, { jobName: name(), solutionVersionArn: g.versions[POP], numResults: 3, jobInput: { s3DataSource: { path: popInput } }, jobOutput: { s3DataDestination: { path: out('pop') } } });
    expect(pop.status).toBe('ACTIVE');
    const popular = readOutput(join(out('pop'), 'pop.json.out'));
    const runtime = await recommend(s, { campaignArn: campaigns[POP], userId: 'a1', numResults: 3 });
    for (const line of popular) expectSameAnswer(line, runtime.itemList, false, 'popularity');
  });

  it('applies the job filter with each line\'s filterValues, as GetRecommendations applies it', async () => {
    const genre = await filter(s, 'bj-genre', g.groupArn, 'INCLUDE ItemID WHERE Items.GENRES IN ($G)');
    const input = writeInput(s, 'filtered.json', [
      { userId: 'a1', filterValues: { G: '"beta"' } },
      { userId: 'b1', filterValues: { G: '"alpha"' } },
      { userId: 'a1' },
      { userId: 'a1', filterValues: { G: 'beta' } },
      { userId: 'a1', filterValues: { G: 7 } },
    ]);
    const job = await runInference(s, { jobName: name(), solutionVersionArn: g.versions[UP], filterArn: genre, numResults: 8, batchInferenceJobConfig: NO_EXPLORATION, jobInput: { s3DataSource: { path: input } }, jobOutput: { s3DataDestination: { path: out('filter') } } });
    expect(job).toMatchObject({ status: 'ACTIVE', filterArn: genre, recordsFailed: '3' });
    const lines = readOutput(join(out('filter'), 'filtered.json.out'));
    for (const [i, userId, G] of [[0, 'a1', '"beta"'], [1, 'b1', '"alpha"']] as const) {
      const runtime = await recommend(s, { campaignArn: campaigns[UP], userId, numResults: 8, filterArn: genre, filterValues: { G } });
      expectSameAnswer(lines[i]!, runtime.itemList, true, `${userId} ${G}`);
      const block = G === '"beta"' ? 'B' : 'A';
      expect(lines[i]!.output!.recommendedItems!.every((id) => id.startsWith(block))).toBe(true);
    }
    expect(lines[2]!.error).toBe("line 3: filterValues.G: is required: the filter's INCLUDE expression uses $G");
    expect(lines[3]!.error).toMatch(/^line 4: filterValues\.G: /);
    expect(lines[4]!.error).toMatch(/^line 5: filterValues\.G must be a string/);
  });

  it('shows progress while a large job runs, and leaves only the finished file', async () => {
    const users = Array.from({ length: 60 }, (_, i) => `${i % 2 ? 'a' : 'b'}${i % 30}`);
    const count = 120_000;
    const input = join(s.dataDir, 'many.jsonl');
    writeFileSync(input, Array.from({ length: count }, (_, i) => `{"userId":"${users[i % users.length]}"}`).join('\n'));
    const folder = out('many');
    const arn = await createInferenceJob(s, { jobName: name(), solutionVersionArn: g.versions[UP], jobInput: { s3DataSource: { path: input } }, jobOutput: { s3DataDestination: { path: folder } } });
    const seen: BatchJobView[] = [];
    let job: BatchJobView;
    do {
      job = await describeInference(s, arn);
      seen.push(job);
      // Well before the end, the output exists only under its temporary name.
      if (job.status === 'IN PROGRESS' && Number(job.recordsProcessed) < count * 0.8) expect(existsSync(join(folder, 'many.jsonl.out'))).toBe(false);
      await new Promise((r) => setTimeout(r, 50));
    } while (job.status !== 'ACTIVE' && job.status !== 'CREATE FAILED');
    expect(job).toMatchObject({ status: 'ACTIVE', recordsTotal: String(count), recordsProcessed: String(count), recordsFailed: '0' });
    const midway = seen.filter((j) => j.status === 'IN PROGRESS' && Number(j.recordsProcessed) > 0 && Number(j.recordsProcessed) < count);
    expect(midway.length, JSON.stringify(seen.map((j) => [j.status, j.recordsProcessed, j.recordsTotal]))).toBeGreaterThan(0);
    expect(midway.every((j) => j.recordsTotal === String(count))).toBe(true);
    const lines = readOutput(join(folder, 'many.jsonl.out'));
    expect(lines).toHaveLength(count);
    lines.forEach((l, i) => {
      if (i % 9973 === 0) expect(l.input).toEqual({ userId: users[i % users.length] });
    });
    expect(lines.every((l) => l.error === null && l.output!.recommendedItems!.length === 25)).toBe(true);
    expect(readdirSync(folder)).toEqual(['many.jsonl.out']);
  }, 120_000);

  it('lists jobs in pages, all of them or one version\'s, and describes each with its settings and tags', async () => {
    type Summary = { batchInferenceJobArn: string; jobName: string; status: string; solutionVersionArn: string; batchInferenceJobMode: string };
    const list = (request: object) => call<object, { batchInferenceJobs: Summary[]; nextToken: string }>(s.control, 'ListBatchInferenceJobs', request);
    const input = writeInput(s, 'tagged.json', [{ userId: 'a1' }]);
    const arn = await createInferenceJob(s, {
      jobName: 'bj-tagged',
      solutionVersionArn: g.versions[UP],
      jobInput: { s3DataSource: { path: input } },
      jobOutput: { s3DataDestination: { path: out('tagged') } },
      tags: [{ tagKey: 'team', tagValue: 'growth' }],
    });
    const done = await finished(() => describeInference(s, arn));
    expect(done).toMatchObject({ jobName: 'bj-tagged', numResults: 25, jobInput: { s3DataSource: { path: input } }, jobOutput: { s3DataDestination: { path: out('tagged') } } });
    const tags = await call<object, { tags: { tagKey: string; tagValue: string }[] }>(s.control, 'ListTagsForResource', { resourceArn: arn });
    expect(tags.tags).toEqual([expect.objectContaining({ tagKey: 'team', tagValue: 'growth' })]);

    const all: Summary[] = [];
    let nextToken = '';
    do {
      const page = await list({ maxResults: 2, nextToken });
      expect(page.batchInferenceJobs.length).toBeLessThanOrEqual(2);
      all.push(...page.batchInferenceJobs);
      nextToken = page.nextToken;
    } while (nextToken);
    // Every job of this suite so far: those named by name(), and this one.
    expect(all.length).toBe(n + 1);
    expect(new Set(all.map((j) => j.batchInferenceJobArn)).size).toBe(n + 1);
    expect(all.at(-1)).toMatchObject({ batchInferenceJobArn: arn, jobName: 'bj-tagged', status: 'ACTIVE', solutionVersionArn: g.versions[UP], batchInferenceJobMode: 'BATCH_INFERENCE' });
    const ofRanking = await list({ solutionVersionArn: g.versions[PR] });
    expect(ofRanking.batchInferenceJobs.map((j) => j.solutionVersionArn)).toEqual([g.versions[PR]]);
    const segments = await call<object, { batchSegmentJobs: unknown[] }>(s.control, 'ListBatchSegmentJobs', {});
    expect(segments.batchSegmentJobs).toEqual([]);
    expectRefused(await callError(s.control, 'ListBatchInferenceJobs', { solutionVersionArn: `${g.solutions[UP]}/nope` }), status.NOT_FOUND, 'solution_version_arn');
    expectRefused(await callError(s.control, 'DescribeBatchInferenceJob', { batchInferenceJobArn: arn.replace('bj-tagged', 'nope') }), status.NOT_FOUND, 'batch_inference_job_arn');
    expectRefused(await callError(s.control, 'DescribeBatchSegmentJob', { batchSegmentJobArn: arn }), status.INVALID_ARGUMENT, 'batch_segment_job_arn');
  });

  it('refuses bad requests with the field at fault, and creates nothing', async () => {
    const before = (await call<object, { batchInferenceJobs: unknown[] }>(s.control, 'ListBatchInferenceJobs', {})).batchInferenceJobs.length;
    const input = writeInput(s, 'ok.json', [{ userId: 'a1' }]);
    writeFileSync(join(s.dataDir, 'taken.json'), '{"userId":"a1"}\n');
    mkdirSync(out('exists'), { recursive: true });
    writeFileSync(join(out('exists'), 'ok.json.out'), 'a result from before\n');
    mkdirSync(join(s.dataDir, 'no-json'), { recursive: true });
    writeFileSync(join(s.dataDir, 'no-json', 'data.csv'), 'USER_ID\nu1\n');
    const userFilter = await filter(s, 'bj-users', g.groupArn, 'EXCLUDE UserID WHERE Interactions.EVENT_TYPE IN ("click")');
    const base = { jobName: 'bj-refused', solutionVersionArn: g.versions[UP], jobInput: { s3DataSource: { path: input } }, jobOutput: { s3DataDestination: { path: out('refused') } } };
    const INPUT = 'job_input.s3_data_source.path';
    const OUTPUT = 'job_output.s3_data_destination.path';
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['input outside the data roots', { jobInput: { s3DataSource: { path: '/etc/hostname' } } }, status.PERMISSION_DENIED, INPUT],
      ['input missing', { jobInput: { s3DataSource: { path: join(s.dataDir, 'missing.json') } } }, status.NOT_FOUND, INPUT],
      ['input folder without JSON files', { jobInput: { s3DataSource: { path: join(s.dataDir, 'no-json') } } }, status.NOT_FOUND, INPUT],
      ['input from an upload', { jobInput: { s3DataSource: { path: 'upload://00000000-0000-0000-0000-000000000000' } } }, status.INVALID_ARGUMENT, INPUT],
      ['no input', { jobInput: null }, status.INVALID_ARGUMENT, INPUT],
      ['output file exists', { jobOutput: { s3DataDestination: { path: out('exists') } } }, status.INVALID_ARGUMENT, OUTPUT],
      ['output outside the data roots', { jobOutput: { s3DataDestination: { path: '/var/attune-out' } } }, status.PERMISSION_DENIED, OUTPUT],
      ['output is a file', { jobOutput: { s3DataDestination: { path: join(s.dataDir, 'taken.json') } } }, status.INVALID_ARGUMENT, OUTPUT],
      ['output cannot be created', { jobOutput: { s3DataDestination: { path: join(s.dataDir, 'taken.json', 'below') } } }, status.INVALID_ARGUMENT, OUTPUT],
      ['trending-now version', { solutionVersionArn: g.versions[TRENDING] }, status.INVALID_ARGUMENT, 'solution_version_arn'],
      ['a solution, not a version', { solutionVersionArn: g.solutions[UP] }, status.INVALID_ARGUMENT, 'solution_version_arn'],
      ['unknown version', { solutionVersionArn: `${g.solutions[UP]}/00000000` }, status.NOT_FOUND, 'solution_version_arn'],
      ['filter of users', { filterArn: userFilter }, status.INVALID_ARGUMENT, 'filter_arn'],
      ['too many results', { numResults: 501 }, status.INVALID_ARGUMENT, 'num_results'],
      ['theme generation', { batchInferenceJobMode: 'THEME_GENERATION' }, status.INVALID_ARGUMENT, 'batch_inference_job_mode'],
      ['ranking influence', { batchInferenceJobConfig: { rankingInfluence: { POPULARITY: 0.5 } } }, status.INVALID_ARGUMENT, 'batch_inference_job_config.ranking_influence'],
      ['exploration of a ranking version', { solutionVersionArn: g.versions[PR], batchInferenceJobConfig: NO_EXPLORATION }, status.INVALID_ARGUMENT, 'batch_inference_job_config.item_exploration_config'],
      ['bad exploration weight', { batchInferenceJobConfig: { itemExplorationConfig: { explorationWeight: '2' } } }, status.INVALID_ARGUMENT, 'batch_inference_job_config.item_exploration_config.explorationWeight'],
      ['no name', { jobName: '' }, status.INVALID_ARGUMENT, 'job_name'],
      ['existing name', { jobName: 'bj-tagged' }, status.ALREADY_EXISTS, ''],
    ];
    for (const [label, change, code, field] of cases) {
      const err = await callError(s.control, 'CreateBatchInferenceJob', { ...base, ...change });
      if (field) expectRefused(err, code, field, label);
      else expect(err.code, label).toBe(code);
    }
    expect((await call<object, { batchInferenceJobs: unknown[] }>(s.control, 'ListBatchInferenceJobs', {})).batchInferenceJobs.length).toBe(before);
    expect(existsSync(out('refused'))).toBe(false);
  });

  it('refuses a batch inference job while five are pending or in progress (RESOURCE_EXHAUSTED), and creates nothing', async () => {
    const list = async () => (await call<object, { batchInferenceJobs: unknown[] }>(s.control, 'ListBatchInferenceJobs', {})).batchInferenceJobs.length;
    await addWaitingJobs(s, 'inference', ['IN PROGRESS', 'PENDING', 'PENDING', 'PENDING', 'PENDING']);
    try {
      const before = await list();
      const request = { jobName: 'bj-sixth', solutionVersionArn: g.versions[UP], jobInput: { s3DataSource: { path: writeInput(s, 'quota.json', [{ userId: 'a1' }]) } }, jobOutput: { s3DataDestination: { path: out('sixth') } } };
      const err = await callError(s.control, 'CreateBatchInferenceJob', request);
      expect(err.code).toBe(status.RESOURCE_EXHAUSTED);
      expect(err.details).toContain('at most 5 batch inference jobs may be pending or in progress');
      expect(await list()).toBe(before);
      expect(existsSync(out('sixth'))).toBe(false);
      // One of them ends: there is room again.
      await s.attune.database.query(`update batch_jobs set status = 'CREATE FAILED' where arn like '%-waiting-1'`);
      expect((await runInference(s, request)).status).toBe('ACTIVE');
    } finally {
      await removeWaitingJobs(s);
    }
  });

  it('keeps a solution from being deleted while one of its batch jobs runs; deleting it then removes its jobs', async () => {
    const input = join(s.dataDir, 'pop-many.jsonl');
    writeFileSync(input, Array.from({ length: 100_000 }, (_, i) => `{"userId":"u${i}"}`).join('\n'));
    const arn = await createInferenceJob(s, { jobName: 'bj-pop-long', solutionVersionArn: g.versions[POP], jobInput: { s3DataSource: { path: input } }, jobOutput: { s3DataDestination: { path: out('pop-long') } } });
    await call(s.control, 'DeleteCampaign', { campaignArn: campaigns[POP] });
    await waitGone(() => call(s.control, 'DescribeCampaign', { campaignArn: campaigns[POP] }));
    const refused = await callError(s.control, 'DeleteSolution', { solutionArn: g.solutions[POP] });
    expect(refused.code).toBe(status.FAILED_PRECONDITION);
    expect(refused.details).toContain(`batch job ${arn}`);
    expect((await finished(() => describeInference(s, arn))).status).toBe('ACTIVE');
    await call(s.control, 'DeleteSolution', { solutionArn: g.solutions[POP] });
    await waitGone(() => call(s.control, 'DescribeSolution', { solutionArn: g.solutions[POP] }));
    expectRefused(await callError(s.control, 'DescribeBatchInferenceJob', { batchInferenceJobArn: arn }), status.NOT_FOUND, 'batch_inference_job_arn');
    const left = await call<object, { batchInferenceJobs: { solutionVersionArn: string }[] }>(s.control, 'ListBatchInferenceJobs', {});
    expect(left.batchInferenceJobs.some((j) => j.solutionVersionArn === g.versions[POP])).toBe(false);
    // The output file stays.
    expect(readOutput(join(out('pop-long'), 'pop-many.jsonl.out'))).toHaveLength(100_000);
  }, 120_000);
});

/** Polls until `describe` fails with NOT_FOUND. */
async function waitGone(describe: () => Promise<unknown>): Promise<void> {
  const end = Date.now() + 60_000;
  for (;;) {
    try {
      await describe();
    } catch (err) {
      if ((err as { code?: number }).code === status.NOT_FOUND) return;
      throw err;
    }
    if (Date.now() > end) throw new Error('timed out waiting for the resource to go');
    await new Promise((r) => setTimeout(r, 50));
  }
}
