/**
 * Dataset export jobs and data deletion jobs through the API, on PGlite and PostgreSQL: what
 * the files hold (and that they import again unchanged), ingestion modes, duplicates, the
 * users a deletion removes from the datasets and from what a campaign serves, and bad input.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/backends.ts';
import { datasetId, records, visibleRows } from '../helpers/data.ts';
import { event, expectRefused, tracker } from '../helpers/events.ts';
import { INTERACTIONS_WITH_METADATA_SCHEMA, ITEMS_SCHEMA, USERS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, startTestServer, type TestServer, waitFor } from '../helpers/server.ts';
import { activeCampaign, recommend, servingGroup } from '../helpers/serving.ts';
import { activeDataset, activeGroup, importCsv, importFrom, schema } from '../helpers/workflow.ts';

interface ExportView {
  status: string;
  failureReason: string;
  rowCount: string;
  ingestionMode: string;
  datasetArn: string;
  jobOutput: { s3DataDestination: { path: string } };
}

async function exportDataset(s: TestServer, jobName: string, datasetArn: string, ingestionMode: string, folder = join(s.dataDir, 'out', jobName)) {
  const { datasetExportJobArn } = await call<object, { datasetExportJobArn: string }>(s.control, 'CreateDatasetExportJob', {
    jobName,
    datasetArn,
    ingestionMode,
    roleArn: 'arn:aws:iam::000000000000:role/export',
    jobOutput: { s3DataDestination: { path: folder } },
  });
  const { datasetExportJob } = await waitFor(
    () => call<object, { datasetExportJob: ExportView }>(s.control, 'DescribeDatasetExportJob', { datasetExportJobArn }),
    (r) => r.datasetExportJob.status,
    ['ACTIVE', 'CREATE FAILED'],
  );
  const files = readdirSync(folder);
  return { arn: datasetExportJobArn, job: datasetExportJob, files, text: files.length === 1 ? readFileSync(join(folder, files[0]!), 'utf8') : '' };
}

interface DeletionView {
  status: string;
  failureReason: string;
  numDeleted: number;
  datasetGroupArn: string;
}

async function deleteUsers(s: TestServer, jobName: string, datasetGroupArn: string, csv: string) {
  const path = join(s.dataDir, `${jobName}.csv`);
  writeFileSync(path, csv);
  const { dataDeletionJobArn } = await call<object, { dataDeletionJobArn: string }>(s.control, 'CreateDataDeletionJob', {
    jobName,
    datasetGroupArn,
    dataSource: { dataLocation: path },
    roleArn: 'arn:aws:iam::000000000000:role/delete',
  });
  const { dataDeletionJob } = await waitFor(
    () => call<object, { dataDeletionJob: DeletionView }>(s.control, 'DescribeDataDeletionJob', { dataDeletionJobArn }),
    (r) => r.dataDeletionJob.status,
    ['COMPLETED', 'FAILED'],
  );
  return { arn: dataDeletionJobArn, job: dataDeletionJob };
}

/** Interactions with a categorical metadata column, one value with a comma, a quote and a backslash. */
const INTERACTIONS = [
  'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,DEVICE',
  'u1,i1,1700000001,click,phone',
  'u1,i2,1700000002,click,"tab,let"',
  'u2,i1,1700000003,purchase,"say \\"hi\\" c:\\\\dir"',
  'u2,i1,1700000003,purchase,"say \\"hi\\" c:\\\\dir"',
  'u3,i3,1700000004,click,',
].join('\n');

