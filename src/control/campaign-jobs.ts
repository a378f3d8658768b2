/**
 * The jobs behind campaigns: deploy a new campaign, deploy an update, undeploy and remove a
 * deleted one. Each asks this process's CampaignDeployer and records the outcome. They are
 * idempotent: a job retried after a crash finds its work done or does it again (deploying the
 * same target twice is harmless). A deployer that throws is a definite answer (the failure
 * reason), not retried; errors of the store are, like every job's.
 *
 * The transaction that changes what a campaign serves (it turns ACTIVE, an update turns ACTIVE,
 * it is removed) notifies CHANNELS.campaigns with its ARN: every runtime process, whichever
 * process ran the job, then loads what the campaign now serves beside what it served and
 * switches (src/serving/manager.ts `refresh`).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { ResourceNotFound } from '../common/errors.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { Db } from '../store/database.ts';
import { CHANNELS, notifyOnCommit } from '../store/notify/notifications.ts';
import * as t from '../store/schema.ts';
import { CAMPAIGN_JOBS, type CampaignRecord, deployTargetOf, requireCampaign, type StoredCampaignUpdate, UPDATE_RUNNING } from './campaigns.ts';
import type { ControlContext, DeployTarget } from './context.ts';
import { Status } from './status.ts';
import { deleteTags } from './tags.ts';

/** The failure reason of a deploy run by a process without a CampaignDeployer. */
export const NO_DEPLOYER = 'this process does not serve campaigns';

const GAVE_UP = 'deploying failed repeatedly (see the server log)';
const CREATING: string[] = [Status.CreatePending, Status.CreateInProgress];

type CampaignChanges = Partial<typeof t.campaigns.$inferInsert>;

/** Registers the campaign jobs with the runner. */
export function registerCampaignJobs(runner: JobRunner, ctx: ControlContext): void {
  const db = ctx.database.db;

  const find = (arn: string): Promise<CampaignRecord | undefined> =>
    requireCampaign(db, arn).catch((err: unknown) => {
      if (err instanceof ResourceNotFound) return undefined;
      throw err;
    });

  /** Deploys; resolves with the failure reason, or undefined once the target takes traffic. */
  const deploy = async (target: DeployTarget): Promise<string | undefined> => {
    if (!ctx.deployer) return NO_DEPLOYER;
    try {
      await ctx.deployer.deploy(target);
      return undefined;
    } catch (err) {
      ctx.logger.warn({ err, campaign: target.campaignArn, version: target.solutionVersionArn }, 'campaign deploy failed');
      return (err instanceof Error ? err.message : String(err)) || 'the campaign could not be loaded';
    }
  };

  const failCreate = async (arn: string, reason: string): Promise<void> => {
    await db
      .update(t.campaigns)
      .set({ status: Status.CreateFailed, failureReason: reason, updatedAt: new Date() })
      .where(and(eq(t.campaigns.arn, arn), inArray(t.campaigns.status, CREATING)));
  };

  /**
   * Moves the latest update (the one created at `createdAt`, if it is still running) on, and
   * changes the campaign with it in the same transaction. Returns false when that update is
   * no longer running.
   */
  /** Tells the runtime processes, when `tx` commits, that the campaign serves something else now. */
  const announce = (tx: Db, arn: string) => notifyOnCommit(tx, CHANNELS.campaigns, arn);

  const advanceUpdate = (arn: string, createdAt: string, patch: Partial<StoredCampaignUpdate>, campaign: CampaignChanges = {}) =>
    db.transaction(async (tx) => {
      const [row] = await tx.select({ id: t.campaigns.id, latestUpdate: t.campaigns.latestUpdate }).from(t.campaigns).where(eq(t.campaigns.arn, arn)).for('update');
      const update = row?.latestUpdate as StoredCampaignUpdate | null | undefined;
      if (!row || !update || update.createdAt !== createdAt || !UPDATE_RUNNING.includes(update.status)) return false;
      const now = new Date();
      await tx
        .update(t.campaigns)
        .set({ ...campaign, latestUpdate: { ...update, ...patch, updatedAt: now.toISOString() }, updatedAt: now })
        .where(eq(t.campaigns.id, row.id));
      if (campaign.status === Status.Active) await announce(tx, arn);
      return true;
    });

  runner.register(CAMPAIGN_JOBS.deploy, {
    concurrency: 4,
    handler: async ({ job }) => {
      const arn = job.resourceArn;
      await db
        .update(t.campaigns)
        .set({ status: Status.CreateInProgress, updatedAt: new Date() })
        .where(and(eq(t.campaigns.arn, arn), inArray(t.campaigns.status, CREATING)));
      const c = await find(arn);
      if (!c || c.status !== Status.CreateInProgress) return;
      const reason = await deploy(deployTargetOf(c));
      if (reason !== undefined) return failCreate(arn, reason);
      await db.transaction(async (tx) => {
        const activated = await tx
          .update(t.campaigns)
          .set({ status: Status.Active, failureReason: null, updatedAt: new Date() })
          .where(and(eq(t.campaigns.arn, arn), eq(t.campaigns.status, Status.CreateInProgress)))
          .returning({ id: t.campaigns.id });
        if (activated.length > 0) await announce(tx, arn);
      });
    },
    onGiveUp: (job) => failCreate(job.resourceArn, GAVE_UP),
  });

  runner.register(CAMPAIGN_JOBS.update, {
    concurrency: 4,
    handler: async ({ job }) => {
      const c = await find(job.resourceArn);
      const u = c?.latestUpdate;
      if (!c || !u || !UPDATE_RUNNING.includes(u.status)) return;
      const key = u.createdAt.toISOString();
      if (!(await advanceUpdate(c.arn, key, { status: Status.CreateInProgress }))) return;
      const target = { campaignArn: c.arn, solutionVersionArn: u.deployedSolutionVersionArn, datasetGroupArn: c.datasetGroupArn, recipe: c.recipe, config: u.config };
      const reason = await deploy(target);
      if (reason !== undefined) {
        // The deployer keeps serving what it served: the campaign stays as it was.
        await advanceUpdate(c.arn, key, { status: Status.CreateFailed, failureReason: reason });
        return;
      }
      await advanceUpdate(
        c.arn,
        key,
        { status: Status.Active },
        {
          requestedSolutionVersionArn: u.requestedSolutionVersionArn,
          solutionVersionId: u.solutionVersionId,
          minProvisionedTps: u.minProvisionedTps,
          config: u.config,
          // An update is how a campaign whose creation failed gets deployed after all.
          status: Status.Active,
          failureReason: null,
        },
      );
    },
    onGiveUp: async (job) => {
      const u = (await find(job.resourceArn))?.latestUpdate;
      if (u) await advanceUpdate(job.resourceArn, u.createdAt.toISOString(), { status: Status.CreateFailed, failureReason: GAVE_UP });
    },
  });

  runner.register(CAMPAIGN_JOBS.delete, {
    concurrency: 4,
    handler: async ({ job }) => {
      const arn = job.resourceArn;
      const [c] = await db
        .select({ id: t.campaigns.id })
        .from(t.campaigns)
        .where(and(eq(t.campaigns.arn, arn), eq(t.campaigns.status, Status.DeletePending)));
      if (!c) return;
      await ctx.deployer?.undeploy(arn);
      await db.transaction(async (tx) => {
        // The row first: a TagResource holding it FOR SHARE finishes before, and its tags go below.
        await tx.delete(t.campaigns).where(eq(t.campaigns.id, c.id));
        await deleteTags(tx, arn);
        await announce(tx, arn);
      });
    },
  });
}
