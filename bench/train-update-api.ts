/**
 * training_mode UPDATE against FULL through the API, in process (embedded PGlite, workers as
 * the server runs them): import a generated power-law data set, train a FULL version, import
 * 10% more interactions (with new users and items) incrementally, then train an UPDATE version
 * and a FULL version of the same data. Prints the wall time from CreateSolutionVersion to
 * ACTIVE and the training hours each version reports.
 *
 *   npx tsx bench/train-update-api.ts [--rows 1000000] [--users 6000] [--items 4000]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startAttune } from '../src/app.ts';
import { Writable } from 'node:stream';
import { createLogger } from '../src/common/logger.ts';
import { resolveConfig } from '../src/config.ts';
import * as grpc from '@grpc/grpc-js';
import type { PersonalizeClient } from '../src/api/generated/attune/v1/Personalize.ts';
import { loadProtos } from '../src/api/proto.ts';
import { call, type TestServer } from '../test/helpers/server.ts';
import { describeUntil } from '../test/helpers/training.ts';
import { writePowerLawCsv } from './lib/data.ts';
import { type ServerProcess, until } from './lib/server-process.ts';
import { benchInteractionsDataset } from './lib/setup.ts';

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, users: { type: 'string', default: '6000' }, items: { type: 'string', default: '4000' } } });
const rows = Number(args.rows);
const users = Number(args.users);
const items = Number(args.items);

const dir = mkdtempSync(join(tmpdir(), 'attune-bench-update-'));
/** The training job's "solution version trained" lines: where each version's time went. */
const trained = new Map<string, { snapshotMs: number; trainMs: number; storeMs: number }>();
const logLines = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.includes('solution version trained')) continue;
      const r = JSON.parse(line) as { solutionVersionArn: string; snapshotMs: number; trainMs: number; storeMs: number };
      trained.set(r.solutionVersionArn, r);
    }
    done();
  },
});
const attune = await startAttune(resolveConfig({ host: '127.0.0.1', port: 0, db: 'pglite://memory', dataRoots: [dir] }, {}), createLogger({ level: 'info', destination: logLines }));
const control = new (loadProtos().attune.Personalize)(`127.0.0.1:${attune.port}`, grpc.credentials.createInsecure()) as unknown as PersonalizeClient;
/** What the shared helpers read of a server: its control client. */
const server = { control } as unknown as TestServer & ServerProcess;
const rpc = <T>(method: string, request: object) => call<object, T>(control, method, request);

try {
  const { datasetGroupArn, datasetArn } = await benchInteractionsDataset(server);
  const importFile = async (path: string, mode: string) => {
    const { datasetImportJobArn } = await rpc<{ datasetImportJobArn: string }>('CreateDatasetImportJob', { jobName: `bench-${mode}`, datasetArn, dataSource: { dataLocation: path }, importMode: mode });
    await until(() => rpc<{ datasetImportJob: { status: string } }>('DescribeDatasetImportJob', { datasetImportJobArn }), (r) => r.datasetImportJob.status === 'ACTIVE', 200);
  };
  await writePowerLawCsv(join(dir, 'base.csv'), rows, users, items);
  await importFile(join(dir, 'base.csv'), 'FULL');
  const { solutionArn } = await rpc<{ solutionArn: string }>('CreateSolution', {
    name: 'bench-update',
    datasetGroupArn,
    performAutoTraining: false,
    recipeArn: 'arn:attune:personalize:::recipe/aws-user-personalization',
  });
  await until(() => rpc<{ solution: { status: string } }>('DescribeSolution', { solutionArn }), (r) => r.solution.status === 'ACTIVE');
  const version = async (trainingMode: string) => {
    const t0 = performance.now();
    const { solutionVersionArn } = await rpc<{ solutionVersionArn: string }>('CreateSolutionVersion', { solutionArn, trainingMode });
    const v = await describeUntil(server, solutionVersionArn, ['ACTIVE', 'CREATE FAILED'], 1_800_000);
    if (v.status !== 'ACTIVE') throw new Error(`${trainingMode} failed: ${v.failureReason}`);
    const parts = trained.get(solutionVersionArn);
    return { wall: (performance.now() - t0) / 1000, hours: v.trainingHours, parts: parts ? `${(parts.snapshotMs / 1000).toFixed(1)} / ${(parts.trainMs / 1000).toFixed(1)} / ${(parts.storeMs / 1000).toFixed(1)}` : '' };
  };
  const first = await version('FULL');
  // 10% more: a fifth of it from new users, a twentieth on new items.
  let seed = 99;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 4294967296);
  const more = Math.round(rows / 10);
  const lines = ['USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE'];
  for (let i = 0; i < more; i++) {
    const user = next() < 0.2 ? `nu${Math.floor(next() * (users / 10))}` : `u${Math.floor(next() * users)}`;
    const item = next() < 0.05 ? `ni${Math.floor(next() * (items / 20))}` : `i${Math.floor(items * next() ** 3)}`;
    lines.push(`${user},${item},${1_700_000_000 + i},click,1`);
  }
  writeFileSync(join(dir, 'more.csv'), lines.join('\n') + '\n');
  await importFile(join(dir, 'more.csv'), 'INCREMENTAL');
  const update = await version('UPDATE');
  const full = await version('FULL');
  console.log(`CreateSolutionVersion to ACTIVE, aws-user-personalization defaults (64 factors, 10 iterations), PGlite in memory, ${attune.config.trainingThreads} training threads\n`);
  console.log('| version | interactions | wall s | trainingHours × 3600 | read data / train / store model, s |');
  console.log('|---|---:|---:|---:|---|');
  console.log(`| FULL (first) | ${rows.toLocaleString('en')} | ${first.wall.toFixed(1)} | ${(first.hours * 3600).toFixed(1)} | ${first.parts} |`);
  console.log(`| UPDATE of it | ${(rows + more).toLocaleString('en')} | ${update.wall.toFixed(1)} | ${(update.hours * 3600).toFixed(1)} | ${update.parts} |`);
  console.log(`| FULL | ${(rows + more).toLocaleString('en')} | ${full.wall.toFixed(1)} | ${(full.hours * 3600).toFixed(1)} | ${full.parts} |`);
  console.log(`\nFULL ÷ UPDATE (wall): ${(full.wall / update.wall).toFixed(1)}`);
} finally {
  control.close();
  await attune.stop();
  rmSync(dir, { recursive: true, force: true });
}
