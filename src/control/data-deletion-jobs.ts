/**
 * Data deletion jobs: remove the users listed in CSV files (one USER_ID column) from a dataset
 * group's datasets, and from what its campaigns serve. Checked up front (the group, the
 * location), then run by a durable job (src/data/deletion/run.ts).
 */
import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { LimitExceeded, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkName, optionalString } from '../common/names.ts';
import { resolveDataLocation } from '../data/import/location.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { requireDatasetGroup } from './dataset-groups.ts';
import { isUniqueViolation } from './db-errors.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

/** Statuses of a data deletion job (Personalize's own, unlike other jobs). */
export const DeletionStatus = { Pending: 'PENDING', InProgress: 'IN_PROGRESS', Completed: 'COMPLETED', Failed: 'FAILED' } as const;

export const DELETION_JOB_KIND = 'data-deletion.run';

/** Personalize: at most 5 deletion jobs per dataset group may be pending. */
export const MAX_PENDING_DELETIONS = 5;

export interface DeletionJobRecord {
  id: number;
  arn: string;
  name: string;
  datasetGroupId: number;
  datasetGroupArn: string;
  dataLocation: string;
  roleArn: string | null;
  status: string;
  failureReason: string | null;
  numDeleted: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CreateDeletionJobInput {
  jobName?: string;
  datasetGroupArn?: string;
  dataLocation?: string;
  roleArn?: string;
  tags?: TagInput[];
}

function selectJobs(db: Db) {
  return db
    .select({ j: t.dataDeletionJobs, datasetGroupArn: t.datasetGroups.arn })
    .from(t.dataDeletionJobs)
    .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.dataDeletionJobs.datasetGroupId));
}

function toRecord(row: { j: typeof t.dataDeletionJobs.$inferSelect; datasetGroupArn: string }): DeletionJobRecord {
  return { ...row.j, datasetGroupArn: row.datasetGroupArn };
}

/** Loads a deletion job by ARN or throws ResourceNotFound. */
export async function requireDeletionJob(db: Db, arn: string, field = 'data_deletion_job_arn'): Promise<DeletionJobRecord> {
  checkArn(field, arn, 'data-deletion-job');
  const [row] = await selectJobs(db).where(eq(t.dataDeletionJobs.arn, arn)).limit(1);
  if (!row) throw new ResourceNotFound('data deletion job', arn, `${field}: data deletion job ${arn} does not exist`);
  return toRecord(row);
}

export class DataDeletionJobs {
  constructor(
    private readonly ctx: ControlContext,
    private readonly dataRoots: () => string[],
  ) {}

  /** Checks the request and the input location, then queues the deletion. */
  async create(input: CreateDeletionJobInput): Promise<{ arn: string }> {
    const name = checkName('job_name', input.jobName);
    const roleArn = optionalString('role_arn', input.roleArn);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    checkArn('dataset_group_arn', input.datasetGroupArn, 'dataset-group');
    const location = resolveDataLocation(input.dataLocation, this.dataRoots());
    const arn = makeArn(this.ctx.scope, 'data-deletion-job', name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const group = await requireDatasetGroup(tx, input.datasetGroupArn!, 'dataset_group_arn', 'share');
        if (group.status !== Status.Active) throw new ResourceInUse(`dataset group ${group.arn} is ${group.status}; delete data from it once it is ACTIVE`);
        if (location.kind === 'upload') {
          const [upload] = await tx.select({ state: t.uploads.state }).from(t.uploads).where(eq(t.uploads.id, location.uploadId));
          if (!upload || upload.state !== 'complete') {
            throw new ResourceNotFound('upload', location.location, `data_source.data_location: upload "${location.location}" does not exist`);
          }
        }
        const [byName] = await tx.select({ id: t.dataDeletionJobs.id }).from(t.dataDeletionJobs).where(eq(t.dataDeletionJobs.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`a data deletion job named "${name}" already exists`);
        const [{ n } = { n: 0 }] = await tx
          .select({ n: count() })
          .from(t.dataDeletionJobs)
          .where(and(eq(t.dataDeletionJobs.datasetGroupId, group.id), inArray(t.dataDeletionJobs.status, [DeletionStatus.Pending])));
        if (n >= MAX_PENDING_DELETIONS) throw new LimitExceeded(`at most ${MAX_PENDING_DELETIONS} data deletion jobs per dataset group may be pending`);
        await tx.insert(t.dataDeletionJobs).values({
          arn,
          name,
          datasetGroupId: group.id,
          dataLocation: location.location,
          roleArn: roleArn ?? null,
          status: DeletionStatus.Pending,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, DELETION_JOB_KIND, arn);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a data deletion job named "${name}" already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return { arn };
  }

  /** Describes one deletion job. */
  async describe(arn: string | undefined): Promise<DeletionJobRecord> {
    return requireDeletionJob(this.ctx.database.db, arn ?? '');
  }

  /** Lists deletion jobs, optionally of one dataset group. */
  async list(datasetGroupArn: string | undefined, page: PageRequest): Promise<Page<DeletionJobRecord>> {
    const group = datasetGroupArn ? await requireDatasetGroup(this.ctx.database.db, datasetGroupArn) : undefined;
    return paginate(this.ctx.tokens, `ListDataDeletionJobs:${datasetGroupArn ?? ''}`, page, async (after, limit) =>
      (
        await selectJobs(this.ctx.database.db)
          .where(and(gt(t.dataDeletionJobs.id, after), group ? eq(t.dataDeletionJobs.datasetGroupId, group.id) : undefined))
          .orderBy(asc(t.dataDeletionJobs.id))
          .limit(limit)
      ).map(toRecord),
    );
  }
}
