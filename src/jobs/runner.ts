/**
 * Runs durable jobs in this process. Each job kind has a handler and a concurrency limit.
 * The runner wakes when this process enqueues work (`poke`), when another process announces a
 * job of a kind it runs (`wake`, from the jobs channel's notifications), and polls every `pollMs`
 * for what no one announced: expired leases of processes that died, and missed notifications.
 * A handler that throws fails its job; the handler is responsible for recording a failure
 * reason on its resource.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../common/logger.ts';
import type { Db } from '../store/database.ts';
import { claimJob, finishJob, type JobRow, releaseJob, renewLease, retryJob } from './queue.ts';

/** What a handler gets: the job (with its attempt number), a signal aborted on shutdown or a lost lease, and the lease owner. */
export interface JobContext {
  job: JobRow;
  signal: AbortSignal;
  owner: string;
}

/** A job handler. Resolve when done; throw to fail the job. */
export type JobHandler = (ctx: JobContext) => Promise<void>;

/** Handler registration: the function and how many may run at once in this process. */
export interface JobKind {
  handler: JobHandler;
  concurrency: number;
  /**
   * Attempts (a handler that threw, or a process that died while running it) after which the
   * job is given up (handler `onGiveUp`). Default 5. Failed attempts are retried after 1, 2, 4, … s.
   */
  maxAttempts?: number;
  /** Called instead of the handler when a job exceeded maxAttempts. */
  onGiveUp?: (job: JobRow) => Promise<void>;
}

export interface JobRunnerOptions {
  db: Db;
  logger: Logger;
  leaseMs?: number;
  /**
   * How often to look for work this process was not told about: jobs enqueued by other
   * processes, and leases that expired. Work enqueued here pokes the runner at once, and a
   * retry wakes it when due, so a database only this process uses can poll rarely.
   */
  pollMs?: number;
  /** First retry delay; it doubles with each attempt (default 1000 ms). */
  retryBaseMs?: number;
}

/** Thrown into a handler's signal when the runner stops: the job goes back to the queue. */
export class ShutdownAbort extends Error {
  constructor() {
    super('server is shutting down');
  }
}

export class JobRunner {
  readonly owner = `${process.pid}-${randomUUID()}`;
  private readonly kinds = new Map<string, JobKind>();
  private readonly running = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly controllers = new Set<AbortController>();
  private readonly runningIds = new Set<number>();
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private pumping = false;
  private again = false;

  constructor(private readonly options: JobRunnerOptions) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollMs = options.pollMs ?? 1_000;
  }

  /** Registers the handler of a job kind. */
  register(kind: string, spec: JobKind): void {
    this.kinds.set(kind, spec);
    this.running.set(kind, 0);
  }

  /** Starts claiming jobs. */
  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.poke(), this.pollMs);
    this.timer.unref();
    this.poke();
  }

  /** A job of `kind` became claimable (another process enqueued or gave it back): look for work now if this runner runs that kind. */
  wake(kind: string): void {
    if (this.kinds.has(kind)) this.poke();
  }

  /** Asks the runner to look for work now (called after enqueueing). */
  poke(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void this.pump().finally(() => {
      this.pumping = false;
      if (this.again) {
        this.again = false;
        this.poke();
      }
    });
  }

  /** Stops claiming, aborts running handlers, and waits for them (their jobs go back to pending). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const c of this.controllers) c.abort(new ShutdownAbort());
    await Promise.allSettled([...this.inFlight]);
  }

  private async pump(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const free = [...this.kinds].filter(([k, spec]) => (this.running.get(k) ?? 0) < spec.concurrency).map(([k]) => k);
      let job: JobRow | undefined;
      try {
        job = await claimJob(this.options.db, this.owner, free, this.leaseMs, [...this.runningIds]);
      } catch (err) {
        this.options.logger.error({ err }, 'claiming a job failed');
        return;
      }
      if (!job) return;
      this.launch(job);
    }
  }

  private launch(job: JobRow): void {
    const spec = this.kinds.get(job.kind)!;
    this.running.set(job.kind, (this.running.get(job.kind) ?? 0) + 1);
    const controller = new AbortController();
    this.controllers.add(controller);
    this.runningIds.add(job.id);
    const log = this.options.logger.child({ job: job.id, kind: job.kind, resource: job.resourceArn });
    let renewed = Date.now();
    const renew = setInterval(() => {
      renewLease(this.options.db, job, this.owner, this.leaseMs)
        .then((held) => {
          if (held) renewed = Date.now();
          else controller.abort(new Error('job lease lost'));
        })
        .catch((err) => {
          log.warn({ err }, 'renewing a job lease failed');
          // Past the lease another process may have taken the job over: stop working on it.
          if (Date.now() - renewed > this.leaseMs) controller.abort(new Error('job lease lost'));
        });
    }, Math.max(100, Math.floor(this.leaseMs / 3)));
    renew.unref();
    const maxAttempts = spec.maxAttempts ?? 5;
    const run = async () => {
      if (job.attempts > maxAttempts) {
        log.error({ attempts: job.attempts }, 'job given up after repeated attempts');
        await spec.onGiveUp?.(job);
        await finishJob(this.options.db, job, this.owner, 'failed', 'too many attempts');
        return;
      }
      log.debug('job started');
      try {
        await spec.handler({ job, signal: controller.signal, owner: this.owner });
        await finishJob(this.options.db, job, this.owner, 'done');
        log.debug('job done');
      } catch (err) {
        if (controller.signal.aborted && controller.signal.reason instanceof ShutdownAbort) {
          await releaseJob(this.options.db, job, this.owner);
          log.info('job released for shutdown');
        } else if (controller.signal.aborted) {
          log.warn({ err }, 'job stopped: its lease was lost');
        } else if (job.attempts < maxAttempts) {
          const delay = (this.options.retryBaseMs ?? 1000) * 2 ** (job.attempts - 1);
          log.warn({ err, attempt: job.attempts, retryInMs: delay }, 'job attempt failed; retrying');
          await retryJob(this.options.db, job, this.owner, delay, err instanceof Error ? err.message : String(err));
          // Claimable once the delay has passed: look then rather than at the next poll.
          setTimeout(() => this.poke(), delay + 5).unref();
        } else {
          log.error({ err, attempts: job.attempts }, 'job failed for good');
          await spec.onGiveUp?.(job);
          await finishJob(this.options.db, job, this.owner, 'failed', err instanceof Error ? err.message : String(err));
        }
      }
    };
    const p = run()
      .catch((err) => log.error({ err }, 'job bookkeeping failed'))
      .finally(() => {
        clearInterval(renew);
        this.runningIds.delete(job.id);
        this.controllers.delete(controller);
        this.running.set(job.kind, (this.running.get(job.kind) ?? 1) - 1);
        this.inFlight.delete(p);
        this.poke();
      });
    this.inFlight.add(p);
  }
}
