/** Solutions: a recipe plus its training configuration, in a dataset group. */
import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { InvalidInput, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkName, optionalString } from '../common/names.ts';
import { DAY_MS, FIRST_AUTO_TRAINING_DELAY_MS, scheduleAutoTraining, unscheduleAutoTraining } from '../training/auto-training-schedule.ts';
import type { Recipe } from '../training/recipes/recipe.ts';
import { findRecipe } from '../training/recipes/registry.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { requireDatasetGroup } from './dataset-groups.ts';
import { isUniqueViolation } from './db-errors.ts';
import type { RowLock } from './locks.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { recipeArn, requireRecipe } from './recipes.ts';
import { checkEventsConfig, checkSchedule, checkSolutionConfig, type EventsConfigInput, type SolutionConfigInput } from './solution-config.ts';
import { DELETABLE, Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

export type SolutionRow = typeof t.solutions.$inferSelect;
export type SolutionVersionRow = typeof t.solutionVersions.$inferSelect;

export interface SolutionRecord extends SolutionRow {
  datasetGroupArn: string;
  recipeArn: string;
  latestVersion?: SolutionVersionRow;
}

export interface CreateSolutionInput {
  name?: string;
  performHpo?: boolean;
  performAutoMl?: boolean;
  performAutoTraining?: boolean | null;
  performIncrementalUpdate?: boolean;
  recipeArn?: string;
  datasetGroupArn?: string;
  eventType?: string;
  solutionConfig?: SolutionConfigInput | null;
  tags?: TagInput[];
}

export interface UpdateSolutionInput {
  solutionArn?: string;
  performAutoTraining?: boolean | null;
  performIncrementalUpdate?: boolean | null;
  solutionUpdateConfig?: { autoTrainingConfig?: { schedulingExpression?: string } | null; eventsConfig?: EventsConfigInput | null } | null;
}

export const SOLUTION_JOBS = { create: 'solution.create', delete: 'solution.delete' } as const;

/** Version statuses during which a version is being trained. */
export const TRAINING_STATUSES: readonly string[] = [Status.CreatePending, Status.CreateInProgress, Status.CreateStopping];

/** The recipe a stored solution uses (recipes are built in, so it always exists). */
export function recipeOf(row: { recipe: string }): Recipe {
  const recipe = findRecipe(row.recipe);
  if (!recipe) throw new Error(`recipe ${row.recipe} is not built in`);
  return recipe;
}

/** Checks (locking it FOR SHARE) that the group has an ACTIVE Interactions dataset to train on. */
export async function requireActiveInteractions(tx: Db, groupId: number, groupArn: string): Promise<void> {
  const [interactions] = await tx
    .select({ arn: t.datasets.arn, status: t.datasets.status })
    .from(t.datasets)
    .where(and(eq(t.datasets.datasetGroupId, groupId), eq(t.datasets.datasetType, 'Interactions')))
    .for('share');
  if (!interactions) throw new ResourceInUse(`dataset group ${groupArn} has no Interactions dataset; a solution needs one to train on`);
  if (interactions.status !== Status.Active) {
    throw new ResourceInUse(`Interactions dataset ${interactions.arn} is ${interactions.status}; training needs it ACTIVE`);
  }
}

/** Loads a solution by ARN or throws ResourceNotFound. */
export async function requireSolution(db: Db, arn: string, field = 'solution_arn', lock?: RowLock): Promise<SolutionRecord> {
  checkArn(field, arn, 'solution');
  const query = db
    .select({ s: t.solutions, groupArn: t.datasetGroups.arn })
    .from(t.solutions)
    .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.solutions.datasetGroupId))
    .where(eq(t.solutions.arn, arn))
    .limit(1);
  const [row] = lock ? await query.for(lock, { of: t.solutions }) : await query;
  if (!row) throw new ResourceNotFound('solution', arn, `${field}: solution ${arn} does not exist`);
  return { ...row.s, datasetGroupArn: row.groupArn, recipeArn: recipeArn(row.s.recipe) };
}

export class Solutions {
  constructor(private readonly ctx: ControlContext) {}

