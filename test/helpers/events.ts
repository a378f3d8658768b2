/** Real-time ingestion helpers: event builders, trackers, and what an Interactions dataset holds. */
import type { ServiceError } from '@grpc/grpc-js';
import { expect } from 'vitest';
import type { Event } from '../../src/api/generated/attune/v1/Event.ts';
import { datasetId } from './data.ts';
import { call, type TestServer, waitFor } from './server.ts';

/** A valid event: a click on `itemId` at 2023-11-14T22:13:20Z, changed by `fields`. */
export function event(itemId: string, fields: Partial<Event> = {}): Event {
  return { eventType: 'click', itemId, sentAt: { seconds: 1_700_000_000, nanos: 0 }, ...fields };
}

/** Creates an event tracker for a group, waits until it is ACTIVE, and returns its tracking id. */
export async function tracker(s: TestServer, name: string, datasetGroupArn: string): Promise<string> {
  const { eventTrackerArn, trackingId } = await call<object, { eventTrackerArn: string; trackingId: string }>(s.control, 'CreateEventTracker', {
    name,
    datasetGroupArn,
  });
  await waitFor(
    () => call<object, { eventTracker: { status: string } }>(s.control, 'DescribeEventTracker', { eventTrackerArn }),
    (r) => r.eventTracker.status,
    ['ACTIVE'],
  );
  return trackingId;
}

/** A stored event, as plain values. */
export interface StoredEvent {
  user_id: string | null;
  item_id: string | null;
  timestamp: number;
  event_type: string;
  event_value: number | null;
  impression: string | null;
  recommendation_id: string | null;
  event_attribution_source: string | null;
  session_id: string;
  event_id: string | null;
  properties: Record<string, unknown> | null;
}

/** The events of one session in an Interactions dataset, in insertion order. */
export async function sessionEvents(s: TestServer, datasetArn: string, sessionId: string): Promise<StoredEvent[]> {
  const rows = await s.attune.database.query<StoredEvent>(
    `select user_id, item_id, timestamp, event_type, event_value, impression, recommendation_id, event_attribution_source,
            session_id, event_id, properties
     from interactions where dataset_id = $1 and session_id = $2 order by id`,
    [await datasetId(s, datasetArn), sessionId],
  );
  return rows.map((r) => ({
    ...r,
    timestamp: Number(r.timestamp),
    event_value: r.event_value === null ? null : Number(r.event_value),
    properties: typeof r.properties === 'string' ? (JSON.parse(r.properties) as Record<string, unknown>) : r.properties,
  }));
}

/** Checks a refusal: its gRPC code, and that its message starts with the field path. */
export function expectRefused(err: ServiceError, code: number, field: string, label = field): void {
  expect(err.code, `${label}: ${err.details}`).toBe(code);
  expect(err.details.startsWith(`${field}: `), `${label}: ${err.details}`).toBe(true);
}

/**
 * Holds back every insert into the interactions table until `release()` (a table lock on
 * PostgreSQL, an open transaction on PGlite), so that concurrent calls queue up for one commit.
 */
export async function holdInteractionWrites(s: TestServer): Promise<() => Promise<void>> {
  const { database } = s.attune;
  if (database.sql) {
    const conn = await database.sql.reserve();
    await conn`begin`;
    await conn`lock table interactions in exclusive mode`;
    return async () => {
      await conn`commit`;
      conn.release();
    };
  }
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let held!: () => void;
  const holding = new Promise<void>((r) => (held = r));
  const done = database.pglite!.transaction(async () => {
    held();
    await released;
  });
  await holding;
  return async () => {
    release();
    await done;
  };
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
