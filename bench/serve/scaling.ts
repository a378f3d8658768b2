/**
 * Scaling out the runtime role: GetRecommendations calls per second of one `attune serve --role
 * runtime` process against two, on one PostgreSQL, with the C load generator (loadgen).
 *
 *   sh bench/serve/build-loadgen.sh && npx tsx bench/serve/scaling.ts [--items 20000] [--users 10000]
 *       [--per-user 30] [--distinct 8000] [--seconds 8] [--rounds 2]
 *
 * Needs PostgreSQL (ATTUNE_TEST_PG, default postgres://postgres@127.0.0.1:5432/postgres), taskset
 * and at least 2 CPUs. Setup, through the API of a `control,events,trainer` process: clustered
 * interactions, aws-user-personalization (64 factors), a filter excluding the user's past items and
 * a campaign; then two `runtime` processes load it. Each call is the next of `--distinct` users,
 * 25 results, the filter; 64 calls in flight in every row.
 *
 * A machine with two cores cannot run two saturated server processes and the load generator
 * without them taking CPU from each other, so the rows pin processes to CPUs (taskset):
 *   A  one runtime process on CPU 0, the load generator on CPU 1                 (measured)
 *   B  both runtime processes on CPU 0, one load generator per process on CPU 1   (measured)
 *   C  runtime processes on CPU 0 and CPU 1, load generators unpinned            (measured; they
 *      share the servers' cores, so this row understates two processes)
 * and the two-core figure is inferred from them: B shows what two processes deliver together
 * from one core; given a core each (no load generator on it) each has twice the CPU, and since
 * at request time they share nothing that serialises them (the database answers no query during
 * the calls: counted in each row; the campaign, the group data and the filter are each process's
 * own memory), they deliver 2 × B. Cross-check: C's calls per server CPU-second × 2 cores. Each
 * row also gives the server CPU per call (all threads of the runtime processes), which the
 * inference needs to stay flat from A to B to C. Last, PutEvents on the events process to a
 * GetRecommendations that reflects it on each runtime process (the 1 s requirement).
 * The setup process is stopped (SIGSTOP) during the rows, so their database transactions are
 * the runtime processes' own (a filter is checked against the store every 5 s in the background,
 * never per call) plus this script's reads of the counter.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import postgres from 'postgres';
import { loadProtos } from '../../src/api/proto.ts';
import type { PersonalizeClient } from '../../src/api/generated/attune/v1/Personalize.ts';
import type { PersonalizeEventsClient } from '../../src/api/generated/attune/v1/PersonalizeEvents.ts';
import { createPgDatabase, PG_ADMIN_URL } from '../../test/helpers/backends.ts';
import { call, freePort, type ServerProcess } from '../lib/server-process.ts';
import { activeCampaign, createFilter, importClustered, runtimeClient, trainedSolution } from '../lib/serve-setup.ts';
import { encodeGetRecommendationsFrames } from './frames.ts';
import { cpuSeconds, ensureLoadgen, LOADGEN, type LoadgenResult, waitUntilServing } from './run-loadgen.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const ITEMS = arg('items', 20_000);
const USERS = arg('users', 10_000);
const PER_USER = arg('per-user', 30);
const DISTINCT = arg('distinct', 8_000);
const SECONDS = arg('seconds', 8);
const ROUNDS = arg('rounds', 2);
const WARMUP_S = 2;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `attune serve` from source (tsx only transpiles at start-up) with these roles. */
async function startAttune(role: string, db: string, dataRoot: string): Promise<ServerProcess & { child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'serve', '--port', String(port), '--db', db, '--data-root', dataRoot, '--role', role], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ATTUNE_LOG_LEVEL: 'warn' },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const address = `127.0.0.1:${port}`;
  const { attune } = loadProtos();
  const creds = grpc.credentials.createInsecure();
  const control = new attune.Personalize(address, creds) as unknown as PersonalizeClient;
  const events = new attune.PersonalizeEvents(address, creds) as unknown as PersonalizeEventsClient;
  for (const end = Date.now() + 90_000; ; ) {
    if (child.exitCode !== null) throw new Error(`attune (${role}) exited with ${child.exitCode}: ${stderr}`);
    if (await new Promise<boolean>((resolve) => control.waitForReady(Date.now() + 500, (err) => resolve(!err)))) break;
    if (Date.now() > end) throw new Error(`attune (${role}) did not start: ${stderr}`);
  }
  const stop = () =>
    new Promise<number | null>((resolve) => {
      control.close();
      events.close();
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { child, port, pid: child.pid!, address, control, events, peakRssMiB: () => NaN, rssMiB: () => NaN, log: () => stderr, stop };
}

/** Pins every thread of a process (and the threads it starts later) to `cpus`. */
function pin(pid: number, cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
}

/** Runs loadgen, pinned to `cpu` when given. */
function loadgen(cpu: string | undefined, args: string[]): Promise<LoadgenResult> {
  const child = cpu === undefined ? spawn(LOADGEN, args) : spawn('taskset', ['-c', cpu, LOADGEN, ...args]);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadgenResult) : reject(new Error(`loadgen exited ${code}: ${out}`))));
  });
}

