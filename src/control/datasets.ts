/** Datasets: one of each type per dataset group, each bound to a schema that fits its type. */
import { aliasedTable, and, asc, eq, gt, inArray } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { InvalidInput, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkEnum, checkName } from '../common/names.ts';
import {
  checkSchemaEvolution,
  checkSchemaForDatasetType,
  DATASET_TYPES,
  type DatasetType,
} from '../data/schema/index.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { type RowLock } from './locks.ts';
import { requireDatasetGroup } from './dataset-groups.ts';
import { isUniqueViolation } from './db-errors.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { parsedSchemaOf, requireSchema } from './schemas.ts';
import { TRAINING_STATUSES } from './solutions.ts';
import { DELETABLE, Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

/** A dataset with the ARNs of what it refers to. */
export interface DatasetRecord {
  id: number;
  arn: string;
  name: string;
  datasetType: DatasetType;
  datasetGroupId: number;
  datasetGroupArn: string;
  schemaId: number;
  schemaArn: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  update?: { schemaArn: string; status: string; failureReason: string | null; createdAt: Date; updatedAt: Date };
}

export interface CreateDatasetInput {
  name?: string;
  schemaArn?: string;
  datasetGroupArn?: string;
  datasetType?: string;
  tags?: TagInput[];
}

export const DATASET_JOBS = {
  create: 'dataset.create',
  update: 'dataset.update',
  delete: 'dataset.delete',
} as const;

const updateSchemas = aliasedTable(t.schemas, 'update_schemas');

function selectDatasets(db: Db) {
  return db
    .select({
      d: t.datasets,
      groupArn: t.datasetGroups.arn,
      schemaArn: t.schemas.arn,
      updateSchemaArn: updateSchemas.arn,
    })
    .from(t.datasets)
    .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.datasets.datasetGroupId))
    .innerJoin(t.schemas, eq(t.schemas.id, t.datasets.schemaId))
    .leftJoin(updateSchemas, eq(updateSchemas.id, t.datasets.updateSchemaId));
}

interface JoinedRow {
  d: typeof t.datasets.$inferSelect;
  groupArn: string;
  schemaArn: string;
  updateSchemaArn: string | null;
}

