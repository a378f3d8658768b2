/**
 * Builds a TrainingSnapshot from a dataset group's visible data: interactions (filtered and
 * weighted as the solution says) in CSR form by user, and categorical item metadata.
 * Rows are read in primary-key pages, so memory holds one page of row objects at a time.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../store/database.ts';
import { currentRecords } from '../../store/data-rows.ts';
import { SnapshotRows } from './page-rows.ts';
import { sharedArray } from './shared-arrays.ts';
import type { InteractionMatrix, ItemFeatures, TrainingSnapshot } from './types.ts';

/** Which interactions a training uses and how much each weighs. */
export interface SnapshotOptions {
  /** Use only events of this type (Personalize `eventType`). */
  eventType?: string;
  /** Drop events whose EVENT_VALUE is below this (events without a value are dropped too). */
  eventValueThreshold?: number;
  /** Per event type thresholds and weights (Personalize `eventsConfig`); other types are not used. */
  eventsConfig?: { eventType: string; eventValueThreshold?: number; weight: number }[];
  /** Items dataset columns not to use. */
  excludedItemColumns?: string[];
  /** Read only interactions whose id is above this (serving's cached rows plus what came after). */
  afterId?: number;
  /** Rows per query (default 5,000: on PGlite each query holds the event loop, so pages stay short). */
  pageSize?: number;
  signal?: AbortSignal;
}

/** Where the group's data lives: dataset ids, and the Items dataset's categorical fields. */
export interface SnapshotSource {
  interactionsDatasetId: number;
  itemsDatasetId?: number;
  categoricalItemFields?: string[];
}

/** A snapshot plus what only the main thread needs: the ids behind the indexes. */
export interface BuiltSnapshot {
  snapshot: TrainingSnapshot;
  userIds: string[];
  /** The items of the interactions read first, then the Items dataset's others. */
  itemIds: string[];
  /** How many of itemIds come from the interactions read. */
  interactionItems: number;
  /** Interactions read before filtering, and by event type ('' for none). */
  rowsRead: number;
  eventTypeCounts: Map<string, number>;
  /** The bulk batches the read saw live (ids, comma-separated), and the last interaction id it covered. */
  batches: string;
  lastId: number;
}

/** The data cannot train the solution (missing event types, too little data). */
export class TrainingDataError extends Error {}

/** The weight of an event of a type with a value (NaN for none), or 0 when the solution does not use it. */
export interface RowFilter {
  (eventType: string | null, value: number): number;
}

/** Returns the weight of an event, or 0 to drop it (serving weighs real-time events the same way). */
export function rowFilter(options: SnapshotOptions): RowFilter {
  const threshold = options.eventValueThreshold;
  const passes = (value: number, min: number | undefined) => min === undefined || (!Number.isNaN(value) && value >= min);
  if (options.eventsConfig && options.eventsConfig.length > 0) {
    const byType = new Map(options.eventsConfig.map((e) => [e.eventType, e]));
    return (type, value) => {
      const e = type === null ? undefined : byType.get(type);
      if (!e || e.weight <= 0 || !passes(value, e.eventValueThreshold) || !passes(value, threshold)) return 0;
      return e.weight;
    };
  }
  const only = options.eventType;
  return (type, value) => ((only === undefined || type === only) && passes(value, threshold) ? 1 : 0);
}

/** Whether `options` keep every row with its user and item (what rowFilter then weighs 1). */
export function usesEveryRow(options: SnapshotOptions): boolean {
  return options.eventType === undefined && options.eventValueThreshold === undefined && !options.eventsConfig?.length;
}

/** The ids of a dataset's live bulk batches, comma-separated in order. */
export async function liveBatches(database: Pick<Database, 'query'>, datasetId: number): Promise<string> {
  return (await database.query<{ id: number | string }>(`select id from data_batches where dataset_id = $1 and state = 'live' order by id`, [datasetId]))
    .map((b) => Number(b.id))
    .join(',');
}

