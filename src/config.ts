/**
 * Server configuration: every option has a documented default, and is resolved once, from
 * command-line flags first, then environment variables, then the default.
 */
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
  /** Directories bulk imports may read (ATTUNE_DATA_ROOT, ':'-separated; default the working directory). */
  dataRoots: string[];
  /** Region and account in minted ARNs (ATTUNE_REGION / ATTUNE_ACCOUNT; default local / 000000000000). */
  arnScope: ArnScope;
  limits: Limits;
  /** Import jobs run at once by this process (ATTUNE_IMPORT_CONCURRENCY, default 2). */
  importConcurrency: number;
  /** Lease of a running job; a job whose process died is taken over when it runs out (ATTUNE_JOB_LEASE_MS, default 15000). */
  jobLeaseMs: number;
  /** How long SIGTERM waits for calls in flight before cancelling them (ms, default 10000). */
  drainTimeoutMs: number;
}

export const DEFAULT_DB = 'pglite://./.attune/db';

/** Fills in defaults for anything not given. */
export function resolveConfig(partial: Partial<AttuneConfig> = {}, env: NodeJS.ProcessEnv = process.env): AttuneConfig {
  const port = partial.port ?? (env.ATTUNE_PORT ? Number(env.ATTUNE_PORT) : 50051);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port "${env.ATTUNE_PORT ?? partial.port}"`);
  const roots = partial.dataRoots ?? (env.ATTUNE_DATA_ROOT ? env.ATTUNE_DATA_ROOT.split(':').filter(Boolean) : [process.cwd()]);
  const importConcurrency = partial.importConcurrency ?? Number(env.ATTUNE_IMPORT_CONCURRENCY ?? 2);
  return {
    host: partial.host ?? env.ATTUNE_HOST ?? '127.0.0.1',
    port,
    db: partial.db ?? env.ATTUNE_DB ?? DEFAULT_DB,
    dataRoots: roots.map((r) => resolve(r)),
    arnScope: partial.arnScope ?? {
      region: env.ATTUNE_REGION ?? DEFAULT_ARN_SCOPE.region,
      account: env.ATTUNE_ACCOUNT ?? DEFAULT_ARN_SCOPE.account,
    },
    limits: { ...DEFAULT_LIMITS, ...partial.limits },
    importConcurrency: Math.max(1, importConcurrency),
    jobLeaseMs: partial.jobLeaseMs ?? Number(env.ATTUNE_JOB_LEASE_MS ?? 15_000),
    drainTimeoutMs: partial.drainTimeoutMs ?? 10_000,
  };
}
