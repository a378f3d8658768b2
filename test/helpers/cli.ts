/** Runs the `attune` CLI from source in a child process and reads its JSON log lines. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { loadProtos } from '../../src/api/proto.ts';
import type { PersonalizeClient } from '../../src/api/generated/attune/v1/Personalize.ts';
import type { PersonalizeEventsClient } from '../../src/api/generated/attune/v1/PersonalizeEvents.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'src/cli/run.ts');
/** tsx's loader by absolute URL, so the CLI can run from any working directory. */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface CliProcess {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  stderr: string;
  exited: Promise<number | null>;
}

/** Starts `attune <args>`. */
export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): CliProcess {
  const child = spawn(process.execPath, ['--import', TSX, ENTRY, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ATTUNE_LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const r: CliProcess = {
    child,
    lines: [],
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  let buffer = '';
  child.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        r.lines.push(JSON.parse(line));
      } catch {
        r.lines.push({ text: line });
      }
    }
  });
  child.stderr!.on('data', (d: Buffer) => (r.stderr += d.toString()));
  return r;
}

/** The start-up line's fields. */
export interface Listening {
  port: number;
  database: string;
  host: string;
  dataRoots: string[];
}

/** Waits for the start-up line. */
export async function listening(r: CliProcess, timeoutMs = 60_000): Promise<Listening> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const line = r.lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith('attune listening'));
    if (line) return line as unknown as Listening;
    if (r.child.exitCode !== null) throw new Error(`exited ${r.child.exitCode}: ${r.stderr}`);
    if (Date.now() > end) throw new Error(`no start-up line: ${r.stderr}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** gRPC clients for a server on a loopback port. */
export function clients(port: number): { control: PersonalizeClient; events: PersonalizeEventsClient; close(): void } {
  const { attune } = loadProtos();
  const address = `127.0.0.1:${port}`;
  const control = new attune.Personalize(address, grpc.credentials.createInsecure()) as unknown as PersonalizeClient;
  const events = new attune.PersonalizeEvents(address, grpc.credentials.createInsecure()) as unknown as PersonalizeEventsClient;
  return {
    control,
    events,
    close() {
      control.close();
      events.close();
    },
  };
}
