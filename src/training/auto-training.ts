/**
 * Automatic training (Personalize's performAutoTraining): the job that runs when a solution's
 * automatic training is due. In one transaction it claims the due time with a conditional
 * UPDATE (of any number of processes running the job for the same due time, one claims it),
 * decides whether to train, creates the AUTOTRAIN version and queues its training, and
 * schedules the next run one period after the due time (the schedule keeps its anchor).
 * A process that dies mid-way rolls the transaction back; the job's lease runs out and
 * another process runs it again.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Logger } from '../common/logger.ts';
import { autoTrainingDays, type SolutionConfigInput } from '../control/solution-config.ts';
import { TRAIN_JOB } from '../control/solution-versions.ts';
import { TRAINING_STATUSES } from '../control/solutions.ts';
import { Status } from '../control/status.ts';
import { enqueueJob, rowsOf } from '../jobs/queue.ts';
import type { Database, Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import { FIRST_AUTO_TRAINING_DELAY_MS, nextDueAfter, scheduleAutoTraining } from './auto-training-schedule.ts';

/** What the automatic-training job needs. */
export interface AutoTrainingEnv {
  database: Database;
  logger: Logger;
  /** Wakes the job runner (a training was queued). */
  poke: () => void;
}

/** What one run of the job did. */
export type AutoTrainingOutcome =
  | { outcome: 'trained'; solutionVersionArn: string; next: Date }
  | { outcome: 'skipped'; reason: string; next: Date }
  | { outcome: 'not due' }
  | { outcome: 'off' };

type SolutionRow = typeof t.solutions.$inferSelect;

/** Runs a solution's automatic training if it is due now; schedules the next one. */
export async function runAutoTraining(env: AutoTrainingEnv, solutionArn: string): Promise<AutoTrainingOutcome> {
  const result = await env.database.db.transaction(async (tx): Promise<AutoTrainingOutcome> => {
    const [s] = await tx.select().from(t.solutions).where(eq(t.solutions.arn, solutionArn));
    if (!s || !s.performAutoTraining || s.status !== Status.Active || !s.nextAutoTrainingAt) return { outcome: 'off' };
    const due = s.nextAutoTrainingAt;
    const next = nextDueAfter(due, autoTrainingDays(s.config as SolutionConfigInput), new Date());
    const claimed = await tx
      .update(t.solutions)
      .set({ nextAutoTrainingAt: next })
      .where(
        and(
          eq(t.solutions.id, s.id),
          eq(t.solutions.nextAutoTrainingAt, due),
          lte(t.solutions.nextAutoTrainingAt, sql`now()`),
          eq(t.solutions.performAutoTraining, true),
          eq(t.solutions.status, Status.Active),
        ),
      )
      .returning({ id: t.solutions.id });
    if (claimed.length === 0) {
      // Not due yet, or another process claimed this due time: keep one job for the schedule as it stands.
      const [current] = await tx.select().from(t.solutions).where(eq(t.solutions.id, s.id));
      if (current?.performAutoTraining && current.status === Status.Active && current.nextAutoTrainingAt) {
        await scheduleAutoTraining(tx, current, current.nextAutoTrainingAt);
      }
      return { outcome: 'not due' };
    }
    const reason = await skipReason(tx, s, due);
    await scheduleAutoTraining(tx, s, next);
    if (reason) return { outcome: 'skipped', reason, next };
    return { outcome: 'trained', solutionVersionArn: await createAutoVersion(tx, s), next };
  });
  if (result.outcome === 'trained') {
    env.poke();
    env.logger.info({ solutionArn, solutionVersionArn: result.solutionVersionArn, next: result.next }, 'automatic training started');
  } else if (result.outcome === 'skipped') {
    env.logger.info({ solutionArn, reason: result.reason, next: result.next }, 'automatic training skipped');
  }
  return result;
}

/** Why this due time does not train, or undefined when it trains. */
async function skipReason(tx: Db, s: SolutionRow, due: Date): Promise<string | undefined> {
  const versions = t.solutionVersions;
  const [busy] = await tx
    .select({ arn: versions.arn })
    .from(versions)
    .where(and(eq(versions.solutionId, s.id), inArray(versions.status, TRAINING_STATUSES)))
    .limit(1);
  if (busy) return `version ${busy.arn} is being trained`;
  const [automatic] = await tx.select({ id: versions.id }).from(versions).where(and(eq(versions.solutionId, s.id), eq(versions.trainingType, 'AUTOMATIC'))).limit(1);
  if (!automatic) {
    const hourBefore = new Date(due.getTime() - FIRST_AUTO_TRAINING_DELAY_MS);
    const [manual] = await tx
      .select({ arn: versions.arn })
      .from(versions)
      .where(and(eq(versions.solutionId, s.id), eq(versions.trainingType, 'MANUAL'), gte(versions.createdAt, hourBefore)))
      .limit(1);
    if (manual) return `version ${manual.arn} was created manually in the hour before the first automatic training`;
  }
  const [dataset] = await tx
    .select({ id: t.datasets.id, status: t.datasets.status })
    .from(t.datasets)
    .where(and(eq(t.datasets.datasetGroupId, s.datasetGroupId), eq(t.datasets.datasetType, 'Interactions')));
  if (dataset?.status !== Status.Active) return 'the dataset group has no ACTIVE Interactions dataset';
  const [last] = await tx
    .select({ arn: versions.arn, mark: versions.interactionsMark, startedAt: versions.trainingStartedAt, createdAt: versions.createdAt })
    .from(versions)
    .where(and(eq(versions.solutionId, s.id), eq(versions.status, Status.Active)))
    .orderBy(desc(versions.id))
    .limit(1);
  if (!last || last.mark === null) return undefined;
  if (await hasNewInteractions(tx, dataset.id, last.mark, last.startedAt ?? last.createdAt)) return undefined;
  return `no new interactions since version ${last.arn} was trained`;
}

/**
 * Whether interactions arrived after a training that read every row up to id `mark` and
 * started at `startedAt`: real-time events past the mark, or a bulk import that committed
 * since (its rows may have lower ids: they were written before they became visible).
 */
async function hasNewInteractions(tx: Db, datasetId: number, mark: number, startedAt: Date): Promise<boolean> {
  const realtime = rowsOf(await tx.execute(sql`select 1 from interactions where dataset_id = ${datasetId} and batch_id = 0 and id > ${mark} limit 1`));
  if (realtime.length > 0) return true;
  const [bulk] = await tx
    .select({ id: t.datasetImportJobs.id })
    .from(t.datasetImportJobs)
    .where(and(eq(t.datasetImportJobs.datasetId, datasetId), eq(t.datasetImportJobs.status, Status.Active), gte(t.datasetImportJobs.updatedAt, startedAt)))
    .limit(1);
  return bulk !== undefined;
}

/** Creates the AUTOTRAIN version of the solution and queues its training; returns its ARN. */
async function createAutoVersion(tx: Db, s: SolutionRow): Promise<string> {
  const id = randomBytes(4).toString('hex');
  const arn = `${s.arn}/${id}`;
  const now = new Date();
  await tx.insert(t.solutionVersions).values({
    arn,
    name: id,
    solutionId: s.id,
    recipe: s.recipe,
    eventType: s.eventType,
    performHpo: s.performHpo,
    config: s.config,
    trainingMode: 'AUTOTRAIN',
    trainingType: 'AUTOMATIC',
    status: Status.CreatePending,
    createdAt: now,
    updatedAt: now,
  });
  await enqueueJob(tx, TRAIN_JOB, arn);
  return arn;
}