// Both kinds of job share one server per backend; each test makes a group of its own.
describe.each(BACKENDS)('data jobs on %s', (backend) => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer(backend);
  });
  afterAll(() => s?.close());

  describe('dataset export jobs', () => {
    let groupArn: string;
    let interactionsArn: string;
    let itemsArn: string;

    beforeAll(async () => {
      groupArn = await activeGroup(s, 'exports');
      interactionsArn = await activeDataset(s, 'exports-i', groupArn, 'Interactions', await schema(s, 'exports-is', INTERACTIONS_WITH_METADATA_SCHEMA));
      itemsArn = await activeDataset(s, 'exports-items', groupArn, 'Items', await schema(s, 'exports-its', ITEMS_SCHEMA));
      expect((await importCsv(s, 'exports-ij', interactionsArn, 'i.csv', INTERACTIONS)).status).toBe('ACTIVE');
      const items = ['ITEM_ID,GENRES,PRICE,CREATION_TIMESTAMP,DESCRIPTION', 'i1,a|b,1.5,1690000000,"plain"', 'i2,c,,1690000001,"multi\nline, with \\"quotes\\""'].join('\n');
      expect((await importCsv(s, 'exports-itj', itemsArn, 'items.csv', items)).status).toBe('ACTIVE');
      const trackingId = await tracker(s, 'exports-t', groupArn);
      await call(s.events, 'PutEvents', { trackingId, userId: 'u9', sessionId: 's9', eventList: [event('i2', { properties: '{"device":"watch"}' })] });
      await call(s.events, 'PutItems', { datasetArn: itemsArn, items: [{ itemId: 'i1', properties: '{"genres":"z","price":2.5,"creationTimestamp":1690000009}' }] });
    }, 120_000);

    it('exports every record of ALL once (identical records once) with a header, and the file imports again unchanged', async () => {
      const { job, files, text } = await exportDataset(s, 'all-i', interactionsArn, 'ALL');
      expect(job.status, job.failureReason).toBe('ACTIVE');
      expect(files).toEqual(['all-i.csv']);
      const lines = text.trimEnd().split('\n');
      expect(lines[0]).toBe('USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,DEVICE');
      // 5 imported rows, one an exact copy of another, plus one event.
      expect(job.rowCount).toBe('5');
      expect(lines.slice(1).sort()).toEqual(
        ['u1,i1,1700000001,click,phone', 'u1,i2,1700000002,click,"tab,let"', 'u2,i1,1700000003,purchase,"say \\"hi\\" c:\\\\dir"', 'u3,i3,1700000004,click,', 'u9,i2,1700000000,click,watch'].sort(),
      );
      // The file is valid input for an import: the same records come back.
      const again = await activeDataset(s, 'exports-again', await activeGroup(s, 'exports-2'), 'Interactions', await schema(s, 'exports-again-s', INTERACTIONS_WITH_METADATA_SCHEMA));
      expect((await importFrom(s, 'exports-again-j', again, join(s.dataDir, 'out', 'all-i', 'all-i.csv'))).status).toBe('ACTIVE');
      const original = await s.attune.database.query<{ d: string }>(
        `select distinct user_id || '|' || item_id || '|' || timestamp || '|' || event_type || '|' || coalesce(properties ->> 'DEVICE', '-') as d from interactions where dataset_id = $1 order by 1`,
        [await datasetId(s, interactionsArn)],
      );
      const copied = await s.attune.database.query<{ d: string }>(
        `select user_id || '|' || item_id || '|' || timestamp || '|' || event_type || '|' || coalesce(properties ->> 'DEVICE', '-') as d from interactions where dataset_id = $1 order by 1`,
        [await datasetId(s, again)],
      );
      expect(copied.map((r) => r.d)).toEqual(original.map((r) => r.d));
    });

    it('exports BULK and PUT records apart (PUT is the default)', async () => {
      const bulk = await exportDataset(s, 'bulk-i', interactionsArn, 'BULK');
      expect(bulk.job.rowCount).toBe('4');
      expect(bulk.text).not.toContain('u9');
      const { datasetExportJobArn } = await call<object, { datasetExportJobArn: string }>(s.control, 'CreateDatasetExportJob', {
        jobName: 'put-i',
        datasetArn: interactionsArn,
        jobOutput: { s3DataDestination: { path: join(s.dataDir, 'out', 'put-i') } },
      });
      const { datasetExportJob: put } = await waitFor(
        () => call<object, { datasetExportJob: ExportView }>(s.control, 'DescribeDatasetExportJob', { datasetExportJobArn }),
        (r) => r.datasetExportJob.status,
        ['ACTIVE', 'CREATE FAILED'],
      );
      expect(put.ingestionMode).toBe('PUT');
      expect(put.rowCount).toBe('1');
      expect(readFileSync(join(s.dataDir, 'out', 'put-i', 'put-i.csv'), 'utf8')).toBe('USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,DEVICE\nu9,i2,1700000000,click,watch\n');
    });

    it('exports the newest record of each item, textual values quoted so that they import again', async () => {
      const { job, text } = await exportDataset(s, 'all-items', itemsArn, 'ALL');
      expect(job.status, job.failureReason).toBe('ACTIVE');
      expect(job.rowCount).toBe('2');
      expect(text).toBe('ITEM_ID,GENRES,PRICE,CREATION_TIMESTAMP,DESCRIPTION\ni1,z,2.5,1690000009,\ni2,c,,1690000001,"multi\nline, with \\"quotes\\""\n');
      const group = await activeGroup(s, 'exports-3');
      const again = await activeDataset(s, 'exports-items-again', group, 'Items', await schema(s, 'exports-items-again-s', ITEMS_SCHEMA));
      expect((await importFrom(s, 'exports-items-again-j', again, join(s.dataDir, 'out', 'all-items', 'all-items.csv'))).status).toBe('ACTIVE');
      const before = await records(s, 'items', itemsArn);
      const after = await records(s, 'items', again);
      expect([...after.entries()].sort()).toEqual([...before.entries()].sort());
      // BULK: the newest imported record, not the PutItems one.
      expect((await exportDataset(s, 'bulk-items', itemsArn, 'BULK')).text).toContain('i1,a|b,1.5,1690000000,plain');
    });

    it('lists export jobs by dataset, page by page', async () => {
      const first = await call<object, { datasetExportJobs: { jobName: string }[]; nextToken: string }>(s.control, 'ListDatasetExportJobs', { datasetArn: itemsArn, maxResults: 1 });
      expect(first.datasetExportJobs.map((j) => j.jobName)).toEqual(['all-items']);
      const second = await call<object, { datasetExportJobs: { jobName: string }[] }>(s.control, 'ListDatasetExportJobs', { datasetArn: itemsArn, nextToken: first.nextToken });
      expect(second.datasetExportJobs.map((j) => j.jobName)).toEqual(['bulk-items']);
    });

    it('tags export jobs', async () => {
      const { datasetExportJobs } = await call<object, { datasetExportJobs: { datasetExportJobArn: string; jobName: string }[] }>(s.control, 'ListDatasetExportJobs', { datasetArn: itemsArn });
      const resourceArn = datasetExportJobs[0]!.datasetExportJobArn;
      await call(s.control, 'TagResource', { resourceArn, tags: [{ tagKey: 'team', tagValue: 'data' }] });
      const { tags } = await call<object, { tags: { tagKey: string; tagValue: string }[] }>(s.control, 'ListTagsForResource', { resourceArn });
      expect(tags).toEqual([{ tagKey: 'team', tagValue: 'data' }]);
    });

    it('refuses bad requests, and creates nothing', async () => {
      const request = (fields: Record<string, unknown>) => ({
        jobName: 'bad',
        datasetArn: itemsArn,
        jobOutput: { s3DataDestination: { path: join(s.dataDir, 'out', 'bad') } },
        ...fields,
      });
      const outside = join(tmpdir(), `attune-outside-${process.pid}-${backend}`);
      expectRefused(await callError(s.control, 'CreateDatasetExportJob', request({ jobOutput: { s3DataDestination: { path: outside } } })), status.PERMISSION_DENIED, 'job_output.s3_data_destination.path');
      mkdirSync(join(s.dataDir, 'full'), { recursive: true });
      writeFileSync(join(s.dataDir, 'full', 'x.csv'), 'x');
      expectRefused(await callError(s.control, 'CreateDatasetExportJob', request({ jobOutput: { s3DataDestination: { path: join(s.dataDir, 'full') } } })), status.INVALID_ARGUMENT, 'job_output.s3_data_destination.path');
      expectRefused(
        await callError(s.control, 'CreateDatasetExportJob', request({ jobOutput: { s3DataDestination: { path: join(s.dataDir, 'full', 'x.csv') } } })),
        status.INVALID_ARGUMENT,
        'job_output.s3_data_destination.path',
      );
      expectRefused(await callError(s.control, 'CreateDatasetExportJob', request({ jobOutput: {} })), status.INVALID_ARGUMENT, 'job_output.s3_data_destination.path');
      expectRefused(await callError(s.control, 'CreateDatasetExportJob', request({ ingestionMode: 'SOME' })), status.INVALID_ARGUMENT, 'ingestion_mode');
      expectRefused(await callError(s.control, 'CreateDatasetExportJob', request({ jobName: '' })), status.INVALID_ARGUMENT, 'job_name');
      expectRefused(await callError(s.control, 'CreateDatasetExportJob', request({ datasetArn: `${itemsArn}-gone` })), status.NOT_FOUND, 'dataset_arn');
      expect((await callError(s.control, 'CreateDatasetExportJob', request({ jobName: 'all-items' }))).code).toBe(status.ALREADY_EXISTS);
      expectRefused(await callError(s.control, 'DescribeDatasetExportJob', { datasetExportJobArn: 'arn:attune:personalize:local:000000000000:dataset-export-job/none' }), status.NOT_FOUND, 'dataset_export_job_arn');
      const listed = await call<object, { datasetExportJobs: { jobName: string }[] }>(s.control, 'ListDatasetExportJobs', {});
      expect(listed.datasetExportJobs.map((j) => j.jobName)).not.toContain('bad');
    });
  });

  describe('data deletion jobs', () => {
    it('removes the listed users from the datasets and from what a campaign serves, counting users without records as zero', async () => {
      const g = await servingGroup(s, 'deletion', ['aws-user-personalization']);
      const usersArn = await activeDataset(s, 'deletion-users', g.groupArn, 'Users', await schema(s, 'deletion-us', USERS_SCHEMA));
      expect((await importCsv(s, 'deletion-uj', usersArn, 'users.csv', 'USER_ID,AGE,OCCUPATION\na1,30,x\na2,40,y\nb1,50,z\n')).status).toBe('ACTIVE');
      // b2 has real-time events before the campaign loads: serving folds b2's history in (and caches the result).
      await call(s.events, 'PutEvents', { trackingId: g.trackingId, userId: 'b2', sessionId: 'sb2', eventList: [event('B3'), event('B4')] });
      const campaignArn = await activeCampaign(s, { name: 'deletion-c', solutionVersionArn: g.versions['aws-user-personalization'] });
      expect((await recommend(s, { campaignArn, userId: 'b2', numResults: 5 })).itemList.every((p) => p.score !== undefined)).toBe(true);
      const before = await recommend(s, { campaignArn, userId: 'a1', numResults: 5 });
      // A known user gets the model's own, scored list: mostly items of block A.
      expect(before.itemList.every((p) => p.score !== undefined)).toBe(true);
      const interactionsArn = (await s.attune.database.query<{ arn: string }>(`select arn from datasets where name = 'deletion-i'`))[0]!.arn;
      const rowsBefore = await visibleRows(s, 'interactions', interactionsArn);
      const rowsOf = async (u: string) => (await s.attune.database.query<{ n: number }>(`select count(*)::int as n from interactions where user_id = $1`, [u]))[0]!.n;
      const a1Rows = await rowsOf('a1');
      const b1Rows = await rowsOf('b1');
      const b2Rows = await rowsOf('b2');
      expect(a1Rows).toBeGreaterThan(0);
      expect(b1Rows).toBeGreaterThan(0);

      const { job } = await deleteUsers(s, 'deletion-1', g.groupArn, 'USER_ID\na1\nb1\nghost\nb2\na1\n');
      expect(job.status, job.failureReason).toBe('COMPLETED');
      expect(job.numDeleted).toBe(3);
      expect(await visibleRows(s, 'interactions', interactionsArn)).toBe(rowsBefore - a1Rows - b1Rows - b2Rows);
      const left = await s.attune.database.query<{ u: string }>(`select distinct user_id as u from interactions where user_id in ('a1', 'b1', 'b2', 'a2')`);
      expect(left.map((r) => r.u)).toEqual(['a2']);
      expect([...(await records(s, 'users', usersArn)).keys()]).toEqual(['a2']);
      // The campaign no longer uses what the model learnt of a1: a user it knows nothing of gets popular items, unscored.
      const after = await waitFor(
        () => recommend(s, { campaignArn, userId: 'a1', numResults: 5 }),
        (r) => (r.itemList.every((p) => p.score === undefined) ? 'forgotten' : 'known'),
        ['forgotten'],
        60_000,
      );
      expect(after.itemList).toHaveLength(5);
      // So does b2, whose vector serving had folded in (and cached) from the deleted events.
      expect((await recommend(s, { campaignArn, userId: 'b2', numResults: 5 })).itemList.every((p) => p.score === undefined)).toBe(true);
      // Others are untouched.
      expect((await recommend(s, { campaignArn, userId: 'a2', numResults: 5 })).itemList.every((p) => p.score !== undefined)).toBe(true);

      // Run again: every listed user is already gone, so none is counted.
      expect((await deleteUsers(s, 'deletion-2', g.groupArn, 'USER_ID\na1\n')).job).toMatchObject({ status: 'COMPLETED', numDeleted: 0 });
      const listed = await call<object, { dataDeletionJobs: { jobName: string; datasetGroupArn: string }[] }>(s.control, 'ListDataDeletionJobs', { datasetGroupArn: g.groupArn });
      expect(listed.dataDeletionJobs.map((j) => j.jobName)).toEqual(['deletion-1', 'deletion-2']);
    }, 180_000);

    it('fails a job with bad input before deleting anything, and refuses bad requests', async () => {
      const groupArn = await activeGroup(s, 'deletion-bad');
      const interactionsArn = await activeDataset(s, 'deletion-bad-i', groupArn, 'Interactions', await schema(s, 'deletion-bad-is', INTERACTIONS_WITH_METADATA_SCHEMA));
      expect((await importCsv(s, 'deletion-bad-ij', interactionsArn, 'bad-i.csv', INTERACTIONS)).status).toBe('ACTIVE');
      const header = await deleteUsers(s, 'bad-header', groupArn, 'USER,OTHER\nu1,x\n');
      expect(header.job.status).toBe('FAILED');
      expect(header.job.failureReason).toMatch(/line 1: the header must be the single column USER_ID/);
      const late = await deleteUsers(s, 'bad-late', groupArn, 'USER_ID\nu1\nu2,extra\n');
      expect(late.job.status).toBe('FAILED');
      expect(late.job.failureReason).toMatch(/line 3: expected 1 field/);
      expect(await visibleRows(s, 'interactions', interactionsArn)).toBe(5);

      const request = (fields: Record<string, unknown>) => ({ jobName: 'refused', datasetGroupArn: groupArn, dataSource: { dataLocation: join(s.dataDir, 'bad-i.csv') }, ...fields });
      expectRefused(await callError(s.control, 'CreateDataDeletionJob', request({ dataSource: { dataLocation: '/etc/passwd' } })), status.PERMISSION_DENIED, 'data_source.data_location');
      expectRefused(await callError(s.control, 'CreateDataDeletionJob', request({ dataSource: { dataLocation: join(s.dataDir, 'none.csv') } })), status.NOT_FOUND, 'data_source.data_location');
      expectRefused(await callError(s.control, 'CreateDataDeletionJob', request({ datasetGroupArn: `${groupArn}-gone` })), status.NOT_FOUND, 'dataset_group_arn');
      expect((await callError(s.control, 'CreateDataDeletionJob', request({ jobName: 'bad-header' }))).code).toBe(status.ALREADY_EXISTS);
      expectRefused(await callError(s.control, 'DescribeDataDeletionJob', { dataDeletionJobArn: 'arn:attune:personalize:local:000000000000:data-deletion-job/none' }), status.NOT_FOUND, 'data_deletion_job_arn');

      // A dataset that was exported, and a group that had deletion jobs, can still be deleted; their jobs go with them.
      const exportFolder = join(s.dataDir, 'out', 'before-delete');
      await call(s.control, 'CreateDatasetExportJob', { jobName: 'before-delete', datasetArn: interactionsArn, jobOutput: { s3DataDestination: { path: exportFolder } } });
      await waitFor(
        () => call<object, { datasetExportJobs: { status: string }[] }>(s.control, 'ListDatasetExportJobs', { datasetArn: interactionsArn }),
        (r) => r.datasetExportJobs[0]?.status ?? 'none',
        ['ACTIVE', 'CREATE FAILED'],
      );
      await call(s.control, 'DeleteDataset', { datasetArn: interactionsArn });
      await waitFor(
        () => call(s.control, 'DescribeDataset', { datasetArn: interactionsArn }).then(() => 'OK', (e: { code: number }) => String(e.code)),
        (code) => code,
        [String(status.NOT_FOUND)],
        60_000,
      );
      await call(s.control, 'DeleteDatasetGroup', { datasetGroupArn: groupArn });
      await waitFor(
        () => call(s.control, 'DescribeDatasetGroup', { datasetGroupArn: groupArn }).then(() => 'OK', (e: { code: number }) => String(e.code)),
        (code) => code,
        [String(status.NOT_FOUND)],
        60_000,
      );
      const left = await s.attune.database.query<{ n: number }>(`select count(*)::int as n from data_deletion_jobs where name in ('bad-header', 'bad-late')`);
      expect(left[0]!.n).toBe(0);
    }, 180_000);
  });
});
