/**
 * Batch inference throughput and memory. Attune runs in this process on pglite://memory.
 * Setup through the API: clustered interactions (bench/lib/data.ts) over `--users` users and
 * `--items` items, `--per-user` events each, imported FULL; aws-user-personalization trained
 * with `--factors` factors. Then, for each input size in `--lines`, a batch inference job whose
 * input is one `{"userId": …}` line per user in turn (the users repeat when there are more
 * lines than users), `--results` results a line, no filter, no exploration.
 *
 * For each job the table gives: the job's wall time (CreateBatchInferenceJob to ACTIVE, polled
 * every 100 ms), the steady rate (records done between the first and the last progress
 * sample of the job in IN PROGRESS, over the time between them: model load and the counting
 * pass excluded), and the process's peak RSS while the job ran, against before (sampled from
 * /proc every 50 ms). With `--check N`, N lines of the output are compared with
 * GetRecommendations on a campaign of the same version (same items expected).
 *
 * `--keep DIR` keeps the database (PGlite in DIR/db) and data root (DIR/data): a later run with
 * the same DIR skips the setup and reuses the trained version. `--db URL` (with `--keep`) keeps
 * the database there instead, e.g. an empty PostgreSQL database (postgres://…): PostgreSQL
 * deployments keep no local copies, so each process's first job reads the group from it.
 *
 * `--process` (with `--keep`) runs the jobs in a fresh `attune serve` process (the built dist/,
 * as users run it) on the kept database instead of in this process: the first job is then
 * the first thing that server does, model and group loads included, and the RSS columns are
 * the server's. Needs `npm run build`. The server reuses serving's rows cache in the PGlite
 * folder (src/serving/catalog/rows-cache.ts) if an earlier run left one; `--cold-cache` removes
 * it first, so that the first job reads every interaction (a group's first load ever).
 *
 *   npx tsx bench/batch.ts [--users 100000] [--items 10000] [--per-user 10] [--factors 64]
 *                          [--lines 100000,1000000] [--results 25] [--index-min-items 20000] [--check 200] [--keep DIR [--db URL]] [--process [--cold-cache]]
 */
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeClusteredCsv } from './lib/data.ts';
import * as grpc from '@grpc/grpc-js';
import { startAttune } from '../src/app.ts';
import { loadProtos } from '../src/api/proto.ts';
import type { PersonalizeClient } from '../src/api/generated/attune/v1/Personalize.ts';
import type { PersonalizeRuntimeClient } from '../src/api/generated/attune/v1/PersonalizeRuntime.ts';
import { silentLogger } from '../src/common/logger.ts';
import { resolveConfig } from '../src/config.ts';
import { startServerProcess } from './lib/server-process.ts';
import { activeCampaign, activeSolution, call, type InProcessServer, interactionsGroup, startInProcess, trainedVersion, waitStatus } from './lib/serve-server.ts';
import { INTERACTIONS_SCHEMA } from '../test/helpers/fixtures.ts';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '100000' },
    items: { type: 'string', default: '10000' },
    'per-user': { type: 'string', default: '10' },
    factors: { type: 'string', default: '64' },
    lines: { type: 'string', default: '100000,1000000' },
    results: { type: 'string', default: '25' },
    'index-min-items': { type: 'string', default: '20000' },
    check: { type: 'string', default: '200' },
    keep: { type: 'string' },
    db: { type: 'string' },
    process: { type: 'boolean', default: false },
    'cold-cache': { type: 'boolean', default: false },
  },
});
const users = Number(values.users);
const items = Number(values.items);
const perUser = Number(values['per-user']);
const results = Number(values.results);
const sizes = values.lines!.split(',').map(Number);
const check = Number(values.check);

const rssMiB = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};
const secs = (ms: number) => (ms / 1000).toFixed(1);

