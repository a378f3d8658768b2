/**
 * Real-time ingestion benchmark: PutEvents with 10 events per call, 16 calls in flight
 * (h2load -c 4 -m 4), sustained for --seconds, against the server in its own process, on
 * PostgreSQL and on PGlite. Reports calls/s, events/s, p50/p99 call latency, and whether the
 * events stored equal the events acknowledged.
 *
 *   npx tsx bench/put-events.ts [--seconds 30] [--warmup 3] [--backends postgres,pglite]
 *
 * Needs `npm run build` (the server runs from dist/), h2load and nghttp (Debian
 * `nghttp2-client`), and PostgreSQL at ATTUNE_BENCH_PG
 * (default postgres://postgres@127.0.0.1:5432/postgres).
 *
 * Every call carries the same pre-encoded request with no event_id, so nothing is
 * deduplicated and every acknowledged event must become one row. The measured run, the
 * warm-up and the grpc-status check use different session ids, so rows are counted per run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import protobuf from 'protobufjs';
import { PROTO_ROOT } from '../src/api/proto.ts';
import { benchInteractionsDataset } from './lib/setup.ts';
import { grpcFrame, grpcStatusOnce, percentile, requireH2load, runH2load, type H2loadResult } from './lib/h2load.ts';
import { call, startServerProcess, until, type ServerProcess } from './lib/server-process.ts';
import { createPgDatabase } from '../test/helpers/backends.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '3' },
    backends: { type: 'string', default: 'postgres,pglite' },
  },
});
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const backends = values.backends!.split(',');
const PG = process.env.ATTUNE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const EVENTS_PER_CALL = 10;
const CONNECTIONS = 4;
const STREAMS_PER_CONNECTION = 4;
const PATH = '/attune.v1.PersonalizeEvents/PutEvents';
const TARGET_EVENTS_PER_SECOND = 5_000;
const TARGET_P99_MS = 20;
const SESSION = { bench: 'bench-put-events', warmup: 'bench-warmup', check: 'bench-check' } as const;

requireH2load();
const work = mkdtempSync(join(tmpdir(), 'attune-bench-put-events-'));

const root = new protobuf.Root();
root.resolvePath = (_origin, target) => join(PROTO_ROOT, target);
root.loadSync('attune/v1/personalize_events.proto', { keepCase: true });
const PutEventsRequest = root.lookupType('attune.v1.PutEventsRequest');

/** One PutEvents call as a gRPC frame: 10 click events for one user, with no event ids. */
function putEventsFrame(trackingId: string, sessionId: string): Buffer {
  const nowMs = Date.now();
  const message = PutEventsRequest.fromObject({
    tracking_id: trackingId,
    session_id: sessionId,
    user_id: 'u1',
    event_list: Array.from({ length: EVENTS_PER_CALL }, (_, k) => ({
      event_type: 'click',
      item_id: `i${k}`,
      sent_at: { seconds: Math.floor(nowMs / 1000), nanos: (nowMs % 1000) * 1e6 },
    })),
  });
  return grpcFrame(PutEventsRequest.encode(message).finish());
}

const freshPgDatabase = () => createPgDatabase(PG, 'attune_bench');

/** Dataset group, Interactions dataset and event tracker, all ACTIVE; returns what the run needs. */
async function setUp(server: ServerProcess): Promise<{ datasetArn: string; trackingId: string }> {
  const { datasetGroupArn, datasetArn } = await benchInteractionsDataset(server);
  const { eventTrackerArn } = await call<{ eventTrackerArn: string }>(server.control, 'CreateEventTracker', { name: 'bench', datasetGroupArn });
  const { eventTracker } = await until(
    () => call<{ eventTracker: { status: string; trackingId: string } }>(server.control, 'DescribeEventTracker', { eventTrackerArn }),
    (r) => r.eventTracker.status === 'ACTIVE',
  );
  return { datasetArn, trackingId: eventTracker.trackingId };
}

interface Stored {
  events: number;
  /** Distinct inserting transactions (xmin): how many group commits wrote these rows. */
  commits: number;
}

/** Rows and commits per session id in the dataset's interactions table (run once the server has stopped). */
async function storedEvents(dbUrl: string, datasetArn: string): Promise<Map<string, Stored>> {
  const text = `select i.session_id, count(*)::int as events, count(distinct i.xmin::text)::int as commits
                from interactions i join datasets d on d.id = i.dataset_id
                where d.arn = $1 group by i.session_id`;
  type Row = { session_id: string } & Stored;
  let rows: Row[];
  if (dbUrl.startsWith('pglite://')) {
    const db = await PGlite.create({ dataDir: dbUrl.slice('pglite://'.length) });
    rows = (await db.query<Row>(text, [datasetArn])).rows;
    await db.close();
  } else {
    const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
    rows = await sql.unsafe<Row[]>(text, [datasetArn]);
    await sql.end();
  }
  return new Map(rows.map((r) => [r.session_id, { events: r.events, commits: r.commits }]));
}

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function machineCpu(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = fields[3]! + fields[4]!; // idle, iowait
  return { busy: total - idle, total };
}

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

interface Result {
  backend: string;
  run: H2loadResult;
  warmup?: H2loadResult;
  stored: Map<string, Stored>;
  /** Server process CPU, in cores. */
  serverCpu: number;
  /** Whole-machine CPU busy fraction (all cores) during the run. */
  machineBusy: number;
}

