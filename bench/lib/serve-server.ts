/**
 * Attune started in the benchmark's own process on pglite://memory with a scratch data root,
 * with real gRPC clients over loopback, and the control-plane steps the serving benchmarks
 * share (group, dataset, import, solution, version, campaign), each waiting for its status.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { type Attune, startAttune } from '../../src/app.ts';
import { loadProtos } from '../../src/api/proto.ts';
import type { PersonalizeClient } from '../../src/api/generated/attune/v1/Personalize.ts';
import type { PersonalizeRuntimeClient } from '../../src/api/generated/attune/v1/PersonalizeRuntime.ts';
import { silentLogger } from '../../src/common/logger.ts';
import { resolveConfig } from '../../src/config.ts';
import { call } from './server-process.ts';

export { call } from './server-process.ts';

/** An in-process server, its clients and its scratch data root. */
export interface InProcessServer {
  attune: Attune;
  control: PersonalizeClient;
  runtime: PersonalizeRuntimeClient;
  /** The server's only data root (removed by close). */
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Starts Attune on pglite://memory in this process and connects control and runtime clients.
 * `indexMinItems` sets the catalog size from which campaigns use the vector index (default: the product's).
 */
export async function startInProcess(options: { indexMinItems?: number } = {}): Promise<InProcessServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'attune-bench-'));
  const config = resolveConfig({ host: '127.0.0.1', port: 0, db: 'pglite://memory', dataRoots: [dataDir], ...options }, {});
  const attune = await startAttune(config, silentLogger());
  const address = `127.0.0.1:${attune.port}`;
  const { attune: api } = loadProtos();
  const creds = grpc.credentials.createInsecure();
  const control = new api.Personalize(address, creds) as unknown as PersonalizeClient;
  const runtime = new api.PersonalizeRuntime(address, creds) as unknown as PersonalizeRuntimeClient;
  return {
    attune,
    control,
    runtime,
    dataDir,
    async close() {
      control.close();
      runtime.close();
      await attune.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `describe` until `status` is one of `wanted`; throws on a failure state or after `timeoutMs`. */
export async function waitStatus<T>(what: string, describe: () => Promise<T>, status: (v: T) => string, wanted: string[], timeoutMs = 300_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await describe();
    const s = status(v);
    if (wanted.includes(s)) return v;
    if (s.includes('FAILED') || s.includes('STOPPED')) throw new Error(`${what} is ${s}: ${JSON.stringify(v)}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} to be ${wanted.join('|')}; last status ${s}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Creates an ACTIVE dataset group with an ACTIVE Interactions dataset of `schema`; returns their ARNs. */
export async function interactionsGroup(s: InProcessServer, name: string, schema: string): Promise<{ groupArn: string; datasetArn: string }> {
  const { datasetGroupArn: groupArn } = await call<{ datasetGroupArn: string }>(s.control, 'CreateDatasetGroup', { name });
  await waitStatus('dataset group', () => call<{ datasetGroup: { status: string } }>(s.control, 'DescribeDatasetGroup', { datasetGroupArn: groupArn }), (r) => r.datasetGroup.status, ['ACTIVE']);
  const { schemaArn } = await call<{ schemaArn: string }>(s.control, 'CreateSchema', { name: `${name}-i`, schema });
  const { datasetArn } = await call<{ datasetArn: string }>(s.control, 'CreateDataset', { name: `${name}-i`, datasetGroupArn: groupArn, datasetType: 'Interactions', schemaArn });
  await waitStatus('dataset', () => call<{ dataset: { status: string } }>(s.control, 'DescribeDataset', { datasetArn }), (r) => r.dataset.status, ['ACTIVE']);
  return { groupArn, datasetArn };
}

/** Writes `csv` into the data root and imports it (FULL); waits until the job is ACTIVE. */
export async function importCsvText(s: InProcessServer, datasetArn: string, fileName: string, csv: string): Promise<void> {
  const path = join(s.dataDir, fileName);
  writeFileSync(path, csv);
  const { datasetImportJobArn } = await call<{ datasetImportJobArn: string }>(s.control, 'CreateDatasetImportJob', {
    jobName: fileName.replace(/[^A-Za-z0-9-]/g, '-'),
    datasetArn,
    dataSource: { dataLocation: path },
    importMode: 'FULL',
  });
  await waitStatus(
    'import job',
    () => call<{ datasetImportJob: { status: string } }>(s.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
    (r) => r.datasetImportJob.status,
    ['ACTIVE'],
  );
}

/** Creates a solution (default hyperparameters unless `request` says otherwise) and waits until it is ACTIVE. */
export async function activeSolution(s: InProcessServer, request: Record<string, unknown>): Promise<string> {
  const { solutionArn } = await call<{ solutionArn: string }>(s.control, 'CreateSolution', request);
  await waitStatus('solution', () => call<{ solution: { status: string } }>(s.control, 'DescribeSolution', { solutionArn }), (r) => r.solution.status, ['ACTIVE']);
  return solutionArn;
}

/** CreateSolutionVersion, then waits until the version is ACTIVE; returns its ARN. */
export async function trainedVersion(s: InProcessServer, solutionArn: string): Promise<string> {
  const { solutionVersionArn } = await call<{ solutionVersionArn: string }>(s.control, 'CreateSolutionVersion', { solutionArn });
  await waitStatus(
    'solution version',
    () => call<{ solutionVersion: { status: string } }>(s.control, 'DescribeSolutionVersion', { solutionVersionArn }),
    (r) => r.solutionVersion.status,
    ['ACTIVE'],
  );
  return solutionVersionArn;
}

/** CreateCampaign, then waits until the campaign is ACTIVE; returns its ARN. */
export async function activeCampaign(s: Pick<InProcessServer, 'control'>, request: Record<string, unknown>): Promise<string> {
  const { campaignArn } = await call<{ campaignArn: string }>(s.control, 'CreateCampaign', request);
  await waitStatus('campaign', () => call<{ campaign: { status: string } }>(s.control, 'DescribeCampaign', { campaignArn }), (r) => r.campaign.status, ['ACTIVE']);
  return campaignArn;
}

/** The q-quantile (0..1) of `values` (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
