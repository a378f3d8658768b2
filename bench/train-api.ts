/**
 * CreateSolutionVersion end to end through the API, with the server in its own process:
 * import a generated power-law data set, train aws-user-personalization (64 factors, 10
 * iterations, with holdout metrics), and meanwhile call DescribeSolutionVersion back to back
 * to measure how responsive the API stays while training. Prints a table.
 *
 *   npx tsx bench/train-api.ts [--rows 1000000] [--users 6000] [--items 4000] [--backends pglite,postgres]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { writePowerLawCsv } from './lib/data.ts';
import { percentile } from './lib/h2load.ts';
import { call, type ServerProcess, startServerProcess, until } from './lib/server-process.ts';
import { benchInteractionsDataset } from './lib/setup.ts';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    users: { type: 'string', default: '6000' },
    items: { type: 'string', default: '4000' },
    backends: { type: 'string', default: 'pglite,postgres' },
    factors: { type: 'string', default: '64' },
    iterations: { type: 'string', default: '10' },
  },
});
const rows = Number(args.rows);
const PG_ADMIN = process.env.ATTUNE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Describe calls made back to back until `stop()` says so: [start time, latency ms] pairs. */
async function describeLoop(server: ServerProcess, solutionVersionArn: string, stop: () => boolean): Promise<[number, number][]> {
  const out: [number, number][] = [];
  while (!stop()) {
    const t = performance.now();
    await call(server.control, 'DescribeSolutionVersion', { solutionVersionArn });
    out.push([t, performance.now() - t]);
    await new Promise((r) => setTimeout(r, 5));
  }
  return out;
}

const sorted = (xs: number[]) => Float64Array.from(xs).sort();

async function runOne(backend: string, csv: string, dataRoot: string, dir: string) {
  let db = `pglite://${join(dir, 'db')}`;
  let dropDb: (() => Promise<void>) | undefined;
  if (backend === 'postgres') {
    const name = `attune_bench_train_${process.pid}`;
    const admin = postgres(PG_ADMIN, { onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    db = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
    dropDb = async () => {
      const a = postgres(PG_ADMIN, { onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  }
  const server = await startServerProcess(db, dataRoot, { ATTUNE_LOG_LEVEL: 'info' });
  try {
    const { datasetGroupArn, datasetArn } = await benchInteractionsDataset(server);
    const { datasetImportJobArn } = await call<{ datasetImportJobArn: string }>(server.control, 'CreateDatasetImportJob', {
      jobName: 'train-bench',
      datasetArn,
      dataSource: { dataLocation: csv },
      importMode: 'FULL',
    });
    await until(() => call<{ datasetImportJob: { status: string } }>(server.control, 'DescribeDatasetImportJob', { datasetImportJobArn }), (r) => r.datasetImportJob.status !== 'CREATE IN_PROGRESS' && r.datasetImportJob.status !== 'CREATE PENDING', 200);
    const { solutionArn } = await call<{ solutionArn: string }>(server.control, 'CreateSolution', {
      name: 'train-bench',
      datasetGroupArn,
      recipeArn: 'arn:attune:personalize:::recipe/aws-user-personalization',
      solutionConfig: { algorithmHyperParameters: { hidden_dimension: args.factors, num_iterations: args.iterations } },
    });
    await until(() => call<{ solution: { status: string } }>(server.control, 'DescribeSolution', { solutionArn }), (r) => r.solution.status === 'ACTIVE');

    // Reference: Describe latency with the server idle.
    const idleEnd = performance.now() + 3000;
    const idle: number[] = [];
    while (performance.now() < idleEnd) {
      const t = performance.now();
      await call(server.control, 'DescribeSolution', { solutionArn }).catch(() => {});
      idle.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 5));
    }
    const idleSorted = Float64Array.from(idle).sort();

    const rssBefore = server.rssMiB();
    const t0 = performance.now();
    const { solutionVersionArn } = await call<{ solutionVersionArn: string }>(server.control, 'CreateSolutionVersion', { solutionArn });
    let done = false;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, server.rssMiB())), 50);
    const loop = describeLoop(server, solutionVersionArn, () => done);
    const final = await until(
      () => call<{ solutionVersion: { status: string; failureReason: string } }>(server.control, 'DescribeSolutionVersion', { solutionVersionArn }),
      (r) => ['ACTIVE', 'CREATE FAILED'].includes(r.solutionVersion.status),
      100,
    );
    const seconds = (performance.now() - t0) / 1000;
    done = true;
    clearInterval(sampler);
    const calls = await loop;
    const lat = sorted(calls.map((c) => c[1]));
    if (final.solutionVersion.status !== 'ACTIVE') throw new Error(`training failed: ${final.solutionVersion.failureReason}`);
    const { metrics } = await call<{ metrics: Record<string, number> }>(server.control, 'GetSolutionMetrics', { solutionVersionArn });
    const line = server.log().split('\n').find((l) => l.includes('solution version trained'));
    const phases = line ? (JSON.parse(line) as { snapshotMs: number; trainMs: number; storeMs: number }) : undefined;
    // Calls while the snapshot was read (main thread busy with rows) vs while workers trained.
    const split = t0 + (phases?.snapshotMs ?? 0);
    const snapLat = sorted(calls.filter((c) => c[0] < split).map((c) => c[1]));
    const trainLat = sorted(calls.filter((c) => c[0] >= split).map((c) => c[1]));
    return {
      backend,
      seconds,
      calls: lat.length,
      p50: percentile(lat, 0.5),
      p99: percentile(lat, 0.99),
      snapP99: percentile(snapLat, 0.99),
      trainP99: percentile(trainLat, 0.99),
      max: lat[lat.length - 1] ?? NaN,
      idleP99: percentile(idleSorted, 0.99),
      rssBefore,
      peak,
      ndcg10: metrics.normalized_discounted_cumulative_gain_at_10 ?? NaN,
      phases,
    };
  } finally {
    await server.stop();
    await dropDb?.();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'attune-train-bench-'));
try {
  const csv = join(dir, 'interactions.csv');
  await writePowerLawCsv(csv, rows, Number(args.users), Number(args.items));
  const results = [];
  for (const backend of args.backends!.split(',')) {
    const sub = mkdtempSync(join(dir, `${backend}-`));
    results.push(await runOne(backend, csv, dir, sub));
  }
  console.log(`\nCreateSolutionVersion, aws-user-personalization, ${rows} interactions (${args.users} users x ${args.items} items, power law), ${args.factors} factors, ${args.iterations} iterations, metrics included`);
  console.table(
    results.map((r) => ({
      backend: r.backend,
      'train s': r.seconds.toFixed(1),
      'snapshot s': ((r.phases?.snapshotMs ?? NaN) / 1000).toFixed(1),
      'fit+eval s': ((r.phases?.trainMs ?? NaN) / 1000).toFixed(1),
      'store s': ((r.phases?.storeMs ?? NaN) / 1000).toFixed(1),
      'describe calls': r.calls,
      'describe p50 ms': r.p50.toFixed(1),
      'describe p99 ms': r.p99.toFixed(1),
      'p99 reading ms': r.snapP99.toFixed(1),
      'p99 fitting ms': r.trainP99.toFixed(1),
      'describe max ms': r.max.toFixed(1),
      'idle p99 ms': r.idleP99.toFixed(1),
      'RSS before MiB': r.rssBefore.toFixed(0),
      'peak RSS MiB': r.peak.toFixed(0),
      'NDCG@10 (holdout)': r.ndcg10.toFixed(4),
    })),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
