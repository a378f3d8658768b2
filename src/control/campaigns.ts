/**
 * Campaigns: a solution version deployed for real-time recommendations. Create, update and
 * delete record the request and queue a job (src/control/campaign-jobs.ts) that asks the
 * process's CampaignDeployer to load or unload the servable; the campaign (or its update)
 * turns ACTIVE only once the deployer has it taking traffic.
 */
import { and, asc, count, desc, eq, gt, notInArray } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { InvalidInput, LimitExceeded, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkName } from '../common/names.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import { type CampaignConfig, type CampaignConfigInput, checkCampaignConfig } from './campaign-config.ts';
import type { ControlContext, DeployTarget } from './context.ts';
import { isUniqueViolation } from './db-errors.ts';
import type { RowLock } from './locks.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { requireSolutionVersion } from './solution-versions.ts';
import { requireSolution } from './solutions.ts';
import { DELETABLE, Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

export type { CampaignConfig } from './campaign-config.ts';

/** The latest UpdateCampaign: what it deploys, and how far it got. */
export interface CampaignUpdate {
  /** As the client asked: a version ARN or `<solution arn>/$LATEST`. */
  requestedSolutionVersionArn: string;
  /** The version it deploys (resolved; never `$LATEST`). */
  deployedSolutionVersionArn: string;
  solutionVersionId: number;
  minProvisionedTps: number;
  config: CampaignConfig;
  /** CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED. */
  status: string;
  failureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A campaign with what it deploys resolved. */
export interface CampaignRecord {
  id: number;
  arn: string;
  name: string;
  status: string;
  failureReason: string | null;
  /** As the client asked: a version ARN or `<solution arn>/$LATEST`. */
  requestedSolutionVersionArn: string;
  /** The version the campaign serves, or deploys while CREATE PENDING or IN_PROGRESS (never `$LATEST`). */
  deployedSolutionVersionArn: string;
  solutionVersionId: number;
  solutionId: number;
  solutionArn: string;
  datasetGroupId: number;
  datasetGroupArn: string;
  /** The recipe's name, e.g. `aws-user-personalization`. */
  recipe: string;
  /** Recorded only: a self-hosted server reserves no capacity. */
  minProvisionedTps: number;
  config: CampaignConfig;
  latestUpdate?: CampaignUpdate;
  createdAt: Date;
  updatedAt: Date;
}

export interface CreateCampaignInput {
  name?: string;
  solutionVersionArn?: string;
  minProvisionedTps?: number | null;
  campaignConfig?: CampaignConfigInput | null;
  tags?: TagInput[];
}

export interface UpdateCampaignInput {
  campaignArn?: string;
  solutionVersionArn?: string;
  minProvisionedTps?: number | null;
  campaignConfig?: CampaignConfigInput | null;
}

/** Job kinds this module queues. */
export const CAMPAIGN_JOBS = { deploy: 'campaign.deploy', update: 'campaign.update', delete: 'campaign.delete' } as const;

/** Statuses of a campaign update that has not finished. */
export const UPDATE_RUNNING: readonly string[] = [Status.CreatePending, Status.CreateInProgress];

const LATEST = '/$LATEST';

/** The latest_update column: a CampaignUpdate with its times as ISO strings. */
export type StoredCampaignUpdate = Omit<CampaignUpdate, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

function selectCampaigns(db: Db) {
  return db
    .select({
      c: t.campaigns,
      versionArn: t.solutionVersions.arn,
      solutionArn: t.solutions.arn,
      recipe: t.solutions.recipe,
      groupId: t.datasetGroups.id,
      groupArn: t.datasetGroups.arn,
    })
    .from(t.campaigns)
    .innerJoin(t.solutionVersions, eq(t.solutionVersions.id, t.campaigns.solutionVersionId))
    .innerJoin(t.solutions, eq(t.solutions.id, t.campaigns.solutionId))
    .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.solutions.datasetGroupId));
}

interface JoinedRow {
  c: typeof t.campaigns.$inferSelect;
  versionArn: string;
  solutionArn: string;
  recipe: string;
  groupId: number;
  groupArn: string;
}

