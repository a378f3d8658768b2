/**
 * Server configuration: every option has a documented default, and is resolved once, from
 * command-line flags first, then environment variables, then the default.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { type ArnScope, DEFAULT_ARN_SCOPE } from './common/arn.ts';
import { DEFAULT_LIMITS, type Limits } from './control/context.ts';

export interface AttuneConfig {
  /** Interface to listen on (ATTUNE_HOST, default 127.0.0.1). */
  host: string;
  /** Port to listen on; 0 picks a free one (ATTUNE_PORT, default 50051). */
  port: number;
  /** pglite://memory, pglite://<dir> or postgres://… (ATTUNE_DB, default pglite://./.attune/db). */
  db: string;
  /**
   * What this process serves and runs (--role / ATTUNE_ROLE: `all`, the default, or a
   * comma-separated list of control, events, runtime, trainer). Roles other than all need PostgreSQL.
   */
  roles: Role[];
  /** Directories bulk imports may read (ATTUNE_DATA_ROOT, ':'-separated; default the working directory). */
  dataRoots: string[];
  /** Region and account in minted ARNs (ATTUNE_REGION / ATTUNE_ACCOUNT; default local / 000000000000). */
  arnScope: ArnScope;
  limits: Limits;
  /** Import jobs run at once by this process (ATTUNE_IMPORT_CONCURRENCY, default 2). */
  importConcurrency: number;
  /** Worker threads of the training pool (ATTUNE_TRAINING_THREADS, default the core count). */
  trainingThreads: number;
  /** Trainings run at once by this process (ATTUNE_TRAINING_CONCURRENCY, default 1: one training uses every core). */
  trainingConcurrency: number;
  /** The training worker module, when not the built-in one (tests use this to make a worker crash). */
  trainingWorkerFile?: string;
  /** ONNX Runtime execution providers for serving, in order (ATTUNE_ONNX_PROVIDERS, default cuda,cpu; CPU is always the fallback). */
  onnxProviders: string[];
  /** Campaigns over at least this many items search a vector index instead of scoring every item (ATTUNE_INDEX_MIN_ITEMS, default 20000). */
  indexMinItems: number;
  /** How often served user-personalization campaigns take in new items without a new version (ATTUNE_NEW_ITEMS_INTERVAL_MS, default 7200000: 2 hours). */
  newItemsIntervalMs: number;
  /** Lease of a running job; a job whose process died is taken over when it runs out (ATTUNE_JOB_LEASE_MS, default 15000). */
  jobLeaseMs: number;
  /** Log level (ATTUNE_LOG_LEVEL: trace, debug, info, warn, error, fatal, silent; default info). */
  logLevel: string;
  /** How long SIGTERM waits for calls in flight before cancelling them (ms, default 10000). */
  drainTimeoutMs: number;
}

export const DEFAULT_DB = 'pglite://./.attune/db';

/**
 * The parts of Attune a process can run: `control` the Personalize service (and the jobs that move
 * its resources through their states, campaign deploys included), `events` PersonalizeEvents,
 * `runtime` PersonalizeRuntime (it loads campaigns), `trainer` the heavy durable jobs (imports,
 * training, batch inference, export, deletion, scheduled retraining).
 */
export type Role = 'control' | 'events' | 'runtime' | 'trainer';
export const ROLES: readonly Role[] = ['control', 'events', 'runtime', 'trainer'];

/** Parses `all` or a comma-separated list of roles (named `source` in the error). */
export function parseRoles(source: string, text: string): Role[] {
  const names = text.split(',').map((r) => r.trim().toLowerCase());
  if (names.length === 1 && names[0] === 'all') return [...ROLES];
  const bad = names.filter((r) => !ROLES.includes(r as Role));
  if (bad.length > 0) {
    throw new Error(`${source} must be all or a comma-separated list of ${ROLES.join(', ')} (got "${text}")`);
  }
  return ROLES.filter((r) => names.includes(r));
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/** A whole number from 1 up, from an environment variable (named in the error). */
function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(`${name} must be a whole number of 1 or more (got "${text}")`);
  return Number(text);
}