  /** Creates a solution; it becomes ACTIVE shortly (a job). */
  async create(input: CreateSolutionInput): Promise<string> {
    const name = checkName('name', input.name);
    if (input.performAutoMl) throw new InvalidInput('perform_auto_ml', 'AutoML is not supported: choose a recipe with recipe_arn');
    if (input.performIncrementalUpdate) throw new InvalidInput('perform_incremental_update', 'is only for aws-semantic-similarity, which Attune does not offer');
    const recipe = requireRecipe(input.recipeArn);
    const eventType = optionalString('event_type', input.eventType);
    const performHpo = input.performHpo ?? false;
    // On unless turned off, as in Personalize: the first automatic training comes within the hour.
    const performAutoTraining = input.performAutoTraining ?? true;
    const checked = checkSolutionConfig(recipe, performHpo, performAutoTraining, input.solutionConfig, eventType);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    const arn = makeArn(this.ctx.scope, 'solution', name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const group = await requireDatasetGroup(tx, input.datasetGroupArn ?? '', 'dataset_group_arn', 'share');
        if (group.status !== Status.Active) {
          throw new ResourceInUse(`dataset group ${group.arn} is ${group.status}; solutions can be added once it is ACTIVE`);
        }
        await requireActiveInteractions(tx, group.id, group.arn);
        const [byName] = await tx.select({ id: t.solutions.id }).from(t.solutions).where(eq(t.solutions.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`a solution named "${name}" already exists`);
        const [created] = await tx
          .insert(t.solutions)
          .values({
            arn,
            name,
            datasetGroupId: group.id,
            recipe: recipe.name,
            eventType: eventType ?? null,
            performHpo,
            performAutoTraining,
            config: checked.stored,
            status: Status.CreatePending,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: t.solutions.id });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, SOLUTION_JOBS.create, arn);
        if (performAutoTraining) await scheduleAutoTraining(tx, { id: created!.id, arn }, new Date(now.getTime() + FIRST_AUTO_TRAINING_DELAY_MS));
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a solution named "${name}" already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return arn;
  }

  /** Describes a solution with its latest version. */
  async describe(arn: string | undefined): Promise<SolutionRecord> {
    const db = this.ctx.database.db;
    const s = await requireSolution(db, arn ?? '');
    const [latest] = await db.select().from(t.solutionVersions).where(eq(t.solutionVersions.solutionId, s.id)).orderBy(desc(t.solutionVersions.id)).limit(1);
    return latest ? { ...s, latestVersion: latest } : s;
  }

  /** Lists solutions, optionally of one dataset group. */
  async list(groupArn: string | undefined, page: PageRequest): Promise<Page<SolutionRecord>> {
    const db = this.ctx.database.db;
    const group = groupArn ? await requireDatasetGroup(db, groupArn) : undefined;
    return paginate(this.ctx.tokens, `ListSolutions:${groupArn ?? ''}`, page, async (after, limit) =>
      (
        await db
          .select({ s: t.solutions, groupArn: t.datasetGroups.arn })
          .from(t.solutions)
          .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.solutions.datasetGroupId))
          .where(and(gt(t.solutions.id, after), group ? eq(t.solutions.datasetGroupId, group.id) : undefined))
          .orderBy(asc(t.solutions.id))
          .limit(limit)
      ).map((r) => ({ ...r.s, datasetGroupArn: r.groupArn, recipeArn: recipeArn(r.s.recipe) })),
    );
  }

  /**
   * Changes automatic training (the switch, the schedule) or events_config; versions trained
   * later use the change. Turning automatic training on schedules the first one within the hour;
   * a shorter period brings the next one forward to at most one period from now.
   */
  async update(input: UpdateSolutionInput): Promise<string> {
    const db = this.ctx.database.db;
    const arn = input.solutionArn ?? '';
    if (input.performIncrementalUpdate) throw new InvalidInput('perform_incremental_update', 'is only for aws-semantic-similarity, which Attune does not offer');
    const cfg = input.solutionUpdateConfig ?? {};
    const events = cfg.eventsConfig?.eventParametersList ?? [];
    const checkedEvents = events.length > 0 ? checkEventsConfig(events, 'solution_update_config.events_config.event_parameters_list') : undefined;
    const schedule = cfg.autoTrainingConfig?.schedulingExpression;
    const days = schedule ? checkSchedule(schedule, 'solution_update_config.auto_training_config.scheduling_expression') : undefined;
    await db.transaction(async (tx) => {
      const s = await requireSolution(tx, arn, 'solution_arn', 'update');
      if (s.status !== Status.Active) throw new ResourceInUse(`solution ${s.arn} is ${s.status}; it can be updated when ACTIVE`);
      const performAutoTraining = input.performAutoTraining ?? s.performAutoTraining;
      if (schedule && !performAutoTraining) {
        throw new InvalidInput('solution_update_config.auto_training_config', 'is only used with perform_auto_training true');
      }
      if (checkedEvents && s.eventType) {
        throw new InvalidInput('solution_update_config.events_config', `cannot be combined with the solution's event_type "${s.eventType}"`);
      }
      const config = { ...(s.config as SolutionConfigInput) };
      if (checkedEvents) config.eventsConfig = { eventParametersList: checkedEvents };
      if (schedule) config.autoTrainingConfig = { schedulingExpression: schedule };
      const now = new Date();
      if (performAutoTraining && (!s.performAutoTraining || !s.nextAutoTrainingAt)) {
        await scheduleAutoTraining(tx, s, new Date(now.getTime() + FIRST_AUTO_TRAINING_DELAY_MS));
      } else if (!performAutoTraining && s.performAutoTraining) {
        await unscheduleAutoTraining(tx, s);
      } else if (performAutoTraining && days !== undefined && s.nextAutoTrainingAt && s.nextAutoTrainingAt.getTime() > now.getTime() + days * DAY_MS) {
        await scheduleAutoTraining(tx, s, new Date(now.getTime() + days * DAY_MS));
      }
      const solutionUpdateConfig = {
        ...(schedule ? { autoTrainingConfig: { schedulingExpression: schedule } } : {}),
        ...(checkedEvents ? { eventsConfig: { eventParametersList: checkedEvents } } : {}),
      };
      const latestUpdate = {
        solutionUpdateConfig,
        status: Status.Active,
        performAutoTraining,
        performIncrementalUpdate: false,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await tx.update(t.solutions).set({ config, performAutoTraining, latestUpdate, updatedAt: now }).where(eq(t.solutions.id, s.id));
    });
    return arn;
  }

  /** Deletes a solution and its versions; refused while a version is training or a campaign exists. */
  async delete(arn: string | undefined): Promise<void> {
    await this.ctx.database.db.transaction(async (tx) => {
      const s = await requireSolution(tx, arn ?? '', 'solution_arn', 'update');
      if (!DELETABLE.includes(s.status)) {
        throw new ResourceInUse(`solution ${s.arn} is ${s.status}; it can be deleted when ACTIVE or CREATE FAILED`);
      }
      const [busy] = await tx
        .select({ arn: t.solutionVersions.arn, status: t.solutionVersions.status })
        .from(t.solutionVersions)
        .where(and(eq(t.solutionVersions.solutionId, s.id), inArray(t.solutionVersions.status, TRAINING_STATUSES)))
        .limit(1);
      if (busy) {
        throw new ResourceInUse(`solution ${s.arn} has version ${busy.arn} in ${busy.status}; stop it or wait for it to finish before deleting the solution`);
      }
      const [campaign] = await tx.select({ arn: t.campaigns.arn }).from(t.campaigns).where(eq(t.campaigns.solutionId, s.id)).limit(1);
      if (campaign) throw new ResourceInUse(`solution ${s.arn} still has campaign ${campaign.arn}; delete its campaigns first`);
      const [batch] = await tx
        .select({ arn: t.batchJobs.arn, status: t.batchJobs.status })
        .from(t.batchJobs)
        .innerJoin(t.solutionVersions, eq(t.solutionVersions.id, t.batchJobs.solutionVersionId))
        .where(and(eq(t.solutionVersions.solutionId, s.id), inArray(t.batchJobs.status, ['PENDING', 'IN PROGRESS'])))
        .limit(1);
      if (batch) throw new ResourceInUse(`solution ${s.arn} has batch job ${batch.arn} in ${batch.status}; wait for it to finish before deleting the solution`);
      await tx.update(t.solutions).set({ status: Status.DeletePending, updatedAt: new Date() }).where(eq(t.solutions.id, s.id));
      await unscheduleAutoTraining(tx, s);
      await this.ctx.jobs.enqueue(tx, SOLUTION_JOBS.delete, s.arn);
    });
    this.ctx.jobs.poke();
  }
}