async function bench(backend: string): Promise<Result> {
  const pg = backend === 'postgres' ? await freshPgDatabase() : undefined;
  const dbUrl = pg ? pg.url : `pglite://${join(work, 'pglite')}`;
  const server = await startServerProcess(dbUrl, join(work, `data-${backend}`)).catch(async (err: unknown) => {
    await pg?.drop();
    throw err;
  });
  try {
    const { datasetArn, trackingId } = await setUp(server);
    const check = grpcStatusOnce(server.address, PATH, putEventsFrame(trackingId, SESSION.check), work);
    if (check.status !== 0) throw new Error(`PutEvents returned grpc-status ${check.status}: ${check.message}`);
    const load = { address: server.address, path: PATH, connections: CONNECTIONS, streamsPerConnection: STREAMS_PER_CONNECTION, workDir: work };
    const warmup =
      warmupSeconds > 0
        ? await runH2load({ ...load, body: putEventsFrame(trackingId, SESSION.warmup), seconds: warmupSeconds, label: `${backend}-warmup` })
        : undefined;
    const cpu0 = cpuSeconds(server.pid);
    const machine0 = machineCpu();
    const run = await runH2load({ ...load, body: putEventsFrame(trackingId, SESSION.bench), seconds, label: backend });
    const serverCpu = (cpuSeconds(server.pid) - cpu0) / seconds;
    const machine1 = machineCpu();
    const machineBusy = (machine1.busy - machine0.busy) / (machine1.total - machine0.total);
    const code = await server.stop();
    if (code !== 0) throw new Error(`server exited with ${code}`);
    const stored = await storedEvents(dbUrl, datasetArn);
    return { backend, run, ...(warmup ? { warmup } : {}), stored, serverCpu, machineBusy };
  } finally {
    await server.stop().catch(() => {});
    await pg?.drop();
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * Whether stored equals acknowledged. At the -D cutoff h2load stops waiting for the calls it
 * has in flight (started − done); the server still completes them, so their events are stored
 * but not acknowledged. A difference of exactly those calls' events is reported as such.
 */
function equality(acknowledged: number, stored: number, run: H2loadResult): string {
  if (stored === acknowledged) return 'yes';
  const unanswered = run.started - run.done;
  const diff = `${stored > acknowledged ? '+' : ''}${fmt(stored - acknowledged)}`;
  if (unanswered > 0 && stored === acknowledged + unanswered * EVENTS_PER_CALL) {
    return `yes, plus the ${unanswered} calls in flight at the cutoff (${diff})`;
  }
  return `**no** (${diff}; ${unanswered} calls were in flight at the cutoff)`;
}

const results: Result[] = [];
try {
  for (const b of backends) {
    results.push(await bench(b));
    console.error(`${b}: done\n${results.at(-1)!.run.output.trim()}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nPutEvents, ${EVENTS_PER_CALL} events per call, ${CONNECTIONS * STREAMS_PER_CONNECTION} calls in flight (h2load -c ${CONNECTIONS} -m ${STREAMS_PER_CONNECTION}), ${seconds} s per backend after a ${warmupSeconds} s warm-up; server in its own process\n`);
console.log('| backend | seconds | calls/s | events/s | target events/s | p50 ms | p99 ms | target p99 ms | acknowledged events | stored events | equal? |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of results) {
  const callsPerSecond = r.run.succeeded / seconds;
  const acknowledged = r.run.succeeded * EVENTS_PER_CALL;
  const stored = r.stored.get(SESSION.bench)?.events ?? 0;
  const equal = equality(acknowledged, stored, r.run);
  const p50 = percentile(r.run.latenciesMs, 0.5);
  const p99 = percentile(r.run.latenciesMs, 0.99);
  console.log(
    `| ${r.backend} | ${seconds} | ${fmt(callsPerSecond)} | ${fmt(callsPerSecond * EVENTS_PER_CALL)} | ${fmt(TARGET_EVENTS_PER_SECOND)} | ${fmt(p50, 2)} | ${fmt(p99, 2)} | ${TARGET_P99_MS} | ${fmt(acknowledged)} | ${fmt(stored)} | ${equal} |`,
  );
}
console.log('');
for (const r of results) {
  const w = r.warmup;
  const bench = r.stored.get(SESSION.bench) ?? { events: 0, commits: 0 };
  const lat = r.run.latenciesMs;
  console.log(
    `- ${r.backend}: h2load ${fmt(r.run.reqPerSecond, 1)} req/s; ${fmt(r.run.started)} calls started, ${fmt(r.run.done)} done, ${r.run.failed} failed, ` +
      `${r.run.errored} errored, ${r.run.timeout} timeout, ${r.run.non200Logged} non-200 in the log; ` +
      `latency p90 ${fmt(percentile(lat, 0.9), 2)} ms, p99.9 ${fmt(percentile(lat, 0.999), 2)} ms, max ${fmt(percentile(lat, 1), 2)} ms. ` +
      `Stored by ${fmt(bench.commits)} INSERT transactions (${fmt(bench.commits / seconds)}/s, ${fmt(bench.events / Math.max(1, bench.commits), 1)} events each). ` +
      `Server process CPU ${fmt(r.serverCpu * 100)} % of one core; whole machine ${fmt(r.machineBusy * 100)} % busy (h2load, server and database together). ` +
      (w ? `Warm-up: stored equals acknowledged: ${equality(w.succeeded * EVENTS_PER_CALL, r.stored.get(SESSION.warmup)?.events ?? 0, w)}. ` : '') +
      `grpc-status check call (nghttp): 0, ${r.stored.get(SESSION.check)?.events ?? 0} of ${EVENTS_PER_CALL} events stored.`,
  );
}
const command = results[0]?.run.command.replaceAll(work, '$WORK');
if (command) console.log(`\nh2load command (body: one pre-encoded PutEventsRequest frame; port varies per run):\n\n    ${command}`);
