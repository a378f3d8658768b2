/**
 * Serving baseline: how fast a bare @grpc/grpc-js server (bench/serve/bare-server.ts, a fixed
 * 25-item GetRecommendations answer) runs under h2load and under loadgen on this machine, so
 * that loadgen's figures for the real server can be read against grpc-js's own ceiling.
 *
 *   npx tsx bench/serve/baseline.ts [--seconds 10] [--warmup 2] [--rounds 1] [--connections 4]
 *                                   [--streams 16] [--users 10000]
 *
 * Runs, against one bare server process:
 *   1. self-checks: one call with nghttp (grpc-status 0), and loadgen against a method the
 *      server does not implement (every call must fail with grpc-status 12);
 *   2. a 3 s loadgen warm-up (not reported);
 *   3. per round: h2load -c C -m M with one fixed body, then loadgen --connections C --streams M
 *      over --users distinct-user bodies (each call the next user);
 *   4. loadgen --rate at half of loadgen's best closed-loop calls/s (latency at a fixed rate).
 * Prints a table (calls/s, latency of OK calls, failures, CPU of client and server in the
 * measured window) and one JSON line with everything.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grpcStatusOnce, percentile } from '../lib/h2load.ts';
import { encodeGetRecommendationsFrames, GET_RECOMMENDATIONS_PATH, RUNTIME_SERVICE } from './frames.ts';
import { BUILD, cpuSeconds, ensureLoadgen, LOADGEN, type LoadgenResult, startBareServer } from './run-loadgen.ts';

const CAMPAIGN_ARN = 'arn:aws:personalize:us-east-1:000000000000:campaign/bench';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const SECONDS = arg('seconds', 10);
const WARMUP = arg('warmup', 2);
const ROUNDS = arg('rounds', 1);
const CONNECTIONS = arg('connections', 4);
const STREAMS = arg('streams', 16);
const USERS = arg('users', 10_000);

interface Row {
  generator: string;
  callsPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  failed: number;
  clientCpuPercent: number;
  serverCpuPercent: number;
  detail: unknown;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a load generator that warms up for WARMUP s and measures for SECONDS s, sampling the CPU
 * of the server and of the generator over (about) the measured window.
 */
async function runGenerator(cmd: string, args: string[], serverPid: number): Promise<{ out: string; clientCpu: number; serverCpu: number }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
  await sleep(WARMUP * 1000);
  const s0 = cpuSeconds(serverPid);
  const c0 = cpuSeconds(child.pid!);
  await sleep(SECONDS * 1000 - 100);
  const s1 = cpuSeconds(serverPid);
  const c1 = cpuSeconds(child.pid!);
  const code = await exited;
  if (code !== 0) throw new Error(`${cmd} exited with ${code}:\n${out}`);
  const window = SECONDS - 0.1;
  return { out, clientCpu: (100 * (c1 - c0)) / window, serverCpu: (100 * (s1 - s0)) / window };
}

async function runH2load(port: number, bodyPath: string, logPath: string, serverPid: number): Promise<Row> {
  const args = [
    '-c', String(CONNECTIONS), '-m', String(STREAMS), '-t', '1',
    '-D', String(SECONDS), '--warm-up-time', String(WARMUP),
    '-d', bodyPath, '-H', 'content-type: application/grpc', '-H', 'te: trailers',
    '--log-file', logPath,
    `http://127.0.0.1:${port}${GET_RECOMMENDATIONS_PATH}`,
  ];
  const { out, clientCpu, serverCpu } = await runGenerator('h2load', args, serverPid);
  const requests = /requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout/.exec(out);
  const finished = /finished in [\d.]+s, ([\d.]+) req\/s/.exec(out);
  if (!requests || !finished) throw new Error(`could not parse h2load output:\n${out}`);
  // The log has the main-duration requests: start (us), HTTP status (0 for one cut at the
  // warm-up boundary), latency (us).
  const lat: number[] = [];
  for (const line of readFileSync(logPath, 'utf8').split('\n')) {
    const [, status, micros] = line.split('\t');
    if (status === '200') lat.push(Number(micros) / 1000);
  }
  const sorted = Float64Array.from(lat).sort();
  return {
    generator: `h2load -c ${CONNECTIONS} -m ${STREAMS}, 1 fixed body`,
    callsPerSecond: Number(finished[1]),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    failed: Number(requests[5]) + Number(requests[6]) + Number(requests[7]),
    clientCpuPercent: clientCpu,
    serverCpuPercent: serverCpu,
    detail: { done: Number(requests[3]), succeeded: Number(requests[4]), httpStatusOnly: true },
  };
}

