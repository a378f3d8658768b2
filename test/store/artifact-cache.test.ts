/** Artifacts read from a PGlite folder are kept as checked local copies, used only while they match. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactCache } from '../../src/store/artifact-cache.ts';
import { deleteArtifactsOf, readArtifact, writeArtifact } from '../../src/store/artifacts.ts';
import { type Database, openDatabase } from '../../src/store/database.ts';
import { pgliteDataDir } from '../helpers/backends.ts';

describe('artifact cache (PGlite folder)', () => {
  let dir: string;
  let database: Database;
  let cache: ArtifactCache;
  const bytes = Buffer.from(Uint8Array.from({ length: 1_300_000 }, (_, i) => (i * 7919) % 251)); // 3 chunks
  const ids: Record<string, number> = {};
  const copies = () => readdirSync(cache.dir).filter((f) => f.endsWith('.bin'));
  const metaOf = async (id: number) => (await database.query<{ id: number; sizeBytes: number; sha256: string }>(`select id, size_bytes as "sizeBytes", sha256 from artifacts where id = $1`, [id]))[0]!;
  /** Waits for the background copy of the last read to land. */
  const landed = async (n: number) => {
    for (let i = 0; i < 100 && copies().length !== n; i++) await new Promise((r) => setTimeout(r, 20));
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-artifact-cache-'));
    database = await openDatabase(pgliteDataDir(join(dir, 'db')));
    cache = ArtifactCache.inPgliteFolder(database.dataDir!);
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies an artifact on its first read and serves later reads from the copy', async () => {
    const id = (ids.a = await writeArtifact(database, 'arn:a', 'model', [bytes]));
    expect((await readArtifact(database, id)).equals(bytes)).toBe(true);
    await landed(1);
    expect(copies()).toHaveLength(1);
    // The database's chunks changed behind its back (never done by Attune): the checked copy is still what is read.
    await database.query(`update artifact_chunks set data = decode('00', 'hex') where artifact_id = $1 and seq = 0`, [id]);
    expect((await readArtifact(database, id)).equals(bytes)).toBe(true);
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
    await readArtifact(database, id);
    for (let i = 0; i < 100 && copies().some((f) => f.startsWith(`${ids.a}-`)); i++) await new Promise((r) => setTimeout(r, 20));
    await landed(2);
    expect(copies().map((f) => Number(f.split('-')[0])).sort((x, y) => x - y)).toEqual([ids.b, id]);
    expect(readdirSync(cache.dir).filter((f) => f.endsWith('.tmp'))).toEqual([mine]);
  });
});
