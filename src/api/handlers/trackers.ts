/** Handlers for event trackers and tags. */
import type { EventTrackerRecord } from '../../control/event-trackers.ts';
import { timestamp } from '../convert.ts';
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

function summary(t: EventTrackerRecord) {
  return {
    name: t.name,
    eventTrackerArn: t.arn,
    status: t.status,
    creationDateTime: timestamp(t.createdAt),
    lastUpdatedDateTime: timestamp(t.updatedAt),
  };
}

type Handlers = Pick<
  PersonalizeHandlers,
  | 'CreateEventTracker'
  | 'DescribeEventTracker'
  | 'ListEventTrackers'
  | 'DeleteEventTracker'
  | 'TagResource'
  | 'UntagResource'
  | 'ListTagsForResource'
>;

/** Event tracker and tagging RPCs. */
export function trackerHandlers(s: Services, deps: HandlerDeps, accountId: string): Handlers {
  return {
    CreateEventTracker: unary(deps, 'CreateEventTracker', async (r) => {
      const out = await s.eventTrackers.create(r);
      return { eventTrackerArn: out.arn, trackingId: out.trackingId };
    }),
    DescribeEventTracker: unary(deps, 'DescribeEventTracker', async (r) => {
      const t = await s.eventTrackers.describe(r.eventTrackerArn);
      return { eventTracker: { ...summary(t), accountId, trackingId: t.trackingId, datasetGroupArn: t.datasetGroupArn } };
    }),
    ListEventTrackers: unary(deps, 'ListEventTrackers', async (r) => {
      const page = await s.eventTrackers.list(r.datasetGroupArn || undefined, r);
      return { eventTrackers: page.items.map(summary), nextToken: page.nextToken ?? '' };
    }),
    DeleteEventTracker: unary(deps, 'DeleteEventTracker', async (r) => {
      await s.eventTrackers.delete(r.eventTrackerArn);
      s.ingest.catalog.invalidate();
      return {};
    }),
    TagResource: unary(deps, 'TagResource', async (r) => {
      await s.tagging.tag(r.resourceArn, r.tags);
      return {};
    }),
    UntagResource: unary(deps, 'UntagResource', async (r) => {
      await s.tagging.untag(r.resourceArn, r.tagKeys);
      return {};
    }),
    ListTagsForResource: unary(deps, 'ListTagsForResource', async (r) => ({
      tags: (await s.tagging.list(r.resourceArn)).map((t) => ({ tagKey: t.key, tagValue: t.value })),
    })),
  };
}
