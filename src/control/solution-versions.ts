/**
 * Solution versions: trained models. CreateSolutionVersion queues a training job (see
 * src/training/train-job.ts); Stop moves a version to CREATE STOPPING, which the training job
 * notices and turns into CREATE STOPPED.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { checkArn } from '../common/arn.ts';
import { InvalidInput, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkEnum, checkName } from '../common/names.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import type { RowLock } from './locks.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { recipeArn } from './recipes.ts';
import { requireActiveInteractions, requireSolution, type SolutionVersionRow } from './solutions.ts';
import { Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

export const TRAIN_JOB = 'solution-version.train';

export interface SolutionVersionRecord extends SolutionVersionRow {
  solutionArn: string;
  datasetGroupArn: string;
  recipeArn: string;
}

export interface CreateSolutionVersionInput {
  name?: string;
  solutionArn?: string;
  trainingMode?: string;
  tags?: TagInput[];
}

function selectVersions(db: Db) {
  return db
    .select({ v: t.solutionVersions, solutionArn: t.solutions.arn, groupArn: t.datasetGroups.arn })
    .from(t.solutionVersions)
    .innerJoin(t.solutions, eq(t.solutions.id, t.solutionVersions.solutionId))
    .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.solutions.datasetGroupId));
}

function toRecord(r: { v: SolutionVersionRow; solutionArn: string; groupArn: string }): SolutionVersionRecord {
  return { ...r.v, solutionArn: r.solutionArn, datasetGroupArn: r.groupArn, recipeArn: recipeArn(r.v.recipe) };
}

/** Loads a solution version by ARN (`<solution arn>/<version id>`) or throws ResourceNotFound. */
export async function requireSolutionVersion(db: Db, arn: string, field = 'solution_version_arn', lock?: RowLock): Promise<SolutionVersionRecord> {
  checkArn(field, arn, 'solution');
  const query = selectVersions(db).where(eq(t.solutionVersions.arn, arn)).limit(1);
  const [row] = lock ? await query.for(lock, { of: t.solutionVersions }) : await query;
  if (!row) throw new ResourceNotFound('solution version', arn, `${field}: solution version ${arn} does not exist`);
  return toRecord(row);
}

/** Training time in hours: start to end, or to now while training. */
export function trainingHours(v: SolutionVersionRow, now = new Date()): number {
  if (!v.trainingStartedAt) return 0;
  const end = v.trainingEndedAt ?? now;
  return Math.max(0, end.getTime() - v.trainingStartedAt.getTime()) / 3_600_000;
}

/**
 * The version an UPDATE starts from: the solution's newest ACTIVE version (a FULL one, or one
 * that itself goes back to a FULL one through UPDATEs). Locked FOR SHARE until the caller commits.
 */
async function updateSource(tx: Db, solutionId: number, solutionArn: string): Promise<number> {
  const [source] = await tx
    .select({ id: t.solutionVersions.id })
    .from(t.solutionVersions)
    .where(and(eq(t.solutionVersions.solutionId, solutionId), eq(t.solutionVersions.status, Status.Active)))
    .orderBy(desc(t.solutionVersions.id))
    .limit(1)
    .for('share');
  if (!source) {
    throw new ResourceInUse(`training_mode UPDATE updates the newest ACTIVE version of solution ${solutionArn}, and it has none yet; train a FULL version first`);
  }
  return source.id;
}

export class SolutionVersions {
  constructor(private readonly ctx: ControlContext) {}

