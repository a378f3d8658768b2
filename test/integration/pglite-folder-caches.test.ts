/**
 * The local copies a server on a PGlite folder keeps there (README, "Local copies on a PGlite
 * folder"), on one folder:
 * - artifacts: each write, and each read without a copy, keeps a copy, used only while it
 *   matches the artifact's row;
 * - serving's rows: a load through the cache gives exactly what a full read gives, after
 *   real-time writes (new users, items and event types, equal times), a batch going live or
 *   retired, a data deletion, or a damaged file; and the cache is really used;
 * - a training that reads every interaction leaves that read as the group's cached rows, so
 *   that the group's first load after it (a campaign, a batch job) reads only what came after.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/common/logger.ts';
import { buildSnapshot } from '../../src/data/snapshot/build.ts';
import { deletionMark, keepFullRead, readGroupRows } from '../../src/serving/catalog/group-rows.ts';
import { GroupRegistry } from '../../src/serving/catalog/group-registry.ts';
import { RowsCache } from '../../src/serving/catalog/rows-cache.ts';
import { ArtifactCache } from '../../src/store/artifact-cache.ts';
import { deleteArtifactsOf, readArtifact, writeArtifact } from '../../src/store/artifacts.ts';
import { type Database, openDatabase } from '../../src/store/database.ts';
import { pgliteDataDir } from '../helpers/backends.ts';
import { call, serveOn, waitFor } from '../helpers/server.ts';
import { INTERACTIONS_SCHEMA, ITEMS_SCHEMA } from '../helpers/fixtures.ts';
import { servingItemsCsv } from '../helpers/serving.ts';
import { activeSolution, communitiesCsv, trainedVersion } from '../helpers/training.ts';
import { activeDataset, activeGroup, importCsv, schema } from '../helpers/workflow.ts';

const GROUP = 'arn:attune:personalize:local:000000000000:dataset-group/cached';
const DATASET = 7;

let dir: string;
let database: Database;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'attune-folder-caches-'));
  database = await openDatabase(pgliteDataDir(join(dir, 'db')));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('artifact cache', () => {
  let cache: ArtifactCache;
  const bytes = Buffer.from(Uint8Array.from({ length: 1_300_000 }, (_, i) => (i * 7919) % 251)); // 3 chunks
  const ids: Record<string, number> = {};
  const copies = () => (existsSync(cache.dir) ? readdirSync(cache.dir).filter((f) => f.endsWith('.bin')) : []);
  const metaOf = async (id: number) => (await database.query<{ id: number; sizeBytes: number; sha256: string }>(`select id, size_bytes as "sizeBytes", sha256 from artifacts where id = $1`, [id]))[0]!;
  /** Waits for the background copy of the last read to land. */
  const landed = async (n: number) => {
    for (let i = 0; i < 100 && copies().length !== n; i++) await new Promise((r) => setTimeout(r, 20));
  };

  beforeAll(() => {
    cache = ArtifactCache.inPgliteFolder(database.dataDir!);
  });

  it('keeps a copy of an artifact it writes and serves reads from the copy', async () => {
    const id = (ids.a = await writeArtifact(database, 'arn:a', 'model', [bytes.subarray(0, 700_000), bytes.subarray(700_000)]));
    await landed(1);
    expect(copies()).toHaveLength(1);
    // The database's chunks changed behind its back (never done by Attune): the checked copy is still what is read.
    await database.query(`update artifact_chunks set data = decode('00', 'hex') where artifact_id = $1 and seq = 0`, [id]);
    expect((await readArtifact(database, id)).equals(bytes)).toBe(true);
  });

  it('copies an artifact on its first read when it has no copy', async () => {
    const id = await writeArtifact(database, 'arn:read', 'model', [bytes]);
    await landed(2);
    rmSync(join(cache.dir, copies().find((f) => f.startsWith(`${id}-`))!));
    expect((await readArtifact(database, id)).equals(bytes)).toBe(true);
    await landed(2);
    await database.query(`update artifact_chunks set data = decode('00', 'hex') where artifact_id = $1 and seq = 0`, [id]);
    expect((await readArtifact(database, id)).equals(bytes)).toBe(true);
    await database.db.transaction(async (tx) => deleteArtifactsOf(tx, 'arn:read'));
  });

  it('a read right after the write waits for the copy instead of going to the database', async () => {
    const id = await writeArtifact(database, 'arn:now', 'model', [bytes]);
    // The database's chunks changed at once (never done by Attune): only the copy still holds the bytes.
    await database.query(`update artifact_chunks set data = decode('00', 'hex') where artifact_id = $1 and seq = 1`, [id]);
    expect((await readArtifact(database, id)).equals(bytes)).toBe(true);
    await database.db.transaction(async (tx) => deleteArtifactsOf(tx, 'arn:now'));
  });

  it('ignores a damaged copy, reads the database again and replaces the copy', async () => {
    const id = (ids.b = await writeArtifact(database, 'arn:b', 'model', [bytes]));
    await readArtifact(database, id);
    await landed(2);
    const mine = copies().find((f) => f.startsWith(`${id}-`))!;
    writeFileSync(join(cache.dir, mine), Buffer.concat([bytes.subarray(0, 1000), Buffer.from('x'), bytes.subarray(1001)]));
    expect((await readArtifact(database, id)).equals(bytes)).toBe(true);
    const meta = await metaOf(id);
    for (let i = 0; i < 100 && !(await cache.read(meta)); i++) await new Promise((r) => setTimeout(r, 20));
    expect((await cache.read(meta))?.equals(bytes)).toBe(true);
  });

  it('drops the copies of deleted artifacts when it next copies one', async () => {
    await database.db.transaction(async (tx) => deleteArtifactsOf(tx, 'arn:a'));
    // A copy a killed process was writing goes too; one this process is writing stays.
    const dead = `${ids.b}-00.bin.${process.pid + 1_000_000}.1.tmp`;
    const mine = `${ids.b}-00.bin.${process.pid}.999.tmp`;
    writeFileSync(join(cache.dir, dead), 'half');
    writeFileSync(join(cache.dir, mine), 'half');
    const id = await writeArtifact(database, 'arn:c', 'model', [bytes]);
    // The copy the write keeps (a read before it lands would start a second one).
    for (let i = 0; i < 100 && !copies().some((f) => f.startsWith(`${id}-`)); i++) await new Promise((r) => setTimeout(r, 20));
    await readArtifact(database, id);
    for (let i = 0; i < 100 && copies().some((f) => f.startsWith(`${ids.a}-`)); i++) await new Promise((r) => setTimeout(r, 20));
    await landed(2);
    expect(copies().map((f) => Number(f.split('-')[0])).sort((x, y) => x - y)).toEqual([ids.b, id]);
    expect(readdirSync(cache.dir).filter((f) => f.endsWith('.tmp'))).toEqual([mine]);
  });
});