/** Fills in defaults for anything not given. */
export function resolveConfig(partial: Partial<AttuneConfig> = {}, env: NodeJS.ProcessEnv = process.env): AttuneConfig {
  const portText = env.ATTUNE_PORT;
  if (partial.port === undefined && portText !== undefined && !/^\d+$/.test(portText)) {
    throw new Error(`ATTUNE_PORT must be a number from 0 to 65535 (got "${portText}")`);
  }
  const port = partial.port ?? (portText ? Number(portText) : 50051);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`the port must be a number from 0 to 65535 (got "${portText ?? partial.port}")`);
  const roots = partial.dataRoots ?? (env.ATTUNE_DATA_ROOT ? env.ATTUNE_DATA_ROOT.split(':').filter(Boolean) : [process.cwd()]);
  const importConcurrency = partial.importConcurrency ?? positiveInt('ATTUNE_IMPORT_CONCURRENCY', env.ATTUNE_IMPORT_CONCURRENCY, 2);
  const nice = env.ATTUNE_TRAINING_NICE;
  if (nice !== undefined && nice !== '' && !(/^\d+$/.test(nice) && Number(nice) <= 19)) {
    throw new Error(`ATTUNE_TRAINING_NICE must be a whole number from 0 to 19 (got "${nice}")`);
  }
  const db = partial.db ?? env.ATTUNE_DB ?? DEFAULT_DB;
  const roles = partial.roles ?? (env.ATTUNE_ROLE ? parseRoles('ATTUNE_ROLE', env.ATTUNE_ROLE) : [...ROLES]);
  if (roles.length === 0) throw new Error('a process needs at least one role (all, or some of control, events, runtime, trainer)');
  if (roles.length < ROLES.length && db.startsWith('pglite://')) {
    throw new Error(`the role ${roles.join(',')} needs a PostgreSQL database (postgres://…) that processes with the other roles share; an embedded pglite:// database belongs to one process, which runs all roles`);
  }
  const logLevel = partial.logLevel ?? env.ATTUNE_LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`ATTUNE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  return {
    host: partial.host ?? env.ATTUNE_HOST ?? '127.0.0.1',
    port,
    db,
    roles,
    dataRoots: roots.map((r) => resolve(r)),
    arnScope: partial.arnScope ?? {
      region: env.ATTUNE_REGION ?? DEFAULT_ARN_SCOPE.region,
      account: env.ATTUNE_ACCOUNT ?? DEFAULT_ARN_SCOPE.account,
    },
    limits: { ...DEFAULT_LIMITS, ...partial.limits },
    importConcurrency,
    trainingThreads: partial.trainingThreads ?? positiveInt('ATTUNE_TRAINING_THREADS', env.ATTUNE_TRAINING_THREADS, availableParallelism()),
    trainingConcurrency: partial.trainingConcurrency ?? positiveInt('ATTUNE_TRAINING_CONCURRENCY', env.ATTUNE_TRAINING_CONCURRENCY, 1),
    jobLeaseMs: partial.jobLeaseMs ?? positiveInt('ATTUNE_JOB_LEASE_MS', env.ATTUNE_JOB_LEASE_MS, 15_000),
    logLevel,
    drainTimeoutMs: partial.drainTimeoutMs ?? 10_000,
    onnxProviders: partial.onnxProviders ?? (env.ATTUNE_ONNX_PROVIDERS ?? 'cuda,cpu').split(',').map((p) => p.trim()).filter(Boolean),
    indexMinItems: partial.indexMinItems ?? positiveInt('ATTUNE_INDEX_MIN_ITEMS', env.ATTUNE_INDEX_MIN_ITEMS, 20_000),
    newItemsIntervalMs: partial.newItemsIntervalMs ?? positiveInt('ATTUNE_NEW_ITEMS_INTERVAL_MS', env.ATTUNE_NEW_ITEMS_INTERVAL_MS, 7_200_000),
    ...(partial.trainingWorkerFile ? { trainingWorkerFile: partial.trainingWorkerFile } : {}),
  };
}
