/** Dataset import jobs: validated up front, then run asynchronously by a durable job. */
import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { LimitExceeded, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkEnum, checkName, optionalString } from '../common/names.ts';
import { resolveDataLocation } from '../data/import/location.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { type RowLock } from './locks.ts';
import { requireDataset } from './datasets.ts';
import { isUniqueViolation } from './db-errors.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

export const IMPORT_MODES = ['FULL', 'INCREMENTAL'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportJobRecord {
  id: number;
  arn: string;
  name: string;
  datasetId: number;
  datasetArn: string;
  dataLocation: string;
  importMode: ImportMode;
  roleArn: string | null;
  publishAttributionMetricsToS3: boolean | null;
  status: string;
  failureReason: string | null;
  rowCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CreateImportJobInput {
  jobName?: string;
  datasetArn?: string;
  dataLocation?: string;
  roleArn?: string;
  importMode?: string;
  publishAttributionMetricsToS3?: boolean;
  tags?: TagInput[];
}

export const IMPORT_JOB_KIND = 'dataset-import.run';

function selectJobs(db: Db) {
  return db
    .select({ j: t.datasetImportJobs, datasetArn: t.datasets.arn })
    .from(t.datasetImportJobs)
    .innerJoin(t.datasets, eq(t.datasets.id, t.datasetImportJobs.datasetId));
}

function toRecord(row: { j: typeof t.datasetImportJobs.$inferSelect; datasetArn: string }): ImportJobRecord {
  return { ...row.j, importMode: row.j.importMode as ImportMode, datasetArn: row.datasetArn };
}

/** Loads an import job by ARN or throws ResourceNotFound. */
export async function requireImportJob(db: Db, arn: string, field = 'dataset_import_job_arn', lock?: RowLock): Promise<ImportJobRecord> {
  checkArn(field, arn, 'dataset-import-job');
  const query = selectJobs(db).where(eq(t.datasetImportJobs.arn, arn)).limit(1);
  const [row] = lock ? await query.for(lock, { of: t.datasetImportJobs }) : await query;
  if (!row) throw new ResourceNotFound('dataset import job', arn, `${field}: dataset import job ${arn} does not exist`);
  return toRecord(row);
}

export class DatasetImportJobs {
  constructor(
    private readonly ctx: ControlContext,
    private readonly dataRoots: () => string[],
  ) {}

  /** Checks the request and the data location, then queues the import. */
  async create(input: CreateImportJobInput): Promise<{ arn: string }> {
    const name = checkName('job_name', input.jobName);
    const mode = input.importMode ? checkEnum('import_mode', input.importMode, IMPORT_MODES) : 'FULL';
    const roleArn = optionalString('role_arn', input.roleArn);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    checkArn('dataset_arn', input.datasetArn, 'dataset');
    const location = resolveDataLocation(input.dataLocation, this.dataRoots());
    const arn = makeArn(this.ctx.scope, 'dataset-import-job', name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const dataset = await requireDataset(tx, input.datasetArn!, 'dataset_arn', 'share');
        if (dataset.status !== Status.Active) {
          throw new ResourceInUse(`dataset ${dataset.arn} is ${dataset.status}; import into it once it is ACTIVE`);
        }
        if (location.kind === 'upload') {
          const [upload] = await tx.select({ state: t.uploads.state }).from(t.uploads).where(eq(t.uploads.id, location.uploadId));
          if (!upload || upload.state !== 'complete') {
            throw new ResourceNotFound('upload', location.location, `data_source.data_location: upload "${location.location}" does not exist`);
          }
        }
        const [byName] = await tx.select({ id: t.datasetImportJobs.id }).from(t.datasetImportJobs).where(eq(t.datasetImportJobs.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`a dataset import job named "${name}" already exists`);
        const [{ n } = { n: 0 }] = await tx
          .select({ n: count() })
          .from(t.datasetImportJobs)
          .where(inArray(t.datasetImportJobs.status, [Status.CreatePending, Status.CreateInProgress]));
        if (n >= this.ctx.limits.activeImportJobs) {
          throw new LimitExceeded(`at most ${this.ctx.limits.activeImportJobs} dataset import jobs may be pending or in progress`);
        }
        await tx.insert(t.datasetImportJobs).values({
          arn,
          name,
          datasetId: dataset.id,
          dataLocation: location.location,
          importMode: mode,
          roleArn: roleArn ?? null,
          publishAttributionMetricsToS3: input.publishAttributionMetricsToS3 ?? null,
          status: Status.CreatePending,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, IMPORT_JOB_KIND, arn);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a dataset import job named "${name}" already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return { arn };
  }

  /** Describes one import job. */
  async describe(arn: string | undefined): Promise<ImportJobRecord> {
    return requireImportJob(this.ctx.database.db, arn ?? '');
  }

  /** Lists import jobs, optionally of one dataset. */
  async list(datasetArn: string | undefined, page: PageRequest): Promise<Page<ImportJobRecord>> {
    const dataset = datasetArn ? await requireDataset(this.ctx.database.db, datasetArn) : undefined;
    return paginate(this.ctx.tokens, `ListDatasetImportJobs:${datasetArn ?? ''}`, page, async (after, limit) =>
      (
        await selectJobs(this.ctx.database.db)
          .where(and(gt(t.datasetImportJobs.id, after), dataset ? eq(t.datasetImportJobs.datasetId, dataset.id) : undefined))
          .orderBy(asc(t.datasetImportJobs.id))
          .limit(limit)
      ).map(toRecord),
    );
  }
}