describe('serving rows cache', () => {
  let cache: RowsCache;

  beforeAll(async () => {
    cache = RowsCache.inPgliteFolder(database.dataDir!);
    await database.query(`insert into dataset_groups (arn, name, status, created_at, updated_at) values ($1, 'cached', 'ACTIVE', now(), now())`, [GROUP]);
    await insert(0, [
      ['u1', 'a', 10, 'click', null],
      ['u2', 'b', 20, 'buy', 2.5],
      ['u1', 'b', 10, 'click', 1],
      ['u3', 'c', 5, null, null],
    ]);
  });

  /** Rows of batch `batch` (0: real-time): [user, item, time, type, value]. */
  async function insert(batch: number, rows: [string, string, number, string | null, number | null][]) {
    for (const [u, i, time, type, value] of rows) {
      await database.query(
        `insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp, event_type, event_value) values ($1, $2, $3, $4, $5, $6, $7)`,
        [DATASET, batch, u, i, time, type, value],
      );
    }
  }

  /** The rows by user id, as [item id, time, type name, value] in order: comparable across index spaces. */
  async function read(withCache: boolean) {
    const { mark } = await deletionMark(database, GROUP);
    const rows = await readGroupRows(database, { groupArn: GROUP, interactionsDatasetId: DATASET, deletions: mark, ...(withCache ? { cache } : {}) });
    await cache.settled(); // the file is written in the background
    const byUser: Record<string, [string, number, string | null, number][]> = {};
    rows.userIds.forEach((user, r) => {
      byUser[user] = [];
      for (let j = rows.userPtr[r]!; j < rows.userPtr[r + 1]!; j++) {
        const ty = rows.eventType[j]!;
        byUser[user].push([rows.itemIds[rows.itemIdx[j]!]!, rows.timestamp[j]!, ty < 0 ? null : rows.eventTypes[ty]!, rows.value[j]!]);
      }
    });
    return { byUser, latest: rows.latestTimestamp, users: rows.userIds.length };
  }

  it('writes the cache on a full read, then reads only the rows after it, as a full read would', async () => {
    const first = await read(true);
    expect(first).toEqual(await read(false));
    expect(readdirSync(cache.dir).filter((f) => f.endsWith('.rows'))).toHaveLength(1);

    // Real-time writes after the cached rows: a known user at an equal time (older row first),
    // a new user, a new item, a new event type, and an earlier time that sorts before.
    await insert(0, [
      ['u1', 'd', 10, 'click', null],
      ['u4', 'a', 30, 'rate', 4],
      ['u2', 'e', 1, 'buy', null],
    ]);
    const after = await read(true);
    expect(after).toEqual(await read(false));
    expect(after.byUser.u1).toEqual([
      ['a', 10, 'click', NaN],
      ['b', 10, 'click', 1],
      ['d', 10, 'click', NaN],
    ]);
    expect(after.byUser.u2![0]).toEqual(['e', 1, 'buy', NaN]);
    expect(after.latest).toBe(30);
  });

  it('uses the cached rows (a row changed behind its back, which Attune never does, still reads as cached)', async () => {
    await read(false); // a full read writes nothing here (no cache given)
    await read(true); // refreshes the file if needed: it already holds everything up to now
    await database.query(`update interactions set item_id = 'tampered' where dataset_id = $1 and user_id = 'u3'`, [DATASET]);
    expect((await read(true)).byUser.u3).toEqual([['c', 5, null, NaN]]);
    expect((await read(false)).byUser.u3).toEqual([['tampered', 5, null, NaN]]);
    await database.query(`update interactions set item_id = 'c' where dataset_id = $1 and user_id = 'u3'`, [DATASET]);
  });

  it('reads everything again after a new live batch, a data deletion, or with a damaged file', async () => {
    // An import loads its batch (invisible), the cache is written past its rows, then the batch goes live.
    const [batch] = await database.query<{ id: number }>(`insert into data_batches (dataset_id, state, created_at) values ($1, 'loading', now()) returning id`, [DATASET]);
    await insert(Number(batch!.id), [['u5', 'a', 40, 'click', null]]);
    cache.remove(GROUP);
    expect((await read(true)).byUser.u5).toBeUndefined();
    await database.query(`update data_batches set state = 'live' where id = $1`, [batch!.id]);
    const imported = await read(true);
    expect(imported).toEqual(await read(false));
    expect(imported.byUser.u5).toEqual([['a', 40, 'click', NaN]]);
    // A failed or replaced import's batch is dead.
    await database.query(`update data_batches set state = 'dead' where id = $1`, [batch!.id]);
    const retired = await read(true);
    expect(retired).toEqual(await read(false));
    expect(retired.byUser.u5).toBeUndefined();

    // A data deletion job's step: rows and the record of the deletion, in one transaction.
    await database.pglite!.transaction(async (tx) => {
      await tx.query(`delete from interactions where dataset_id = $1 and user_id = 'u2'`, [DATASET]);
      await tx.query(`insert into deleted_users (dataset_group_id, user_id, deleted_at) select id, 'u2', now() from dataset_groups where arn = $1`, [GROUP]);
    });
    const deleted = await read(true);
    expect(deleted).toEqual(await read(false));
    expect(deleted.byUser.u2).toBeUndefined();

    // A damaged file is ignored (and replaced by the full read).
    for (const f of readdirSync(cache.dir)) writeFileSync(join(cache.dir, f), 'not a rows file');
    await insert(0, [['u6', 'f', 50, 'click', null]]);
    const repaired = await read(true);
    expect(repaired).toEqual(await read(false));
    expect(await cache.load(GROUP)).toBeDefined();
  });

  it('writes the cache again once many rows came after it', async () => {
    await read(true);
    const before = (await cache.load(GROUP))!.key.lastId;
    await database.query(
      `insert into interactions (dataset_id, batch_id, user_id, item_id, timestamp, event_type) select $1, 0, 'bulk' || (g % 500), 'x' || (g % 300), 1000 + g, 'click' from generate_series(1, 60000) g`,
      [DATASET],
    );
    const grown = await read(true);
    expect(grown).toEqual(await read(false));
    const rewritten = (await cache.load(GROUP))!;
    expect(rewritten.key.lastId).toBeGreaterThanOrEqual(before + 60_000);
    expect(rewritten.rows.itemIdx.length).toBe(Object.values(grown.byUser).reduce((n, rows) => n + rows.length, 0));
  });

  it('lets no save that started before a removal put the file back', async () => {
    await read(true);
    const { mark } = await deletionMark(database, GROUP);
    cache.remove(GROUP);
    // A full read whose save is still running when the group's users are deleted.
    const reading = readGroupRows(database, { groupArn: GROUP, interactionsDatasetId: DATASET, deletions: mark, cache });
    await reading;
    cache.remove(GROUP);
    await cache.settled();
    expect(await cache.load(GROUP)).toBeUndefined();
    await read(true);
    expect(await cache.load(GROUP)).toBeDefined();
  });

  it('keeps a full read made elsewhere (a training’s) unless the file was removed after it began', async () => {
    const fullRead = async () => {
      const generation = cache.generation(GROUP);
      const { mark } = await deletionMark(database, GROUP);
      return { source: { groupArn: GROUP, interactionsDatasetId: DATASET, deletions: mark, cache, generation }, built: await buildSnapshot(database, { interactionsDatasetId: DATASET }) };
    };
    cache.remove(GROUP);
    const overtaken = await fullRead();
    cache.remove(GROUP); // e.g. a data deletion job ended while the training read
    keepFullRead(overtaken.source, overtaken.built);
    await cache.settled();
    expect(await cache.load(GROUP)).toBeUndefined();

    const kept = await fullRead();
    keepFullRead(kept.source, kept.built);
    await cache.settled();
    expect((await cache.load(GROUP))?.key.lastId).toBe(kept.built.lastId);
    expect(await read(true)).toEqual(await read(false));
  });

  it('removes the group’s file when a data deletion is announced, loaded group or not', async () => {
    await read(true);
    expect(await cache.load(GROUP)).toBeDefined();
    new GroupRegistry(database, silentLogger()).usersDeleted(GROUP);
    expect(await cache.load(GROUP)).toBeUndefined();
    expect(existsSync(cache.dir)).toBe(true);
  });

  it('removes the group’s file when the dataset group is deleted (through the API)', async () => {
    await read(true);
    expect(await cache.load(GROUP)).toBeDefined();
    // One process on a PGlite folder at a time: the server opens it while this suite's handle is closed.
    await database.close();
    const server = await serveOn(`pglite://${database.dataDir!}`, dir);
    try {
      await call(server.control, 'DeleteDatasetGroup', { datasetGroupArn: GROUP });
      await waitFor(async () => ((await cache.load(GROUP)) === undefined ? 'removed' : 'present'), (s) => s, ['removed'], 20_000);
    } finally {
      await server.close();
      database = await openDatabase(`pglite://${join(dir, 'db')}`);
    }
    expect(await database.query(`select 1 from dataset_groups where arn = $1`, [GROUP])).toEqual([]);
  });
});

