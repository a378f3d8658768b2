/**
 * Batch inference jobs and batch segment jobs: validated up front (the solution version, the
 * filter, the input files and the output folder), then run asynchronously by a durable job
 * (src/batch). Their statuses are Personalize's: PENDING > IN PROGRESS > ACTIVE -or- CREATE FAILED.
 */
import { resolve } from 'node:path';
import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { checkArn, makeArn, parseArn } from '../common/arn.ts';
import { InvalidInput, LimitExceeded, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkName, optionalString } from '../common/names.ts';
import { resolveBatchFiles } from '../batch/files.ts';
import { parseFilterExpression } from '../serving/filters/index.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import { findRecipe } from '../training/recipes/registry.ts';
import { checkCampaignConfig } from './campaign-config.ts';
import type { ControlContext } from './context.ts';
import { isUniqueViolation } from './db-errors.ts';
import { requireFilter } from './filters.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { requireSolutionVersion, type SolutionVersionRecord } from './solution-versions.ts';
import { Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

/** Batch job statuses, exactly as Personalize spells them (they differ from other resources'). */
export const BatchStatus = {
  Pending: 'PENDING',
  InProgress: 'IN PROGRESS',
  Active: 'ACTIVE',
  CreateFailed: 'CREATE FAILED',
} as const;

/** The two kinds of batch job, as stored in batch_jobs.job_type. */
export type BatchJobType = 'inference' | 'segment';

/** The durable job kind that runs both kinds of batch job. */
export const BATCH_JOB_KIND = 'batch-job.run';

/** num_results when the request leaves it unset. */
export const DEFAULT_BATCH_RESULTS = 25;
/** Most items per line of a batch inference job (GetRecommendations' limit). */
export const MAX_INFERENCE_RESULTS = 500;
/** Most users per line of a batch segment job (Personalize's limit). */
export const MAX_SEGMENT_RESULTS = 5_000_000;

/** Recipes a batch inference job cannot use (Personalize: no batch support). */
const NO_BATCH_RECIPES = new Set(['aws-trending-now']);
/** Recipes whose versions serve batch segment jobs (Attune's stand-in for aws-item-affinity). */
export const SEGMENT_RECIPES: readonly string[] = ['aws-user-personalization'];

/** What a batch inference job stores in batch_jobs.config (Personalize's BatchInferenceJobConfig shape). */
export interface StoredBatchConfig {
  itemExplorationConfig?: Record<string, string>;
}

/** A batch job with its solution version's ARN. */
export interface BatchJobRecord {
  id: number;
  arn: string;
  jobType: BatchJobType;
  name: string;
  solutionVersionId: number;
  solutionVersionArn: string;
  filterArn: string | null;
  numResults: number;
  /** The input location and output folder as the request gave them. */
  inputPath: string;
  outputPath: string;
  roleArn: string | null;
  config: StoredBatchConfig;
  mode: string | null;
  status: string;
  failureReason: string | null;
  recordsTotal: number;
  recordsDone: number;
  recordsFailed: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Fields shared by both create requests. */
interface CreateBatchJobCommon {
  jobName?: string;
  solutionVersionArn?: string;
  filterArn?: string;
  numResults?: number;
  inputPath?: string;
  outputPath?: string;
  roleArn?: string;
  tags?: TagInput[];
}

export interface CreateBatchInferenceJobInput extends CreateBatchJobCommon {
  itemExplorationConfig?: Record<string, string> | null;
  rankingInfluence?: Record<string, number> | null;
  /** BATCH_INFERENCE (default) or THEME_GENERATION (refused). */
  mode?: string;
  /** themeGenerationConfig.fieldsForThemeGeneration.itemName, when the request has one. */
  themeItemName?: string;
}

export type CreateBatchSegmentJobInput = CreateBatchJobCommon;

const TYPE_OF_ARN = { inference: 'batch-inference-job', segment: 'batch-segment-job' } as const;
const ARN_FIELD = { inference: 'batch_inference_job_arn', segment: 'batch_segment_job_arn' } as const;
const WHAT = { inference: 'batch inference job', segment: 'batch segment job' } as const;

/** The advisory lock class of the batch job quotas (the second key is the job type). */
const QUOTA_LOCK = 0x4a6f6273; // 'Jobs'

function selectJobs(db: Db) {
  return db
    .select({ j: t.batchJobs, versionArn: t.solutionVersions.arn })
    .from(t.batchJobs)
    .innerJoin(t.solutionVersions, eq(t.solutionVersions.id, t.batchJobs.solutionVersionId));
}

function toRecord(row: { j: typeof t.batchJobs.$inferSelect; versionArn: string }): BatchJobRecord {
  return { ...row.j, jobType: row.j.jobType as BatchJobType, config: (row.j.config ?? {}) as StoredBatchConfig, solutionVersionArn: row.versionArn };
}

/** Loads a batch job of `type` by ARN or throws ResourceNotFound (InvalidInput for a malformed ARN). */
export async function requireBatchJob(db: Db, type: BatchJobType, arn: string | undefined, field: string = ARN_FIELD[type]): Promise<BatchJobRecord> {
  checkArn(field, arn, TYPE_OF_ARN[type]);
  const [row] = await selectJobs(db)
    .where(and(eq(t.batchJobs.arn, arn!), eq(t.batchJobs.jobType, type)))
    .limit(1);
  if (!row) throw new ResourceNotFound(WHAT[type], arn!, `${field}: ${WHAT[type]} ${arn} does not exist`);
  return toRecord(row);
}

/** Loads a batch job by ARN, either kind; undefined when there is none. */
export async function findBatchJob(db: Db, arn: string): Promise<BatchJobRecord | undefined> {
  const [row] = await selectJobs(db).where(eq(t.batchJobs.arn, arn)).limit(1);
  return row ? toRecord(row) : undefined;
}

/** num_results: DEFAULT_BATCH_RESULTS when 0 or unset, else 1 to `max`. */
function checkResults(value: number | undefined, max: number): number {
  if (value === undefined || value === 0) return DEFAULT_BATCH_RESULTS;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new InvalidInput('num_results', `must be between 1 and ${max} (got ${value})`);
  return value;
}

/** The recipe and filter rules of one kind of job, checked against the version inside the create transaction. */
interface KindRules {
  type: BatchJobType;
  filterTarget: 'ItemID' | 'UserID';
  checkVersion(version: SolutionVersionRecord): void;
}

const INFERENCE_RULES: KindRules = {
  type: 'inference',
  filterTarget: 'ItemID',
  checkVersion(v) {
    if (NO_BATCH_RECIPES.has(v.recipe) || !findRecipe(v.recipe)) {
      throw new InvalidInput('solution_version_arn', `solution version ${v.arn} uses ${v.recipe}, which does not support batch inference (as in Personalize); use GetRecommendations on a campaign`);
    }
  },
};

const SEGMENT_RULES: KindRules = {
  type: 'segment',
  filterTarget: 'UserID',
  checkVersion(v) {
    if (!SEGMENT_RECIPES.includes(v.recipe)) {
      throw new InvalidInput(
        'solution_version_arn',
        `batch segment jobs need a version of ${SEGMENT_RECIPES.join(' or ')} (Attune's stand-in for aws-item-affinity); solution version ${v.arn} uses ${v.recipe}`,
      );
    }
  },
};

export class BatchJobs {
  constructor(
    readonly ctx: ControlContext,
    readonly dataRoots: () => string[],
  ) {}

  /** CreateBatchInferenceJob: checks the request, the version, the filter and the files, then queues the job. */
  async createInference(input: CreateBatchInferenceJobInput): Promise<{ arn: string }> {
    const mode = input.mode || 'BATCH_INFERENCE';
    if (mode === 'THEME_GENERATION') {
      throw new InvalidInput('batch_inference_job_mode', 'THEME_GENERATION is not supported (Attune has no content generator); use BATCH_INFERENCE');
    }
    if (mode !== 'BATCH_INFERENCE') throw new InvalidInput('batch_inference_job_mode', `must be BATCH_INFERENCE or THEME_GENERATION (got "${mode}")`);
    if (input.themeItemName) throw new InvalidInput('theme_generation_config', 'is only for THEME_GENERATION jobs, which are not supported');
    const numResults = checkResults(input.numResults, MAX_INFERENCE_RESULTS);
    const exploration = input.itemExplorationConfig ?? {};
    const config: StoredBatchConfig = Object.keys(exploration).length > 0 ? { itemExplorationConfig: { ...exploration } } : {};
    return this.create(INFERENCE_RULES, input, numResults, mode, config, (version) => {
      checkCampaignConfig(version.recipe, { itemExplorationConfig: exploration, rankingInfluence: input.rankingInfluence ?? null }, 'batch_inference_job_config');
    });
  }

  /** CreateBatchSegmentJob: as createInference, for an item-affinity query file. */
  async createSegment(input: CreateBatchSegmentJobInput): Promise<{ arn: string }> {
    const numResults = checkResults(input.numResults, MAX_SEGMENT_RESULTS);
    return this.create(SEGMENT_RULES, input, numResults, null, {}, () => {});
  }

  /** Describes one job of `type`. */
  async describe(type: BatchJobType, arn: string | undefined): Promise<BatchJobRecord> {
    return requireBatchJob(this.ctx.database.db, type, arn);
  }

  /** Lists jobs of `type`, oldest first, optionally of one solution version. */
  async list(type: BatchJobType, solutionVersionArn: string | undefined, page: PageRequest): Promise<Page<BatchJobRecord>> {
    const db = this.ctx.database.db;
    const version = solutionVersionArn ? await requireSolutionVersion(db, solutionVersionArn) : undefined;
    const op = type === 'inference' ? 'ListBatchInferenceJobs' : 'ListBatchSegmentJobs';
    return paginate(this.ctx.tokens, `${op}:${solutionVersionArn ?? ''}`, page, async (after, limit) =>
      (
        await selectJobs(db)
          .where(and(gt(t.batchJobs.id, after), eq(t.batchJobs.jobType, type), version ? eq(t.batchJobs.solutionVersionId, version.id) : undefined))
          .orderBy(asc(t.batchJobs.id))
          .limit(limit)
      ).map(toRecord),
    );
  }

  /**
   * Personalize's quota of jobs of a kind pending or in progress. Creates of a kind count one at a
   * time (a transaction-scoped advisory lock): on PostgreSQL two at once would both see room.
   */
  private async checkQuota(tx: Db, type: BatchJobType): Promise<void> {
    await tx.execute(sql`select pg_advisory_xact_lock(${QUOTA_LOCK}, ${type === 'inference' ? 1 : 2})`);
    const limit = type === 'inference' ? this.ctx.limits.activeBatchInferenceJobs : this.ctx.limits.activeBatchSegmentJobs;
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(t.batchJobs)
      .where(and(eq(t.batchJobs.jobType, type), inArray(t.batchJobs.status, [BatchStatus.Pending, BatchStatus.InProgress])));
    if (n >= limit) throw new LimitExceeded(`at most ${limit} ${WHAT[type]}s may be pending or in progress; wait for one to end`);
  }

  private async create(
    rules: KindRules,
    input: CreateBatchJobCommon,
    numResults: number,
    mode: string | null,
    config: StoredBatchConfig,
    checkConfig: (version: SolutionVersionRecord) => void,
  ): Promise<{ arn: string }> {
    const name = checkName('job_name', input.jobName);
    const roleArn = optionalString('role_arn', input.roleArn, 2048);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    const versionArn = checkArn('solution_version_arn', input.solutionVersionArn, 'solution');
    if (!parseArn(versionArn)!.resourceId.includes('/')) {
      throw new InvalidInput('solution_version_arn', `"${input.solutionVersionArn}" is a solution ARN; give one of its versions (<solution arn>/<version id>)`);
    }
    const filterArn = input.filterArn ? checkArn('filter_arn', input.filterArn, 'filter') : undefined;
    resolveBatchFiles(input.inputPath, input.outputPath, this.dataRoots(), true);
    const arn = makeArn(this.ctx.scope, TYPE_OF_ARN[rules.type], name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const version = await requireSolutionVersion(tx, versionArn, 'solution_version_arn', 'share');
        if (version.status !== Status.Active) {
          throw new ResourceInUse(`solution version ${version.arn} is ${version.status}; ${WHAT[rules.type]}s need an ACTIVE version`);
        }
        // FOR SHARE: a DeleteSolution waits for this create, then sees its job (and refuses while it runs).
        const [solution] = await tx.select({ status: t.solutions.status }).from(t.solutions).where(eq(t.solutions.id, version.solutionId)).for('share');
        if (solution && solution.status !== Status.Active) throw new ResourceInUse(`solution ${version.solutionArn} is ${solution.status}; its versions take no new jobs`);
        rules.checkVersion(version);
        checkConfig(version);
        if (filterArn) await checkFilter(tx, filterArn, version, rules.filterTarget);
        const [byName] = await tx.select({ id: t.batchJobs.id }).from(t.batchJobs).where(eq(t.batchJobs.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`a ${WHAT[rules.type]} named "${name}" already exists`);
        await this.checkQuota(tx, rules.type);
        await tx.insert(t.batchJobs).values({
          arn,
          jobType: rules.type,
          name,
          solutionVersionId: version.id,
          filterArn: filterArn ?? null,
          numResults,
          // Absolute: the job may run in another process (--role trainer) with another working directory.
          inputPath: absoluteLocation(input.inputPath!),
          outputPath: absoluteLocation(input.outputPath!),
          roleArn: roleArn ?? null,
          config,
          mode,
          status: BatchStatus.Pending,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, BATCH_JOB_KIND, arn);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a ${WHAT[rules.type]} named "${name}" already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return { arn };
  }
}

/** The filter must be ACTIVE, of the version's dataset group, and select `target`. */
async function checkFilter(tx: Db, filterArn: string, version: SolutionVersionRecord, target: 'ItemID' | 'UserID'): Promise<void> {
  const filter = await requireFilter(tx, filterArn, 'filter_arn', 'share');
  if (filter.status !== Status.Active) throw new ResourceInUse(`filter ${filter.arn} is ${filter.status}; it can be used once ACTIVE`);
  if (filter.datasetGroupArn !== version.datasetGroupArn) {
    throw new InvalidInput('filter_arn', `filter ${filter.arn} belongs to dataset group ${filter.datasetGroupArn}; the solution version's is ${version.datasetGroupArn}`);
  }
  const selects = parseFilterExpression(filter.expression).statements[0]?.target;
  if (selects !== target) {
    const what = target === 'ItemID' ? 'items (batch inference)' : 'users (batch segments)';
    throw new InvalidInput('filter_arn', `filter ${filter.arn} selects ${selects ?? 'nothing'}; a filter of ${what} must select ${target}`);
  }
}

/** A server path made absolute against this process's working directory (file:// URLs already are). */
function absoluteLocation(location: string): string {
  return location.startsWith('file://') ? location : resolve(location);
}
