/**
 * gRPC conventions a generic client relies on: health, reflection, deadlines, status codes on
 * the runtime service, and upload over a client stream.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionsCsv, INTERACTIONS_SCHEMA } from '../helpers/fixtures.ts';
import { call, callError, startTestServer, type TestServer } from '../helpers/server.ts';
import { visibleRows } from '../helpers/data.ts';
import { activeDataset, activeGroup, importFrom, schema } from '../helpers/workflow.ts';

const require = createRequire(import.meta.url);
const loaderOptions = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };

function healthClient(address: string) {
  const path = require.resolve('grpc-health-check/proto/health/v1/health.proto');
  const pkg = grpc.loadPackageDefinition(protoLoader.loadSync(path, loaderOptions)) as any;
  return new pkg.grpc.health.v1.Health(address, grpc.credentials.createInsecure());
}

function reflectionClient(address: string) {
  const path = require.resolve('@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto');
  const pkg = grpc.loadPackageDefinition(protoLoader.loadSync(path, loaderOptions)) as any;
  return new pkg.grpc.reflection.v1.ServerReflection(address, grpc.credentials.createInsecure());
}

/** Uploads `content` in `chunkSize` pieces; resolves with the response. */
function upload(s: TestServer, fileName: string, content: Buffer, chunkSize = 64 * 1024, header: Record<string, unknown> = {}) {
  return new Promise<{ dataLocation: string; sizeBytes: string; sha256: string }>((resolve, reject) => {
    const stream = (s.control as any).UploadData((err: grpc.ServiceError | null, res: any) => (err ? reject(err) : resolve(res)));
    stream.write({ header: { fileName, ...header } });
    for (let i = 0; i < content.length; i += chunkSize) stream.write({ chunk: content.subarray(i, i + chunkSize) });
    stream.end();
  });
}

