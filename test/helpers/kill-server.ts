/**
 * Servers for kill tests: `attune serve` in a child process (through the CLI helper) that can be
 * SIGKILLed and started again on the same database, and polling with a deadline.
 */
import * as grpc from '@grpc/grpc-js';
import { loadProtos } from '../../src/api/proto.ts';
import type { PersonalizeRuntimeClient } from '../../src/api/generated/attune/v1/PersonalizeRuntime.ts';
import { clients, type CliProcess, listening, runCli } from './cli.ts';

/** A running `attune serve` child process and its gRPC clients. */
export interface KillableServer {
  cli: CliProcess;
  port: number;
  control: ReturnType<typeof clients>['control'];
  events: ReturnType<typeof clients>['events'];
  runtime: PersonalizeRuntimeClient;
  /** When the process was spawned (performance.now()). */
  spawnedAt: number;
  /** When it answered its start-up line. */
  readyAt: number;
}

/** How a kill-test server is started: its database URL, data root and job lease. */
export interface ServerSpec {
  db: string;
  dataRoot: string;
  /** ATTUNE_JOB_LEASE_MS (default 1500). */
  leaseMs?: number;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/** Starts `attune serve` on `spec` and waits until it listens. */
export async function startServer(spec: ServerSpec): Promise<KillableServer> {
  const spawnedAt = performance.now();
  const cli = runCli(['serve', '--port', '0', '--db', spec.db, '--data-root', spec.dataRoot], {
    env: {
      ATTUNE_JOB_LEASE_MS: String(spec.leaseMs ?? 1500),
      // Two cores are shared with the test process: keep training off the gRPC thread's core.
      ATTUNE_TRAINING_THREADS: '1',
      ...spec.env,
    },
  });
  try {
    const { port } = await listening(cli);
    const c = clients(port);
    const runtime = new (loadProtos().attune.PersonalizeRuntime)(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as PersonalizeRuntimeClient;
    return { cli, port, control: c.control, events: c.events, runtime, spawnedAt, readyAt: performance.now() };
  } catch (err) {
    cli.child.kill('SIGKILL');
    throw err;
  }
}

/** SIGKILLs the server and waits until the process is gone; resolves with the signal it died of. */
export async function sigkill(s: KillableServer): Promise<NodeJS.Signals | null> {
  closeClients(s);
  if (s.cli.child.exitCode === null && s.cli.child.signalCode === null) s.cli.child.kill('SIGKILL');
  await s.cli.exited;
  return s.cli.child.signalCode;
}

/** Stops the server with SIGTERM (drain, release jobs) and resolves with its exit code. */
export async function sigterm(s: KillableServer): Promise<number | null> {
  closeClients(s);
  if (s.cli.child.exitCode === null && s.cli.child.signalCode === null) s.cli.child.kill('SIGTERM');
  return s.cli.exited;
}

function closeClients(s: KillableServer): void {
  s.control.close();
  s.events.close();
  s.runtime.close();
}

/** Calls `fn` until `ok` holds for its result, every `everyMs`; throws after `timeoutMs` with the last value. */
export async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 60_000, everyMs = 20): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms; last ${JSON.stringify(v)}`);
    await sleep(everyMs);
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