async function runLoadgen(port: number, bodiesPath: string, serverPid: number, extra: string[] = [], label?: string): Promise<Row> {
  const args = [
    '--port', String(port), '--bodies', bodiesPath,
    '--connections', String(CONNECTIONS), '--streams', String(STREAMS),
    '--duration', String(SECONDS), '--warmup', String(WARMUP), ...extra,
  ];
  const { out, serverCpu } = await runGenerator(LOADGEN, args, serverPid);
  const r = JSON.parse(out.trim().split('\n').pop()!) as LoadgenResult;
  return {
    generator: label ?? `loadgen --connections ${CONNECTIONS} --streams ${STREAMS}, ${USERS} users`,
    callsPerSecond: r.callsPerSecond,
    p50Ms: r.p50Ms,
    p99Ms: r.p99Ms,
    failed: r.failed,
    clientCpuPercent: r.clientCpuPercent,
    serverCpuPercent: serverCpu,
    detail: r,
  };
}

function loadgenOnce(args: string[]): LoadgenResult {
  return JSON.parse(execFileSync(LOADGEN, args, { encoding: 'utf8' }).trim()) as LoadgenResult;
}

function fmt(v: number | null, digits: number): string {
  return v === null || Number.isNaN(v) ? '-' : v.toFixed(digits);
}

async function main() {
  ensureLoadgen();
  const bodiesPath = join(BUILD, `bodies-${USERS}.bin`);
  writeFileSync(
    bodiesPath,
    encodeGetRecommendationsFrames(Array.from({ length: USERS }, (_, i) => ({ campaignArn: CAMPAIGN_ARN, userId: `user-${i}`, numResults: 25 }))),
  );
  const oneBody = encodeGetRecommendationsFrames([{ campaignArn: CAMPAIGN_ARN, userId: 'user-0', numResults: 25 }]);
  const oneBodyPath = join(BUILD, 'body-one.bin');
  writeFileSync(oneBodyPath, oneBody);

  const { child: server, port } = await startBareServer();
  const stopServer = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('exit', stopServer);
  try {
    // Self-checks: a call gets grpc-status 0; loadgen counts UNIMPLEMENTED as failures with 12.
    const once = grpcStatusOnce(`127.0.0.1:${port}`, GET_RECOMMENDATIONS_PATH, oneBody, BUILD);
    if (once.status !== 0) throw new Error(`bare server answered grpc-status ${once.status} ${once.message}`);
    const unimplemented = loadgenOnce(['--port', String(port), '--bodies', oneBodyPath, '--path', `/${RUNTIME_SERVICE}/NoSuchMethod`, '--duration', '1']);
    if (unimplemented.ok !== 0 || unimplemented.failedByStatus['12'] !== unimplemented.calls || unimplemented.calls === 0) {
      throw new Error(`loadgen miscounted UNIMPLEMENTED calls: ${JSON.stringify(unimplemented)}`);
    }
    console.log(`self-check: nghttp grpc-status 0; loadgen on an unimplemented method: ${unimplemented.calls} calls, failedByStatus ${JSON.stringify(unimplemented.failedByStatus)}`);
    loadgenOnce(['--port', String(port), '--bodies', bodiesPath, '--connections', String(CONNECTIONS), '--streams', String(STREAMS), '--duration', '3']);

    const rows: Row[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      rows.push(await runH2load(port, oneBodyPath, join(BUILD, 'h2load.log.tsv'), server.pid!));
      rows.push(await runLoadgen(port, bodiesPath, server.pid!));
    }
    const best = Math.max(...rows.filter((r) => r.generator.startsWith('loadgen')).map((r) => r.callsPerSecond));
    const rate = Math.round(best / 2);
    rows.push(await runLoadgen(port, bodiesPath, server.pid!, ['--rate', String(rate)], `loadgen --rate ${rate} (half of max), ${USERS} users`));

    console.log(`\nbare grpc-js server (25-item GetRecommendations), ${SECONDS} s measured after ${WARMUP} s warm-up, ${CONNECTIONS}x${STREAMS} in flight\n`);
    const header = ['generator', 'calls/s', 'p50 ms', 'p99 ms', 'failed', 'client CPU %', 'server CPU %', 'server CPU us/call'];
    const table = rows.map((r) => [
      r.generator,
      r.callsPerSecond.toFixed(0),
      fmt(r.p50Ms, 2),
      fmt(r.p99Ms, 2),
      String(r.failed),
      fmt(r.clientCpuPercent, 0),
      fmt(r.serverCpuPercent, 0),
      fmt((r.serverCpuPercent * 1e4) / r.callsPerSecond, 1),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
    console.log(line(header));
    console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
    for (const t of table) console.log(line(t));
    console.log(`\n${JSON.stringify({ seconds: SECONDS, warmup: WARMUP, connections: CONNECTIONS, streams: STREAMS, users: USERS, rows })}`);
  } finally {
    stopServer();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
