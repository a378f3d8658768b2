/**
 * Interleaved A/B of two builds of the server against one campaign kept by
 * `throughput.ts --keep`: this VM moves ±8% from run to run, so a change is judged by
 * alternating fresh server processes of both builds, not by two runs minutes apart.
 *
 *   npx tsx bench/serve/ab.ts KEPT_DIR --a A/dist/cli/run.js [--b dist/cli/run.js]
 *       [--pairs 3] [--runs 2] [--seconds 6] [--rate R] [--rank]
 *
 * A build to compare against: `git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci &&
 * npm run build)`. Each pair starts A, then B, from the same kept database; each server first
 * answers load until its campaign is loaded and the vector index built (a fresh process builds
 * it on the first call, ~10 s here), then `--runs` measured runs of `--seconds` (after 2 s
 * unmeasured) with 64 calls in flight, or open loop at `--rate` calls/s. Prints every run, then
 * each side's median and range. The two server processes are never up at once (one PGlite
 * database). `--rank`: GetPersonalizedRanking of 500 items (the kept rank.bin) instead, open loop
 * at `--rate` (default 200/s) over 4 × 4 streams, as throughput.ts measures it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerProcess } from '../lib/server-process.ts';
import { encodeGetRecommendationsFrames, GET_PERSONALIZED_RANKING_PATH } from './frames.ts';
import { cpuPerCall, ensureLoadgen, type LoadgenResult, runLoadgen, threadCpuSeconds, waitUntilServing } from './run-loadgen.ts';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const dir = process.argv[2];
const builds = { A: arg('a'), B: arg('b', fileURLToPath(new URL('../../dist/cli/run.js', import.meta.url))) };
if (!dir || dir.startsWith('--') || !builds.A) {
  console.error('usage: npx tsx bench/serve/ab.ts KEPT_DIR --a OTHER/dist/cli/run.js [--b dist/cli/run.js] [--pairs 3] [--runs 2] [--seconds 6] [--rate R]');
  process.exit(2);
}
const PAIRS = Number(arg('pairs', '3'));
const RUNS = Number(arg('runs', '2'));
const SECONDS = Number(arg('seconds', '6'));
const RANK = process.argv.includes('--rank');
const RATE = arg('rate', RANK ? '200' : undefined);
const WARMUP_S = 2;

ensureLoadgen();
const setup = JSON.parse(readFileSync(join(dir, 'setup.json'), 'utf8')) as { campaign: string; unseen: string; users: number };
const bodies = join(dir, 'recs.bin');
if (!existsSync(bodies)) {
  const requests = Array.from({ length: 12_000 }, (_, i) => ({ campaignArn: setup.campaign, userId: `u${(i * 7919) % setup.users}`, numResults: 25, filterArn: setup.unseen }));
  writeFileSync(bodies, encodeGetRecommendationsFrames(requests));
}
const load = ['--bodies', bodies, '--connections', '4', '--streams', '16'];
const rankLoad = ['--bodies', join(dir, 'rank.bin'), '--path', GET_PERSONALIZED_RANKING_PATH, '--connections', '4', '--streams', '4'];

interface Run {
  side: 'A' | 'B';
  result: LoadgenResult;
  perCall: { main: number; busiest: number; rest: number };
}

async function measureSide(side: 'A' | 'B'): Promise<Run[]> {
  const server = await startServerProcess(`pglite://${join(dir!, 'db')}`, dir!, {}, builds[side]);
  try {
    const port = ['--port', String(server.port)];
    // Until the campaign is loaded and its index built: the first calls wait for both.
    await waitUntilServing([...port, ...(RANK ? [...rankLoad, '--rate', '100'] : load)], 30);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      let before = threadCpuSeconds(server.pid);
      const warm = setTimeout(() => (before = threadCpuSeconds(server.pid)), WARMUP_S * 1000);
      const result = await runLoadgen([...port, ...(RANK ? rankLoad : load), '--duration', String(SECONDS), '--warmup', String(WARMUP_S), ...(RATE ? ['--rate', RATE] : [])]);
      clearTimeout(warm);
      runs.push({ side, result, perCall: cpuPerCall(server.pid, before, threadCpuSeconds(server.pid), result.calls) });
    }
    return runs;
  } finally {
    await server.stop();
  }
}

const fmt = (v: number | null | undefined, d = 2) => (v === null || v === undefined || Number.isNaN(v) ? '-' : v.toFixed(d));
console.log(`A: ${builds.A}\nB: ${builds.B}\n${PAIRS} pairs × ${RUNS} runs of ${SECONDS} s, ${RANK ? 'GetPersonalizedRanking of 500 items, ' : ''}${RATE ? `open loop ${RATE}/s` : 'closed loop, 64 in flight'}\n`);
console.log('| pair | side | calls/s | p50 ms | p99 ms | failed | server µs/call: main / busiest other / rest |');
console.log('|--:|---|--:|--:|--:|--:|--:|');
const all: Run[] = [];
for (let pair = 1; pair <= PAIRS; pair++) {
  for (const side of ['A', 'B'] as const) {
    for (const r of await measureSide(side)) {
      all.push(r);
      const c = r.perCall;
      console.log(`| ${pair} | ${side} | ${fmt(r.result.callsPerSecond, 0)} | ${fmt(r.result.p50Ms)} | ${fmt(r.result.p99Ms)} | ${r.result.failed} | ${fmt(c.main, 0)} / ${fmt(c.busiest, 0)} / ${fmt(c.rest, 0)} |`);
    }
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const key = RATE ? (r: Run) => r.result.p99Ms ?? Number.NaN : (r: Run) => r.result.callsPerSecond;
const what = RATE ? 'p99 ms' : 'calls/s';
const sides = { A: all.filter((r) => r.side === 'A').map(key), B: all.filter((r) => r.side === 'B').map(key) };
console.log(`\n${what}: A median ${fmt(median(sides.A))} (${fmt(Math.min(...sides.A))}–${fmt(Math.max(...sides.A))}), B median ${fmt(median(sides.B))} (${fmt(Math.min(...sides.B))}–${fmt(Math.max(...sides.B))}); B/A ${fmt(median(sides.B) / median(sides.A), 3)}`);
