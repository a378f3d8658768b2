/**
 * Filters: expressions that include or exclude items (or users) from recommendations, checked
 * against the dataset group's schemas. Checking is synchronous, so a filter is ACTIVE as soon
 * as CreateFilter returns (Personalize takes a while; there is nothing to wait for here).
 */
import { and, asc, eq, gt, notInArray } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { LimitExceeded, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkName, requireString } from '../common/names.ts';
import { parseAvroSchema } from '../data/schema/index.ts';
import { checkFilterFields, MAX_FILTER_EXPRESSION_LENGTH, parseFilterExpression } from '../serving/filters/index.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { requireDatasetGroup } from './dataset-groups.ts';
import { isUniqueViolation } from './db-errors.ts';
import type { RowLock } from './locks.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { Status } from './status.ts';
import { checkTags, deleteTags, insertTags, type TagInput } from './tags.ts';

/** A filter with its dataset group's ARN. */
export interface FilterRecord {
  id: number;
  arn: string;
  name: string;
  datasetGroupId: number;
  datasetGroupArn: string;
  /** The expression exactly as the client wrote it. */
  expression: string;
  /** Distinct dataset fields it uses (`Items.GENRE`, …). */
  fields: string[];
  status: string;
  failureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CreateFilterInput {
  name?: string;
  datasetGroupArn?: string;
  filterExpression?: string;
  tags?: TagInput[];
}

function selectFilters(db: Db) {
  return db
    .select({ f: t.filters, groupArn: t.datasetGroups.arn })
    .from(t.filters)
    .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.filters.datasetGroupId));
}

function toRecord(row: { f: typeof t.filters.$inferSelect; groupArn: string }): FilterRecord {
  return { ...row.f, fields: row.f.fields as string[], datasetGroupArn: row.groupArn };
}

/** Loads a filter by ARN or throws ResourceNotFound; `lock` locks its row for the caller's transaction. */
export async function requireFilter(db: Db, arn: string, field = 'filter_arn', lock?: RowLock): Promise<FilterRecord> {
  checkArn(field, arn, 'filter');
  const query = selectFilters(db).where(eq(t.filters.arn, arn)).limit(1);
  const [row] = lock ? await query.for(lock, { of: t.filters }) : await query;
  if (!row) throw new ResourceNotFound('filter', arn, `${field}: filter ${arn} does not exist`);
  return toRecord(row);
}

/** The full field lists of the group's datasets (those not being deleted), as the filter check wants them. */
async function groupSchemas(tx: Db, groupId: number) {
  const rows = await tx
    .select({ type: t.datasets.datasetType, definition: t.schemas.definition })
    .from(t.datasets)
    .innerJoin(t.schemas, eq(t.schemas.id, t.datasets.schemaId))
    .where(and(eq(t.datasets.datasetGroupId, groupId), notInArray(t.datasets.status, [Status.DeletePending, Status.DeleteInProgress])));
  const fieldsOf = (type: string) => {
    const row = rows.find((r) => r.type === type);
    return row ? parseAvroSchema(row.definition).fields : undefined;
  };
  return { items: fieldsOf('Items'), users: fieldsOf('Users'), interactions: fieldsOf('Interactions') };
}

export class Filters {
  constructor(private readonly ctx: ControlContext) {}

  /** Checks the expression against the group's schemas and quotas and stores the filter, ACTIVE. */
  async create(input: CreateFilterInput): Promise<string> {
    const name = checkName('name', input.name);
    const expression = requireString('filter_expression', input.filterExpression, MAX_FILTER_EXPRESSION_LENGTH);
    const parsed = parseFilterExpression(expression);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    const arn = makeArn(this.ctx.scope, 'filter', name);
    const now = new Date();
    const { filtersPerDatasetGroup, filterFieldsPerDatasetGroup } = this.ctx.limits;
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        // FOR UPDATE, not SHARE: filter creates in one group run one at a time, so that the
        // quotas below count every filter (and a group delete waits, then sees this one).
        const group = await requireDatasetGroup(tx, input.datasetGroupArn ?? '', 'dataset_group_arn', 'update');
        if (group.status !== Status.Active) {
          throw new ResourceInUse(`dataset group ${group.arn} is ${group.status}; filters can be added once it is ACTIVE`);
        }
        const checked = checkFilterFields(parsed, await groupSchemas(tx, group.id));
        const [byName] = await tx.select({ id: t.filters.id }).from(t.filters).where(eq(t.filters.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`a filter named "${name}" already exists`);
        const existing = await tx.select({ fields: t.filters.fields }).from(t.filters).where(eq(t.filters.datasetGroupId, group.id));
        if (existing.length >= filtersPerDatasetGroup) {
          throw new LimitExceeded(`dataset group ${group.arn} already has ${existing.length} filters; the limit is ${filtersPerDatasetGroup}`);
        }
        const used = new Set(existing.flatMap((f) => f.fields as string[]));
        const added = checked.fields.filter((f) => !used.has(f));
        if (used.size + added.length > filterFieldsPerDatasetGroup) {
          throw new LimitExceeded(
            `the filters of dataset group ${group.arn} may use at most ${filterFieldsPerDatasetGroup} distinct fields; they use ${used.size} and this one adds ${added.join(', ')}`,
          );
        }
        await tx.insert(t.filters).values({
          arn,
          name,
          datasetGroupId: group.id,
          expression,
          fields: checked.fields,
          status: Status.Active,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a filter named "${name}" already exists`);
      throw err;
    }
    return arn;
  }

  /** Describes one filter. */
  async describe(arn: string | undefined): Promise<FilterRecord> {
    return requireFilter(this.ctx.database.db, arn ?? '');
  }

  /** Lists filters, optionally of one dataset group, oldest first. */
  async list(groupArn: string | undefined, page: PageRequest): Promise<Page<FilterRecord>> {
    const db = this.ctx.database.db;
    const group = groupArn ? await requireDatasetGroup(db, groupArn) : undefined;
    return paginate(this.ctx.tokens, `ListFilters:${groupArn ?? ''}`, page, async (after, limit) =>
      (
        await selectFilters(db)
          .where(and(gt(t.filters.id, after), group ? eq(t.filters.datasetGroupId, group.id) : undefined))
          .orderBy(asc(t.filters.id))
          .limit(limit)
      ).map(toRecord),
    );
  }

  /** Deletes a filter and its tags at once (nothing is deployed for it). */
  async delete(arn: string | undefined): Promise<void> {
    await this.ctx.database.db.transaction(async (tx) => {
      const filter = await requireFilter(tx, arn ?? '', 'filter_arn', 'update');
      await tx.delete(t.filters).where(eq(t.filters.id, filter.id));
      await deleteTags(tx, filter.arn);
    });
  }
}
