/**
 * Data rows and their visibility. Rows of a bulk import belong to a data batch that is
 * `loading` until the import commits; readers see real-time rows (batch 0) and rows of `live`
 * batches only. Removing rows (dead batches, deleted datasets) walks the primary key in
 * ranges so that each statement is short: PGlite runs one statement at a time, and API calls
 * must not wait behind a long delete.
 */
import type { Database } from './database.ts';

/** The dataset tables. */
export type DataTable = 'interactions' | 'items' | 'users';
export const DATA_TABLES: readonly DataTable[] = ['interactions', 'items', 'users'];

/** SQL condition (alias `r`) selecting the visible rows of dataset `$1`. */
export const VISIBLE = `r.dataset_id = $1 and (r.batch_id = 0 or r.batch_id in
  (select b.id from data_batches b where b.dataset_id = $1 and b.state = 'live'))`;

/** Counts the visible rows of a dataset (all records, not distinct ids). */
export async function countVisibleRows(database: Database, table: DataTable, datasetId: number): Promise<number> {
  const rows = await database.query<{ n: number | string }>(`select count(*) as n from ${table} r where ${VISIBLE}`, [datasetId]);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Deletes the rows of `table` matching `condition` (parameters from $3 on), in primary-key
 * ranges of `step` ids. Returns the number of rows deleted.
 */
export async function deleteInRanges(
  database: Database,
  table: DataTable,
  condition: string,
  params: unknown[],
  step = 50_000,
  signal?: AbortSignal,
): Promise<number> {
  const [bounds] = await database.query<{ lo: number | null; hi: number | null }>(
    `select min(id) as lo, max(id) as hi from ${table}`,
  );
  if (!bounds || bounds.lo === null || bounds.hi === null) return 0;
  const lo = Number(bounds.lo);
  const hi = Number(bounds.hi);
  let deleted = 0;
  for (let from = lo; from <= hi; from += step) {
    signal?.throwIfAborted();
    const rows = await database.query<{ n: number | string }>(
      `with d as (delete from ${table} where id >= $1 and id < $2 and (${condition}) returning 1) select count(*) as n from d`,
      [from, from + step, ...params],
    );
    deleted += Number(rows[0]?.n ?? 0);
  }
  return deleted;
}

/** Removes dead batches: their rows, then the batch records. Returns rows removed. */
export async function collectDeadBatches(database: Database, signal?: AbortSignal): Promise<number> {
  const dead = await database.query<{ id: number; dataset_id: number }>(
    `select id, dataset_id from data_batches where state = 'dead' order by id`,
  );
  let removed = 0;
  for (const batch of dead) {
    for (const table of DATA_TABLES) {
      removed += await deleteInRanges(database, table, 'batch_id = $3', [Number(batch.id)], 50_000, signal);
    }
    await database.query(`delete from data_batches where id = $1`, [Number(batch.id)]);
  }
  return removed;
}

/** Removes every row of a dataset and its batches (DeleteDataset). */
export async function deleteDatasetRows(database: Database, datasetId: number, signal?: AbortSignal): Promise<number> {
  let removed = 0;
  for (const table of DATA_TABLES) {
    removed += await deleteInRanges(database, table, 'dataset_id = $3', [datasetId], 50_000, signal);
  }
  await database.query(`delete from data_batches where dataset_id = $1`, [datasetId]);
  return removed;
}

/** The current record of each id in an Items or Users dataset: the newest visible write wins. */
export async function currentRecords(
  database: Pick<Database, 'query'>,
  table: 'items' | 'users',
  datasetId: number,
): Promise<{ id: string; creationTimestamp: number | null; properties: Record<string, unknown> }[]> {
  const idColumn = table === 'items' ? 'item_id' : 'user_id';
  const creation = table === 'items' ? 'r.creation_timestamp' : 'null';
  const rows = await database.query<{ id: string; creation: number | string | null; properties: Record<string, unknown> | string }>(
    `select distinct on (r.${idColumn}) r.${idColumn} as id, ${creation} as creation, r.properties
     from ${table} r left join data_batches b on b.id = r.batch_id
     where ${VISIBLE}
     order by r.${idColumn}, coalesce(b.version, r.version) desc, r.id desc`,
    [datasetId],
  );
  return rows.map((r) => ({
    id: r.id,
    creationTimestamp: r.creation === null ? null : Number(r.creation),
    properties: typeof r.properties === 'string' ? (JSON.parse(r.properties) as Record<string, unknown>) : r.properties,
  }));
}
