/**
 * Dataset export benchmark. Generates an interactions CSV, imports it (not timed), then times
 * Attune's export job (CreateDatasetExportJob to ACTIVE, ingestion mode ALL) on PostgreSQL and
 * on PGlite, with the server in its own process and its peak RSS sampled while the job runs.
 * The reference in the same run is `psql \copy (select …) to file` of the same rows on the
 * same PostgreSQL database: the floor for writing that CSV.
 *
 *   npx tsx bench/export.ts [--rows 1000000] [--backends postgres,pglite]
 *
 * Needs `npm run build` (the server runs from dist/) and PostgreSQL at ATTUNE_BENCH_PG
 * (default postgres://postgres@127.0.0.1:5432/postgres) with psql on the PATH.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPgDatabase } from '../test/helpers/backends.ts';
import { writeInteractionsCsv } from './lib/data.ts';
import { call, startServerProcess, until } from './lib/server-process.ts';
import { benchInteractionsDataset } from './lib/setup.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    backends: { type: 'string', default: 'postgres,pglite' },
  },
});
const rows = Number(values.rows);
const backends = values.backends!.split(',');
const PG = process.env.ATTUNE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET = 200_000;

const work = mkdtempSync(join(tmpdir(), 'attune-bench-export-'));
const csv = join(work, 'interactions.csv');
await writeInteractionsCsv(csv, rows);

interface Result {
  run: string;
  seconds: number;
  rowCount: number;
  mib: number;
  peakMiB?: number;
}

async function attune(backend: string): Promise<{ result: Result; floor?: Result }> {
  const pg = backend === 'postgres' ? await createPgDatabase(PG, 'attune_bench') : undefined;
  const dbUrl = pg ? pg.url : `pglite://${join(work, 'pglite')}`;
  const server = await startServerProcess(dbUrl, work);
  try {
    const { datasetArn } = await benchInteractionsDataset(server);
    const { datasetImportJobArn } = await call<{ datasetImportJobArn: string }>(server.control, 'CreateDatasetImportJob', {
      jobName: 'bench-import',
      datasetArn,
      dataSource: { dataLocation: csv },
    });
    const imported = await until(
      () => call<{ datasetImportJob: { status: string; failureReason: string } }>(server.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
      (r) => r.datasetImportJob.status === 'ACTIVE' || r.datasetImportJob.status === 'CREATE FAILED',
      50,
    );
    if (imported.datasetImportJob.status !== 'ACTIVE') throw new Error(`import failed: ${imported.datasetImportJob.failureReason}`);

    let peakMiB = server.rssMiB();
    const sampler = setInterval(() => (peakMiB = Math.max(peakMiB, server.rssMiB())), 50);
    const folder = join(work, `export-${backend}`);
    const start = performance.now();
    const { datasetExportJobArn } = await call<{ datasetExportJobArn: string }>(server.control, 'CreateDatasetExportJob', {
      jobName: 'bench-export',
      datasetArn,
      ingestionMode: 'ALL',
      jobOutput: { s3DataDestination: { path: folder } },
    });
    const done = await until(
      () => call<{ datasetExportJob: { status: string; failureReason: string; rowCount: string } }>(server.control, 'DescribeDatasetExportJob', { datasetExportJobArn }),
      (r) => r.datasetExportJob.status === 'ACTIVE' || r.datasetExportJob.status === 'CREATE FAILED',
      20,
    );
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    if (done.datasetExportJob.status !== 'ACTIVE') throw new Error(`export failed: ${done.datasetExportJob.failureReason}`);
    const file = join(folder, readdirSync(folder)[0]!);
    const result = { run: `Attune export job, ${backend}`, seconds, rowCount: Number(done.datasetExportJob.rowCount), mib: statSync(file).size / 2 ** 20, peakMiB };
    let floor: Result | undefined;
    if (pg) {
      const out = join(work, 'floor.csv');
      const t0 = performance.now();
      execFileSync('psql', [pg.url, '-qc', `\\copy (select user_id, item_id, timestamp, event_type, event_value from interactions) to '${out}' with (format csv, header)`]);
      floor = { run: 'psql \\copy (select …) to file, postgres (floor)', seconds: (performance.now() - t0) / 1000, rowCount: rows, mib: statSync(out).size / 2 ** 20 };
    }
    return { result, ...(floor ? { floor } : {}) };
  } finally {
    await server.stop().catch(() => {});
    await pg?.drop();
  }
}

const results: Result[] = [];
for (const b of backends) {
  const { result, floor } = await attune(b);
  if (floor) results.push(floor);
  results.push(result);
  console.error(`${b}: done`);
}
rmSync(work, { recursive: true, force: true });

console.log(`\nExport of a generated ${rows.toLocaleString('en-US')}-row Interactions dataset (ingestion mode ALL)\n`);
console.log('| run | seconds | rows written | rows/s | target rows/s | file MiB | server peak RSS during the export |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.run} | ${r.seconds.toFixed(2)} | ${r.rowCount.toLocaleString('en-US')} | ${Math.round(r.rowCount / r.seconds).toLocaleString('en-US')} | ${r.run.startsWith('Attune') ? TARGET.toLocaleString('en-US') : ''} | ${r.mib.toFixed(0)} | ${r.peakMiB !== undefined ? `${r.peakMiB.toFixed(0)} MiB` : ''} |`,
  );
}
