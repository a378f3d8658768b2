/** The job runner on a real database: retries with backoff, gives up, releases on stop. */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/common/logger.ts';
import { enqueueJob } from '../../src/jobs/queue.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { BACKENDS, useDatabase } from '../helpers/backends.ts';

describe.each(BACKENDS)('job runner on %s', (backend) => {
  const suite = useDatabase(backend);

  const jobState = async (arn: string) =>
    (await suite.database.query<{ state: string; attempts: number }>(`select state, attempts from jobs where resource_arn = $1`, [arn]))[0];

  /** Polls (for up to 10 s) until the job of `arn` is in `state`. */
  const untilState = async (arn: string, state: string) => {
    for (const end = Date.now() + 10_000; (await jobState(arn))?.state !== state && Date.now() < end; ) {
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('retries a failing job with growing delays until it succeeds', async () => {
    const runner = new JobRunner({ db: suite.database.db, logger: silentLogger(), pollMs: 20, retryBaseMs: 50 });
    const times: number[] = [];
    runner.register('test.flaky', {
      concurrency: 1,
      handler: async () => {
        times.push(Date.now());
        if (times.length < 3) throw new Error('not yet');
      },
    });
    await enqueueJob(suite.database.db, 'test.flaky', 'arn:flaky');
    runner.start();
    await untilState('arn:flaky', 'done');
    await runner.stop();
    expect(await jobState('arn:flaky')).toEqual({ state: 'done', attempts: 3 });
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(45);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(95);
  });

  it('wakes for a due retry without waiting for the next poll', async () => {
    // A poll far longer than the test: only the retry's own timer can run the second attempt.
    const runner = new JobRunner({ db: suite.database.db, logger: silentLogger(), pollMs: 600_000, retryBaseMs: 50 });
    let attempts = 0;
    runner.register('test.once', {
      concurrency: 1,
      handler: async () => {
        attempts++;
        if (attempts === 1) throw new Error('not yet');
      },
    });
    await enqueueJob(suite.database.db, 'test.once', 'arn:once');
    runner.start();
    await untilState('arn:once', 'done');
    await runner.stop();
    expect(await jobState('arn:once')).toEqual({ state: 'done', attempts: 2 });
  });

  it('gives a job up after maxAttempts and tells its kind', async () => {
    const runner = new JobRunner({ db: suite.database.db, logger: silentLogger(), pollMs: 20, retryBaseMs: 10 });
    const givenUp: string[] = [];
    runner.register('test.broken', {
      concurrency: 1,
      maxAttempts: 2,
      handler: async () => {
        throw new Error('always');
      },
      onGiveUp: async (job) => {
        givenUp.push(job.resourceArn);
      },
    });
    await enqueueJob(suite.database.db, 'test.broken', 'arn:broken');
    runner.start();
    await untilState('arn:broken', 'failed');
    await runner.stop();
    expect(await jobState('arn:broken')).toEqual({ state: 'failed', attempts: 2 });
    expect(givenUp).toEqual(['arn:broken']);
  });

  it('hands a running job back to the queue when it stops', async () => {
    const runner = new JobRunner({ db: suite.database.db, logger: silentLogger(), pollMs: 20 });
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    runner.register('test.long', {
      concurrency: 1,
      handler: ({ signal }) =>
        new Promise<void>((_, reject) => {
          started();
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    });
    await enqueueJob(suite.database.db, 'test.long', 'arn:long');
    runner.start();
    await running;
    await runner.stop();
    expect(await jobState('arn:long')).toEqual({ state: 'pending', attempts: 0 });
  });
});
