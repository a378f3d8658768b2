/**
 * Bulk import benchmark. Generates an interactions CSV, then measures in one run:
 *  - the floor: `psql -c "\copy … from file csv header"` of the same file into a bare table;
 *  - Attune's import job on PostgreSQL and on PGlite (server in its own process, job time from
 *    CreateDatasetImportJob to ACTIVE), with the server's peak RSS while the job runs (sampled
 *    from /proc every 50 ms).
 *
 *   npx tsx bench/import.ts [--rows 1000000] [--backends postgres,pglite] [--no-floor]
 *
 * Needs `npm run build` (the server runs from dist/) and PostgreSQL at ATTUNE_BENCH_PG
 * (default postgres://postgres@127.0.0.1:5432/postgres) with psql on the PATH.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { writeInteractionsCsv } from './lib/data.ts';
import { benchInteractionsDataset } from './lib/setup.ts';
import { call, startServerProcess, until } from './lib/server-process.ts';
import { createPgDatabase } from '../test/helpers/backends.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    backends: { type: 'string', default: 'postgres,pglite' },
    'no-floor': { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const backends = values.backends!.split(',');
const PG = process.env.ATTUNE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const work = mkdtempSync(join(tmpdir(), 'attune-bench-import-'));
const csv = join(work, 'interactions.csv');
const t0 = performance.now();
const bytes = await writeInteractionsCsv(csv, rows);
console.error(`generated ${rows} rows (${(bytes / 2 ** 20).toFixed(0)} MiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const freshPgDatabase = () => createPgDatabase(PG, 'attune_bench');

/** Rows stored in the interactions table of a PostgreSQL database. */
async function countInteractions(url: string): Promise<number> {
  const client = postgres(url, { max: 1 });
  try {
    const [row] = await client`select count(*)::int as n from interactions`;
    return Number(row!.n);
  } finally {
    await client.end();
  }
}

/** psql \copy of the file into a bare table: the floor. */
async function floor(): Promise<number> {
  const db = await freshPgDatabase();
  try {
    execFileSync('psql', [db.url, '-qc', 'create table bare (user_id text, item_id text, ts bigint, event_type text, event_value real)']);
    const start = performance.now();
    execFileSync('psql', [db.url, '-qc', `\\copy bare from '${csv}' with (format csv, header)`]);
    return (performance.now() - start) / 1000;
  } finally {
    await db.drop();
  }
}

interface Result {
  backend: string;
  seconds: number;
  peakMiB: number;
  rowCount: number;
}

async function attune(backend: string): Promise<Result> {
  const pg = backend === 'postgres' ? await freshPgDatabase() : undefined;
  const dbUrl = pg ? pg.url : `pglite://${join(work, 'pglite')}`;
  const server = await startServerProcess(dbUrl, work);
  try {
    const { datasetArn } = await benchInteractionsDataset(server);
    let peakMiB = server.rssMiB();
    const sampler = setInterval(() => {
      peakMiB = Math.max(peakMiB, server.rssMiB());
    }, 50);
    const start = performance.now();
    const { datasetImportJobArn } = await call<{ datasetImportJobArn: string }>(server.control, 'CreateDatasetImportJob', {
      jobName: 'bench-import',
      datasetArn,
      dataSource: { dataLocation: csv },
    });
    const done = await until(
      () => call<{ datasetImportJob: { status: string; failureReason: string } }>(server.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
      (r) => r.datasetImportJob.status === 'ACTIVE' || r.datasetImportJob.status === 'CREATE FAILED',
      20,
    );
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peakMiB = Math.max(peakMiB, server.rssMiB());
    if (done.datasetImportJob.status !== 'ACTIVE') throw new Error(`import failed: ${done.datasetImportJob.failureReason}`);
    await server.stop();
    const count = pg ? await countInteractions(pg.url) : rows;
    return { backend, seconds, peakMiB, rowCount: count };
  } finally {
    await server.stop().catch(() => {});
    await pg?.drop();
  }
}

const floorSeconds = values['no-floor'] ? undefined : await floor();
const results: Result[] = [];
for (const b of backends) {
  results.push(await attune(b));
  console.error(`${b}: done`);
}
rmSync(work, { recursive: true, force: true });

const target: Record<string, number> = { postgres: 250_000, pglite: 100_000 };
console.log(`\nBulk import of a generated ${rows.toLocaleString('en-US')}-row interactions CSV (${(bytes / 2 ** 20).toFixed(0)} MiB)\n`);
console.log('| run | seconds | rows/s | target rows/s | ratio to psql \\copy floor | server peak RSS during the import |');
console.log('|---|---:|---:|---:|---:|---:|');
if (floorSeconds !== undefined) {
  console.log(`| psql \\copy into a bare table (floor) | ${floorSeconds.toFixed(2)} | ${Math.round(rows / floorSeconds).toLocaleString('en-US')} | | 1.00 | |`);
}
for (const r of results) {
  const ratio = floorSeconds !== undefined ? (floorSeconds / r.seconds).toFixed(2) : 'n/a';
  console.log(
    `| Attune import job, ${r.backend} | ${r.seconds.toFixed(2)} | ${Math.round(rows / r.seconds).toLocaleString('en-US')} | ${target[r.backend]?.toLocaleString('en-US') ?? ''} | ${ratio} | ${r.peakMiB.toFixed(0)} MiB |`,
  );
  if (r.rowCount !== rows) console.log(`  (row count mismatch: stored ${r.rowCount}, expected ${rows})`);
}
