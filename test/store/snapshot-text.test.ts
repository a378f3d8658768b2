/**
 * The snapshot's reading of interactions whose ids and types need escaping in COPY's text
 * format (PGlite's path) gives what PostgreSQL's ordinary rows give.
 */
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/data/snapshot/build.ts';
import { BACKENDS, useDatabase } from '../helpers/backends.ts';

/** [user, item, time, type, value]: tabs, newlines, backslashes, \N look-alikes, non-ASCII, NULLs. */
const ROWS: [string, string, number, string | null, number | null][] = [
  ['u\t1', 'i\n1', 1_600_000_000, 'click', null],
  ['\\N', 'i\\2', -5, 'cl\\ick', 4.5],
  ['u\r3', '\\', 7, null, -0.25],
  ['ü👍', 'i\tb\\n', 9_007_199_254_740_991, '', 1e-7],
  ['u\t1', '\\N', 2, 'click', 3],
];

describe.each(BACKENDS)('snapshot text on %s', (backend) => {
  const suite = useDatabase(backend);

  it('reads escaped ids, negative and large timestamps, NULL and empty types, and values exactly', async () => {
    for (const [u, i, time, type, value] of ROWS) {
      await suite.database.query(
        `insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp, event_type, event_value) values (1, 0, $1, $2, $3, $4, $5)`,
        [u, i, time, type, value],
      );
    }
    const built = await buildSnapshot(suite.database, { interactionsDatasetId: 1 }, { pageSize: 2 });
    expect(built.userIds).toEqual(['u\t1', '\\N', 'u\r3', 'ü👍']);
    expect(built.itemIds).toEqual(['i\n1', 'i\\2', '\\', 'i\tb\\n', '\\N']);
    expect(built.rowsRead).toBe(5);
    expect(Object.fromEntries(built.eventTypeCounts)).toEqual({ click: 2, 'cl\\ick': 1, '': 2 });
    expect(built.snapshot.eventTypes).toEqual(['click', 'cl\\ick', '']);
    const m = built.snapshot.interactions;
    expect([...m.userPtr]).toEqual([0, 2, 3, 4, 5]);
    // User 0's rows in time order: (i\N at 2), then (i\n1 at 1.6e9).
    expect([...m.itemIdx]).toEqual([4, 0, 1, 2, 3]);
    expect([...m.timestamp]).toEqual([2, 1_600_000_000, -5, 7, 9_007_199_254_740_991]);
    expect([...m.eventType]).toEqual([0, 0, 1, -1, 2]);
    expect([...m.value]).toEqual([3, NaN, 4.5, -0.25, Math.fround(1e-7)]);
    expect(built.snapshot.latestTimestamp).toBe(9_007_199_254_740_991);
  });
});
