/**
 * Dataset export jobs: a dataset's records written as CSV into a folder under a data root.
 * Checked up front (the dataset, the mode, the output folder), then run by a durable job
 * (src/data/export/run.ts).
 */
import { readdirSync } from 'node:fs';
import { and, asc, eq, gt } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { InvalidInput, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkEnum, checkName, optionalString } from '../common/names.ts';
import { resolveOutputFolder } from '../data/output-location.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { requireDataset } from './datasets.ts';
import { isUniqueViolation } from './db-errors.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

export const INGESTION_MODES = ['BULK', 'PUT', 'ALL'] as const;
export type IngestionMode = (typeof INGESTION_MODES)[number];

export const EXPORT_JOB_KIND = 'dataset-export.run';

/** The field of the output folder in CreateDatasetExportJob. */
export const EXPORT_OUTPUT_FIELD = 'job_output.s3_data_destination.path';

export interface ExportJobRecord {
  id: number;
  arn: string;
  name: string;
  datasetId: number;
  datasetArn: string;
  ingestionMode: IngestionMode;
  outputPath: string;
  roleArn: string | null;
  status: string;
  failureReason: string | null;
  rowCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CreateExportJobInput {
  jobName?: string;
  datasetArn?: string;
  ingestionMode?: string;
  roleArn?: string;
  outputPath?: string;
  tags?: TagInput[];
}

function selectJobs(db: Db) {
  return db
    .select({ j: t.datasetExportJobs, datasetArn: t.datasets.arn })
    .from(t.datasetExportJobs)
    .innerJoin(t.datasets, eq(t.datasets.id, t.datasetExportJobs.datasetId));
}

function toRecord(row: { j: typeof t.datasetExportJobs.$inferSelect; datasetArn: string }): ExportJobRecord {
  return { ...row.j, ingestionMode: row.j.ingestionMode as IngestionMode, datasetArn: row.datasetArn };
}

/** Loads an export job by ARN or throws ResourceNotFound. */
export async function requireExportJob(db: Db, arn: string, field = 'dataset_export_job_arn'): Promise<ExportJobRecord> {
  checkArn(field, arn, 'dataset-export-job');
  const [row] = await selectJobs(db).where(eq(t.datasetExportJobs.arn, arn)).limit(1);
  if (!row) throw new ResourceNotFound('dataset export job', arn, `${field}: dataset export job ${arn} does not exist`);
  return toRecord(row);
}

/** Throws unless `folder` is missing or empty (an export never mixes its files with others). */
export function checkEmptyFolder(folder: string, location: string): void {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new InvalidInput(EXPORT_OUTPUT_FIELD, `"${location}" cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (entries.length > 0) throw new InvalidInput(EXPORT_OUTPUT_FIELD, `"${location}" already exists and is not empty; give a new or empty folder`);
}

export class DatasetExportJobs {
  constructor(
    private readonly ctx: ControlContext,
    private readonly dataRoots: () => string[],
  ) {}

  /** Checks the request and the output folder, then queues the export. */
  async create(input: CreateExportJobInput): Promise<{ arn: string }> {
    const name = checkName('job_name', input.jobName);
    const mode = input.ingestionMode ? checkEnum('ingestion_mode', input.ingestionMode, INGESTION_MODES) : 'PUT';
    const roleArn = optionalString('role_arn', input.roleArn);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    checkArn('dataset_arn', input.datasetArn, 'dataset');
    const folder = resolveOutputFolder(input.outputPath, this.dataRoots(), EXPORT_OUTPUT_FIELD);
    checkEmptyFolder(folder, input.outputPath!);
    const arn = makeArn(this.ctx.scope, 'dataset-export-job', name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const dataset = await requireDataset(tx, input.datasetArn!, 'dataset_arn', 'share');
        if (dataset.status !== Status.Active) throw new ResourceInUse(`dataset ${dataset.arn} is ${dataset.status}; export it once it is ACTIVE`);
        const [byName] = await tx.select({ id: t.datasetExportJobs.id }).from(t.datasetExportJobs).where(eq(t.datasetExportJobs.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`a dataset export job named "${name}" already exists`);
        await tx.insert(t.datasetExportJobs).values({
          arn,
          name,
          datasetId: dataset.id,
          ingestionMode: mode,
          outputPath: folder,
          roleArn: roleArn ?? null,
          status: Status.CreatePending,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, EXPORT_JOB_KIND, arn);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a dataset export job named "${name}" already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return { arn };
  }

  /** Describes one export job. */
  async describe(arn: string | undefined): Promise<ExportJobRecord> {
    return requireExportJob(this.ctx.database.db, arn ?? '');
  }

  /** Lists export jobs, optionally of one dataset. */
  async list(datasetArn: string | undefined, page: PageRequest): Promise<Page<ExportJobRecord>> {
    const dataset = datasetArn ? await requireDataset(this.ctx.database.db, datasetArn) : undefined;
    return paginate(this.ctx.tokens, `ListDatasetExportJobs:${datasetArn ?? ''}`, page, async (after, limit) =>
      (
        await selectJobs(this.ctx.database.db)
          .where(and(gt(t.datasetExportJobs.id, after), dataset ? eq(t.datasetExportJobs.datasetId, dataset.id) : undefined))
          .orderBy(asc(t.datasetExportJobs.id))
          .limit(limit)
      ).map(toRecord),
    );
  }
}