  /** Creates a version of an ACTIVE solution and queues its training. */
  async create(input: CreateSolutionVersionInput): Promise<string> {
    const mode = checkEnum('training_mode', input.trainingMode || 'FULL', ['FULL', 'UPDATE', 'AUTOTRAIN'] as const);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    const id = randomBytes(4).toString('hex');
    const name = input.name ? checkName('name', input.name) : id;
    const now = new Date();
    let arn = '';
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const s = await requireSolution(tx, input.solutionArn ?? '', 'solution_arn', 'share');
        if (s.status !== Status.Active) throw new ResourceInUse(`solution ${s.arn} is ${s.status}; versions can be created once it is ACTIVE`);
        await requireActiveInteractions(tx, s.datasetGroupId, s.datasetGroupArn);
        if (mode === 'AUTOTRAIN') throw new InvalidInput('training_mode', 'AUTOTRAIN versions are created by automatic training, not by request');
        let sourceVersionId: number | null = null;
        if (mode === 'UPDATE') {
          if (s.recipe !== 'aws-user-personalization') throw new InvalidInput('training_mode', `UPDATE is only for aws-user-personalization (this solution uses ${s.recipe})`);
          sourceVersionId = await updateSource(tx, s.id, s.arn);
        }
        arn = `${s.arn}/${id}`;
        await tx.insert(t.solutionVersions).values({
          arn,
          name,
          solutionId: s.id,
          recipe: s.recipe,
          eventType: s.eventType,
          performHpo: s.performHpo,
          config: s.config,
          trainingMode: mode,
          trainingType: 'MANUAL',
          sourceVersionId,
          status: Status.CreatePending,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, TRAIN_JOB, arn);
      });
    } catch (err) {
      if (err instanceof Error && 'code' in err && (err as { code?: string }).code === '23505') {
        throw new ResourceAlreadyExists(`a solution version with id ${id} already exists; try again`);
      }
      throw err;
    }
    this.ctx.jobs.poke();
    return arn;
  }

  /** Describes one version. */
  async describe(arn: string | undefined): Promise<SolutionVersionRecord> {
    return requireSolutionVersion(this.ctx.database.db, arn ?? '');
  }

  /** Lists versions, optionally of one solution, oldest first. */
  async list(solutionArn: string | undefined, page: PageRequest): Promise<Page<SolutionVersionRecord>> {
    const db = this.ctx.database.db;
    const s = solutionArn ? await requireSolution(db, solutionArn) : undefined;
    return paginate(this.ctx.tokens, `ListSolutionVersions:${solutionArn ?? ''}`, page, async (after, limit) =>
      (
        await selectVersions(db)
          .where(and(gt(t.solutionVersions.id, after), s ? eq(t.solutionVersions.solutionId, s.id) : undefined))
          .orderBy(asc(t.solutionVersions.id))
          .limit(limit)
      ).map(toRecord),
    );
  }

  /** Stops a version in training: PENDING → STOPPED at once, IN_PROGRESS → STOPPING → STOPPED. */
  async stop(arn: string | undefined): Promise<void> {
    await this.ctx.database.db.transaction(async (tx) => {
      const v = await requireSolutionVersion(tx, arn ?? '', 'solution_version_arn', 'update');
      const now = new Date();
      if (v.status === Status.CreatePending) {
        await tx.update(t.solutionVersions).set({ status: Status.CreateStopped, updatedAt: now, trainingEndedAt: now }).where(eq(t.solutionVersions.id, v.id));
      } else if (v.status === Status.CreateInProgress) {
        await tx.update(t.solutionVersions).set({ status: Status.CreateStopping, updatedAt: now }).where(eq(t.solutionVersions.id, v.id));
      } else {
        throw new ResourceInUse(`solution version ${v.arn} is ${v.status}; only a version in CREATE PENDING or CREATE IN_PROGRESS can be stopped`);
      }
    });
  }

  /** The version's holdout metrics; the version must be ACTIVE. An UPDATE version has none (an empty map), as in Personalize. */
  async metrics(arn: string | undefined): Promise<Record<string, number>> {
    const v = await requireSolutionVersion(this.ctx.database.db, arn ?? '');
    if (v.status !== Status.Active || !v.metrics) {
      throw new ResourceInUse(`solution version ${v.arn} is ${v.status}; metrics exist once it is ACTIVE`);
    }
    return v.metrics as Record<string, number>;
  }
}
