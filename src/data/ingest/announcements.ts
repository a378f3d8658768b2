/**
 * Announcements of committed data changes on the data channel (CHANNELS.data), for the
 * processes that keep dataset groups in memory (runtime). Payloads are JSON:
 *
 *   {"o": origin, "k": "e" | "i" | "u", "d": datasetId, "r": [[lo, hi], …]}   real-time rows
 *   {"o": origin, "k": "m", "d": datasetId}                                   a bulk import committed
 *   {"o": origin, "k": "x", "g": datasetGroupArn}                             a deletion job removed users
 *
 * `o` names the sending process (it applied the change itself and skips its own announcements);
 * `e`, `i`, `u` are events (interactions), items and users, and `r` the id ranges of the rows
 * written. Real-time rows are announced by the INSERT that writes them: the notification is part
 * of that transaction, so it is sent if and only if the rows commit, and in commit order. A
 * listener reads the rows by id (the payload stays far below PostgreSQL's 8000 bytes) and applies
 * them in the order announced.
 */
import type { Logger } from '../../common/logger.ts';
import type { Database } from '../../store/database.ts';
import { CHANNELS } from '../../store/notify/notifications.ts';
import type { FieldValue } from '../schema/index.ts';
import type { IngestChange } from './ingest.ts';

/** Id ranges per notification: 150 ranges of two 19-digit ids stay under 7000 bytes. */
const RANGES_PER_NOTIFICATION = 150;

/** What an announcement says. */
export type Announcement =
  | { o: string; k: 'e' | 'i' | 'u'; d: number; r: [number, number][] }
  | { o: string; k: 'm'; d: number }
  | { o: string; k: 'x'; g: string };

/**
 * Wraps an INSERT of data rows (no RETURNING) so that it announces the rows it wrote, by
 * dataset and id range, when it commits. `originParam` is the number of the parameter holding
 * the origin. The statement returns one row per notification.
 */
export function announcingInsert(insert: string, kind: 'e' | 'i' | 'u', originParam: number): string {
  return `with ins as (${insert} returning id, dataset_id),
    runs as (
      select dataset_id, min(id) as lo, max(id) as hi
      from (select id, dataset_id, id - row_number() over (partition by dataset_id order by id) as g from ins) x
      group by dataset_id, g),
    parts as (
      select dataset_id, json_agg(json_build_array(lo, hi) order by lo) as r
      from (select dataset_id, lo, hi, (row_number() over (partition by dataset_id order by lo) - 1) / ${RANGES_PER_NOTIFICATION} as part from runs) y
      group by dataset_id, part)
    select pg_notify('${CHANNELS.data}', json_build_object('o', $${originParam}::text, 'k', '${kind}', 'd', dataset_id, 'r', r)::text) from parts`;
}

/** The payload announcing that a bulk import into `datasetId` committed. */
export function importAnnouncement(origin: string, datasetId: number): string {
  return JSON.stringify({ o: origin, k: 'm', d: datasetId } satisfies Announcement);
}

/** The payload announcing that a data deletion job removed users of a dataset group. */
export function deletionAnnouncement(origin: string, datasetGroupArn: string): string {
  return JSON.stringify({ o: origin, k: 'x', g: datasetGroupArn } satisfies Announcement);
}

/** Where announced changes go (the serving side's group registry). */
export interface AnnouncementSink {
  /** Whether this dataset's rows are wanted here (its group is loaded and knows the dataset). */
  tracks(datasetId: number): boolean;
  /** Applies committed real-time rows. */
  apply(change: IngestChange): void;
  /** The dataset changed in ways only a read of all its data shows (a bulk import; rows of a dataset not tracked). */
  datasetChanged(datasetId: number): void;
  /** A deletion job removed users of the group. */
  usersDeleted(datasetGroupArn: string): void;
}

type RowsAnnouncement = Extract<Announcement, { k: 'e' | 'i' | 'u' }>;
const KINDS: readonly string[] = ['e', 'i', 'u', 'm', 'x'];

/**
 * Applies announcements from other processes to a sink, once each and in the order they
 * arrive: the rows of announcements that queue up while one read runs are read together.
 */
export class AnnouncementFeed {
  private queue: Announcement[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    private readonly database: Database,
    /** This process's origin: its own announcements are skipped (it applied those changes as it made them). */
    private readonly origin: string,
    private readonly sink: AnnouncementSink,
    private readonly logger: Logger,
  ) {}

  /** Takes a payload as it arrived on the data channel. */
  push(payload: string): void {
    let a: Announcement;
    try {
      a = JSON.parse(payload) as Announcement;
    } catch (err) {
      this.logger.warn({ err, payload: payload.slice(0, 200) }, 'ignoring a data announcement that is not JSON');
      return;
    }
    if (a.o === this.origin) return;
    if (!KINDS.includes(a.k)) {
      this.logger.warn({ kind: a.k }, 'ignoring a data announcement of an unknown kind');
      return;
    }
    this.queue.push(a);
    this.draining ??= this.drain().finally(() => (this.draining = undefined));
  }

