/**
 * exportRows on both backends with tiny primary-key ranges: many statements in a row (one per
 * range) on one export, duplicates found across ranges written once, and bulk rows of a
 * batch that is not live left out.
 */
import { describe, expect, it } from 'vitest';
import { exportRows } from '../../src/data/export/run.ts';
import { BACKENDS, useDatabase } from '../helpers/backends.ts';

describe.each(BACKENDS)('exportRows on %s', (backend) => {
  const suite = useDatabase(backend);

  it('writes every record once across many small ranges, leaving out rows that are not visible', async () => {
    const db = suite.database;
    await db.query(`insert into data_batches (dataset_id, state, created_at) values (7, 'live', now()), (7, 'loading', now())`);
    const [live, loading] = (await db.query<{ id: number }>(`select id from data_batches order by id`)).map((r) => Number(r.id));
    const rows: string[] = [];
    for (let i = 0; i < 40; i++) {
      // Every fifth row repeats the row before it exactly (a duplicate in the next range or the same one).
      const k = i % 5 === 4 ? i - 1 : i;
      rows.push(`(7, ${i % 2 === 0 ? live : 0}, 'u${k}', 'i${k % 3}', ${1700000000 + k}, 'click', null)`);
    }
    // Not visible: another dataset, and a batch still loading.
    rows.push(`(8, 0, 'x', 'y', 1, 'click', null)`, `(7, ${loading}, 'hidden', 'y', 1, 'click', null)`);
    await db.query(`insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp, event_type, event_value) values ${rows.join(', ')}`);
    const exported = async (mode: 'ALL' | 'BULK' | 'PUT') => {
      const chunks: string[] = [];
      await exportRows(db, 7, 'Interactions', mode, [
        { name: 'USER_ID', expression: 'r.user_id', textual: true },
        { name: 'ITEM_ID', expression: 'r.item_id', textual: true },
        { name: 'TIMESTAMP', expression: 'r.timestamp', textual: false },
      ], new AbortController().signal, async (text) => void chunks.push(text), 3);
      return chunks.join('').trimEnd().split('\n');
    };
    const all = await exported('ALL');
    // Rows 4, 9, 14, … repeat rows 3, 8, 13, …: 40 rows hold 32 distinct records.
    expect(all).toHaveLength(32);
    expect(new Set(all).size).toBe(32);
    expect(all).not.toContain('hidden,y,1');
    expect(all).not.toContain('x,y,1');
    // A duplicate pair split between BULK (even rows) and PUT (odd rows) is one record in each mode.
    const bulk = await exported('BULK');
    const put = await exported('PUT');
    expect(bulk.every((l) => all.includes(l))).toBe(true);
    expect(new Set([...bulk, ...put]).size).toBe(32);
    expect(bulk.length + put.length).toBe(40);
  });
});
