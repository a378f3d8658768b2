/**
 * Real-time ingestion: PutEvents, PutItems and PutUsers. Each call is validated in full
 * (nothing is stored if any record is bad), then its rows go through a group commit and the
 * call returns once they are committed.
 */
import { checkArn } from '../../common/arn.ts';
import { InvalidInput } from '../../common/errors.ts';
import { optionalString, requireString } from '../../common/names.ts';
import type { Database } from '../../store/database.ts';
import { announcingInsert } from './announcements.ts';
import { metadataFields, parseProperties, type FieldValue } from '../schema/index.ts';
import { IngestCatalog, type IngestDataset } from './catalog.ts';
import { GroupCommit } from './group-commit.ts';

/** One event as the API carries it. */
export interface EventInput {
  eventId?: string;
  eventType?: string;
  eventValue?: number;
  itemId?: string;
  properties?: string;
  /** When the event happened, in epoch milliseconds. */
  sentAtMs?: number;
  recommendationId?: string;
  impression?: string[];
  eventAttributionSource?: string;
}

export interface PutEventsInput {
  trackingId?: string;
  userId?: string;
  sessionId?: string;
  events?: EventInput[];
}

export interface RecordInput {
  id?: string;
  properties?: string;
}

type InteractionRow = [
  datasetId: number,
  userId: string | null,
  itemId: string | null,
  timestamp: number,
  eventType: string,
  eventValue: number | null,
  impression: string | null,
  recommendationId: string | null,
  attribution: string | null,
  sessionId: string,
  /** Only ids the client sent are kept: they are what deduplication needs. */
  eventId: string | null,
  properties: string | null,
];

type RecordRow = [datasetId: number, id: string, creationTimestamp: number | null, properties: string];

/** What a committed real-time write changed, for whoever keeps derived state (serving). */
export type IngestChange =
  | {
      kind: 'events';
      datasetId: number;
      /** The user id, or the session id for anonymous events (Personalize serves sessions by that id). */
      userId: string;
      events: { itemId: string | null; timestamp: number; eventType: string; eventValue: number | null }[];
    }
  | {
      kind: 'items' | 'users';
      datasetId: number;
      records: { id: string; creationTimestamp: number | null; properties: Record<string, FieldValue> }[];
    };

/** Called after a write commits and before the call that made it returns. */
export type IngestListener = (change: IngestChange) => void;

/** Options of Ingest. */
export interface IngestOptions {
  /**
   * Announce every committed write on the data channel under this origin (the process's own
   * name), for the other processes that serve the same database (src/data/ingest/announcements.ts).
   * Unset (PGlite: one process), writes are told to in-process listeners only.
   */
  announceAs?: string;
}

const FORBIDDEN_EVENT_KEYS = ['userId', 'sessionId', 'eventType', 'timestamp', 'recommendationId', 'impression'];
const PRINTABLE = /^[\x20-\x7E]*[\x21-\x7E]+[\x20-\x7E]*$/;

export class Ingest {
  readonly catalog: IngestCatalog;
  private readonly interactions: GroupCommit<InteractionRow>;
  private readonly items: GroupCommit<RecordRow>;
  private readonly users: GroupCommit<RecordRow>;
  private readonly listeners: IngestListener[] = [];

  constructor(
    private readonly database: Database,
    private readonly options: IngestOptions = {},
  ) {
    this.catalog = new IngestCatalog(database);
    this.interactions = new GroupCommit((rows) => this.insertInteractions(rows));
    this.items = new GroupCommit((rows) => this.insertRecords('items', 'item_id', rows));
    this.users = new GroupCommit((rows) => this.insertRecords('users', 'user_id', rows));
  }

  /** Registers a listener for committed writes. */
  listen(listener: IngestListener): void {
    this.listeners.push(listener);
  }

  private notify(change: IngestChange): void {
    for (const l of this.listeners) l(change);
  }

