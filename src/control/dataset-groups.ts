/** Dataset groups: create, describe, list, delete, with Personalize's rules. */
import { and, asc, count, eq, gt, inArray, ne } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { InvalidInput, LimitExceeded, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkEnum, checkName, optionalString } from '../common/names.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { type RowLock } from './locks.ts';
import { isUniqueViolation } from './db-errors.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { DELETABLE, Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

export type DatasetGroupRecord = typeof t.datasetGroups.$inferSelect;

export const DOMAINS = ['ECOMMERCE', 'VIDEO_ON_DEMAND'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface CreateDatasetGroupInput {
  name?: string;
  roleArn?: string;
  kmsKeyArn?: string;
  domain?: string;
  tags?: TagInput[];
}

/** Job kinds this module runs. */
export const DATASET_GROUP_JOBS = { create: 'dataset-group.create', delete: 'dataset-group.delete' } as const;

/** Loads a dataset group by ARN or throws ResourceNotFound; `lock` locks its row for the caller's transaction. */
export async function requireDatasetGroup(db: Db, arn: string, field = 'dataset_group_arn', lock?: RowLock): Promise<DatasetGroupRecord> {
  checkArn(field, arn, 'dataset-group');
  const query = db.select().from(t.datasetGroups).where(eq(t.datasetGroups.arn, arn)).limit(1);
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw new ResourceNotFound('dataset group', arn, `${field}: dataset group ${arn} does not exist`);
  return row;
}

export class DatasetGroups {
  constructor(private readonly ctx: ControlContext) {}

  /** Creates a dataset group in CREATE PENDING; a job makes it ACTIVE. */
  async create(input: CreateDatasetGroupInput): Promise<{ arn: string; domain?: Domain }> {
    const name = checkName('name', input.name);
    const domain = input.domain ? checkEnum('domain', input.domain, DOMAINS) : undefined;
    const roleArn = optionalString('role_arn', input.roleArn);
    const kmsKeyArn = optionalString('kms_key_arn', input.kmsKeyArn, 2048);
    if (roleArn && !kmsKeyArn) throw new InvalidInput('role_arn', 'is only valid together with kms_key_arn');
    if (kmsKeyArn && !roleArn) throw new InvalidInput('kms_key_arn', 'requires role_arn (a role that may use the key)');
    if (roleArn && !/^arn:([a-z\d-]+):iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/.test(roleArn)) {
      throw new InvalidInput('role_arn', `"${roleArn}" is not an IAM role ARN`);
    }
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    const arn = makeArn(this.ctx.scope, 'dataset-group', name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const [existing] = await tx.select({ id: t.datasetGroups.id }).from(t.datasetGroups).where(eq(t.datasetGroups.arn, arn));
        if (existing) throw new ResourceAlreadyExists(`a dataset group named "${name}" already exists`);
        const [{ n } = { n: 0 }] = await tx
          .select({ n: count() })
          .from(t.datasetGroups)
          .where(ne(t.datasetGroups.status, Status.DeletePending));
        if (n >= this.ctx.limits.datasetGroups) {
          throw new LimitExceeded(`at most ${this.ctx.limits.datasetGroups} dataset groups may exist`);
        }
        await tx.insert(t.datasetGroups).values({
          arn,
          name,
          status: Status.CreatePending,
          domain: domain ?? null,
          roleArn: roleArn ?? null,
          kmsKeyArn: kmsKeyArn ?? null,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, DATASET_GROUP_JOBS.create, arn);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a dataset group named "${name}" already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return domain ? { arn, domain } : { arn };
  }

  /** Describes one dataset group. */
  async describe(arn: string | undefined): Promise<DatasetGroupRecord> {
    return requireDatasetGroup(this.ctx.database.db, arn ?? '');
  }

  /** Lists dataset groups in creation order. */
  async list(page: PageRequest): Promise<Page<DatasetGroupRecord>> {
    return paginate(this.ctx.tokens, 'ListDatasetGroups', page, (after, limit) =>
      this.ctx.database.db
        .select()
        .from(t.datasetGroups)
        .where(gt(t.datasetGroups.id, after))
        .orderBy(asc(t.datasetGroups.id))
        .limit(limit),
    );
  }

  /** Deletes a dataset group that holds no datasets, solutions, event trackers or filters. */
  async delete(arn: string | undefined): Promise<void> {
    await this.ctx.database.db.transaction(async (tx) => {
      const group = await requireDatasetGroup(tx, arn ?? '', 'dataset_group_arn', 'update');
      if (!DELETABLE.includes(group.status)) {
        throw new ResourceInUse(`dataset group ${group.arn} is ${group.status}; it can be deleted when ACTIVE or CREATE FAILED`);
      }
      // Filters first: they name fields of the datasets. Campaigns need no check of their own:
      // they belong to solutions, which are checked below.
      const [deleting] = await tx
        .select({ arn: t.dataDeletionJobs.arn })
        .from(t.dataDeletionJobs)
        .where(and(eq(t.dataDeletionJobs.datasetGroupId, group.id), inArray(t.dataDeletionJobs.status, ['PENDING', 'IN_PROGRESS'])))
        .limit(1);
      if (deleting) throw new ResourceInUse(`dataset group ${group.arn} has a data deletion job in progress (${deleting.arn}); wait for it to finish`);
      const [filter] = await tx.select({ arn: t.filters.arn }).from(t.filters).where(eq(t.filters.datasetGroupId, group.id)).limit(1);
      if (filter) throw new ResourceInUse(`dataset group ${group.arn} still has filter ${filter.arn}; delete its filters first`);
      const datasets = await tx.select({ arn: t.datasets.arn }).from(t.datasets).where(eq(t.datasets.datasetGroupId, group.id));
      if (datasets.length > 0) {
        throw new ResourceInUse(
          `dataset group ${group.arn} still holds ${datasets.length} dataset(s) (${datasets.map((d) => d.arn).join(', ')}); delete them first`,
        );
      }
      const [solution] = await tx
        .select({ arn: t.solutions.arn })
        .from(t.solutions)
        .where(eq(t.solutions.datasetGroupId, group.id))
        .limit(1);
      if (solution) throw new ResourceInUse(`dataset group ${group.arn} still has solution ${solution.arn}; delete its solutions first`);
      const trackers = await tx
        .select({ arn: t.eventTrackers.arn })
        .from(t.eventTrackers)
        .where(eq(t.eventTrackers.datasetGroupId, group.id));
      if (trackers.length > 0) {
        throw new ResourceInUse(`dataset group ${group.arn} still has event tracker ${trackers[0]!.arn}; delete it first`);
      }
      await tx
        .update(t.datasetGroups)
        .set({ status: Status.DeletePending, updatedAt: new Date() })
        .where(eq(t.datasetGroups.id, group.id));
      await this.ctx.jobs.enqueue(tx, DATASET_GROUP_JOBS.delete, group.arn);
    });
    this.ctx.jobs.poke();
  }
}