  /** Resolves once every announcement pushed so far has been applied. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      const wanted = batch.filter((a): a is RowsAnnouncement => (a.k === 'e' || a.k === 'i' || a.k === 'u') && this.sink.tracks(a.d));
      let rows = new Map<RowsAnnouncement, ReadRow[]>();
      try {
        rows = await this.read(wanted);
      } catch (err) {
        // Nothing is lost: without their rows, the datasets read all their data again.
        this.logger.error({ err }, 'reading announced rows failed; reloading their datasets');
      }
      this.applyAll(batch, rows);
    }
  }

  private applyAll(batch: Announcement[], rows: Map<RowsAnnouncement, ReadRow[]>): void {
    for (const a of batch) {
      try {
        if (a.k === 'm') this.sink.datasetChanged(a.d);
        else if (a.k === 'x') this.sink.usersDeleted(a.g);
        else {
          const read = rows.get(a);
          if (read === undefined) this.sink.datasetChanged(a.d);
          else for (const change of changesOf(a, read)) this.sink.apply(change);
        }
      } catch (err) {
        this.logger.error({ err, announcement: a.k }, 'applying an announced data change failed');
      }
    }
  }

  /** Reads the announced rows, one query per table, and hands each announcement its rows in id order. */
  private async read(wanted: RowsAnnouncement[]): Promise<Map<RowsAnnouncement, ReadRow[]>> {
    const out = new Map<RowsAnnouncement, ReadRow[]>();
    for (const kind of ['e', 'i', 'u'] as const) {
      // Every range of every announcement of this table, by first id (ids are unique per table).
      const ranges: { d: number; lo: number; hi: number; of: ReadRow[] }[] = [];
      for (const a of wanted) {
        if (a.k !== kind) continue;
        const of: ReadRow[] = [];
        out.set(a, of);
        for (const [lo, hi] of a.r) ranges.push({ d: a.d, lo, hi, of });
      }
      if (ranges.length === 0) continue;
      ranges.sort((x, y) => x.lo - y.lo);
      const found = await this.database.query<ReadRow>(
        `select r.id, r.dataset_id as d, ${COLUMNS[kind]}
         from ${TABLES[kind]} r join unnest($1::int4[], $2::int8[], $3::int8[]) as x(d, lo, hi)
           on r.dataset_id = x.d and r.id between x.lo and x.hi
         where r.batch_id = 0
         order by r.id`,
        [ranges.map((x) => x.d), ranges.map((x) => x.lo), ranges.map((x) => x.hi)],
      );
      let k = 0;
      for (const row of found) {
        const id = Number(row.id);
        while (k < ranges.length && ranges[k]!.hi < id) k++;
        const range = ranges[k];
        if (range && range.lo <= id) range.of.push(row);
      }
    }
    return out;
  }
}

const TABLES = { e: 'interactions', i: 'items', u: 'users' } as const;
const COLUMNS = {
  e: 'coalesce(r.user_id, r.session_id) as u, r.item_id as item, r.timestamp as ts, r.event_type as et, r.event_value as ev',
  i: 'r.item_id as rid, r.creation_timestamp as c, r.properties as p',
  u: 'r.user_id as rid, null as c, r.properties as p',
} as const;

/** A row as `read` selects it (the columns of its table). */
interface ReadRow {
  id: number | string;
  d: number | string;
  u?: string;
  item?: string | null;
  ts?: number | string;
  et?: string;
  ev?: number | null;
  rid?: string;
  c?: number | string | null;
  p?: Record<string, FieldValue> | string;
}

/** The changes announced rows make, in id order: consecutive events of one user form one change. */
function changesOf(a: RowsAnnouncement, rows: ReadRow[]): IngestChange[] {
  if (a.k === 'e') {
    const changes: Extract<IngestChange, { kind: 'events' }>[] = [];
    for (const row of rows) {
      const event = { itemId: row.item ?? null, timestamp: Number(row.ts), eventType: row.et ?? '', eventValue: row.ev ?? null };
      const last = changes[changes.length - 1];
      if (last && last.userId === row.u) last.events.push(event);
      else changes.push({ kind: 'events', datasetId: a.d, userId: row.u ?? '', events: [event] });
    }
    return changes;
  }
  if (rows.length === 0) return [];
  const records = rows.map((row) => ({
    id: row.rid ?? '',
    creationTimestamp: row.c === null || row.c === undefined ? null : Number(row.c),
    properties: typeof row.p === 'string' ? (JSON.parse(row.p) as Record<string, FieldValue>) : (row.p ?? {}),
  }));
  return [{ kind: a.k === 'i' ? 'items' : 'users', datasetId: a.d, records }];
}
