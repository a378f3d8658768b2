/**
 * The serving benchmark: the numbers for real-time recommendations, measured with the
 * server and the load generator in separate processes on loopback.
 *
 *   npm run build && npx tsx bench/serve/throughput.ts [--items 100000] [--users 20000]
 *       [--per-user 45] [--distinct 12000] [--seconds 10] [--rounds 2] [--db pglite|postgres]
 *
 * Setup, all through the API: generated clustered interactions (every item interacted with),
 * aws-user-personalization trained twice (64 factors) and aws-personalized-ranking once, a filter
 * excluding the user's past items, a user-personalization campaign (default configuration) and
 * a ranking campaign. Then, in one run:
 *   1. throughput: loadgen with 4 connections × 16 streams (64 calls in flight), each call the
 *      next of `--distinct` users, num_results 25, the filter; against the bare grpc-js server
 *      (bench/serve/bare-server.ts, a fixed 25-item answer) and Attune, alternating, `--rounds`
 *      times; the ratio of the best rounds;
 *   2. latency at half Attune's rate (loadgen --rate), and the bare server's at that same rate;
 *   3. GetPersonalizedRanking of 500 items at a fixed rate (200/s);
 *   4. UpdateCampaign to the second version under the full load: failed calls;
 *   5. PutEvents to a GetRecommendations that reflects it (the event's item leaves the
 *      filtered list), from a Node client between calls.
 * Each load row also gives the server's CPU per measured call by thread (from /proc): the main
 * (gRPC) thread, the busiest other thread (the search thread under load) and the rest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgDatabase, PG_ADMIN_URL } from '../../test/helpers/backends.ts';
import { call, startServerProcess } from '../lib/server-process.ts';
import { activeCampaign, createFilter, importClustered, runtimeClient, trainedSolution, trainVersion, updateCampaign } from '../lib/serve-setup.ts';
import { encodeGetPersonalizedRankingFrames, encodeGetRecommendationsFrames, GET_PERSONALIZED_RANKING_PATH } from './frames.ts';
import { cpuPerCall, cpuSeconds, ensureLoadgen, type LoadgenResult, runLoadgen, startBareServer, threadCpuSeconds } from './run-loadgen.ts';

function arg(name: string, fallback: number | string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : String(fallback);
}
const ITEMS = Number(arg('items', 100_000));
const USERS = Number(arg('users', 20_000));
const PER_USER = Number(arg('per-user', 45));
const DISTINCT = Number(arg('distinct', 12_000));
const SECONDS = Number(arg('seconds', 10));
const ROUNDS = Number(arg('rounds', 2));
/** Unmeasured seconds at the start of each load run. */
const WARMUP_S = 2;
const DB = arg('db', 'pglite');
/** Keep the data folder (PGlite database, setup.json with the ARNs) for profiling runs. */
const KEEP = process.argv.includes('--keep');

interface Row {
  what: string;
  result: LoadgenResult;
  serverCpu: number;
  /** Server CPU µs per call: main thread, busiest other thread, the rest. */
  perCall: { main: number; busiest: number; rest: number };
}

const fmt = (v: number | null | undefined, d = 2) => (v === null || v === undefined || Number.isNaN(v) ? '-' : v.toFixed(d));

async function measure(what: string, port: number, pid: number, bodies: string, extra: string[] = []): Promise<Row> {
  const c0 = cpuSeconds(pid);
  const t0 = performance.now();
  // Thread CPU from the end of the warm-up, so that µs per call covers the measured calls only.
  let threads0 = threadCpuSeconds(pid);
  const warm = setTimeout(() => (threads0 = threadCpuSeconds(pid)), WARMUP_S * 1000);
  const result = await runLoadgen(['--port', String(port), '--bodies', bodies, '--duration', String(SECONDS), '--warmup', String(WARMUP_S), ...extra]);
  clearTimeout(warm);
  const perCall = cpuPerCall(pid, threads0, threadCpuSeconds(pid), result.calls);
  const serverCpu = (100 * (cpuSeconds(pid) - c0)) / ((performance.now() - t0) / 1000);
  const row = { what, result, serverCpu, perCall };
  console.log(
    `${what.padEnd(58)} ${fmt(result.callsPerSecond, 0).padStart(7)} calls/s  p50 ${fmt(result.p50Ms)} ms  p99 ${fmt(result.p99Ms)} ms  failed ${result.failed}  server CPU ${fmt(serverCpu, 0)}%  µs/call main ${fmt(perCall.main, 0)} / other ${fmt(perCall.busiest, 0)} / rest ${fmt(perCall.rest, 0)}`,
  );
  return row;
}