describe('a training’s read of every interaction', () => {
  it('becomes the group’s cached rows (a training with a row filter leaves none)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'attune-training-rows-'));
    const db = pgliteDataDir(join(folder, 'db'));
    const cache = RowsCache.inPgliteFolder(join(folder, 'db'));
    let groupArn = '';
    const server = await serveOn(db, folder);
    try {
      groupArn = await activeGroup(server, 'kept');
      const interactions = await activeDataset(server, 'kept-i', groupArn, 'Interactions', await schema(server, 'kept-is', INTERACTIONS_SCHEMA));
      const items = await activeDataset(server, 'kept-items', groupArn, 'Items', await schema(server, 'kept-its', ITEMS_SCHEMA));
      expect((await importCsv(server, 'kept-ij', interactions, 'kept-i.csv', communitiesCsv({ users: 40 }))).status).toBe('ACTIVE');
      // An item no one interacted with: a training's read lists it, serving's rows do not.
      const catalog = `${servingItemsCsv()}C0,gamma,5,1690000000,a cold item\n`;
      expect((await importCsv(server, 'kept-itj', items, 'kept-items.csv', catalog)).status).toBe('ACTIVE');
      const up = { recipeArn: 'arn:attune:personalize:::recipe/aws-user-personalization', datasetGroupArn: groupArn, solutionConfig: { algorithmHyperParameters: { hidden_dimension: '32' } } };
      const clicks = await activeSolution(server, { name: 'kept-clicks', eventType: 'click', ...up });
      expect((await trainedVersion(server, clicks)).status).toBe('ACTIVE');
      await new Promise((r) => setTimeout(r, 200)); // a save would be in the background
      expect(await cache.load(groupArn)).toBeUndefined();
      const all = await activeSolution(server, { name: 'kept-all', ...up });
      expect((await trainedVersion(server, all)).status).toBe('ACTIVE');
      await waitFor(async () => ((await cache.load(groupArn)) ? 'kept' : 'none'), (x) => x, ['kept'], 20_000);
    } finally {
      await server.close();
    }
    const store = await openDatabase(db);
    try {
      const [group] = await store.query<{ id: number }>(`select d.id from datasets d join dataset_groups g on g.id = d.dataset_group_id where g.arn = $1 and d.dataset_type = 'Interactions'`, [groupArn]);
      const [ids] = await store.query<{ hi: number }>(`select max(id)::int as hi from interactions`);
      const kept = (await cache.load(groupArn))!;
      expect(kept.key.datasetId).toBe(Number(group!.id));
      expect(kept.key.lastId).toBe(ids!.hi);
      const { mark } = await deletionMark(store, groupArn);
      const source = { groupArn, interactionsDatasetId: Number(group!.id), deletions: mark };
      const full = await readGroupRows(store, source);
      expect(kept.rows.itemIds).not.toContain('C0');
      expect(kept.rows).toEqual(full);
      // And a load uses it: a row changed behind its back (never done by Attune) still reads as kept.
      await store.query(`update interactions set item_id = 'tampered' where id = $1`, [ids!.hi]);
      const loaded = await readGroupRows(store, { ...source, cache });
      expect(loaded.itemIds).not.toContain('tampered');
      expect(loaded).toEqual(full);
    } finally {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
