/**
 * The durable job queue: rows in `jobs`, claimed under a lease with SELECT … FOR UPDATE
 * SKIP LOCKED, so any number of processes can share it. Works the same on PGlite and PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../store/database.ts';
import { jobs } from '../store/schema.ts';

/** A claimed job. */
export interface JobRow {
  id: number;
  kind: string;
  resourceArn: string;
  attempts: number;
}

/** Enqueues a job; call inside the transaction that creates the resource so both commit together. */
export async function enqueueJob(tx: Db, kind: string, resourceArn: string): Promise<void> {
  const now = new Date();
  await tx.insert(jobs).values({ kind, resourceArn, state: 'pending', createdAt: now, updatedAt: now });
}

/**
 * Claims the oldest claimable job of the given kinds: pending, or running under an expired
 * lease (its process died). Returns undefined when there is none.
 */
export async function claimJob(db: Db, owner: string, kinds: string[], leaseMs: number): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const kindList = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    update jobs set state = 'running', lease_owner = ${owner},
      lease_expires_at = now() + ${`${leaseMs} milliseconds`}::interval,
      attempts = attempts + 1, updated_at = now()
    where id = (
      select id from jobs
      where kind in (${kindList})
        and (state = 'pending' or (state = 'running' and lease_expires_at < now()))
      order by id limit 1
      for update skip locked)
    returning id, kind, resource_arn, attempts`);
  const row = rowsOf(result)[0];
  if (!row) return undefined;
  return {
    id: Number(row.id),
    kind: String(row.kind),
    resourceArn: String(row.resource_arn),
    attempts: Number(row.attempts),
  };
}

/** Extends the lease of a job this owner holds; returns false if the lease was lost. */
export async function renewLease(db: Db, job: JobRow, owner: string, leaseMs: number): Promise<boolean> {
  const result = await db.execute(sql`
    update jobs set lease_expires_at = now() + ${`${leaseMs} milliseconds`}::interval, updated_at = now()
    where id = ${job.id} and lease_owner = ${owner} and state = 'running'
    returning id`);
  return rowsOf(result).length > 0;
}

/** Marks a job finished (`done` or `failed`). */
export async function finishJob(db: Db, job: JobRow, owner: string, state: 'done' | 'failed', error?: string): Promise<void> {
  await db.execute(sql`
    update jobs set state = ${state}, last_error = ${error ?? null}, lease_owner = null,
      lease_expires_at = null, updated_at = now()
    where id = ${job.id} and lease_owner = ${owner}`);
}

/** Gives a job back (e.g. on shutdown) so that it is claimed again at once. */
export async function releaseJob(db: Db, job: JobRow, owner: string): Promise<void> {
  await db.execute(sql`
    update jobs set state = 'pending', attempts = greatest(attempts - 1, 0), lease_owner = null,
      lease_expires_at = null, updated_at = now()
    where id = ${job.id} and lease_owner = ${owner} and state = 'running'`);
}

/** Rows from db.execute on either driver (postgres.js returns an array, PGlite `{rows}`). */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[];
}

/** Puts every running job back to pending (only for a database no other process can use). */
export async function requeueOrphanedJobs(db: Db): Promise<void> {
  await db.execute(sql`
    update jobs set state = 'pending', lease_owner = null, lease_expires_at = null, updated_at = now()
    where state = 'running'`);
}