  /**
   * Stores 1-10 events for a tracker; repeated event ids are stored once. An event sent
   * without an id is stored without one (Personalize makes one up but never shows it); only
   * client ids go into the unique index, which keeps id-less writes about a third cheaper.
   */
  async putEvents(input: PutEventsInput): Promise<void> {
    const trackingId = requireString('tracking_id', input.trackingId);
    const sessionId = requireString('session_id', input.sessionId);
    const userId = optionalString('user_id', input.userId) ?? null;
    const events = input.events ?? [];
    if (events.length < 1 || events.length > 10) throw new InvalidInput('event_list', `must hold 1 to 10 events (got ${events.length})`);
    // Check what needs no database first, so bad input fails fast even for an unknown tracker.
    events.forEach((e, i) => checkEventShape(e, `event_list[${i}]`));
    const dataset = await this.catalog.forTrackingId(trackingId);
    const metadata = metadataFields(dataset.schema, 'Interactions');
    const rows = events.map((e, i): InteractionRow => {
      const props = e.properties
        ? parseProperties(e.properties, {
            field: `event_list[${i}].properties`,
            maxLength: 1024,
            fields: metadata,
            forbiddenKeys: FORBIDDEN_EVENT_KEYS,
            datasetType: 'Interactions',
          })
        : undefined;
      return [
        dataset.id,
        userId,
        e.itemId || null,
        Math.floor(e.sentAtMs! / 1000),
        e.eventType!,
        e.eventValue ?? null,
        e.impression && e.impression.length > 0 ? e.impression.join('|') : null,
        e.recommendationId || null,
        e.eventAttributionSource || null,
        sessionId,
        e.eventId || null,
        props && Object.keys(props).length > 0 ? JSON.stringify(props) : null,
      ];
    });
    await this.interactions.submit(rows);
    this.notify({
      kind: 'events',
      datasetId: dataset.id,
      userId: userId ?? sessionId,
      events: rows.map((r) => ({ itemId: r[2], timestamp: r[3], eventType: r[4], eventValue: r[5] })),
    });
  }

  /** Stores 1-10 item records; a record replaces an earlier one with the same id. */
  async putItems(datasetArn: string | undefined, records: RecordInput[] | undefined): Promise<void> {
    const dataset = await this.recordDataset(datasetArn, 'Items');
    const rows = this.recordRows(dataset, records, 'items', 'item_id', 32_000);
    await this.items.submit(rows);
    this.notify({ kind: 'items', datasetId: dataset.id, records: rows.map(recordOf) });
  }

  /** Stores 1-10 user records; a record replaces an earlier one with the same id. */
  async putUsers(datasetArn: string | undefined, records: RecordInput[] | undefined): Promise<void> {
    const dataset = await this.recordDataset(datasetArn, 'Users');
    const rows = this.recordRows(dataset, records, 'users', 'user_id', 24_000);
    await this.users.submit(rows);
    this.notify({ kind: 'users', datasetId: dataset.id, records: rows.map(recordOf) });
  }

  /** Resolves when every accepted write has been committed. */
  async drain(): Promise<void> {
    await Promise.all([this.interactions.idle(), this.items.idle(), this.users.idle()]);
  }

  private async recordDataset(arn: string | undefined, type: 'Items' | 'Users'): Promise<IngestDataset> {
    const datasetArn = checkArn('dataset_arn', arn, 'dataset');
    const dataset = await this.catalog.forDatasetArn(datasetArn);
    if (dataset.type !== type) {
      throw new InvalidInput('dataset_arn', `${datasetArn} is ${article(dataset.type)} ${dataset.type} dataset; Put${type} needs an ${type} dataset`);
    }
    return dataset;
  }

  private recordRows(dataset: IngestDataset, records: RecordInput[] | undefined, list: string, idField: string, maxLength: number): RecordRow[] {
    const all = records ?? [];
    if (all.length < 1 || all.length > 10) throw new InvalidInput(list, `must hold 1 to 10 records (got ${all.length})`);
    const idName = dataset.type === 'Items' ? 'ITEM_ID' : 'USER_ID';
    const fields = dataset.schema.fields.filter((f) => f.name !== idName);
    return all.map((r, i): RecordRow => {
      const id = requireString(`${list}[${i}].${idField}`, r.id);
      const props: Record<string, FieldValue> = r.properties
        ? parseProperties(r.properties, { field: `${list}[${i}].properties`, maxLength, fields, datasetType: dataset.type })
        : {};
      const missing = fields.filter((f) => !f.nullable && (props[f.name] === undefined || props[f.name] === null));
      if (missing.length > 0) {
        throw new InvalidInput(`${list}[${i}].properties`, `lacks required field(s) ${missing.map((f) => f.name).join(', ')}`);
      }
      let creation: number | null = null;
      if (dataset.type === 'Items' && typeof props.CREATION_TIMESTAMP === 'number') {
        creation = props.CREATION_TIMESTAMP;
        delete props.CREATION_TIMESTAMP;
      }
      return [dataset.id, id, creation, JSON.stringify(props)];
    });
  }