function toRecord(row: JoinedRow): DatasetRecord {
  const d = row.d;
  const record: DatasetRecord = {
    id: d.id,
    arn: d.arn,
    name: d.name,
    datasetType: d.datasetType as DatasetType,
    datasetGroupId: d.datasetGroupId,
    datasetGroupArn: row.groupArn,
    schemaId: d.schemaId,
    schemaArn: row.schemaArn,
    status: d.status,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
  if (row.updateSchemaArn && d.updateStatus && d.updateCreatedAt && d.updateUpdatedAt) {
    record.update = {
      schemaArn: row.updateSchemaArn,
      status: d.updateStatus,
      failureReason: d.updateFailureReason,
      createdAt: d.updateCreatedAt,
      updatedAt: d.updateUpdatedAt,
    };
  }
  return record;
}

/** Loads a dataset by ARN or throws ResourceNotFound; `lock` locks its row for the caller's transaction. */
export async function requireDataset(db: Db, arn: string, field = 'dataset_arn', lock?: RowLock): Promise<DatasetRecord> {
  checkArn(field, arn, 'dataset');
  const query = selectDatasets(db).where(eq(t.datasets.arn, arn)).limit(1);
  const [row] = lock ? await query.for(lock, { of: t.datasets }) : await query;
  if (!row) throw new ResourceNotFound('dataset', arn, `${field}: dataset ${arn} does not exist`);
  return toRecord(row);
}

/** The dataset of a type in a group, if there is one. */
export async function findDatasetOfType(db: Db, groupId: number, type: DatasetType): Promise<DatasetRecord | undefined> {
  const [row] = await selectDatasets(db)
    .where(and(eq(t.datasets.datasetGroupId, groupId), eq(t.datasets.datasetType, type)))
    .limit(1);
  return row ? toRecord(row) : undefined;
}

export class Datasets {
  constructor(private readonly ctx: ControlContext) {}

  /** Creates a dataset in CREATE PENDING; a job makes it ACTIVE. */
  async create(input: CreateDatasetInput): Promise<{ arn: string }> {
    const name = checkName('name', input.name);
    if (!input.datasetType) throw new InvalidInput('dataset_type', 'is required');
    if (input.datasetType.length > 256 || !/^[A-Za-z_]+$/.test(input.datasetType)) {
      throw new InvalidInput('dataset_type', 'must match ^[A-Za-z_]+$');
    }
    if (['actions', 'action_interactions'].includes(input.datasetType.toLowerCase())) {
      throw new InvalidInput('dataset_type', `${input.datasetType} datasets are not supported; use Interactions, Items or Users`);
    }
    const type = checkEnum('dataset_type', input.datasetType, DATASET_TYPES, { caseInsensitive: true });
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    const arn = makeArn(this.ctx.scope, 'dataset', name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const group = await requireDatasetGroup(tx, input.datasetGroupArn ?? '', 'dataset_group_arn', 'share');
        const schema = await requireSchema(tx, input.schemaArn ?? '', 'schema_arn', 'share');
        if (group.status !== Status.Active) {
          throw new ResourceInUse(`dataset group ${group.arn} is ${group.status}; datasets can be added once it is ACTIVE`);
        }
        if (schema.domain !== group.domain) {
          throw new InvalidInput(
            'schema_arn',
            `schema ${schema.arn} is for ${schema.domain ?? 'Custom'} dataset groups but ${group.arn} is ${group.domain ?? 'Custom'}`,
          );
        }
        checkSchemaForDatasetType(parsedSchemaOf(schema), type, 'schema_arn');
        const [byName] = await tx.select({ id: t.datasets.id }).from(t.datasets).where(eq(t.datasets.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`a dataset named "${name}" already exists`);
        const same = await findDatasetOfType(tx, group.id, type);
        if (same) throw new ResourceAlreadyExists(`dataset group ${group.arn} already has ${type === 'Interactions' ? 'an' : 'a'} ${type} dataset (${same.arn})`);
        await tx.insert(t.datasets).values({
          arn,
          name,
          datasetGroupId: group.id,
          datasetType: type,
          schemaId: schema.id,
          status: Status.CreatePending,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, DATASET_JOBS.create, arn);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a dataset named "${name}" or of this type in this group already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return { arn };
  }

  /** Describes one dataset. */
  async describe(arn: string | undefined): Promise<DatasetRecord> {
    return requireDataset(this.ctx.database.db, arn ?? '');
  }

  /** Lists datasets, optionally of one dataset group. */
  async list(groupArn: string | undefined, page: PageRequest): Promise<Page<DatasetRecord>> {
    const group = groupArn ? await requireDatasetGroup(this.ctx.database.db, groupArn) : undefined;
    const result = await paginate(this.ctx.tokens, `ListDatasets:${groupArn ?? ''}`, page, async (after, limit) =>
      (
        await selectDatasets(this.ctx.database.db)
          .where(and(gt(t.datasets.id, after), group ? eq(t.datasets.datasetGroupId, group.id) : undefined))
          .orderBy(asc(t.datasets.id))
          .limit(limit)
      ).map(toRecord),
    );
    return result;
  }

  /** Replaces the schema of an ACTIVE dataset with one that keeps every existing field. */
  async update(arn: string | undefined, schemaArn: string | undefined): Promise<{ arn: string }> {
    await this.ctx.database.db.transaction(async (tx) => {
      const dataset = await requireDataset(tx, arn ?? '', 'dataset_arn', 'update');
      const next = await requireSchema(tx, schemaArn ?? '', 'schema_arn', 'share');
      if (dataset.status !== Status.Active) {
        throw new ResourceInUse(`dataset ${dataset.arn} is ${dataset.status}; it can be updated when ACTIVE`);
      }
      const [group] = await tx.select({ domain: t.datasetGroups.domain }).from(t.datasetGroups).where(eq(t.datasetGroups.id, dataset.datasetGroupId));
      if (next.domain !== group!.domain) {
        throw new InvalidInput('schema_arn', `schema ${next.arn} is for ${next.domain ?? 'Custom'} dataset groups but the dataset's group is ${group!.domain ?? 'Custom'}`);
      }
      const [current] = await tx.select().from(t.schemas).where(eq(t.schemas.id, dataset.schemaId));
      const nextParsed = parsedSchemaOf(next);
      checkSchemaForDatasetType(nextParsed, dataset.datasetType, 'schema_arn');
      checkSchemaEvolution(parsedSchemaOf(current!), nextParsed, 'schema_arn');
      const now = new Date();
      await tx
        .update(t.datasets)
        .set({
          status: Status.UpdatePending,
          updateSchemaId: next.id,
          updateStatus: Status.CreatePending,
          updateFailureReason: null,
          updateCreatedAt: now,
          updateUpdatedAt: now,
          updatedAt: now,
        })
        .where(eq(t.datasets.id, dataset.id));
      await this.ctx.jobs.enqueue(tx, DATASET_JOBS.update, dataset.arn);
    });
    this.ctx.jobs.poke();
    return { arn: arn! };
  }

  /** Deletes a dataset and its data, unless an import into it is pending or running. */
  async delete(arn: string | undefined): Promise<void> {
    await this.ctx.database.db.transaction(async (tx) => {
      const dataset = await requireDataset(tx, arn ?? '', 'dataset_arn', 'update');
      if (!DELETABLE.includes(dataset.status)) {
        throw new ResourceInUse(`dataset ${dataset.arn} is ${dataset.status}; it can be deleted when ACTIVE or CREATE FAILED`);
      }
      const running = await tx
        .select({ arn: t.datasetImportJobs.arn })
        .from(t.datasetImportJobs)
        .where(
          and(
            eq(t.datasetImportJobs.datasetId, dataset.id),
            inArray(t.datasetImportJobs.status, [Status.CreatePending, Status.CreateInProgress]),
          ),
        );
      if (running.length > 0) {
        throw new ResourceInUse(`dataset ${dataset.arn} has an import job in progress (${running[0]!.arn}); wait for it to finish`);
      }
      const [exporting] = await tx
        .select({ arn: t.datasetExportJobs.arn })
        .from(t.datasetExportJobs)
        .where(and(eq(t.datasetExportJobs.datasetId, dataset.id), inArray(t.datasetExportJobs.status, [Status.CreatePending, Status.CreateInProgress])))
        .limit(1);
      if (exporting) throw new ResourceInUse(`dataset ${dataset.arn} has an export job in progress (${exporting.arn}); wait for it to finish`);
      const [training] = await tx
        .select({ arn: t.solutionVersions.arn })
        .from(t.solutionVersions)
        .innerJoin(t.solutions, eq(t.solutions.id, t.solutionVersions.solutionId))
        .where(
          and(
            eq(t.solutions.datasetGroupId, dataset.datasetGroupId),
            inArray(t.solutionVersions.status, TRAINING_STATUSES),
          ),
        )
        .limit(1);
      if (training) {
        throw new ResourceInUse(`dataset ${dataset.arn} is being trained on by solution version ${training.arn}; wait for it to finish or stop it`);
      }
      await tx.update(t.datasets).set({ status: Status.DeletePending, updatedAt: new Date() }).where(eq(t.datasets.id, dataset.id));
      await this.ctx.jobs.enqueue(tx, DATASET_JOBS.delete, dataset.arn);
    });
    this.ctx.jobs.poke();
  }
}