function toRecord(row: JoinedRow): CampaignRecord {
  const c = row.c;
  const stored = c.latestUpdate as StoredCampaignUpdate | null;
  const record: CampaignRecord = {
    id: c.id,
    arn: c.arn,
    name: c.name,
    status: c.status,
    failureReason: c.failureReason,
    requestedSolutionVersionArn: c.requestedSolutionVersionArn,
    deployedSolutionVersionArn: row.versionArn,
    solutionVersionId: c.solutionVersionId,
    solutionId: c.solutionId,
    solutionArn: row.solutionArn,
    datasetGroupId: row.groupId,
    datasetGroupArn: row.groupArn,
    recipe: row.recipe,
    minProvisionedTps: c.minProvisionedTps,
    config: c.config as CampaignConfig,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
  if (stored) record.latestUpdate = { ...stored, createdAt: new Date(stored.createdAt), updatedAt: new Date(stored.updatedAt) };
  return record;
}

/** Loads a campaign by ARN or throws ResourceNotFound; `lock` locks its row for the caller's transaction. */
export async function requireCampaign(db: Db, arn: string, field = 'campaign_arn', lock?: RowLock): Promise<CampaignRecord> {
  checkArn(field, arn, 'campaign');
  const query = selectCampaigns(db).where(eq(t.campaigns.arn, arn)).limit(1);
  const [row] = lock ? await query.for(lock, { of: t.campaigns }) : await query;
  if (!row) throw new ResourceNotFound('campaign', arn, `${field}: campaign ${arn} does not exist`);
  return toRecord(row);
}

/** Every ACTIVE campaign (those with an update running included, on the version they serve now), oldest first. */
export async function listActiveCampaigns(db: Db): Promise<CampaignRecord[]> {
  const rows = await selectCampaigns(db).where(eq(t.campaigns.status, Status.Active)).orderBy(asc(t.campaigns.id));
  return rows.map(toRecord);
}

/** What deploying the campaign as it stands means for the deployer. */
export function deployTargetOf(c: CampaignRecord): DeployTarget {
  return { campaignArn: c.arn, solutionVersionArn: c.deployedSolutionVersionArn, datasetGroupArn: c.datasetGroupArn, recipe: c.recipe, config: c.config };
}

/** A resolved solution_version_arn: the version to deploy and its (locked) solution. */
interface Resolved {
  versionId: number;
  versionArn: string;
  solutionId: number;
  solutionArn: string;
  recipe: string;
}

/**
 * Resolves a requested version (or `<solution arn>/$LATEST`, the newest ACTIVE version) and
 * takes its solution FOR SHARE, so that DeleteSolution waits and then sees the campaign.
 */
async function resolveVersion(tx: Db, requested: string, field: string): Promise<Resolved> {
  let solutionArn: string;
  let version: { id: number; arn: string; status: string } | undefined;
  if (requested.endsWith(LATEST)) {
    solutionArn = requested.slice(0, -LATEST.length);
  } else {
    const found = await requireSolutionVersion(tx, requested, field);
    version = found;
    solutionArn = found.solutionArn;
  }
  const solution = await requireSolution(tx, solutionArn, field, 'share');
  if (solution.status !== Status.Active) throw new ResourceInUse(`solution ${solution.arn} is ${solution.status}; campaigns need it ACTIVE`);
  if (!version) {
    [version] = await tx
      .select({ id: t.solutionVersions.id, arn: t.solutionVersions.arn, status: t.solutionVersions.status })
      .from(t.solutionVersions)
      .where(and(eq(t.solutionVersions.solutionId, solution.id), eq(t.solutionVersions.status, Status.Active)))
      .orderBy(desc(t.solutionVersions.id))
      .limit(1);
    if (!version) throw new ResourceInUse(`solution ${solution.arn} has no ACTIVE version for $LATEST to deploy`);
  }
  if (version.status !== Status.Active) {
    throw new ResourceInUse(`solution version ${version.arn} is ${version.status}; a campaign can deploy it once it is ACTIVE`);
  }
  return { versionId: version.id, versionArn: version.arn, solutionId: solution.id, solutionArn: solution.arn, recipe: solution.recipe };
}

/** `$LATEST` and sync_with_latest_solution_version come together (Personalize's rule). */
function checkSync(requested: string, config: CampaignConfig): void {
  const latest = requested.endsWith(LATEST);
  if (latest && !config.syncWithLatestSolutionVersion) {
    throw new InvalidInput('campaign_config.sync_with_latest_solution_version', 'must be true when solution_version_arn is <solution arn>/$LATEST');
  }
  if (!latest && config.syncWithLatestSolutionVersion) {
    throw new InvalidInput('solution_version_arn', 'must be <solution arn>/$LATEST when campaign_config.sync_with_latest_solution_version is true');
  }
}

/** min_provisioned_tps: a whole number from 1 (recorded only; nothing is reserved). */
function checkMinTps(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new InvalidInput('min_provisioned_tps', `must be a whole number of at least 1 (got ${value})`);
  return value;
}

export class Campaigns {
  constructor(private readonly ctx: ControlContext) {}

  /** Creates a campaign in CREATE PENDING; a job deploys it and makes it ACTIVE (or CREATE FAILED). */
  async create(input: CreateCampaignInput): Promise<string> {
    const name = checkName('name', input.name);
    const requested = checkArn('solution_version_arn', input.solutionVersionArn, 'solution');
    const minProvisionedTps = checkMinTps(input.minProvisionedTps ?? 1);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    const arn = makeArn(this.ctx.scope, 'campaign', name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const target = await resolveVersion(tx, requested, 'solution_version_arn');
        const config = checkCampaignConfig(target.recipe, input.campaignConfig);
        checkSync(requested, config);
        const [byName] = await tx.select({ id: t.campaigns.id }).from(t.campaigns).where(eq(t.campaigns.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`a campaign named "${name}" already exists`);
        const [{ n } = { n: 0 }] = await tx
          .select({ n: count() })
          .from(t.campaigns)
          .where(notInArray(t.campaigns.status, [Status.DeletePending, Status.DeleteInProgress]));
        if (n >= this.ctx.limits.campaigns) throw new LimitExceeded(`at most ${this.ctx.limits.campaigns} campaigns may exist`);
        await tx.insert(t.campaigns).values({
          arn,
          name,
          solutionId: target.solutionId,
          requestedSolutionVersionArn: requested,
          solutionVersionId: target.versionId,
          minProvisionedTps,
          config,
          status: Status.CreatePending,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, CAMPAIGN_JOBS.deploy, arn);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a campaign named "${name}" already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return arn;
  }

  /** Describes one campaign with its latest update. */
  async describe(arn: string | undefined): Promise<CampaignRecord> {
    return requireCampaign(this.ctx.database.db, arn ?? '');
  }

  /** Lists campaigns, optionally of one solution, oldest first. */
  async list(solutionArn: string | undefined, page: PageRequest): Promise<Page<CampaignRecord>> {
    const db = this.ctx.database.db;
    const solution = solutionArn ? await requireSolution(db, solutionArn) : undefined;
    return paginate(this.ctx.tokens, `ListCampaigns:${solutionArn ?? ''}`, page, async (after, limit) =>
      (
        await selectCampaigns(db)
          .where(and(gt(t.campaigns.id, after), solution ? eq(t.campaigns.solutionId, solution.id) : undefined))
          .orderBy(asc(t.campaigns.id))
          .limit(limit)
      ).map(toRecord),
    );
  }

  /**
   * Records an update (new version, capacity or configuration) and queues its deploy. The
   * campaign keeps serving what it serves until the update is ACTIVE; a failed update leaves
   * it as it was.
   */
  async update(input: UpdateCampaignInput): Promise<string> {
    const arn = input.campaignArn ?? '';
    const minProvisionedTps = input.minProvisionedTps == null ? undefined : checkMinTps(input.minProvisionedTps);
    const requestedInput = input.solutionVersionArn ? checkArn('solution_version_arn', input.solutionVersionArn, 'solution') : undefined;
    await this.ctx.database.db.transaction(async (tx) => {
      const c = await requireCampaign(tx, arn, 'campaign_arn', 'update');
      if (c.status !== Status.Active && c.status !== Status.CreateFailed) {
        throw new ResourceInUse(`campaign ${c.arn} is ${c.status}; it can be updated when ACTIVE or CREATE FAILED`);
      }
      if (c.latestUpdate && UPDATE_RUNNING.includes(c.latestUpdate.status)) {
        throw new ResourceInUse(`campaign ${c.arn} has an update in ${c.latestUpdate.status}; wait for it to finish`);
      }
      const requested = requestedInput ?? c.requestedSolutionVersionArn;
      const target = await resolveVersion(tx, requested, 'solution_version_arn');
      if (target.solutionId !== c.solutionId) {
        throw new InvalidInput('solution_version_arn', `must be a version of the campaign's solution ${c.solutionArn} (got one of ${target.solutionArn})`);
      }
      const config = input.campaignConfig ? checkCampaignConfig(c.recipe, input.campaignConfig) : c.config;
      checkSync(requested, config);
      const now = new Date().toISOString();
      const update: StoredCampaignUpdate = {
        requestedSolutionVersionArn: requested,
        deployedSolutionVersionArn: target.versionArn,
        solutionVersionId: target.versionId,
        minProvisionedTps: minProvisionedTps ?? c.minProvisionedTps,
        config,
        status: Status.CreatePending,
        failureReason: null,
        createdAt: now,
        updatedAt: now,
      };
      await tx.update(t.campaigns).set({ latestUpdate: update, updatedAt: new Date(now) }).where(eq(t.campaigns.id, c.id));
      await this.ctx.jobs.enqueue(tx, CAMPAIGN_JOBS.update, c.arn);
    });
    this.ctx.jobs.poke();
    return arn;
  }

  /**
   * Moves every campaign that follows `solutionArn`'s latest version (sync_with_latest_solution_version)
   * to it, through an update like UpdateCampaign's. A campaign that is busy (creating, updating,
   * deleting) is left alone and logged; it resolves $LATEST again at its next update.
   */
  async followLatest(solutionArn: string): Promise<string[]> {
    const rows = await selectCampaigns(this.ctx.database.db).where(eq(t.solutions.arn, solutionArn));
    const [newest] = await this.ctx.database.db
      .select({ arn: t.solutionVersions.arn })
      .from(t.solutionVersions)
      .innerJoin(t.solutions, eq(t.solutions.id, t.solutionVersions.solutionId))
      .where(and(eq(t.solutions.arn, solutionArn), eq(t.solutionVersions.status, Status.Active)))
      .orderBy(desc(t.solutionVersions.id))
      .limit(1);
    // A campaign already on the newest version stays as it is (a retried training job calls this again).
    const following = rows
      .map(toRecord)
      .filter((c) => c.config.syncWithLatestSolutionVersion && c.status === Status.Active && c.deployedSolutionVersionArn !== newest?.arn);
    const moved: string[] = [];
    for (const c of following) {
      try {
        await this.update({ campaignArn: c.arn });
        moved.push(c.arn);
      } catch (err) {
        if (!(err instanceof ResourceInUse)) throw err;
        this.ctx.logger.warn({ campaignArn: c.arn, reason: err.message }, 'campaign does not follow the new version now');
      }
    }
    return moved;
  }

  /** Marks a campaign DELETE PENDING; a job stops serving it and removes it. Refused while it deploys. */
  async delete(arn: string | undefined): Promise<void> {
    await this.ctx.database.db.transaction(async (tx) => {
      const c = await requireCampaign(tx, arn ?? '', 'campaign_arn', 'update');
      if (!DELETABLE.includes(c.status)) {
        throw new ResourceInUse(`campaign ${c.arn} is ${c.status}; it can be deleted when ACTIVE or CREATE FAILED`);
      }
      if (c.latestUpdate && UPDATE_RUNNING.includes(c.latestUpdate.status)) {
        throw new ResourceInUse(`campaign ${c.arn} has an update in ${c.latestUpdate.status}; wait for it to finish before deleting the campaign`);
      }
      await tx.update(t.campaigns).set({ status: Status.DeletePending, updatedAt: new Date() }).where(eq(t.campaigns.id, c.id));
      await this.ctx.jobs.enqueue(tx, CAMPAIGN_JOBS.delete, c.arn);
    });
    this.ctx.jobs.poke();
  }
}
