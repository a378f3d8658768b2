/**
 * The schedule of automatic training. A solution with perform_auto_training has its next due
 * time in `solutions.next_auto_training_at` and exactly one pending job of kind AUTO_TRAIN_JOB,
 * claimable from that time (the durable queue's `run_after`). The job
 * (src/training/auto-training.ts) claims the due time, trains or skips, and schedules the next.
 * These helpers run inside the caller's transaction, so a schedule and its job change together.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';

/** The job kind of a solution's scheduled automatic training. */
export const AUTO_TRAIN_JOB = 'solution.auto-train';

/** The first automatic training comes this long after the solution is created or the switch is turned on (Personalize: within the hour). */
export const FIRST_AUTO_TRAINING_DELAY_MS = 3_600_000;

export const DAY_MS = 86_400_000;

/** A solution as the schedule needs it. */
export interface ScheduledSolution {
  id: number;
  arn: string;
}

/** Sets the solution's next automatic training to `at` and replaces its pending job with one due then. */
export async function scheduleAutoTraining(tx: Db, solution: ScheduledSolution, at: Date): Promise<void> {
  await tx.update(t.solutions).set({ nextAutoTrainingAt: at }).where(eq(t.solutions.id, solution.id));
  await dropPendingJobs(tx, solution.arn);
  const now = new Date();
  await tx.insert(t.jobs).values({ kind: AUTO_TRAIN_JOB, resourceArn: solution.arn, state: 'pending', runAfter: at, createdAt: now, updatedAt: now });
}

/** Turns the solution's automatic training off: no next time, no pending job. */
export async function unscheduleAutoTraining(tx: Db, solution: ScheduledSolution): Promise<void> {
  await tx.update(t.solutions).set({ nextAutoTrainingAt: null }).where(eq(t.solutions.id, solution.id));
  await dropPendingJobs(tx, solution.arn);
}

/** The first time after `now` on the schedule that has `due` as one of its times and a period of `days`. */
export function nextDueAfter(due: Date, days: number, now: Date): Date {
  const period = days * DAY_MS;
  const missed = Math.max(0, Math.floor((now.getTime() - due.getTime()) / period));
  return new Date(due.getTime() + (missed + 1) * period);
}

async function dropPendingJobs(tx: Db, solutionArn: string): Promise<void> {
  await tx.delete(t.jobs).where(and(eq(t.jobs.kind, AUTO_TRAIN_JOB), eq(t.jobs.resourceArn, solutionArn), eq(t.jobs.state, 'pending')));
}
