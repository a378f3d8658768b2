/** Running the C load generator and the bare baseline server from the serving benchmarks. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const BUILD = join(HERE, '.build');
export const LOADGEN = join(BUILD, 'loadgen');
const CLK_TCK = 100; // /proc/<pid>/stat ticks per second (getconf CLK_TCK on Linux)

/** Output of `loadgen` (one JSON line). */
export interface LoadgenResult {
  calls: number;
  ok: number;
  failed: number;
  failedByStatus: Record<string, number>;
  seconds: number;
  callsPerSecond: number;
  p50Ms: number | null;
  p90Ms: number | null;
  p99Ms: number | null;
  p999Ms: number | null;
  maxMs: number | null;
  clientCpuPercent: number;
  firstFailure?: string;
}

/**
 * Runs 2 s of `load` (loadgen arguments: port, bodies, connections...) until calls are answered
 * with a p50 under 50 ms: the server listens, its campaign is loaded and its index built (a fresh
 * process builds it on the first call). Throws after `tries`, or once `alive()` turns false.
 */
export async function waitUntilServing(load: string[], tries = 60, alive: () => boolean = () => true): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (!alive()) throw new Error('the server exited before it served');
    const r = await runLoadgen([...load, '--duration', '2']).catch(() => null);
    if (r && r.ok > 0 && r.p50Ms !== null && r.p50Ms < 50) return;
    if (!r) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not serve within ${tries} tries`);
}

/** Builds loadgen when its binary is missing. */
export function ensureLoadgen(): void {
  mkdirSync(BUILD, { recursive: true });
  if (!existsSync(LOADGEN)) execFileSync('sh', [join(HERE, 'build-loadgen.sh')], { stdio: 'inherit' });
}

/** user + system CPU seconds of a process so far (NaN once it exited). */
export function cpuSeconds(pid: number): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return NaN;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/** user + system CPU seconds of each thread of a process so far, by thread id (the main thread's id is the pid). */
export function threadCpuSeconds(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / CLK_TCK);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/**
 * Server CPU per call between two threadCpuSeconds readings, in µs: the main (gRPC) thread, the
 * busiest other thread (the search thread under load) and all the rest (GC helpers, pools).
 */
export function cpuPerCall(pid: number, before: Map<number, number>, after: Map<number, number>, calls: number): { main: number; busiest: number; rest: number } {
  const used = [...after].map(([tid, s]) => [tid, s - (before.get(tid) ?? 0)] as const);
  const main = used.find(([tid]) => tid === pid)?.[1] ?? 0;
  const others = used.filter(([tid]) => tid !== pid).map(([, s]) => s).sort((a, b) => b - a);
  const busiest = others[0] ?? 0;
  const rest = others.slice(1).reduce((a, b) => a + b, 0);
  const us = (s: number) => (calls > 0 ? (1e6 * s) / calls : Number.NaN);
  return { main: us(main), busiest: us(busiest), rest: us(rest) };
}

/** Runs loadgen with these arguments to the end; resolves with its result. */
export function runLoadgen(args: string[]): Promise<LoadgenResult> {
  const child = spawn(LOADGEN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`loadgen exited with ${code}:\n${out}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadgenResult);
    });
  });
}

/** Starts bench/serve/bare-server.ts on a free port. */
export async function startBareServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'bare-server.ts'), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /READY (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return { child, port };
}
