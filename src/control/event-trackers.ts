/** Event trackers: at most one per dataset group; its tracking id authorises PutEvents. */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt } from 'drizzle-orm';
import { checkArn, makeArn } from '../common/arn.ts';
import { LimitExceeded, ResourceAlreadyExists, ResourceInUse, ResourceNotFound } from '../common/errors.ts';
import { checkName } from '../common/names.ts';
import type { Db } from '../store/database.ts';
import * as t from '../store/schema.ts';
import type { ControlContext } from './context.ts';
import { type RowLock } from './locks.ts';
import { requireDatasetGroup } from './dataset-groups.ts';
import { isUniqueViolation, pgConstraint } from './db-errors.ts';
import { type Page, type PageRequest, paginate } from './pagination.ts';
import { DELETABLE, Status } from './status.ts';
import { checkTags, insertTags, type TagInput } from './tags.ts';

export interface EventTrackerRecord {
  id: number;
  arn: string;
  name: string;
  trackingId: string;
  datasetGroupId: number;
  datasetGroupArn: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CreateEventTrackerInput {
  name?: string;
  datasetGroupArn?: string;
  tags?: TagInput[];
}

export const EVENT_TRACKER_JOBS = { create: 'event-tracker.create', delete: 'event-tracker.delete' } as const;

function selectTrackers(db: Db) {
  return db
    .select({ tr: t.eventTrackers, groupArn: t.datasetGroups.arn })
    .from(t.eventTrackers)
    .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.eventTrackers.datasetGroupId));
}

function toRecord(row: { tr: typeof t.eventTrackers.$inferSelect; groupArn: string }): EventTrackerRecord {
  return { ...row.tr, datasetGroupArn: row.groupArn };
}

/** Loads an event tracker by ARN or throws ResourceNotFound. */
export async function requireEventTracker(db: Db, arn: string, field = 'event_tracker_arn', lock?: RowLock): Promise<EventTrackerRecord> {
  checkArn(field, arn, 'event-tracker');
  const query = selectTrackers(db).where(eq(t.eventTrackers.arn, arn)).limit(1);
  const [row] = lock ? await query.for(lock, { of: t.eventTrackers }) : await query;
  if (!row) throw new ResourceNotFound('event tracker', arn, `${field}: event tracker ${arn} does not exist`);
  return toRecord(row);
}

export class EventTrackers {
  constructor(private readonly ctx: ControlContext) {}

  /** Creates the dataset group's event tracker and its tracking id. */
  async create(input: CreateEventTrackerInput): Promise<{ arn: string; trackingId: string }> {
    const name = checkName('name', input.name);
    const tags = checkTags('tags', input.tags, this.ctx.limits.tagsPerResource);
    const arn = makeArn(this.ctx.scope, 'event-tracker', name);
    const trackingId = randomUUID();
    const now = new Date();
    try {
      await this.ctx.database.db.transaction(async (tx) => {
        const group = await requireDatasetGroup(tx, input.datasetGroupArn ?? '', 'dataset_group_arn', 'share');
        if (group.status !== Status.Active) {
          throw new ResourceInUse(`dataset group ${group.arn} is ${group.status}; event trackers can be added once it is ACTIVE`);
        }
        const [byName] = await tx.select({ id: t.eventTrackers.id }).from(t.eventTrackers).where(eq(t.eventTrackers.arn, arn));
        if (byName) throw new ResourceAlreadyExists(`an event tracker named "${name}" already exists`);
        const [other] = await tx
          .select({ arn: t.eventTrackers.arn })
          .from(t.eventTrackers)
          .where(eq(t.eventTrackers.datasetGroupId, group.id));
        if (other) throw new LimitExceeded(`dataset group ${group.arn} already has an event tracker (${other.arn}); the limit is one`);
        await tx.insert(t.eventTrackers).values({
          arn,
          name,
          datasetGroupId: group.id,
          trackingId,
          status: Status.CreatePending,
          createdAt: now,
          updatedAt: now,
        });
        await insertTags(tx, arn, tags);
        await this.ctx.jobs.enqueue(tx, EVENT_TRACKER_JOBS.create, arn);
      });
    } catch (err) {
      if (isUniqueViolation(err) && pgConstraint(err) === 'event_trackers_group') {
        throw new LimitExceeded(`dataset group ${input.datasetGroupArn} already has an event tracker; the limit is one`);
      }
      if (isUniqueViolation(err)) throw new ResourceAlreadyExists(`an event tracker named "${name}" already exists`);
      throw err;
    }
    this.ctx.jobs.poke();
    return { arn, trackingId };
  }

  /** Describes one event tracker. */
  async describe(arn: string | undefined): Promise<EventTrackerRecord> {
    return requireEventTracker(this.ctx.database.db, arn ?? '');
  }

  /** Lists event trackers, optionally of one dataset group. */
  async list(groupArn: string | undefined, page: PageRequest): Promise<Page<EventTrackerRecord>> {
    const group = groupArn ? await requireDatasetGroup(this.ctx.database.db, groupArn) : undefined;
    return paginate(this.ctx.tokens, `ListEventTrackers:${groupArn ?? ''}`, page, async (after, limit) =>
      (
        await selectTrackers(this.ctx.database.db)
          .where(and(gt(t.eventTrackers.id, after), group ? eq(t.eventTrackers.datasetGroupId, group.id) : undefined))
          .orderBy(asc(t.eventTrackers.id))
          .limit(limit)
      ).map(toRecord),
    );
  }

  /** Deletes an event tracker (its events stay in the Interactions dataset). */
  async delete(arn: string | undefined): Promise<void> {
    await this.ctx.database.db.transaction(async (tx) => {
      const tracker = await requireEventTracker(tx, arn ?? '', 'event_tracker_arn', 'update');
      if (!DELETABLE.includes(tracker.status)) {
        throw new ResourceInUse(`event tracker ${tracker.arn} is ${tracker.status}; it can be deleted when ACTIVE or CREATE FAILED`);
      }
      await tx.update(t.eventTrackers).set({ status: Status.DeletePending, updatedAt: new Date() }).where(eq(t.eventTrackers.id, tracker.id));
      await this.ctx.jobs.enqueue(tx, EVENT_TRACKER_JOBS.delete, tracker.arn);
    });
    this.ctx.jobs.poke();
  }
}
