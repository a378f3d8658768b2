/** Starts a real Attune server on a loopback port and connects real gRPC clients to it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import { type Attune, type StartOptions, startAttune } from '../../src/app.ts';
import { loadProtos } from '../../src/api/proto.ts';
import type { PersonalizeClient } from '../../src/api/generated/attune/v1/Personalize.ts';
import type { PersonalizeEventsClient } from '../../src/api/generated/attune/v1/PersonalizeEvents.ts';
import type { PersonalizeRuntimeClient } from '../../src/api/generated/attune/v1/PersonalizeRuntime.ts';
import { createLogger, type Logger, silentLogger } from '../../src/common/logger.ts';
import { type AttuneConfig, resolveConfig } from '../../src/config.ts';
import { type BackendName, createTestDatabase, type TestDatabase } from './backends.ts';

export interface TestServer {
  attune: Attune;
  control: PersonalizeClient;
  events: PersonalizeEventsClient;
  runtime: PersonalizeRuntimeClient;
  /** A scratch directory that is the server's only data root. */
  dataDir: string;
  address: string;
  close(): Promise<void>;
}

/** Parts to swap in (see StartOptions), and the logger the server writes to (default: none, or stderr with ATTUNE_TEST_LOG). */
export interface TestServerOptions extends StartOptions {
  logger?: Logger;
}

/** A logger that keeps every record it is given, parsed, for tests that wait on what a server did. */
export function capturingLogger(): { logger: Logger; records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) records.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), records };
}

/** Starts a server on `backend` with a fresh database and a scratch data root. */
export async function startTestServer(backend: BackendName, overrides: Partial<AttuneConfig> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const database: TestDatabase = await createTestDatabase(backend);
  const dataDir = mkdtempSync(join(tmpdir(), 'attune-test-'));
  const server = await serveOn(database.url, dataDir, overrides, options);
  return {
    ...server,
    async close() {
      await server.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts a server on an existing database and data root, with clients; closing it keeps both. */
export async function serveOn(db: string, dataDir: string, overrides: Partial<AttuneConfig> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const config = resolveConfig({ host: '127.0.0.1', port: 0, db, dataRoots: [dataDir], ...overrides }, {});
  const { logger: given, ...start } = options;
  const logger = given ?? (process.env.ATTUNE_TEST_LOG ? createLogger({ level: 'error', destination: process.stderr }) : silentLogger());
  const attune = await startAttune(config, logger, start);
  const address = `127.0.0.1:${attune.port}`;
  const { attune: api } = loadProtos();
  const creds = grpc.credentials.createInsecure();
  const control = new api.Personalize(address, creds) as unknown as PersonalizeClient;
  const events = new api.PersonalizeEvents(address, creds) as unknown as PersonalizeEventsClient;
  const runtime = new api.PersonalizeRuntime(address, creds) as unknown as PersonalizeRuntimeClient;
  return {
    attune,
    control,
    events,
    runtime,
    dataDir,
    address,
    async close() {
      control.close();
      events.close();
      runtime.close();
      await attune.stop();
    },
  };
}

type Callback<Res> = (err: grpc.ServiceError | null, res?: Res) => void;
type UnaryMethod<Req, Res> = (req: Req, cb: Callback<Res>) => unknown;

/** Calls a unary method and returns its response (or rejects with the ServiceError). */
export function call<Req, Res>(client: object, method: string, request: Req): Promise<Res> {
  const fn = (client as Record<string, UnaryMethod<Req, Res>>)[method]!;
  return new Promise((resolve, reject) => {
    fn.call(client, request, (err, res) => (err ? reject(err) : resolve(res as Res)));
  });
}

/** Calls a unary method that must fail, and returns its error. */
export async function callError(client: object, method: string, request: unknown): Promise<grpc.ServiceError> {
  try {
    await call(client, method, request);
  } catch (err) {
    return err as grpc.ServiceError;
  }
  throw new Error(`${method} succeeded but was expected to fail`);
}

/** Polls `describe` until `status(result)` is one of `wanted` (or a failure state), or times out. */
export async function waitFor<T>(
  describe: () => Promise<T>,
  status: (value: T) => string,
  wanted: string[],
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await describe();
    const s = status(value);
    if (wanted.includes(s)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${wanted.join('|')}; last status ${s}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
