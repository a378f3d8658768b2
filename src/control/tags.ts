/**
 * Tags on any resource: validation (Personalize's rules), storage, and the
 * TagResource / UntagResource / ListTagsForResource operations.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { checkArn, parseArn } from '../common/arn.ts';
import { InvalidInput, LimitExceeded, ResourceNotFound } from '../common/errors.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import { rowsOf } from '../jobs/queue.ts';
import type { ControlContext } from './context.ts';

/** A tag as the API carries it. */
export interface TagInput {
  tagKey?: string;
  tagValue?: string;
}

const TAG_TEXT = /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u;

/** Validates a list of tags; returns them as key/value pairs. */
export function checkTags(field: string, tags: TagInput[] | undefined, max: number): { key: string; value: string }[] {
  const list = tags ?? [];
  if (list.length > max) throw new LimitExceeded(`${field}: at most ${max} tags per resource (got ${list.length})`);
  const seen = new Set<string>();
  return list.map((tag, i) => {
    const key = tag.tagKey ?? '';
    const value = tag.tagValue ?? '';
    if (key.length < 1 || key.length > 128) throw new InvalidInput(`${field}[${i}].tag_key`, 'must be 1-128 characters');
    if (value.length > 256) throw new InvalidInput(`${field}[${i}].tag_value`, 'must be at most 256 characters');
    if (!TAG_TEXT.test(key)) throw new InvalidInput(`${field}[${i}].tag_key`, 'may contain only letters, digits, spaces and _.:/=+-@');
    if (!TAG_TEXT.test(value)) throw new InvalidInput(`${field}[${i}].tag_value`, 'may contain only letters, digits, spaces and _.:/=+-@');
    if (key.toLowerCase().startsWith('aws:')) throw new InvalidInput(`${field}[${i}].tag_key`, 'the prefix "aws:" is reserved');
    if (seen.has(key)) throw new InvalidInput(`${field}[${i}].tag_key`, `duplicate tag key "${key}"`);
    seen.add(key);
    return { key, value };
  });
}

/** Stores tags for a resource being created (inside its transaction). */
export async function insertTags(tx: Db, resourceArn: string, tags: { key: string; value: string }[]): Promise<void> {
  if (tags.length === 0) return;
  await tx.insert(t.tags).values(tags.map((tag) => ({ resourceArn, key: tag.key, value: tag.value })));
}

/** Removes every tag of a deleted resource. */
export async function deleteTags(tx: Db, resourceArn: string): Promise<void> {
  await tx.delete(t.tags).where(eq(t.tags.resourceArn, resourceArn));
}

/** Taggable resource types and the table that holds them. Later resource types add a line. */
const TABLE_OF: Record<string, string | undefined> = {
  'dataset-group': 'dataset_groups',
  dataset: 'datasets',
  'dataset-import-job': 'dataset_import_jobs',
  'event-tracker': 'event_trackers',
  solution: 'solutions',
  campaign: 'campaigns',
  filter: 'filters',
  'batch-inference-job': 'batch_jobs',
  'batch-segment-job': 'batch_jobs',
  'dataset-export-job': 'dataset_export_jobs',
  'data-deletion-job': 'data_deletion_jobs',
};

/** The tagging operations. */
export class Tagging {
  constructor(private readonly ctx: ControlContext) {}

  /** Adds or replaces tags on a resource. */
  async tag(resourceArn: string | undefined, tags: TagInput[] | undefined): Promise<void> {
    const { arn, table } = this.checkResourceArn(resourceArn);
    const list = checkTags('tags', tags, this.ctx.limits.tagsPerResource);
    if (list.length === 0) throw new InvalidInput('tags', 'at least one tag is required');
    await this.ctx.database.db.transaction(async (tx) => {
      // FOR SHARE: a delete of the resource waits for this, then removes these tags with it.
      const found = rowsOf(await tx.execute(sql`select 1 from ${sql.identifier(table)} where arn = ${arn} for share`));
      if (found.length === 0) throw new ResourceNotFound(parseArn(arn)!.resourceType, arn, `resource_arn: ${arn} does not exist`);
      const existing = await tx.select({ key: t.tags.key }).from(t.tags).where(eq(t.tags.resourceArn, arn));
      const keys = new Set(existing.map((r) => r.key));
      for (const tag of list) keys.add(tag.key);
      if (keys.size > this.ctx.limits.tagsPerResource) {
        throw new LimitExceeded(`a resource may have at most ${this.ctx.limits.tagsPerResource} tags (would have ${keys.size})`);
      }
      await tx
        .insert(t.tags)
        .values(list.map((tag) => ({ resourceArn: arn, key: tag.key, value: tag.value })))
        .onConflictDoUpdate({ target: [t.tags.resourceArn, t.tags.key], set: { value: sql`excluded.value` } });
    });
  }

  /** Removes tags by key (keys that are not present are ignored). */
  async untag(resourceArn: string | undefined, tagKeys: string[] | undefined): Promise<void> {
    const arn = await this.requireResource(resourceArn);
    const keys = tagKeys ?? [];
    if (keys.length === 0) throw new InvalidInput('tag_keys', 'at least one key is required');
    if (keys.length > 200) throw new InvalidInput('tag_keys', `at most 200 keys (got ${keys.length})`);
    keys.forEach((k, i) => {
      if (k.length < 1 || k.length > 128) throw new InvalidInput(`tag_keys[${i}]`, 'must be 1-128 characters');
      if (!TAG_TEXT.test(k)) throw new InvalidInput(`tag_keys[${i}]`, 'may contain only letters, digits, spaces and _.:/=+-@');
    });
    await this.ctx.database.db.delete(t.tags).where(and(eq(t.tags.resourceArn, arn), inArray(t.tags.key, keys)));
  }

  /** Lists a resource's tags in key order. */
  async list(resourceArn: string | undefined): Promise<{ key: string; value: string }[]> {
    const arn = await this.requireResource(resourceArn);
    return this.ctx.database.db
      .select({ key: t.tags.key, value: t.tags.value })
      .from(t.tags)
      .where(eq(t.tags.resourceArn, arn))
      .orderBy(t.tags.key);
  }

  private checkResourceArn(resourceArn: string | undefined): { arn: string; table: string } {
    const arn = checkArn('resource_arn', resourceArn);
    const { resourceType: type, resourceId } = parseArn(arn)!;
    // A solution version's ARN is its solution's ARN plus `/<version id>`.
    const table = type === 'solution' && resourceId.includes('/') ? 'solution_versions' : TABLE_OF[type];
    if (!table) throw new InvalidInput('resource_arn', `resources of type "${type}" cannot be tagged`);
    return { arn, table };
  }

  private async requireResource(resourceArn: string | undefined): Promise<string> {
    const { arn, table } = this.checkResourceArn(resourceArn);
    const rows = await this.ctx.database.query(`select 1 from ${table} where arn = $1 limit 1`, [arn]);
    if (rows.length === 0) throw new ResourceNotFound(parseArn(arn)!.resourceType, arn, `resource_arn: ${arn} does not exist`);
    return arn;
  }
}
