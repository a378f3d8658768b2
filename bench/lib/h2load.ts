/**
 * Unary gRPC load from h2load (Debian `nghttp2-client`), a C client, so that on a small
 * machine the load generator does not take the CPU the server needs. A request is one
 * pre-encoded gRPC frame sent as the body of every call.
 *
 * h2load counts HTTP statuses, not grpc-status: a gRPC error still arrives as HTTP 200 with
 * `grpc-status` in the trailers. `grpcStatusOnce` checks one call's trailer with nghttp; the
 * caller should also check the call's effect (for writes, the stored row count).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A gRPC length-prefixed message: flag 0 (uncompressed), 4-byte big-endian length, message. */
export function grpcFrame(message: Uint8Array): Buffer {
  const frame = Buffer.alloc(5 + message.length);
  frame.writeUInt8(0, 0);
  frame.writeUInt32BE(message.length, 1);
  frame.set(message, 5);
  return frame;
}

/** Throws unless `h2load` and `nghttp` are on the PATH. */
export function requireH2load(): void {
  for (const tool of ['h2load', 'nghttp']) {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} not found: install it with \`apt-get install nghttp2-client\``);
    }
  }
}

export interface H2loadOptions {
  /** host:port of a plaintext HTTP/2 (gRPC) server. */
  address: string;
  /** The gRPC method path, e.g. `/attune.v1.PersonalizeEvents/PutEvents`. */
  path: string;
  /** The request body (one gRPC frame), sent on every call. */
  body: Buffer;
  /** Connections (h2load -c). */
  connections: number;
  /** Streams in flight per connection (h2load -m). */
  streamsPerConnection: number;
  /** Measurement time in seconds (h2load -D). */
  seconds: number;
  /** Folder for the body and the per-request log. */
  workDir: string;
  /** A file-name prefix, so several runs can share `workDir`. */
  label: string;
}

export interface H2loadResult {
  /** The command line, copy-pastable into a shell (with the body file left in place). */
  command: string;
  /** Requests sent. */
  started: number;
  /** Requests whose response h2load waited for (at the -D cutoff it stops waiting for the rest). */
  done: number;
  /** Requests that got HTTP 2xx. */
  succeeded: number;
  failed: number;
  errored: number;
  timeout: number;
  /** h2load's own req/s. */
  reqPerSecond: number;
  /** Latencies of the 200 responses in the per-request log, in ms, sorted. */
  latenciesMs: Float64Array;
  /** Rows in the per-request log with a status other than 200 (-1 is a failed stream). */
  non200Logged: number;
  /** h2load's stdout, for the record. */
  output: string;
}

/** Runs h2load for `seconds` and returns its counts and the per-request latencies. */
export async function runH2load(o: H2loadOptions): Promise<H2loadResult> {
  const bodyPath = join(o.workDir, `${o.label}.body.bin`);
  const logPath = join(o.workDir, `${o.label}.log.tsv`);
  writeFileSync(bodyPath, o.body);
  const args = [
    '-c', String(o.connections),
    '-m', String(o.streamsPerConnection),
    '-t', '1',
    '-D', String(o.seconds),
    '-d', bodyPath,
    '-H', 'content-type: application/grpc',
    '-H', 'te: trailers',
    '--log-file', logPath,
    `http://${o.address}${o.path}`,
  ];
  const output = await runTool('h2load', args);
  const requests = /requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout/.exec(output);
  const finished = /finished in [\d.]+s, ([\d.]+) req\/s/.exec(output);
  if (!requests || !finished) throw new Error(`could not parse h2load output:\n${output}`);
  const { latenciesMs, non200 } = readLog(logPath);
  return {
    command: ['h2load', ...args].map(shellQuote).join(' '),
    started: Number(requests[2]),
    done: Number(requests[3]),
    succeeded: Number(requests[4]),
    failed: Number(requests[5]),
    errored: Number(requests[6]),
    timeout: Number(requests[7]),
    reqPerSecond: Number(finished[1]),
    latenciesMs,
    non200Logged: non200,
    output,
  };
}

/** Sends one call with nghttp and returns its grpc-status (from trailers or trailers-only headers). */
export function grpcStatusOnce(address: string, path: string, body: Buffer, workDir: string): { status: number; message: string } {
  const bodyPath = join(workDir, 'grpc-status-check.body.bin');
  writeFileSync(bodyPath, body);
  const out = execFileSync(
    'nghttp',
    ['-v', '-d', bodyPath, '-H', 'content-type: application/grpc', '-H', 'te: trailers', `http://${address}${path}`],
    { encoding: 'latin1' },
  );
  const status = /grpc-status: (\d+)/.exec(out);
  if (!status) throw new Error(`no grpc-status in the response:\n${out}`);
  const message = /grpc-message: (.*)/.exec(out)?.[1] ?? '';
  return { status: Number(status[1]), message: decodeURIComponent(message) };
}

/** The value at quantile `q` (0..1) of sorted values, nearest-rank. */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

function readLog(path: string): { latenciesMs: Float64Array; non200: number } {
  const lines = readFileSync(path, 'utf8').split('\n');
  const latencies = new Float64Array(lines.length);
  let n = 0;
  let non200 = 0;
  for (const line of lines) {
    if (line === '') continue;
    const [, status, micros] = line.split('\t');
    if (status === '200') latencies[n++] = Number(micros) / 1000;
    else non200++;
  }
  return { latenciesMs: latencies.slice(0, n).sort(), non200 };
}

function runTool(tool: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${tool} exited with ${code}:\n${out}`))));
  });
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