interface Row {
  row: string;
  what: string;
  callsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
  /** Server CPU per call, all threads of the runtime processes, µs. */
  serverUsPerCall: number;
  /** Server CPU used, in cores. */
  serverCores: number;
  clientCpuPercent: number;
  /** Database transactions committed during the row (the bench's own two reads included). */
  dbTransactions: number;
}

const fmt = (v: number, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '-');

async function main() {
  if (availableParallelism() < 2) throw new Error('this benchmark needs at least 2 CPUs');
  ensureLoadgen();
  const root = mkdtempSync(join(tmpdir(), 'attune-scaling-'));
  const pg = await createPgDatabase(PG_ADMIN_URL, 'bench_scaling');
  const stats = postgres(pg.url, { max: 1, onnotice: () => {} });
  const started: (ServerProcess & { child: ChildProcess })[] = [];
  try {
    const setup = await startAttune('control,events,trainer', pg.url, root);
    started.push(setup);
    console.log(`setup: ${ITEMS} items, ${USERS} users × ${PER_USER} events, PostgreSQL`);
    const { datasetGroupArn } = await importClustered(setup, root, USERS, ITEMS, PER_USER);
    const up = await trainedSolution(setup, datasetGroupArn, 'scale-up', 'aws-user-personalization', { hidden_dimension: '64' });
    const unseen = await createFilter(setup, datasetGroupArn, 'scale-unseen', 'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("*")');
    const campaign = await activeCampaign(setup, { name: 'scale-up', solutionVersionArn: up.versionArn });
    const runtimes = await Promise.all([startAttune('runtime', pg.url, root), startAttune('runtime', pg.url, root)]);
    started.push(...runtimes);
    const bodies = join(root, 'recs.bin');
    writeFileSync(
      bodies,
      encodeGetRecommendationsFrames(Array.from({ length: DISTINCT }, (_, i) => ({ campaignArn: campaign, userId: `u${(i * 7919) % USERS}`, numResults: 25, filterArn: unseen }))),
    );
    for (const r of runtimes) await waitUntilServing(['--port', String(r.port), '--bodies', bodies, '--connections', '2', '--streams', '8']);

    const transactions = async () => Number((await stats`select xact_commit from pg_stat_database where datname = current_database()`)[0]!.xact_commit);
    const measure = async (row: string, what: string, layout: { serverCpus: [string, string]; loads: { port: number; cpu?: string; connections: number }[] }): Promise<Row> => {
      runtimes.forEach((r, i) => pin(r.pid, layout.serverCpus[i]!));
      const base = ['--bodies', bodies, '--streams', '16', '--duration', String(SECONDS), '--warmup', String(WARMUP_S)];
      const t0 = await transactions();
      let cpu0 = 0;
      const warm = setTimeout(() => (cpu0 = runtimes.reduce((a, r) => a + cpuSeconds(r.pid), 0)), WARMUP_S * 1000);
      const results = await Promise.all(layout.loads.map((l) => loadgen(l.cpu, [...base, '--port', String(l.port), '--connections', String(l.connections)])));
      const cpu1 = runtimes.reduce((a, r) => a + cpuSeconds(r.pid), 0);
      clearTimeout(warm);
      const t1 = await transactions();
      const calls = results.reduce((a, r) => a + r.calls, 0);
      const out: Row = {
        row,
        what,
        callsPerSecond: results.reduce((a, r) => a + r.callsPerSecond, 0),
        p50Ms: Math.max(...results.map((r) => r.p50Ms ?? NaN)),
        p99Ms: Math.max(...results.map((r) => r.p99Ms ?? NaN)),
        failed: results.reduce((a, r) => a + r.failed, 0),
        serverUsPerCall: (1e6 * (cpu1 - cpu0)) / calls,
        serverCores: (cpu1 - cpu0) / SECONDS,
        clientCpuPercent: results.reduce((a, r) => a + r.clientCpuPercent, 0),
        dbTransactions: t1 - t0,
      };
      console.log(
        `${row} ${what.padEnd(72)} ${fmt(out.callsPerSecond).padStart(6)} calls/s  p50 ${fmt(out.p50Ms, 2)} p99 ${fmt(out.p99Ms, 2)} ms  failed ${out.failed}  server ${fmt(out.serverUsPerCall)} µs/call, ${fmt(out.serverCores, 2)} cores  loadgen ${fmt(out.clientCpuPercent)}%  db tx ${out.dbTransactions}`,
      );
      return out;
    };
    const [r1, r2] = runtimes as [ServerProcess, ServerProcess];
    // The setup process polls the job queue once a second: stopped during the rows, it neither
    // takes CPU nor counts as database traffic; what is left is the runtime processes' (and the two reads here).
    setup.child.kill('SIGSTOP');
    const rows: Row[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      rows.push(await measure('A', `one runtime process on CPU 0, loadgen on CPU 1 (round ${round})`, { serverCpus: ['0', '0'], loads: [{ port: r1.port, cpu: '1', connections: 4 }] }));
      rows.push(
        await measure('B', `two runtime processes sharing CPU 0, loadgens on CPU 1 (round ${round})`, {
          serverCpus: ['0', '0'],
          loads: [
            { port: r1.port, cpu: '1', connections: 2 },
            { port: r2.port, cpu: '1', connections: 2 },
          ],
        }),
      );
      rows.push(
        await measure('C', `runtime processes on CPU 0 and CPU 1, loadgens unpinned (round ${round})`, {
          serverCpus: ['0', '1'],
          loads: [
            { port: r1.port, connections: 2 },
            { port: r2.port, connections: 2 },
          ],
        }),
      );
    }
    runtimes.forEach((r) => pin(r.pid, `0-${availableParallelism() - 1}`));
    setup.child.kill('SIGCONT');

    // PutEvents on the events process → GetRecommendations on each runtime process without the item.
    const clientsOf = runtimes.map((r) => runtimeClient(r.address));
    const { eventTrackerArn, trackingId } = await call<{ eventTrackerArn: string; trackingId: string }>(setup.control, 'CreateEventTracker', { name: 'scale-t', datasetGroupArn });
    while ((await call<{ eventTracker: { status: string } }>(setup.control, 'DescribeEventTracker', { eventTrackerArn })).eventTracker.status !== 'ACTIVE') {
      await new Promise((r) => setTimeout(r, 50));
    }
    const fresh: number[] = [];
    for (let i = 0; i < 100; i++) {
      const userId = `u${(i * 31) % USERS}`;
      const request = { campaignArn: campaign, userId, numResults: 25, filterArn: unseen };
      const before = await call<{ itemList: { itemId: string }[] }>(clientsOf[0]!, 'GetRecommendations', request);
      const item = before.itemList[0]!.itemId;
      const sent = performance.now();
      await call(setup.events, 'PutEvents', { trackingId, userId, sessionId: `s${i}`, eventList: [{ eventType: 'click', itemId: item, sentAt: { seconds: 1_700_000_000, nanos: 0 } }] });
      await Promise.all(
        clientsOf.map(async (c) => {
          for (;;) {
            const after = await call<{ itemList: { itemId: string }[] }>(c, 'GetRecommendations', request);
            if (!after.itemList.some((p) => p.itemId === item)) return fresh.push(performance.now() - sent);
            if (performance.now() - sent > 5_000) throw new Error(`the event on ${item} for ${userId} was not reflected after 5 s`);
          }
        }),
      );
    }
    clientsOf.forEach((c) => c.close());
    fresh.sort((a, b) => a - b);
    const pct = (q: number) => fresh[Math.min(fresh.length - 1, Math.floor(q * fresh.length))]!;

    console.log('\n| row | layout | calls/s | p50 ms | p99 ms | failed | server µs/call | server cores | calls per server core-second | loadgen CPU % | db transactions |');
    console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const r of rows) {
      console.log(
        `| ${r.row} | ${r.what} | ${fmt(r.callsPerSecond)} | ${fmt(r.p50Ms, 2)} | ${fmt(r.p99Ms, 2)} | ${r.failed} | ${fmt(r.serverUsPerCall)} | ${fmt(r.serverCores, 2)} | ${fmt(r.callsPerSecond / r.serverCores)} | ${fmt(r.clientCpuPercent)} | ${r.dbTransactions} |`,
      );
    }
    const best = (row: string) => rows.filter((r) => r.row === row).reduce((a, r) => (r.callsPerSecond > a.callsPerSecond ? r : a));
    const [a, b, c] = [best('A'), best('B'), best('C')];
    console.log(`\nmeasured, one runtime process on one core (A): ${fmt(a.callsPerSecond)} calls/s at ${fmt(a.serverCores, 2)} cores`);
    console.log(`measured, two runtime processes on that one core (B): ${fmt(b.callsPerSecond)} calls/s (${fmt((100 * b.callsPerSecond) / a.callsPerSecond)}% of A)`);
    console.log(`measured, two runtime processes on two cores with the load generators on the same cores (C): ${fmt(c.callsPerSecond)} calls/s = ${fmt(c.callsPerSecond / a.callsPerSecond, 2)} × A`);
    console.log(`inferred, two processes with a core each: 2 × B = ${fmt(2 * b.callsPerSecond)} calls/s = ${fmt((2 * b.callsPerSecond) / a.callsPerSecond, 2)} × A (target ≥ 1.6)`);
    console.log(
      `cross-check from CPU per call: two cores at C's cost per call against one core at A's, 2 × ${fmt(a.serverUsPerCall)} / ${fmt(c.serverUsPerCall)} = ${fmt((2 * a.serverUsPerCall) / c.serverUsPerCall, 2)} × (C: ${fmt(c.callsPerSecond / c.serverCores)} calls per server core-second × 2 cores = ${fmt((2 * c.callsPerSecond) / c.serverCores)} calls/s)`,
    );
    console.log(`server CPU per call: A ${fmt(a.serverUsPerCall)} µs, B ${fmt(b.serverUsPerCall)} µs, C ${fmt(c.serverUsPerCall)} µs; database transactions during the rows: ${rows.map((r) => r.dbTransactions).join(', ')}`);
    console.log(`PutEvents ack → reflected on each runtime process (${fresh.length} samples): p50 ${pct(0.5).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms, max ${fresh.at(-1)!.toFixed(1)} ms`);
  } finally {
    for (const p of started.reverse()) {
      p.child.kill('SIGCONT');
      await p.stop().catch(() => {});
    }
    await stats.end();
    await pg.drop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