async function main() {
  if (!existsSync('dist/cli/run.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  ensureLoadgen();
  const root = mkdtempSync(join(tmpdir(), 'attune-serve-'));
  const pg = DB === 'postgres' ? await createPgDatabase(PG_ADMIN_URL, 'bench_serve') : undefined;
  const server = await startServerProcess(pg?.url ?? `pglite://${join(root, 'db')}`, root);
  const bare = await startBareServer();
  const cleanup = () => {
    if (bare.child.exitCode === null) bare.child.kill('SIGTERM');
  };
  process.on('exit', cleanup);
  try {
    console.log(`setup: ${ITEMS} items, ${USERS} users × ${PER_USER} events (+1 per item), ${DB}`);
    const { datasetGroupArn, importSeconds } = await importClustered(server, root, USERS, ITEMS, PER_USER);
    const t0 = performance.now();
    const up = await trainedSolution(server, datasetGroupArn, 'bench-up', 'aws-user-personalization', { hidden_dimension: '64' });
    const t1 = performance.now();
    const upV2 = await trainVersion(server, up.solutionArn);
    const pr = await trainedSolution(server, datasetGroupArn, 'bench-pr', 'aws-personalized-ranking', { hidden_dimension: '64' });
    const unseen = await createFilter(server, datasetGroupArn, 'bench-unseen', 'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("*")');
    const t2 = performance.now();
    const campaign = await activeCampaign(server, { name: 'bench-up', solutionVersionArn: up.versionArn });
    const deploySeconds = (performance.now() - t2) / 1000;
    const ranking = await activeCampaign(server, { name: 'bench-pr', solutionVersionArn: pr.versionArn });
    writeFileSync(join(root, 'setup.json'), JSON.stringify({ datasetGroupArn, campaign, ranking, unseen, upV2, users: USERS, items: ITEMS }));
    console.log(`import ${importSeconds.toFixed(1)} s, one training ${((t1 - t0) / 1000).toFixed(1)} s, deploy ${deploySeconds.toFixed(1)} s`);

    const bodies = join(root, 'recs.bin');
    writeFileSync(
      bodies,
      encodeGetRecommendationsFrames(Array.from({ length: DISTINCT }, (_, i) => ({ campaignArn: campaign, userId: `u${(i * 7919) % USERS}`, numResults: 25, filterArn: unseen }))),
    );
    const full = ['--connections', '4', '--streams', '16'];
    // Warm both servers (the first calls fold in and JIT-compile).
    await runLoadgen(['--port', String(server.port), '--bodies', bodies, '--duration', '3', ...full]);
    await runLoadgen(['--port', String(bare.port), '--bodies', bodies, '--duration', '2', ...full]);

    const rows: Row[] = [];
    const bareRows: Row[] = [];
    const attuneRows: Row[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      bareRows.push(await measure(`bare grpc-js, fixed 25 items (round ${r + 1})`, bare.port, bare.child.pid!, bodies, full));
      attuneRows.push(await measure(`Attune GetRecommendations, filter, ${DISTINCT} users (round ${r + 1})`, server.port, server.pid, bodies, full));
    }
    rows.push(...bareRows, ...attuneRows);
    const best = (xs: Row[]) => Math.max(...xs.map((x) => x.result.callsPerSecond));
    const bareBest = best(bareRows);
    const attuneBest = best(attuneRows);
    const half = Math.round(attuneBest / 2);
    const halfRow = await measure(`Attune at half its rate (${half}/s)`, server.port, server.pid, bodies, [...full, '--rate', String(half)]);
    // The same open-loop load against the bare server: what grpc-js itself gives at this rate.
    const bareHalfRow = await measure(`bare grpc-js at the same rate (${half}/s)`, bare.port, bare.child.pid!, bodies, [...full, '--rate', String(half)]);
    rows.push(halfRow, bareHalfRow);

    const rankBodies = join(root, 'rank.bin');
    let seed = 99;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    writeFileSync(
      rankBodies,
      encodeGetPersonalizedRankingFrames(
        Array.from({ length: 2_000 }, (_, i) => ({
          campaignArn: ranking,
          userId: `u${(i * 104729) % USERS}`,
          inputList: Array.from({ length: 500 }, () => `i${Math.floor(rand() * ITEMS)}`),
        })),
      ),
    );
    rows.push(
      await measure('GetPersonalizedRanking, 500 items, 200/s', server.port, server.pid, rankBodies, [
        '--path',
        GET_PERSONALIZED_RANKING_PATH,
        '--connections',
        '4',
        '--streams',
        '4',
        '--rate',
        '200',
      ]),
    );

    // UpdateCampaign under the full load.
    const loaded = measure('UpdateCampaign during full load', server.port, server.pid, bodies, full);
    await new Promise((r) => setTimeout(r, 4_000));
    const updateSeconds = await updateCampaign(server, campaign, upV2);
    const updateRow = await loaded;
    rows.push(updateRow);

    // PutEvents → a GetRecommendations that reflects it.
    const runtime = runtimeClient(server.address);
    const { eventTrackerArn, trackingId } = await call<{ eventTrackerArn: string; trackingId: string }>(server.control, 'CreateEventTracker', {
      name: 'bench-t',
      datasetGroupArn,
    });
    for (;;) {
      const d = await call<{ eventTracker: { status: string } }>(server.control, 'DescribeEventTracker', { eventTrackerArn });
      if (d.eventTracker.status === 'ACTIVE') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const fresh: number[] = [];
    let reflectedFirst = 0;
    for (let i = 0; i < 200; i++) {
      const userId = `u${(i * 31) % USERS}`;
      const before = await call<{ itemList: { itemId: string }[] }>(runtime, 'GetRecommendations', { campaignArn: campaign, userId, numResults: 25, filterArn: unseen });
      const item = before.itemList[0]!.itemId;
      await call(server.events, 'PutEvents', {
        trackingId,
        userId,
        sessionId: `s${i}`,
        eventList: [{ eventType: 'click', itemId: item, sentAt: { seconds: 1_700_000_000, nanos: 0 } }],
      });
      const acked = performance.now();
      for (let tries = 0; ; tries++) {
        const after = await call<{ itemList: { itemId: string }[] }>(runtime, 'GetRecommendations', { campaignArn: campaign, userId, numResults: 25, filterArn: unseen });
        if (!after.itemList.some((p) => p.itemId === item)) {
          fresh.push(performance.now() - acked);
          if (tries === 0) reflectedFirst++;
          break;
        }
        if (performance.now() - acked > 5_000) throw new Error(`event on ${item} for ${userId} not reflected after 5 s`);
      }
    }
    runtime.close();
    fresh.sort((a, b) => a - b);
    const pct = (q: number) => fresh[Math.min(fresh.length - 1, Math.floor(q * fresh.length))]!;

    console.log('\n| measurement | calls/s | p50 ms | p99 ms | failed | server CPU % | server µs/call: main thread / busiest other / rest |');
    console.log('|---|--:|--:|--:|--:|--:|--:|');
    for (const r of rows) {
      const c = r.perCall;
      console.log(
        `| ${r.what} | ${fmt(r.result.callsPerSecond, 0)} | ${fmt(r.result.p50Ms)} | ${fmt(r.result.p99Ms)} | ${r.result.failed} | ${fmt(r.serverCpu, 0)} | ${fmt(c.main, 0)} / ${fmt(c.busiest, 0)} / ${fmt(c.rest, 0)} |`,
      );
    }
    console.log(`\nthroughput: Attune ${attuneBest.toFixed(0)} calls/s vs bare ${bareBest.toFixed(0)} calls/s = ${((100 * attuneBest) / bareBest).toFixed(1)}% (target ≥ 70%)`);
    console.log(
      `latency at ${half}/s: Attune p50 ${fmt(halfRow.result.p50Ms)} / p99 ${fmt(halfRow.result.p99Ms)} ms (targets ≤ 1 / ≤ 5), bare grpc-js p50 ${fmt(bareHalfRow.result.p50Ms)} / p99 ${fmt(bareHalfRow.result.p99Ms)} ms`,
    );
    console.log(`UpdateCampaign under load: update took ${updateSeconds.toFixed(1)} s, ${updateRow.result.failed} failed calls of ${updateRow.result.calls}`);
    console.log(
      `PutEvents ack → reflecting GetRecommendations: p50 ${pct(0.5).toFixed(2)} ms, p99 ${pct(0.99).toFixed(2)} ms, max ${fresh.at(-1)!.toFixed(2)} ms; reflected by the first call after the ack in ${reflectedFirst}/200`,
    );
    console.log(`server peak RSS ${server.peakRssMiB().toFixed(0)} MiB`);
  } finally {
    cleanup();
    await server.stop();
    await pg?.drop();
    if (KEEP) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

await main();
