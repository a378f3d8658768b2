/** Training snapshots and the artifact store, on PGlite and on PostgreSQL. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkMinimumData, TrainingDataError } from '../../src/data/snapshot/build.ts';
import { readArtifact, writeArtifact } from '../../src/store/artifacts.ts';
import { decodeModel, encodeModel } from '../../src/training/model-file.ts';
import { BACKENDS, useDatabase } from '../helpers/backends.ts';

describe.each(BACKENDS)('snapshots and artifacts on %s', (backend) => {
  const suite = useDatabase(backend);

  /** Real-time rows (batch 0) of dataset `ds`: [user, item, time, type, value]. */
  async function insert(ds: number, rows: [string, string, number, string | null, number | null][]) {
    for (const [u, i, time, type, value] of rows) {
      await suite.database.query(
        `insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp, event_type, event_value) values ($1, 0, $2, $3, $4, $5, $6)`,
        [ds, u, i, time, type, value],
      );
    }
  }

  it('builds CSR rows by user in time order, with ids mapped to dense indexes', async () => {
    await insert(1, [
      ['u1', 'x', 30, 'click', null],
      ['u2', 'y', 10, 'click', 2],
      ['u1', 'y', 10, 'buy', 5],
      ['u1', 'z', 20, 'click', 1],
      ['u2', 'x', 10, 'click', 3],
    ]);
    // A loading batch's rows are invisible.
    await suite.database.query(`insert into data_batches (dataset_id, state, created_at) values (1, 'loading', now())`);
    const [batch] = await suite.database.query<{ id: number }>(`select max(id) as id from data_batches`);
    await suite.database.query(`insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp) values (1, $1, 'u9', 'q', 1)`, [batch!.id]);

    const built = await buildSnapshot(suite.database, { interactionsDatasetId: 1 }, { pageSize: 2 });
    const m = built.snapshot.interactions;
    expect(built.userIds).toEqual(['u1', 'u2']);
    expect(built.itemIds).toEqual(['x', 'y', 'z']);
    expect([...m.userPtr]).toEqual([0, 3, 5]);
    expect([...m.itemIdx.subarray(0, 3)].map((i) => built.itemIds[i])).toEqual(['y', 'z', 'x']);
    expect([...m.timestamp.subarray(0, 3)]).toEqual([10, 20, 30]);
    // Equal timestamps keep arrival order.
    expect([...m.itemIdx.subarray(3, 5)].map((i) => built.itemIds[i])).toEqual(['y', 'x']);
    expect(Number.isNaN(m.value[2])).toBe(true);
    expect(built.snapshot.eventTypes[m.eventType[0]!]).toBe('buy');
    expect(built.snapshot.latestTimestamp).toBe(30);
    expect(m.itemIdx.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('filters by event type, value threshold and events_config, and names missing types', async () => {
    const onlyClicks = await buildSnapshot(suite.database, { interactionsDatasetId: 1 }, { eventType: 'click', eventValueThreshold: 2 });
    expect(onlyClicks.snapshot.interactions.userPtr[onlyClicks.snapshot.interactions.numUsers]).toBe(2);
    const weighted = await buildSnapshot(suite.database, { interactionsDatasetId: 1 }, { eventsConfig: [{ eventType: 'buy', weight: 1 }, { eventType: 'click', weight: 0.25 }] });
    expect([...weighted.snapshot.interactions.weight]).toEqual([1, 0.25, 0.25, 0.25, 0.25]);
    await expect(buildSnapshot(suite.database, { interactionsDatasetId: 1 }, { eventType: 'watch' })).rejects.toThrow(TrainingDataError);
    await expect(buildSnapshot(suite.database, { interactionsDatasetId: 1 }, { eventsConfig: [{ eventType: 'rate', weight: 1 }] })).rejects.toThrow(
      /events_config names event types .*"rate".*present: "buy", "click"/,
    );
    expect(() => checkMinimumData(onlyClicks.snapshot.interactions)).toThrow(/not enough training data: 2 interactions and 1 users/);
  });

  it('keeps awkward ids exactly (tabs, newlines, backslashes, \\N, unicode)', async () => {
    const ids = ['tab\there', 'new\nline', 'back\\slash', '\\N', 'ünï 🎬', 'cr\rx'];
    await insert(7, ids.map((id, k) => [id, `item-${id}`, k, null, null] as [string, string, number, null, null]));
    const built = await buildSnapshot(suite.database, { interactionsDatasetId: 7 });
    expect(built.userIds).toEqual(ids);
    expect(built.itemIds).toEqual(ids.map((id) => `item-${id}`));
    expect(built.snapshot.eventTypes).toEqual([]);
    expect(Number.isNaN(built.snapshot.interactions.value[0])).toBe(true);
  });

  it('reads one consistent state: a batch retired during the read makes it start over', async () => {
    const q = suite.database.query;
    await q(`insert into data_batches (dataset_id, state, created_at) values (5, 'live', now())`);
    const [old] = await q<{ id: number }>(`select max(id) as id from data_batches`);
    for (let k = 0; k < 6; k++) await q(`insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp) values (5, $1, 'old', $2, $3)`, [old!.id, `o${k}`, k]);
    let pages = 0;
    let swapped = false;
    const racing = {
      query: async <T,>(text: string, params?: unknown[]) => {
        const rows = await q<T>(text, params);
        // After the first page, a FULL import commits: the old batch dies, a new one goes live.
        if (text.includes('from interactions r where') && ++pages === 1 && !swapped) {
          swapped = true;
          await q(`update data_batches set state = 'dead' where id = $1`, [old!.id]);
          await q(`insert into data_batches (dataset_id, state, created_at) values (5, 'live', now())`);
          const [fresh] = await q<{ id: number }>(`select max(id) as id from data_batches`);
          await q(`insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp) values (5, $1, 'new', 'n0', 100)`, [fresh!.id]);
        }
        return rows;
      },
    };
    const built = await buildSnapshot(racing as never, { interactionsDatasetId: 5 }, { pageSize: 2 });
    expect(built.userIds).toEqual(['new']);
    expect(built.itemIds).toEqual(['n0']);
  });

  it('adds categorical item metadata, and items without interactions', async () => {
    const rows = [
      ['x', '{"GENRES": "Drama|Comedy", "COLOR": "red"}'],
      ['z', '{"GENRES": "drama"}'],
      ['w', '{"GENRES": "Horror"}'],
    ];
    for (const [id, props] of rows) {
      await suite.database.query(`insert into items (dataset_id, batch_id, version, item_id, properties) values (2, 0, 1, $1, $2)`, [id, props]);
    }
    const built = await buildSnapshot(
      suite.database,
      { interactionsDatasetId: 1, itemsDatasetId: 2, categoricalItemFields: ['GENRES', 'COLOR'] },
      { excludedItemColumns: ['COLOR'] },
    );
    expect(built.itemIds).toEqual(['x', 'y', 'z', 'w']);
    const f = built.snapshot.itemFeatures!;
    const featuresOf = (id: string) => {
      const i = built.itemIds.indexOf(id);
      return [...f.featureIdx.subarray(f.itemPtr[i]!, f.itemPtr[i + 1]!)];
    };
    expect(f.numFeatures).toBe(3); // genres=drama, genres=comedy, genres=horror (COLOR excluded)
    expect(featuresOf('z')).toEqual(featuresOf('x').slice(0, 1));
    expect(featuresOf('x')).toHaveLength(2);
    expect(featuresOf('y')).toEqual([]);
    expect(built.snapshot.interactions.numItems).toBe(4);
  });

  it('stores models as chunked artifacts and reads them back exactly', async () => {
    const big = new Float32Array(2_500_000).map((_, i) => i * 0.5); // 10 MB: more than one chunk
    const parts = encodeModel({
      recipe: 'r',
      meta: { k: 2 },
      arrays: { big, small: Int32Array.from([1, -2, 3]), bytes: Uint8Array.from([7]) },
      userIds: ['u1'],
      itemIds: ['i1', 'ï2'],
    });
    const id = await writeArtifact(suite.database, 'arn:x', 'model', parts);
    const back = decodeModel(await readArtifact(suite.database, id));
    expect(back.meta).toEqual({ k: 2 });
    expect(back.itemIds).toEqual(['i1', 'ï2']);
    const same = Buffer.from(big.buffer).equals(Buffer.from(back.arrays.big!.buffer, back.arrays.big!.byteOffset, back.arrays.big!.byteLength));
    expect(same).toBe(true);
    expect([...back.arrays.small!]).toEqual([1, -2, 3]);
    expect([...back.arrays.bytes!]).toEqual([7]);
    await suite.database.query(`update artifact_chunks set data = '\\x00'::bytea where artifact_id = $1 and seq = 1`, [id]);
    // A PGlite folder read the copy it kept when writing (pglite-folder-caches.test.ts); without it, the database's chunks are checked.
    if (suite.database.dataDir) rmSync(join(suite.database.dataDir, 'attune-artifact-cache'), { recursive: true, force: true });
    await expect(readArtifact(suite.database, id)).rejects.toThrow(/corrupt/);
  });
});
