/**
 * Keeping models fresh: the scheduled automatic training, a durable job per solution (see
 * auto-training.ts), run by trainer processes. (New items enter the user-personalization
 * campaigns a process serves through CampaignManager.refreshNewItemsEvery.)
 */
import { eq } from 'drizzle-orm';
import type { Logger } from '../common/logger.ts';
import type { Campaigns } from '../control/campaigns.ts';
import { Status } from '../control/status.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { Database } from '../store/database.ts';
import * as t from '../store/schema.ts';
import { runAutoTraining } from './auto-training.ts';
import { AUTO_TRAIN_JOB, FIRST_AUTO_TRAINING_DELAY_MS, scheduleAutoTraining } from './auto-training-schedule.ts';

/** What refresh needs from its surroundings. */
export interface RefreshEnvironment {
  database: Database;
  campaigns: Campaigns;
  logger: Logger;
  poke: () => void;
}

/** Registers the automatic-training job with the runner. */
export function registerRefreshJobs(runner: JobRunner, env: RefreshEnvironment): void {
  const { database, logger } = env;
  runner.register(AUTO_TRAIN_JOB, {
    concurrency: 2,
    maxAttempts: 5,
    handler: async ({ job }) => {
      await runAutoTraining({ database, logger, poke: env.poke }, job.resourceArn);
    },
    // A schedule must not die with a job that kept failing: try again in an hour.
    onGiveUp: async (job) => {
      await database.db.transaction(async (tx) => {
        const [s] = await tx.select().from(t.solutions).where(eq(t.solutions.arn, job.resourceArn));
        if (s?.performAutoTraining && s.status === Status.Active) await scheduleAutoTraining(tx, s, new Date(Date.now() + FIRST_AUTO_TRAINING_DELAY_MS));
      });
    },
  });
}
