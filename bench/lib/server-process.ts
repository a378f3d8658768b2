/**
 * Runs `attune serve` (the built dist/) as a separate process for benchmarks, so that the
 * client's work is not counted against the server, and reads the server's memory from /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { loadProtos } from '../../src/api/proto.ts';
import type { PersonalizeClient } from '../../src/api/generated/attune/v1/Personalize.ts';
import type { PersonalizeEventsClient } from '../../src/api/generated/attune/v1/PersonalizeEvents.ts';

const ENTRY = fileURLToPath(new URL('../../dist/cli/run.js', import.meta.url));

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface ServerProcess {
  port: number;
  pid: number;
  address: string;
  control: PersonalizeClient;
  events: PersonalizeEventsClient;
  /** Peak resident memory of the server process so far, in MiB (VmHWM). */
  peakRssMiB(): number;
  /** Current resident memory in MiB (VmRSS). */
  rssMiB(): number;
  /** The last 200 kB of the server's log (stdout). */
  log(): string;
  stop(): Promise<number | null>;
}

/**
 * Starts the server with the given database and data root and waits until it listens. `entry`
 * is the built CLI to run (default this checkout's dist/cli/run.js; bench/serve/ab.ts runs two).
 */
export async function startServerProcess(db: string, dataRoot: string, extraEnv: Record<string, string> = {}, entry = ENTRY): Promise<ServerProcess> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  const port = await freePort();
  // e.g. ATTUNE_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
  const nodeArgs = (process.env.ATTUNE_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, entry, 'serve', '--port', String(port), '--db', db, '--data-root', dataRoot], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ATTUNE_LOG_LEVEL: 'warn', ...extraEnv },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  let stdout = '';
  child.stdout!.on('data', (d) => {
    stdout = (stdout + d).slice(-200_000);
  });
  const address = `127.0.0.1:${port}`;
  const { attune } = loadProtos();
  const creds = grpc.credentials.createInsecure();
  const control = new attune.Personalize(address, creds) as unknown as PersonalizeClient;
  const events = new attune.PersonalizeEvents(address, creds) as unknown as PersonalizeEventsClient;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    const ready = await new Promise<boolean>((resolve) => control.waitForReady(Date.now() + 500, (err) => resolve(!err)));
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`server did not start: ${stderr}`);
  }
  const status = (key: string) => {
    const text = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(text);
    return m ? Number(m[1]) / 1024 : NaN;
  };
  let stopped: Promise<number | null> | undefined;
  return {
    port,
    pid: child.pid!,
    address,
    control,
    events,
    peakRssMiB: () => status('VmHWM'),
    rssMiB: () => status('VmRSS'),
    log: () => stdout,
    stop: () =>
      (stopped ??= new Promise((resolve) => {
        control.close();
        events.close();
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      })),
  };
}

type Callback<Res> = (err: grpc.ServiceError | null, res?: Res) => void;

/** Calls a unary method and returns its response. */
export function call<Res = Record<string, unknown>>(client: object, method: string, request: unknown): Promise<Res> {
  const fn = (client as Record<string, (req: unknown, cb: Callback<Res>) => unknown>)[method]!;
  return new Promise((resolve, reject) => fn.call(client, request, (err, res) => (err ? reject(err) : resolve(res as Res))));
}

/** Polls until `get()` returns a value for which `done` holds. */
export async function until<T>(get: () => Promise<T>, done: (v: T) => boolean, intervalMs = 50): Promise<T> {
  for (;;) {
    const v = await get();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