/** Attune in this process on the kept database `db` (startInProcess uses pglite://memory). */
async function startKept(dir: string, db: string, indexMinItems: number): Promise<InProcessServer> {
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const config = resolveConfig({ host: '127.0.0.1', port: 0, db, dataRoots: [dataDir], indexMinItems }, {});
  const attune = await startAttune(config, silentLogger());
  const { attune: api } = loadProtos();
  const address = `127.0.0.1:${attune.port}`;
  const control = new api.Personalize(address, grpc.credentials.createInsecure()) as unknown as PersonalizeClient;
  const runtime = new api.PersonalizeRuntime(address, grpc.credentials.createInsecure()) as unknown as PersonalizeRuntimeClient;
  return {
    attune,
    control,
    runtime,
    dataDir,
    async close() {
      control.close();
      runtime.close();
      await attune.stop();
    },
  };
}

const indexMinItems = Number(values['index-min-items']);
if (values.process && !values.keep) throw new Error('--process needs --keep DIR (the server process opens the kept database)');
if (values.db && !values.keep) throw new Error('--db needs --keep DIR (the data root and the trained version are kept there)');
if (values.db && values['cold-cache']) throw new Error('--cold-cache removes the rows cache of the PGlite folder in --keep; with --db there is none');
const keptDb = values.db ?? (values.keep ? `pglite://${join(values.keep, 'db')}` : '');
const s = values.keep ? await startKept(values.keep, keptDb, indexMinItems) : await startInProcess({ indexMinItems });
const kept = values.keep ? join(values.keep, 'setup.json') : undefined;
let closed = false;
try {
  const t0 = performance.now();
  let versionArn: string;
  if (kept && existsSync(kept)) versionArn = (JSON.parse(readFileSync(kept, 'utf8')) as { versionArn: string }).versionArn;
  else versionArn = await setup();
  console.error(`setup ${secs(performance.now() - t0)} s`);
  if (values.process) {
    // One server at a time on a PGlite folder: this process's goes before the other starts.
    await s.close();
    closed = true;
    if (values['cold-cache']) rmSync(join(values.keep!, 'db', 'attune-serving-cache'), { recursive: true, force: true });
    const cacheNote = values.db ? `database ${values.db.replace(/\/\/[^@/]*@/, '//')}` : existsSync(join(values.keep!, 'db', 'attune-serving-cache')) ? 'rows cache present' : 'no rows cache';
    const server = await startServerProcess(keptDb, s.dataDir, { ATTUNE_INDEX_MIN_ITEMS: String(indexMinItems) });
    const { attune: api } = loadProtos();
    const runtime = new api.PersonalizeRuntime(server.address, grpc.credentials.createInsecure()) as unknown as PersonalizeRuntimeClient;
    try {
      await measure({ control: server.control, runtime, dataDir: s.dataDir, rss: server.rssMiB }, versionArn, `a fresh \`attune serve\` process (dist/, ${cacheNote})`);
    } finally {
      runtime.close();
      await server.stop();
    }
  } else {
    await measure({ control: s.control, runtime: s.runtime, dataDir: s.dataDir, rss: rssMiB }, versionArn, 'this process');
  }
} finally {
  if (!closed) await s.close();
}

/** Imports the data and trains the version; returns its ARN. */
async function setup(): Promise<string> {
  const { groupArn, datasetArn } = await interactionsGroup(s, 'batch', INTERACTIONS_SCHEMA);
  const csv = join(s.dataDir, 'clustered.csv');
  await writeClusteredCsv(csv, users, items, perUser);
  const { datasetImportJobArn } = await call<{ datasetImportJobArn: string }>(s.control, 'CreateDatasetImportJob', { jobName: 'batch-import', datasetArn, dataSource: { dataLocation: csv } });
  await waitStatus('import', () => call<{ datasetImportJob: { status: string } }>(s.control, 'DescribeDatasetImportJob', { datasetImportJobArn }), (r) => r.datasetImportJob.status, ['ACTIVE']);
  const solutionArn = await activeSolution(s, {
    name: 'batch-up',
    datasetGroupArn: groupArn,
    recipeArn: 'arn:attune:personalize:::recipe/aws-user-personalization',
    solutionConfig: { algorithmHyperParameters: { hidden_dimension: values.factors } },
  });
  const versionArn = await trainedVersion(s, solutionArn);
  if (kept) writeFileSync(kept, JSON.stringify({ versionArn }));
  return versionArn;
}

