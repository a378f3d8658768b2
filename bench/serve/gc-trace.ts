/**
 * V8's garbage collections in a server under open-loop load: what each scavenge promotes and
 * costs, and what each mark-compact's pause is made of, next to the load's latency. The figures
 * behind bench/RESULTS.md's serving sessions 7 and 8.
 *
 *   npx tsx bench/serve/gc-trace.ts KEPT_DIR [--rate 9000] [--runs 3] [--seconds 8]
 *       [--entry dist/cli/run.js | --bare] [--flags "--max-semi-space-size=64 ..."]
 *
 * KEPT_DIR is a folder kept by `throughput.ts --keep` (its campaign and recs.bin). The server is
 * `node --trace-gc-nvp [flags] ENTRY serve` on that folder (`--bare`: the bare grpc-js server,
 * bench/serve/bare-server.ts). It answers closed-loop load until its campaign is loaded, then
 * `--runs` runs of `--seconds` at `--rate` calls/s (after 2 s unmeasured); the collections are
 * those from the end of the warm-up to the end of the last run. Scavenges are counted while the
 * load runs (a mutator interval under 200 ms).
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../lib/server-process.ts';
import { ensureLoadgen, runLoadgen, waitUntilServing } from './run-loadgen.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const dir = process.argv[2];
if (!dir || dir.startsWith('--')) {
  console.error('usage: npx tsx bench/serve/gc-trace.ts KEPT_DIR [--rate 9000] [--runs 3] [--seconds 8] [--entry dist/cli/run.js | --bare] [--flags "..."]');
  process.exit(2);
}
const RATE = arg('rate', '9000');
const RUNS = Number(arg('runs', '3'));
const SECONDS = arg('seconds', '8');
const BARE = process.argv.includes('--bare');
const ENTRY = arg('entry', fileURLToPath(new URL('../../dist/cli/run.js', import.meta.url)));
const FLAGS = arg('flags', '').split(' ').filter(Boolean);

/** One `--trace-gc-nvp` line: its key=value fields. */
type Nvp = Record<string, number>;

function parseNvp(log: string): { scavenges: Nvp[]; markCompacts: Nvp[] } {
  const scavenges: Nvp[] = [];
  const markCompacts: Nvp[] = [];
  for (const line of log.split('\n')) {
    const kind = / gc=(s|mc) /.exec(line)?.[1];
    if (!kind) continue;
    const fields: Nvp = {};
    for (const m of line.matchAll(/([\w.]+)=([\d.]+)/g)) fields[m[1]!] = Number(m[2]);
    (kind === 's' ? scavenges : markCompacts).push(fields);
  }
  return { scavenges, markCompacts };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const fmt = (v: number | null | undefined, d = 2) => (v === null || v === undefined || Number.isNaN(v) ? '-' : v.toFixed(d));

ensureLoadgen();
const port = await freePort();
const logPath = join(dir, `gc-trace-${process.pid}.log`);
const logFd = openSync(logPath, 'w');
const here = fileURLToPath(new URL('.', import.meta.url));
const command = BARE
  ? ['--trace-gc-nvp', ...FLAGS, '--import', 'tsx', join(here, 'bare-server.ts'), String(port)]
  : ['--trace-gc-nvp', ...FLAGS, ENTRY, 'serve', '--port', String(port), '--db', `pglite://${join(dir, 'db')}`, '--data-root', dir];
const child = spawn(process.execPath, command, { stdio: ['ignore', logFd, logFd], env: { ...process.env, ATTUNE_LOG_LEVEL: 'warn' } });
closeSync(logFd);
try {
  const load = ['--port', String(port), '--bodies', join(dir, 'recs.bin'), '--connections', '4', '--streams', '16'];
  await waitUntilServing(load, 60, () => child.exitCode === null).catch((err: Error) => {
    throw new Error(`${err.message} (see ${logPath})`);
  });
  const from = readFileSync(logPath, 'utf8').length;
  console.log(`${BARE ? 'bare grpc-js server' : ENTRY} ${FLAGS.join(' ')}\n${RUNS} runs of ${SECONDS} s at ${RATE} calls/s (after 2 s unmeasured)\n`);
  console.log('| run | calls/s | p50 ms | p99 ms | p99.9 ms | max ms | failed |');
  console.log('|--:|--:|--:|--:|--:|--:|--:|');
  for (let run = 1; run <= RUNS; run++) {
    const r = await runLoadgen([...load, '--duration', SECONDS, '--warmup', '2', '--rate', RATE]);
    console.log(`| ${run} | ${fmt(r.callsPerSecond, 0)} | ${fmt(r.p50Ms)} | ${fmt(r.p99Ms)} | ${fmt(r.p999Ms)} | ${fmt(r.maxMs)} | ${r.failed} |`);
  }
  // The main isolate's lines only: a worker's (the search thread's) heap is a few MB.
  const { scavenges, markCompacts } = parseNvp(readFileSync(logPath, 'utf8').slice(from));
  const loaded = scavenges.filter((s) => (s.mutator ?? Infinity) < 200);
  const main = markCompacts.filter((m) => (m.total_size_before ?? 0) > 16 * 1024 * 1024);
  console.log(
    `\nscavenges under load: ${loaded.length}, every ${fmt(mean(loaded.map((s) => (s.mutator ?? 0) + (s.pause ?? 0))), 1)} ms, pause ${fmt(mean(loaded.map((s) => s.pause ?? 0)))} ms, promoted ${fmt(mean(loaded.map((s) => (s.promoted ?? 0) / 1024)), 0)} kB, survived ${fmt(mean(loaded.map((s) => (s.new_space_survived ?? 0) / 1024)), 0)} kB`,
  );
  const phase = (key: string) => `${fmt(mean(main.map((m) => m[key] ?? 0)), 1)} / ${fmt(Math.max(0, ...main.map((m) => m[key] ?? 0)), 1)}`;
  console.log(`mark-compacts of the main heap: ${main.length}; mean / max ms: pause ${phase('pause')}, external strings ${phase('clear.external_string_table')}, evacuation copy ${phase('evacuate.copy')}, sweep ${phase('sweep')}`);
  console.log(
    `old generation before / after a mark-compact, mean MB: ${fmt(mean(main.map((m) => (m.total_size_before ?? 0) / 1048576)), 1)} / ${fmt(mean(main.map((m) => (m.total_size_after ?? 0) / 1048576)), 1)}`,
  );
  console.log(`\nthe whole --trace-gc-nvp log: ${logPath}`);
} finally {
  child.kill('SIGTERM');
}
