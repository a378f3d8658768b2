/** Handlers for the PersonalizeEvents service. */
import { epochMs } from '../convert.ts';
import type { PersonalizeEventsHandlers } from '../generated/attune/v1/PersonalizeEvents.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

/** PutEvents, PutItems and PutUsers. */
export function eventHandlers(s: Services, deps: HandlerDeps): PersonalizeEventsHandlers {
  return {
    PutEvents: unary(deps, 'PutEvents', async (r) => {
      await s.ingest.putEvents({
        trackingId: r.trackingId,
        userId: r.userId,
        sessionId: r.sessionId,
        events: r.eventList.map((e) => ({
          eventId: e.eventId,
          eventType: e.eventType,
          ...(e.eventValue !== undefined && e.eventValue !== null ? { eventValue: e.eventValue } : {}),
          itemId: e.itemId,
          properties: e.properties || undefined,
          ...(e.sentAt ? { sentAtMs: epochMs(e.sentAt)! } : {}),
          recommendationId: e.recommendationId,
          impression: e.impression,
          eventAttributionSource: e.metricAttribution?.eventAttributionSource ?? '',
        })),
      });
      return {};
    }),
    PutItems: unary(deps, 'PutItems', async (r) => {
      await s.ingest.putItems(
        r.datasetArn,
        r.items.map((i) => ({ id: i.itemId, properties: i.properties || undefined })),
      );
      return {};
    }),
    PutUsers: unary(deps, 'PutUsers', async (r) => {
      await s.ingest.putUsers(
        r.datasetArn,
        r.users.map((u) => ({ id: u.userId, properties: u.properties || undefined })),
      );
      return {};
    }),
  };
}
