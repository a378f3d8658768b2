/** Reads what a dataset holds, straight from the store (to check what the API wrote). */
import type { TestServer } from './server.ts';
import { countVisibleRows, currentRecords, type DataTable } from '../../src/store/data-rows.ts';

/** The numeric id of a dataset. */
export async function datasetId(s: TestServer, datasetArn: string): Promise<number> {
  const [row] = await s.attune.database.query<{ id: number }>(`select id from datasets where arn = $1`, [datasetArn]);
  if (!row) throw new Error(`no dataset ${datasetArn}`);
  return Number(row.id);
}

/** Number of visible rows in a dataset. */
export async function visibleRows(s: TestServer, table: DataTable, datasetArn: string): Promise<number> {
  return countVisibleRows(s.attune.database, table, await datasetId(s, datasetArn));
}

/** Current items or users of a dataset, by id. */
export async function records(s: TestServer, table: 'items' | 'users', datasetArn: string) {
  const list = await currentRecords(s.attune.database, table, await datasetId(s, datasetArn));
  return new Map(list.map((r) => [r.id, r]));
}

/** Visible interactions, ordered by id, as plain rows. */
export async function interactionRows(s: TestServer, datasetArn: string) {
  return s.attune.database.query<Record<string, unknown>>(
    `select user_id, item_id, timestamp, event_type, event_value, impression, recommendation_id, session_id, event_id, properties
     from interactions r where r.dataset_id = $1 and (r.batch_id = 0 or r.batch_id in
       (select id from data_batches where dataset_id = $1 and state = 'live')) order by r.id`,
    [await datasetId(s, datasetArn)],
  );
}