describe('gRPC conventions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('pglite');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('serves grpc.health.v1.Health with the overall status under ""', async () => {
    const health = healthClient(s.address);
    const check = (service: string) =>
      new Promise<any>((resolve, reject) => health.Check({ service }, (err: unknown, res: unknown) => (err ? reject(err) : resolve(res))));
    expect(await check('')).toEqual({ status: 'SERVING' });
    expect(await check('attune.v1.Personalize')).toEqual({ status: 'SERVING' });
    await expect(check('no.such.Service')).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });
    health.close();
  });

  it('lists every service through server reflection (v1)', async () => {
    const client = reflectionClient(s.address);
    const names = await new Promise<string[]>((resolve, reject) => {
      const stream = client.ServerReflectionInfo();
      stream.on('data', (res: any) => {
        resolve(res.list_services_response.service.map((x: { name: string }) => x.name));
        stream.end();
      });
      stream.on('error', reject);
      stream.write({ list_services: '' });
    });
    expect(names).toEqual(
      expect.arrayContaining(['attune.v1.Personalize', 'attune.v1.PersonalizeEvents', 'attune.v1.PersonalizeRuntime', 'grpc.health.v1.Health']),
    );
    const file = await new Promise<any>((resolve, reject) => {
      const stream = client.ServerReflectionInfo();
      stream.on('data', (res: any) => {
        resolve(res);
        stream.end();
      });
      stream.on('error', reject);
      stream.write({ file_containing_symbol: 'attune.v1.Personalize' });
    });
    expect(file.file_descriptor_response.file_descriptor_proto.length).toBeGreaterThan(0);
    client.close();
  });

  it('ends a call at its deadline, and keeps nothing of an upload cut off by it', async () => {
    const err = await new Promise<grpc.ServiceError>((resolve) => {
      const stream = (s.control as any).UploadData({ deadline: Date.now() + 400 }, (e: grpc.ServiceError) => resolve(e));
      stream.write({ header: { fileName: 'slow.csv' } });
      stream.write({ chunk: Buffer.alloc(2 * 1024 * 1024, 'a') }); // stored before the deadline
      // ... and the rest never comes.
    });
    expect(err.code).toBe(grpc.status.DEADLINE_EXCEEDED);
    await new Promise((r) => setTimeout(r, 300));
    const kept = await s.attune.database.query<{ n: number }>(
      `select (select count(*)::int from uploads where file_name = 'slow.csv') + (select count(*)::int from upload_chunks c join uploads u on u.id = c.upload_id where u.file_name = 'slow.csv') as n`,
    );
    expect(kept[0]!.n).toBe(0);
  });

  it('keeps nothing of an upload the client cancels', async () => {
    const err = await new Promise<grpc.ServiceError>((resolve) => {
      const stream = (s.control as any).UploadData((e: grpc.ServiceError) => resolve(e));
      stream.write({ header: { fileName: 'cancelled.csv' } });
      stream.write({ chunk: Buffer.alloc(2 * 1024 * 1024, 'a') }, () => setTimeout(() => stream.cancel(), 200));
    });
    expect(err.code).toBe(grpc.status.CANCELLED);
    await new Promise((r) => setTimeout(r, 300));
    const kept = await s.attune.database.query<{ n: number }>(`select count(*)::int as n from uploads where file_name = 'cancelled.csv'`);
    expect(kept[0]!.n).toBe(0);
  });

  it('answers NOT_FOUND on the runtime service for a campaign that does not exist, naming it', async () => {
    const err = await callError(s.runtime, 'GetRecommendations', { campaignArn: 'arn:attune:personalize:local:000000000000:campaign/x', userId: 'u1' });
    expect(err.code).toBe(grpc.status.NOT_FOUND);
    expect(err.details).toMatch(/campaign\/x/);
  });

  it('rejects max_results outside 1-100', async () => {
    for (const maxResults of [-1, 101]) {
      const err = await callError(s.control, 'ListSchemas', { maxResults });
      expect(err.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(err.details).toMatch(/^max_results: /);
    }
  });

  it('pages through a list with next_token', async () => {
    for (let i = 0; i < 5; i++) await call(s.control, 'CreateSchema', { name: `page-${i}`, schema: INTERACTIONS_SCHEMA });
    const names: string[] = [];
    let nextToken = '';
    do {
      const page = await call<object, { schemas: { name: string }[]; nextToken: string }>(s.control, 'ListSchemas', { maxResults: 2, nextToken });
      expect(page.schemas.length).toBeLessThanOrEqual(2);
      names.push(...page.schemas.map((x) => x.name));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(names.filter((n) => n.startsWith('page-'))).toEqual(['page-0', 'page-1', 'page-2', 'page-3', 'page-4']);
  });

  it('uploads a CSV over a client stream and imports it from the returned location', async () => {
    const group = await activeGroup(s, 'uploads');
    const ds = await activeDataset(s, 'uploads-i', group, 'Interactions', await schema(s, 'uploads-i', INTERACTIONS_SCHEMA));
    const content = Buffer.from(interactionsCsv(3000, { seed: 7 }));
    const sha256 = createHash('sha256').update(content).digest('hex');
    const res = await upload(s, 'remote.csv', content, 10_000, { sizeBytes: String(content.length), sha256 });
    expect(res).toMatchObject({ sizeBytes: String(content.length), sha256 });
    expect(res.dataLocation).toMatch(/^upload:\/\/[0-9a-f-]{36}$/);
    const job = await importFrom(s, 'upload-job', ds, res.dataLocation);
    expect(job.status).toBe('ACTIVE');
    expect(await visibleRows(s, 'interactions', ds)).toBe(3000);
  });

  it('rejects an upload whose content does not match its announced size or digest, and keeps nothing', async () => {
    const content = Buffer.from('USER_ID,ITEM_ID,TIMESTAMP\nu1,i1,1\n');
    await expect(upload(s, 'x.csv', content, 8, { sizeBytes: '5' })).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    await expect(upload(s, 'x.csv', content, 8, { sha256: '0'.repeat(64) })).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    await expect(upload(s, '../x.csv', content)).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    const incomplete = await s.attune.database.query<{ n: number }>(`select count(*)::int as n from uploads where state <> 'complete'`);
    expect(incomplete[0]!.n).toBe(0);
    const orphanChunks = await s.attune.database.query<{ n: number }>(
      `select count(*)::int as n from upload_chunks c where not exists (select 1 from uploads u where u.id = c.upload_id and u.state = 'complete')`,
    );
    expect(orphanChunks[0]!.n).toBe(0);
    const unknown = await callError(s.control, 'CreateDatasetImportJob', {
      jobName: 'no-upload',
      datasetArn: 'arn:attune:personalize:local:000000000000:dataset/uploads-i',
      dataSource: { dataLocation: 'upload://00000000-0000-0000-0000-000000000000' },
    });
    expect(unknown.code).toBe(grpc.status.NOT_FOUND);
  });
});