  private async insertInteractions(rows: InteractionRow[]): Promise<void> {
    const cols = columns(rows, 12);
    await this.write(
      'e',
      `insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp, event_type, event_value, impression,
         recommendation_id, event_attribution_source, session_id, event_id, properties)
       select d, 0, u, i, ts, et, ev, imp, rid, src, sid, eid, p::jsonb
       from unnest($1::int4[], $2::text[], $3::text[], $4::int8[], $5::text[], $6::float4[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::text[]) as x(d, u, i, ts, et, ev, imp, rid, src, sid, eid, p)
       on conflict (dataset_id, event_id) where event_id is not null do nothing`,
      cols,
    );
  }

  private async insertRecords(table: 'items' | 'users', idColumn: string, rows: RecordRow[]): Promise<void> {
    const cols = columns(rows, 4);
    const creation = table === 'items' ? ', creation_timestamp' : '';
    const creationValue = table === 'items' ? ', c' : '';
    await this.write(
      table === 'items' ? 'i' : 'u',
      `insert into ${table} (dataset_id, batch_id, version, ${idColumn}${creation}, properties)
       select d, 0, nextval('data_version'), id${creationValue}, p::jsonb
       from unnest($1::int4[], $2::text[], $3::int8[], $4::text[]) with ordinality as x(d, id, c, p, n)
       order by n`,
      cols,
    );
  }

  /** Runs an INSERT; when announcing, the same statement announces the rows it wrote. */
  private async write(kind: 'e' | 'i' | 'u', insert: string, params: unknown[]): Promise<void> {
    const origin = this.options.announceAs;
    if (origin === undefined) await this.database.query(insert, params);
    else await this.database.query(announcingInsert(insert, kind, params.length + 1), [...params, origin]);
  }
}

function recordOf(r: RecordRow): { id: string; creationTimestamp: number | null; properties: Record<string, FieldValue> } {
  return { id: r[1], creationTimestamp: r[2], properties: JSON.parse(r[3]) as Record<string, FieldValue> };
}

/** Validates an event's own fields (everything that needs no database). */
function checkEventShape(e: EventInput, at: string): void {
  requireString(`${at}.event_type`, e.eventType);
  optionalString(`${at}.event_id`, e.eventId);
  optionalString(`${at}.item_id`, e.itemId);
  optionalString(`${at}.recommendation_id`, e.recommendationId, 40);
  if (e.sentAtMs === undefined) throw new InvalidInput(`${at}.sent_at`, 'is required');
  if (!Number.isFinite(e.sentAtMs) || e.sentAtMs < 0 || e.sentAtMs >= 1e14) {
    throw new InvalidInput(`${at}.sent_at`, 'must be a time between 1970 and the year 5138');
  }
  if (e.eventValue !== undefined && !Number.isFinite(e.eventValue)) throw new InvalidInput(`${at}.event_value`, 'must be a finite number');
  if (e.properties !== undefined && e.properties.length > 1024) {
    throw new InvalidInput(`${at}.properties`, `must be at most 1024 characters (got ${e.properties.length})`);
  }
  const impression = e.impression ?? [];
  if (impression.length > 25) throw new InvalidInput(`${at}.impression`, `may list at most 25 item ids (got ${impression.length})`);
  impression.forEach((id, j) => requireString(`${at}.impression[${j}]`, id));
  if (e.eventAttributionSource !== undefined && e.eventAttributionSource !== '') {
    if (e.eventAttributionSource.length > 1024 || !PRINTABLE.test(e.eventAttributionSource)) {
      throw new InvalidInput(`${at}.metric_attribution.event_attribution_source`, 'must be 1-1024 printable ASCII characters');
    }
  }
}

function columns<T extends unknown[]>(rows: T[], width: number): unknown[][] {
  const cols: unknown[][] = Array.from({ length: width }, () => new Array(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < width; c++) cols[c]![r] = row[c];
  }
  return cols;
}

function article(type: string): string {
  return /^[AEIOU]/.test(type) ? 'an' : 'a';
}
