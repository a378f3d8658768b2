/**
 * The durable job queue: rows in `jobs`, claimed under a lease with SELECT … FOR UPDATE
 * SKIP LOCKED, so any number of processes can share it. Works the same on PGlite and PostgreSQL.
 * Enqueueing a job (or giving one back) notifies CHANNELS.jobs with its kind when the transaction
 * commits, so that runners in other processes claim it at once instead of at their next poll.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../store/database.ts';
import { CHANNELS } from '../store/notify/notifications.ts';

/** The durable job an attempt works under: its lease is checked before the attempt records its result. */
export interface JobLease {
  jobId: number;
  owner: string;
}

/** Thrown inside an attempt when another process holds its job now: the attempt leaves everything to it. */
export class LeaseLost extends Error {
  constructor() {
    super('another process holds this job now');
  }
}

/** A claimed job. */
export interface JobRow {
  id: number;
  kind: string;
  resourceArn: string;
  attempts: number;
}

/** Enqueues a job; call inside the transaction that creates the resource so both commit together. */
export async function enqueueJob(tx: Db, kind: string, resourceArn: string): Promise<void> {
  const now = new Date().toISOString();
  await tx.execute(sql`
    with j as (
      insert into jobs (kind, resource_arn, state, created_at, updated_at)
      values (${kind}, ${resourceArn}, 'pending', ${now}, ${now}) returning kind)
    select pg_notify(${CHANNELS.jobs}, kind) from j`);
}

/**
 * Claims the oldest claimable job of the given kinds: pending (and due), or running under an
 * expired lease (its process died or lost the database). `exclude` lists jobs this process is
 * still running, which it must not take twice. Returns undefined when there is none.
 */
export async function claimJob(db: Db, owner: string, kinds: string[], leaseMs: number, exclude: number[] = []): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const kindList = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const notMine = exclude.length > 0 ? sql`and id not in (${sql.join(exclude.map((id) => sql`${id}`), sql`, `)})` : sql``;
  const result = await db.execute(sql`
    update jobs set state = 'running', lease_owner = ${owner},
      lease_expires_at = now() + ${`${leaseMs} milliseconds`}::interval,
      attempts = attempts + 1, updated_at = now()
    where id = (
      select id from jobs
      where kind in (${kindList})
        and ((state = 'pending' and (run_after is null or run_after <= now()))
             or (state = 'running' and lease_expires_at < now()))
        ${notMine}
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

/** Puts a failed attempt back in the queue, to be claimed again after `delayMs`. */
export async function retryJob(db: Db, job: JobRow, owner: string, delayMs: number, error: string): Promise<void> {
  await db.execute(sql`
    update jobs set state = 'pending', last_error = ${error}, lease_owner = null, lease_expires_at = null,
      run_after = now() + ${`${delayMs} milliseconds`}::interval, updated_at = now()
    where id = ${job.id} and lease_owner = ${owner}`);
}

/** True while `owner` still holds the lease of a running job (checked before committing its work). */
export async function holdsLease(db: Db, jobId: number, owner: string): Promise<boolean> {
  const result = await db.execute(sql`
    select 1 from jobs where id = ${jobId} and lease_owner = ${owner} and state = 'running' and lease_expires_at > now()
    for update`);
  return rowsOf(result).length > 0;
}

/** Gives a job back (e.g. on shutdown) so that it is claimed again at once, by another process if one runs its kind. */
export async function releaseJob(db: Db, job: JobRow, owner: string): Promise<void> {
  await db.execute(sql`
    with r as (
      update jobs set state = 'pending', attempts = greatest(attempts - 1, 0), lease_owner = null,
        lease_expires_at = null, updated_at = now()
      where id = ${job.id} and lease_owner = ${owner} and state = 'running'
      returning kind)
    select pg_notify(${CHANNELS.jobs}, kind) from r`);
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