/** Reads the group's data and builds the snapshot. Throws TrainingDataError for unusable data. */
export async function buildSnapshot(
  database: Pick<Database, 'query' | 'pglite'>,
  source: SnapshotSource,
  options: SnapshotOptions = {},
  attempt?: number,
): Promise<BuiltSnapshot> {
  const pageSize = options.pageSize ?? 5_000;
  const rows = new SnapshotRows(rowFilter(options));
  // The bulk batches live now: pages read exactly these (plus real-time rows up to the last id
  // seen at the start), so an import committing meanwhile cannot mix old and new data. If one
  // of them is retired before the read ends (its rows may be collected), the read starts over.
  const batches = await liveBatches(database, source.interactionsDatasetId);
  // Batch ids are integers read from the database: listed inline, the planner checks them with
  // a cheap comparison per row (an array parameter made each page about half again slower).
  const visible = `r.dataset_id = $1 and r.batch_id in (0${batches ? `, ${batches}` : ''})`;
  // Walk the primary key in ranges: each query is a short index range scan (an `order by id
  // limit n` page would make the planner sort or scan the whole table every time).
  const [bounds] = await database.query<{ lo: number | string | null; hi: number | string | null }>(
    // Bounds of the whole table come from the primary key's two ends at once; filtering by
    // dataset here would scan every row (and hold PGlite's event loop while it does).
    `select min(id) as lo, max(id) as hi from interactions`,
  );
  const lo = Math.max(bounds?.lo === null || bounds?.lo === undefined ? 1 : Number(bounds.lo), (options.afterId ?? 0) + 1);
  const hi = bounds?.hi === null || bounds?.hi === undefined ? 0 : Number(bounds.hi);
  for (let from = lo; from <= hi; from += pageSize) {
    options.signal?.throwIfAborted();
    const to = from + Math.min(pageSize, hi + 1 - from);
    if (database.pglite) {
      rows.addCopyText(await copyPage(database.pglite, visible.replace('$1', String(source.interactionsDatasetId)), from, to));
    } else {
      const page = await database.query<PageRow>(
        `select r.user_id as u, r.item_id as i, r.timestamp as t, r.event_type as e, r.event_value as v
         from interactions r where ${visible} and r.id >= $2 and r.id < $3 order by r.id`,
        [source.interactionsDatasetId, from, to],
      );
      for (const r of page) rows.add(r.u, r.i, Number(r.t), r.e, r.v === null ? NaN : Number(r.v));
    }
  }

  if ((await liveBatches(database, source.interactionsDatasetId)) !== batches) {
    if ((attempt ?? 0) >= 3) throw new Error('the Interactions dataset kept changing while it was read for training');
    return buildSnapshot(database, source, options, (attempt ?? 0) + 1);
  }
  const eventTypeCounts = rows.eventTypeCounts();
  checkEventTypes(options, eventTypeCounts);
  const { itemIndex, userIds, itemIds } = rows;
  const interactionItems = itemIds.length;

  let itemFeatures: ItemFeatures | undefined;
  let itemCreated: Float64Array | undefined;
  if (source.itemsDatasetId !== undefined) {
    const records = await currentRecords(database, 'items', source.itemsDatasetId);
    for (const rec of records) {
      if (!itemIndex.has(rec.id)) {
        itemIndex.set(rec.id, itemIds.length);
        itemIds.push(rec.id);
      }
    }
    itemCreated = sharedArray(Float64Array, itemIds.length).fill(NaN);
    for (const rec of records) {
      if (rec.creationTimestamp !== null) itemCreated[itemIndex.get(rec.id)!] = rec.creationTimestamp;
    }
    const excluded = new Set(options.excludedItemColumns ?? []);
    const fields = (source.categoricalItemFields ?? []).filter((f) => !excluded.has(f));
    if (fields.length > 0) itemFeatures = buildItemFeatures(records, itemIndex, itemIds.length, fields);
  }

  const interactions = await toCsr(userIds.length, itemIds.length, rows.u.view(), rows.it.view(), rows.time.view(), rows.weight.view(), rows.value.view(), rows.type.view());
  const snapshot: TrainingSnapshot = {
    interactions,
    eventTypes: rows.eventTypes,
    latestTimestamp: Number.isFinite(rows.latest) ? rows.latest : 0,
    ...(itemFeatures ? { itemFeatures } : {}),
    ...(itemCreated ? { itemCreated } : {}),
  };
  return { snapshot, userIds, itemIds, interactionItems, rowsRead: rows.rowsRead, eventTypeCounts, batches, lastId: Math.max(hi, options.afterId ?? 0) };
}

/** One interactions row as the snapshot reads it. */
interface PageRow {
  u: string | null;
  i: string | null;
  t: number | string;
  e: string | null;
  v: number | string | null;
}

/**
 * PGlite: one page through COPY … TO '/dev/blob' (text format), as text for SnapshotRows to
 * parse. PGlite decodes an ordinary result field by field in the API's thread; one blob of
 * text is several times cheaper, and every query holds the event loop for its whole duration.
 */
async function copyPage(pg: PGlite, visible: string, from: number, to: number): Promise<string> {
  const result = await pg.query(
    `copy (select r.user_id, r.item_id, r.timestamp, r.event_type, r.event_value from interactions r
      where ${visible} and r.id >= ${Math.trunc(from)} and r.id < ${Math.trunc(to)} order by r.id) to '/dev/blob'`,
  );
  return result.blob ? await result.blob.text() : '';
}

/** Fails when the solution names event types the data does not have. */
function checkEventTypes(options: SnapshotOptions, counts: Map<string, number>): void {
  const present = [...counts.keys()].filter((k) => k !== '').sort();
  const list = present.length > 0 ? present.map((p) => `"${p}"`).join(', ') : 'none';
  if (options.eventType !== undefined && !counts.has(options.eventType)) {
    throw new TrainingDataError(`event_type "${options.eventType}" does not occur in the Interactions dataset (event types present: ${list})`);
  }
  const missing = (options.eventsConfig ?? []).filter((e) => !counts.has(e.eventType)).map((e) => `"${e.eventType}"`);
  if (missing.length > 0) {
    throw new TrainingDataError(
      `solution_config.events_config names event types that do not occur in the Interactions dataset: ${missing.join(', ')} (event types present: ${list})`,
    );
  }
}

