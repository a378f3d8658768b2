/**
 * Reads a group's interactions for serving: every row (no solution's filter), CSR by user,
 * oldest first. With a RowsCache, the rows of the last full read are reused when nothing they
 * came from has changed (the same live batches, no data deletion since, same dataset), and only
 * the interactions written after them are read and merged in; a full read refreshes the cache,
 * and so does a training's read of every row (keepFullRead).
 */
import { buildSnapshot, type BuiltSnapshot, liveBatches, toCsr } from '../../data/snapshot/build.ts';
import type { Database } from '../../store/database.ts';
import type { GroupRows, RowsCache, RowsKey } from './rows-cache.ts';

/** What a read needs besides the database. */
export interface RowsSource {
  groupArn: string;
  interactionsDatasetId: number;
  /** The group's deletion mark (see deletionMark), read before the rows. */
  deletions: string;
  cache?: RowsCache;
  /** The cache's removal count for the group (RowsCache.generation), read before the deletion mark. */
  generation?: number;
  /** Called when writing the cache failed (the read itself succeeded). */
  onCacheError?: (err: unknown) => void;
}

/** The group's data deletions as one comparable value: how many users, and the latest time. */
export async function deletionMark(database: Pick<Database, 'query'>, groupArn: string): Promise<{ users: string[]; mark: string }> {
  const rows = await database.query<{ u: string; at: string | Date }>(
    `select d.user_id as u, d.deleted_at as at from deleted_users d join dataset_groups g on g.id = d.dataset_group_id where g.arn = $1`,
    [groupArn],
  );
  let latest = '';
  for (const r of rows) {
    const at = r.at instanceof Date ? r.at.toISOString() : String(r.at);
    if (at > latest) latest = at;
  }
  return { users: rows.map((r) => r.u), mark: `${rows.length}@${latest}` };
}

/** Reads the group's rows, through the cache when it has one that still holds. */
export async function readGroupRows(database: Pick<Database, 'query' | 'pglite'>, source: RowsSource): Promise<GroupRows> {
  const { cache } = source;
  const cached = cache ? await cache.load(source.groupArn) : undefined;
  const usable =
    cached !== undefined &&
    cached.key.datasetId === source.interactionsDatasetId &&
    cached.key.deletions === source.deletions &&
    cached.key.batches === (await liveBatches(database, source.interactionsDatasetId));
  if (usable) {
    const after = await buildSnapshot(database, { interactionsDatasetId: source.interactionsDatasetId }, { afterId: cached.key.lastId });
    if (after.batches === cached.key.batches) {
      const rows = await merge(cached.rows, after);
      // Many rows came after the cached ones (this group's, or any group's ids to walk past):
      // the next load starts from these instead.
      const added = rows.itemIdx.length - cached.rows.itemIdx.length;
      if (added >= Math.max(REWRITE_MIN_ROWS, cached.rows.itemIdx.length / 10) || after.lastId - cached.key.lastId >= REWRITE_MIN_IDS) {
        save(source, { ...cached.key, lastId: after.lastId }, rows);
      }
      return rows;
    }
  }
  const built = await buildSnapshot(database, { interactionsDatasetId: source.interactionsDatasetId });
  const rows = rowsOf(built);
  save(source, { datasetId: source.interactionsDatasetId, batches: built.batches, deletions: source.deletions, lastId: built.lastId }, rows);
  return rows;
}

/**
 * Keeps a read of every interaction of the group made for something else (a training with no
 * row filter) as its cached rows, so that the group's first load reads only what came after.
 * `source.deletions` must have been read before the rows were.
 */
export function keepFullRead(source: RowsSource, built: BuiltSnapshot): void {
  save(source, { datasetId: source.interactionsDatasetId, batches: built.batches, deletions: source.deletions, lastId: built.lastId }, rowsOf(built));
}

/** Rows read after the cached ones that make the cache be written again (with at least a tenth of its rows). */
const REWRITE_MIN_ROWS = 50_000;
/** Interaction ids past the cached ones (other groups' too) that make the cache be written again. */
const REWRITE_MIN_IDS = 1_000_000;

