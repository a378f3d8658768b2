/** Bulk import through the API: modes, data locations, failures that change nothing. */
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../helpers/backends.ts';
import { interactionRows, records, visibleRows } from '../helpers/data.ts';
import { INTERACTIONS_SCHEMA, interactionsCsv, ITEMS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, startTestServer, type TestServer } from '../helpers/server.ts';
import { activeDataset, activeGroup, importCsv, importFrom, schema } from '../helpers/workflow.ts';

describe.each(BACKENDS)('bulk import on %s', (backend) => {
  let s: TestServer;
  let interactions: string;
  let items: string;
  let n = 0;
  const job = () => `job-${++n}`;

  beforeAll(async () => {
    s = await startTestServer(backend);
    const group = await activeGroup(s, 'imports');
    interactions = await activeDataset(s, 'imp-interactions', group, 'Interactions', await schema(s, 'imp-i', INTERACTIONS_SCHEMA));
    items = await activeDataset(s, 'imp-items', group, 'Items', await schema(s, 'imp-items', ITEMS_SCHEMA));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports a CSV and FULL replaces earlier bulk data, INCREMENTAL adds to it', async () => {
    const first = await importCsv(s, job(), interactions, 'a.csv', interactionsCsv(1500, { seed: 1 }));
    expect(first).toMatchObject({ status: 'ACTIVE', failureReason: '', importMode: 'FULL' });
    expect(await visibleRows(s, 'interactions', interactions)).toBe(1500);

    const second = await importCsv(s, job(), interactions, 'b.csv', interactionsCsv(1200, { seed: 2 }));
    expect(second.status).toBe('ACTIVE');
    expect(await visibleRows(s, 'interactions', interactions)).toBe(1200);

    const third = await importCsv(s, job(), interactions, 'c.csv', interactionsCsv(1000, { seed: 3 }), 'INCREMENTAL');
    expect(third).toMatchObject({ status: 'ACTIVE', importMode: 'INCREMENTAL' });
    expect(await visibleRows(s, 'interactions', interactions)).toBe(2200);

    const rows = await interactionRows(s, interactions);
    expect(rows[0]).toMatchObject({ event_type: expect.stringMatching(/click|purchase/) });
    expect(Number(rows[0]!.timestamp)).toBeGreaterThanOrEqual(1_700_000_000);
  });

  it('keeps the data unchanged when an import fails on its last line', async () => {
    const before = await visibleRows(s, 'interactions', interactions);
    const bad = interactionsCsv(3000, { seed: 9 }) + 'u1,i1,not-a-time,click,1.0\n';
    const failed = await importCsv(s, job(), interactions, 'bad-last.csv', bad);
    expect(failed.status).toBe('CREATE FAILED');
    expect(failed.failureReason).toMatch(/bad-last\.csv, line 3002, column 3: TIMESTAMP .*epoch seconds/);
    expect(await visibleRows(s, 'interactions', interactions)).toBe(before);
  });

  it('reports each kind of bad CSV with file, line, column and rule', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.csv', '', /empty\.csv: the file is empty/],
      ['header-only.csv', 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n', /no records/],
      ['missing-col.csv', 'USER_ID,ITEM_ID,EVENT_TYPE\nu1,i1,click\n', /missing-col\.csv, line 1: the header lacks required column\(s\) TIMESTAMP/],
      ['unknown-col.csv', 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,COLOR\nu1,i1,1,click,red\n', /line 1, column 5: column "COLOR" is not a field/],
      ['wrong-type.csv', 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE\nu1,i1,1700000000,click,1\nu2,i2,1700000001,click,high\n', /wrong-type\.csv, line 3, column 5: EVENT_VALUE/],
      ['short-row.csv', 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\nu1,i1,1700000000\n', /line 2: the record has 3 fields but the header has 4/],
      ['bad-utf8.csv', Buffer.concat([Buffer.from('USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\nu1,i1,1700000000,click\nu\xff'), Buffer.from([0xff, 0xfe]), Buffer.from(',i2,1700000001,click\n')]), /bad-utf8\.csv, line 3.*invalid UTF-8/],
      ['empty-id.csv', 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n,i1,1700000000,click\n', /line 2, column 1: USER_ID/],
    ];
    for (const [file, content, reason] of cases) {
      const result = await importCsv(s, job(), interactions, file, content);
      expect(result.status, file).toBe('CREATE FAILED');
      expect(result.failureReason, file).toMatch(reason);
    }
  });

  it('fails fast on a line of gigabytes', async () => {
    const path = join(s.dataDir, 'huge-line.csv');
    writeFileSync(path, 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\nu1,i1,1700000000,click\nu2,');
    truncateSync(path, 3 * 1024 ** 3); // a sparse 3 GiB file: its third line never ends
    const started = Date.now();
    const result = await importFrom(s, job(), interactions, path);
    expect(result.status).toBe('CREATE FAILED');
    expect(result.failureReason).toMatch(/huge-line\.csv, line 3.*longer than/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('checks data locations: missing, outside the roots, .. and symlink escapes', async () => {
    const req = (dataLocation: string) => ({ jobName: job(), datasetArn: interactions, dataSource: { dataLocation } });
    const missing = await callError(s.control, 'CreateDatasetImportJob', req(join(s.dataDir, 'nope.csv')));
    expect(missing.code).toBe(status.NOT_FOUND);
    expect(missing.details).toMatch(/data_source\.data_location/);
    const outside = await callError(s.control, 'CreateDatasetImportJob', req('/etc/passwd'));
    expect(outside.code).toBe(status.PERMISSION_DENIED);
    // Sent as written: the server must see and resolve the "..".
    const dotdot = await callError(s.control, 'CreateDatasetImportJob', req(`${s.dataDir}/../../etc/passwd`));
    expect(dotdot.code).toBe(status.PERMISSION_DENIED);
    symlinkSync('/etc', join(s.dataDir, 'escape'));
    const viaLink = await callError(s.control, 'CreateDatasetImportJob', req(join(s.dataDir, 'escape', 'passwd')));
    expect(viaLink.code).toBe(status.PERMISSION_DENIED);
    expect(viaLink.details).toMatch(/symbolic link/);
    // A missing file behind that link is refused the same way, not reported as missing.
    const probe = await callError(s.control, 'CreateDatasetImportJob', req(join(s.dataDir, 'escape', 'no-such-file.csv')));
    expect(probe.code).toBe(status.PERMISSION_DENIED);
    // A folder whose .csv is a link to a file outside the roots.
    mkdirSync(join(s.dataDir, 'linked'));
    writeFileSync(join(tmpdir(), `outside-${process.pid}.csv`), 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n');
    symlinkSync(join(tmpdir(), `outside-${process.pid}.csv`), join(s.dataDir, 'linked', 'data.csv'));
    const viaFolder = await callError(s.control, 'CreateDatasetImportJob', req(join(s.dataDir, 'linked')));
    expect(viaFolder.code).toBe(status.PERMISSION_DENIED);
    const s3 = await callError(s.control, 'CreateDatasetImportJob', req('s3://bucket/key.csv'));
    expect(s3.code).toBe(status.INVALID_ARGUMENT);
    const noMode = await callError(s.control, 'CreateDatasetImportJob', { ...req(join(s.dataDir, 'a.csv')), importMode: 'PARTIAL' });
    expect(noMode.code).toBe(status.INVALID_ARGUMENT);
    expect(noMode.details).toMatch(/^import_mode: /);
  });

  it('accepts a file whose name starts with two dots', async () => {
    const result = await importCsv(s, job(), interactions, '..dots.csv', interactionsCsv(1000, { seed: 12 }), 'INCREMENTAL');
    expect(result.status).toBe('ACTIVE');
  });

  it('fails the job and changes nothing when the database itself refuses a row', async () => {
    const before = await visibleRows(s, 'interactions', interactions);
    await s.attune.database.query(`alter table interactions add constraint test_poison check (item_id is distinct from 'poison')`);
    try {
      // The refused row is the last one: PostgreSQL reports it after the end of the COPY data.
      const result = await importCsv(s, job(), interactions, 'db-refuses.csv', interactionsCsv(1500, { seed: 13 }) + 'u1,poison,1700000000,click,1\n');
      expect(result.status).toBe('CREATE FAILED');
    } finally {
      await s.attune.database.query(`alter table interactions drop constraint test_poison`);
    }
    expect(await visibleRows(s, 'interactions', interactions)).toBe(before);
  });

  it('imports every CSV of a folder, addressed by a file:// URL', async () => {
    const dir = join(s.dataDir, 'parts');
    mkdirSync(dir);
    writeFileSync(join(dir, 'part-1.csv'), interactionsCsv(700, { seed: 4 }));
    writeFileSync(join(dir, 'part-2.csv'), interactionsCsv(800, { seed: 5 }));
    writeFileSync(join(dir, 'README.txt'), 'not data');
    const result = await importFrom(s, job(), interactions, pathToFileURL(dir).href);
    expect(result.status).toBe('ACTIVE');
    expect(await visibleRows(s, 'interactions', interactions)).toBe(1500);
  });

  it('INCREMENTAL items replace records with the same id; FULL keeps records put one at a time', async () => {
    const header = 'ITEM_ID,GENRES,PRICE,CREATION_TIMESTAMP,DESCRIPTION\n';
    await importCsv(s, job(), items, 'items-1.csv', header + 'a,Drama|Comedy,9.5,1700000000,"A film, with ""quotes"""\nb,Action,,,\n');
    let current = await records(s, 'items', items);
    expect(current.get('a')).toMatchObject({ creationTimestamp: 1700000000, properties: { GENRES: 'Drama|Comedy', PRICE: 9.5, DESCRIPTION: 'A film, with "quotes"' } });
    expect(current.get('b')!.properties).toEqual({ GENRES: 'Action' });

    await importCsv(s, job(), items, 'items-2.csv', header + 'b,Thriller,3,,\nc,Kids,1,,\n', 'INCREMENTAL');
    current = await records(s, 'items', items);
    expect([...current.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(current.get('b')!.properties).toEqual({ GENRES: 'Thriller', PRICE: 3 });

    await call(s.events, 'PutItems', { datasetArn: items, items: [{ itemId: 'p', properties: JSON.stringify({ genres: 'Put' }) }] });
    await importCsv(s, job(), items, 'items-3.csv', header + 'z,Docs,2,,\n');
    current = await records(s, 'items', items);
    expect([...current.keys()].sort()).toEqual(['p', 'z']);
  });

  it('lists import jobs of a dataset with pagination', async () => {
    const first = await call<object, { datasetImportJobs: { jobName: string }[]; nextToken: string }>(s.control, 'ListDatasetImportJobs', {
      datasetArn: interactions,
      maxResults: 2,
    });
    expect(first.datasetImportJobs).toHaveLength(2);
    expect(first.nextToken).not.toBe('');
    const second = await call<object, { datasetImportJobs: { jobName: string }[] }>(s.control, 'ListDatasetImportJobs', {
      datasetArn: interactions,
      maxResults: 2,
      nextToken: first.nextToken,
    });
    expect(second.datasetImportJobs[0]!.jobName).not.toBe(first.datasetImportJobs[0]!.jobName);
    const forged = await callError(s.control, 'ListDatasetImportJobs', {
      datasetArn: interactions,
      nextToken: first.nextToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    });
    expect(forged.code).toBe(status.INVALID_ARGUMENT);
    expect(forged.details).toMatch(/^next_token: /);
    const otherList = await callError(s.control, 'ListDatasetGroups', { nextToken: first.nextToken });
    expect(otherList.code).toBe(status.INVALID_ARGUMENT);
  });
});