/** Fails unless there are enough interactions and users to train (Personalize's minimums). */
export function checkMinimumData(m: InteractionMatrix, minInteractions = 1000, minUsers = 25): void {
  const nnz = m.userPtr[m.numUsers]!;
  let usersWithTwo = 0;
  for (let r = 0; r < m.numUsers; r++) if (m.userPtr[r + 1]! - m.userPtr[r]! >= 2) usersWithTwo++;
  if (nnz < minInteractions || usersWithTwo < minUsers) {
    throw new TrainingDataError(
      `not enough training data: ${nnz} interactions and ${usersWithTwo} users with 2 or more interactions after filtering; ` +
        `training needs at least ${minInteractions} interactions and at least ${minUsers} users with 2 or more`,
    );
  }
}

/** Lets other work (API calls) run between slices of a long loop over the rows. */
const STEP = 1 << 16;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Sorts the rows into CSR by user, each row by time (arrival order breaks ties); yields every STEP rows. */
export async function toCsr(
  numUsers: number,
  numItems: number,
  u: Int32Array,
  it: Int32Array,
  time: Float64Array,
  weight: Float32Array,
  value: Float32Array,
  type: Int16Array,
): Promise<InteractionMatrix> {
  const n = u.length;
  const userPtr = sharedArray(Int32Array, numUsers + 1);
  for (let k = 0; k < n; k++) {
    userPtr[u[k]! + 1]!++;
    if ((k & (STEP - 1)) === STEP - 1) await breathe();
  }
  for (let r = 0; r < numUsers; r++) userPtr[r + 1]! += userPtr[r]!;
  const next = userPtr.slice(0, numUsers);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    order[next[u[k]!]!++] = k;
    if ((k & (STEP - 1)) === STEP - 1) await breathe();
  }
  // Within a row the order is arrival order; make it time order where it is not already.
  for (let r = 0; r < numUsers; r++) {
    if ((r & 4095) === 4095) await breathe();
    const lo = userPtr[r]!;
    const hi = userPtr[r + 1]!;
    let sorted = true;
    for (let k = lo + 1; k < hi && sorted; k++) sorted = time[order[k]!]! >= time[order[k - 1]!]!;
    if (!sorted) {
      const seg = Array.from(order.subarray(lo, hi)).sort((a, b) => time[a]! - time[b]! || a - b);
      order.set(seg, lo);
    }
  }
  const m: InteractionMatrix = {
    numUsers,
    numItems,
    userPtr,
    itemIdx: sharedArray(Int32Array, n),
    timestamp: sharedArray(Float64Array, n),
    weight: sharedArray(Float32Array, n),
    value: sharedArray(Float32Array, n),
    eventType: sharedArray(Int16Array, n),
  };
  for (let k = 0; k < n; k++) {
    if ((k & (STEP - 1)) === STEP - 1) await breathe();
    const src = order[k]!;
    m.itemIdx[k] = it[src]!;
    m.timestamp[k] = time[src]!;
    m.weight[k] = weight[src]!;
    m.value[k] = value[src]!;
    m.eventType[k] = type[src]!;
  }
  return m;
}

/** Categorical values (`a|b` is two values) of each item, as item × feature CSR. */
function buildItemFeatures(
  records: { id: string; properties: Record<string, unknown> }[],
  itemIndex: Map<string, number>,
  numItems: number,
  fields: string[],
): ItemFeatures {
  const featureIndex = new Map<string, number>();
  const featureField: number[] = [];
  const perItem: number[][] = Array.from({ length: numItems }, () => []);
  for (const rec of records) {
    const row = perItem[itemIndex.get(rec.id)!]!;
    fields.forEach((field, f) => {
      const raw = rec.properties[field];
      if (raw === null || raw === undefined || raw === '') return;
      for (const part of String(raw).split('|')) {
        const v = part.trim().toLowerCase();
        if (v === '') continue;
        const key = `${field}=${v}`;
        let idx = featureIndex.get(key);
        if (idx === undefined) {
          idx = featureField.length;
          featureIndex.set(key, idx);
          featureField.push(f);
        }
        if (!row.includes(idx)) row.push(idx);
      }
    });
  }
  const itemPtr = sharedArray(Int32Array, numItems + 1);
  for (let i = 0; i < numItems; i++) itemPtr[i + 1] = itemPtr[i]! + perItem[i]!.length;
  const featureIdx = sharedArray(Int32Array, itemPtr[numItems]!);
  for (let i = 0; i < numItems; i++) featureIdx.set(perItem[i]!.sort((a, b) => a - b), itemPtr[i]!);
  const ff = sharedArray(Int32Array, featureField.length);
  ff.set(featureField);
  return { numFeatures: featureField.length, itemPtr, featureIdx, featureField: ff, fieldNames: fields };
}