/** Where the jobs run: clients of the server, its data root, and its resident memory. */
interface Target {
  control: PersonalizeClient;
  runtime: PersonalizeRuntimeClient;
  dataDir: string;
  rss: () => number;
}

/** Runs the jobs on `t` and prints the table. */
async function measure(t: Target, versionArn: string, where: string): Promise<void> {

  console.log(`\nBatch inference, ${users} users, ${items} items, ${values.factors} factors, ${results} results a line, jobs run in ${where} (${new Date().toISOString()})\n`);
  console.log('| input lines | job wall s | steady lines/s | whole job lines/s | RSS before MiB | peak RSS during MiB | failed lines |');
  console.log('|--:|--:|--:|--:|--:|--:|--:|');
  let outFile = '';
  for (const [k, lines] of sizes.entries()) {
    const input = join(t.dataDir, `users-${lines}.jsonl`);
    const out = createWriteStream(input);
    for (let i = 0; i < lines; i += 10_000) {
      let chunk = '';
      for (let j = i; j < Math.min(lines, i + 10_000); j++) chunk += `{"userId":"u${j % users}"}\n`;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const folder = join(t.dataDir, `out-${k}`);
    rmSync(folder, { recursive: true, force: true });
    const before = t.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, t.rss())), 50);
    const started = performance.now();
    const { batchInferenceJobArn } = await call<{ batchInferenceJobArn: string }>(t.control, 'CreateBatchInferenceJob', {
      jobName: `bench-${k}-${Date.now()}`,
      solutionVersionArn: versionArn,
      numResults: results,
      jobInput: { s3DataSource: { path: input } },
      jobOutput: { s3DataDestination: { path: folder } },
      batchInferenceJobConfig: { itemExplorationConfig: { explorationWeight: '0' } },
    });
    type Job = { status: string; recordsProcessed: string; recordsFailed: string; failureReason: string };
    const samples: { at: number; done: number }[] = [];
    let job: Job;
    for (;;) {
      job = (await call<{ batchInferenceJob: Job }>(t.control, 'DescribeBatchInferenceJob', { batchInferenceJobArn })).batchInferenceJob;
      if (job.status === 'IN PROGRESS' && Number(job.recordsProcessed) > 0) samples.push({ at: performance.now(), done: Number(job.recordsProcessed) });
      if (job.status === 'ACTIVE' || job.status === 'CREATE FAILED') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const wall = performance.now() - started;
    clearInterval(sampler);
    if (job.status !== 'ACTIVE') throw new Error(`batch job failed: ${job.failureReason}`);
    const first = samples[0];
    const last = samples.at(-1);
    const steady = first && last && last.at > first.at ? ((last.done - first.done) / (last.at - first.at)) * 1000 : Number.NaN;
    console.log(`| ${lines} | ${secs(wall)} | ${Math.round(steady)} | ${Math.round((lines / wall) * 1000)} | ${before.toFixed(0)} | ${peak.toFixed(0)} | ${job.recordsFailed} |`);
    outFile = join(folder, `users-${lines}.jsonl.out`);
  }

  if (check > 0 && outFile) {
    const campaignArn = await activeCampaign(t, { name: `batch-check-${Date.now()}`, solutionVersionArn: versionArn, campaignConfig: { itemExplorationConfig: { explorationWeight: '0' } } });
    // The first `check` lines (the file may be far larger than a string can hold).
    const head = Buffer.alloc(check * 4096);
    const fd = openSync(outFile, 'r');
    const got = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    const lines = head.subarray(0, got).toString('utf8').split('\n', check);
    let same = 0;
    for (const line of lines) {
      const parsed = JSON.parse(line) as { input: { userId: string }; output: { recommendedItems: string[] } };
      const r = await call<{ itemList: { itemId: string }[] }>(t.runtime, 'GetRecommendations', { campaignArn, userId: parsed.input.userId, numResults: results });
      if (JSON.stringify(r.itemList.map((p) => p.itemId)) === JSON.stringify(parsed.output.recommendedItems)) same++;
    }
    console.log(`\nSame items as GetRecommendations on a campaign of the version: ${same} of ${lines.length} lines checked.`);
  }
}
