/** Dataset schemas: create (validated Avro), describe, list, delete when unused. */
import { asc, count, eq, gt, or } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { InvalidInput, LimitExceeded, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkEnum, checkName, checkNoNul } from '../common/names.ts';
import { type ParsedSchema, parseAvroSchema } from '../data/schema/index.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { type RowLock } from './locks.ts';
import { DOMAINS } from './dataset-groups.ts';
import { isUniqueViolation } from './db-errors.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';

export type SchemaRecord = typeof t.schemas.$inferSelect;

export interface CreateSchemaInput {
  name?: string;
  schema?: string;
  domain?: string;
}

/** Loads a schema by ARN or throws ResourceNotFound; `lock` locks its row for the caller's transaction. */
export async function requireSchema(db: Db, arn: string, field = 'schema_arn', lock?: RowLock): Promise<SchemaRecord> {
  checkArn(field, arn, 'schema');
  const query = db.select().from(t.schemas).where(eq(t.schemas.arn, arn)).limit(1);
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw new ResourceNotFound('schema', arn, `${field}: schema ${arn} does not exist`);
  return row;
}

/** The parsed form of a stored schema (stored schemas were validated when created). */
export function parsedSchemaOf(record: SchemaRecord): ParsedSchema {
  return parseAvroSchema(record.definition);
}

export class Schemas {
  constructor(private readonly ctx: ControlContext) {}

  /** Validates and stores a schema. Schemas are immutable and ready at once. */
  async create(input: CreateSchemaInput): Promise<{ arn: string }> {
    const name = checkName('name', input.name);
    if (!input.schema) throw new InvalidInput('schema', 'is required');
    checkNoNul('schema', input.schema);
    parseAvroSchema(input.schema, 'schema');
    const domain = input.domain ? checkEnum('domain', input.domain, DOMAINS) : null;
    const arn = makeArn(this.ctx.scope, 'schema', name);
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const [existing] = await tx.select({ id: t.schemas.id }).from(t.schemas).where(eq(t.schemas.arn, arn));
        if (existing) throw new ResourceAlreadyExists(`a schema named "${name}" already exists`);
        const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(t.schemas);
        if (n >= this.ctx.limits.schemas) throw new LimitExceeded(`at most ${this.ctx.limits.schemas} schemas may exist`);
        await tx.insert(t.schemas).values({ arn, name, definition: input.schema!, domain, createdAt: now, updatedAt: now });
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`a schema named "${name}" already exists`);
      throw err;
    }
    return { arn };
  }

  /** Describes one schema. */
  async describe(arn: string | undefined): Promise<SchemaRecord> {
    return requireSchema(this.ctx.database.db, arn ?? '');
  }

  /** Lists schemas in creation order. */
  async list(page: PageRequest): Promise<Page<SchemaRecord>> {
    return paginate(this.ctx.tokens, 'ListSchemas', page, (after, limit) =>
      this.ctx.database.db.select().from(t.schemas).where(gt(t.schemas.id, after)).orderBy(asc(t.schemas.id)).limit(limit),
    );
  }

  /** Deletes a schema that no dataset uses. */
  async delete(arn: string | undefined): Promise<void> {
    await this.ctx.database.db.transaction(async (tx) => {
      const schema = await requireSchema(tx, arn ?? '', 'schema_arn', 'update');
      const users = await tx
        .select({ arn: t.datasets.arn })
        .from(t.datasets)
        .where(or(eq(t.datasets.schemaId, schema.id), eq(t.datasets.updateSchemaId, schema.id)));
      if (users.length > 0) {
        throw new ResourceInUse(`schema ${schema.arn} is used by dataset ${users.map((u) => u.arn).join(', ')}; delete the dataset first`);
      }
      await tx.delete(t.schemas).where(eq(t.schemas.id, schema.id));
    });
  }
}