/** Writes the cache in the background (a failure only costs the next load a full read). */
function save(source: RowsSource, key: RowsKey, rows: GroupRows): void {
  source.cache?.save(source.groupArn, key, rows, source.generation).catch((err: unknown) => source.onCacheError?.(err));
}

function rowsOf(built: BuiltSnapshot): GroupRows {
  const m = built.snapshot.interactions;
  return {
    userIds: built.userIds,
    // Only the items of the rows (a training's read lists the Items dataset's others after them).
    itemIds: built.interactionItems === built.itemIds.length ? built.itemIds : built.itemIds.slice(0, built.interactionItems),
    eventTypes: built.snapshot.eventTypes,
    userPtr: m.userPtr,
    itemIdx: m.itemIdx,
    timestamp: m.timestamp,
    eventType: m.eventType,
    value: m.value,
    latestTimestamp: built.snapshot.latestTimestamp,
  };
}

/**
 * The cached rows followed by the rows read after them, as one full read would give them:
 * within a user, time order with older rows first among equal times.
 */
async function merge(base: GroupRows, after: BuiltSnapshot): Promise<GroupRows> {
  const m = after.snapshot.interactions;
  const added = m.itemIdx.length;
  if (added === 0) return base;
  const userIds = [...base.userIds];
  const itemIds = [...base.itemIds];
  const eventTypes = [...base.eventTypes];
  const userMap = remap(after.userIds, userIds);
  const itemMap = remap(after.itemIds, itemIds);
  const typeMap = remap(after.snapshot.eventTypes, eventTypes);
  const n = base.itemIdx.length + added;
  const u = new Int32Array(n);
  const it = new Int32Array(n);
  const time = new Float64Array(n);
  const value = new Float32Array(n);
  const type = new Int16Array(n);
  let k = 0;
  /** Appends rows in CSR form, their user, item and type indexes mapped (null: the same). */
  const copy = (rows: CsrRows, users: number, userMap: Int32Array | null, itemMap: Int32Array | null, typeMap: Int32Array | null) => {
    for (let r = 0; r < users; r++) {
      const to = userMap ? userMap[r]! : r;
      for (let j = rows.userPtr[r]!; j < rows.userPtr[r + 1]!; j++, k++) {
        u[k] = to;
        const item = rows.itemIdx[j]!;
        it[k] = itemMap ? itemMap[item]! : item;
        time[k] = rows.timestamp[j]!;
        value[k] = rows.value[j]!;
        const ty = rows.eventType[j]!;
        type[k] = ty < 0 ? -1 : typeMap ? typeMap[ty]! : ty;
      }
    }
  };
  copy(base, base.userIds.length, null, null, null);
  copy(m, after.userIds.length, userMap, itemMap, typeMap);
  const csr = await toCsr(userIds.length, itemIds.length, u, it, time, new Float32Array(n).fill(1), value, type);
  return {
    userIds,
    itemIds,
    eventTypes,
    userPtr: csr.userPtr,
    itemIdx: csr.itemIdx,
    timestamp: csr.timestamp,
    eventType: csr.eventType,
    value: csr.value,
    latestTimestamp: Math.max(base.latestTimestamp, after.snapshot.latestTimestamp),
  };
}

/** Rows in CSR form by user, as GroupRows and a snapshot's matrix both hold them. */
type CsrRows = Pick<GroupRows, 'userPtr' | 'itemIdx' | 'timestamp' | 'value' | 'eventType'>;

/** Indexes of `ids` in `into`, appending the ones it lacks. */
function remap(ids: readonly string[], into: string[]): Int32Array {
  const index = new Map(into.map((id, i) => [id, i]));
  return Int32Array.from(ids, (id) => {
    let i = index.get(id);
    if (i === undefined) {
      i = into.length;
      into.push(id);
      index.set(id, i);
    }
    return i;
  });
}
