/**
 * A local file per dataset group holding the interactions serving (or a training) last read in
 * full for it, so that a process that starts (or a batch job's first load) reads only what came
 * after instead of the whole dataset again. Only for an embedded PGlite folder: there this
 * process is the only writer and every write commits before the next query runs, so the rows up
 * to the last id read never change without the marks checked on load changing too
 * (group-rows.ts). The file lives in the PGlite folder, beside the data it copies.
 *
 * The contract this rests on: interactions are never updated; new ones get new, larger ids;
 * rows are deleted only by a data deletion job (which changes the group's deletion mark), by
 * collecting dead batches (invisible already) or with their dataset (a new dataset id, and the
 * file is removed). A new way to change rows must change the key or remove the file.
 *
 * File: "ATRC1\0\0\0" | sha256 of the rest (32 bytes) | the rows in the model-file format
 * (src/training/model-file.ts). A file that fails its check is ignored and replaced.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { leftByEarlierProcess } from '../../store/temporary-files.ts';
import type { Database } from '../../store/database.ts';
import { decodeModel, encodeModel } from '../../training/model-file.ts';

const MAGIC = Buffer.from('ATRC1\0\0\0');
const RECIPE = 'serving-rows';
let saves = 0;

/** What the rows were read from: they are used only while all of it still holds. */
export interface RowsKey {
  datasetId: number;
  /** Live bulk batches (ids, comma-separated). */
  batches: string;
  /** The group's data deletions (count and latest time), as deletions.ts reads them. */
  deletions: string;
  /** The last interaction id the rows cover. */
  lastId: number;
}

/** A group's interactions as serving holds them: CSR by user, oldest first, with the ids behind the indexes. */
export interface GroupRows {
  userIds: string[];
  itemIds: string[];
  eventTypes: string[];
  userPtr: Int32Array;
  itemIdx: Int32Array;
  timestamp: Float64Array;
  eventType: Int16Array;
  value: Float32Array;
  latestTimestamp: number;
}

/** Removals so far by cache file path, across instances: a save that started before one does not land. */
const generations = new Map<string, number>();

/** One folder of cached rows, a file per dataset group. */
export class RowsCache {
  private readonly writing = new Set<Promise<void>>();
  /** The newest save of each group: a group's saves land in the order they were made. */
  private readonly lastSave = new Map<string, Promise<void>>();

  constructor(readonly dir: string) {}

  /** The cache of the PGlite folder `dataDir`. */
  static inPgliteFolder(dataDir: string): RowsCache {
    return new RowsCache(join(dataDir, 'attune-serving-cache'));
  }

  /** The database's cache: only for a PGlite folder (see the header). */
  static of(database: Pick<Database, 'kind' | 'dataDir'>): RowsCache | undefined {
    return database.kind === 'pglite' && database.dataDir ? RowsCache.inPgliteFolder(database.dataDir) : undefined;
  }

  /** The group's cached rows and their key, or undefined (none, unreadable, or failing its check). */
  async load(groupArn: string): Promise<{ key: RowsKey; rows: GroupRows } | undefined> {
    let data: Buffer;
    try {
      data = await readFile(this.path(groupArn));
    } catch {
      return undefined;
    }
    try {
      if (data.length < MAGIC.length + 32 || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
      const body = data.subarray(MAGIC.length + 32);
      if (!createHash('sha256').update(body).digest().equals(data.subarray(MAGIC.length, MAGIC.length + 32))) return undefined;
      const file = decodeModel(body); // its arrays are views into an aligned copy
      if (file.recipe !== RECIPE) return undefined;
      const meta = file.meta as { key: RowsKey; eventTypes: string[]; latestTimestamp: number };
      const a = file.arrays;
      return {
        key: meta.key,
        rows: {
          userIds: file.userIds,
          itemIds: file.itemIds,
          eventTypes: meta.eventTypes,
          latestTimestamp: meta.latestTimestamp,
          userPtr: a.userPtr as Int32Array,
          itemIdx: a.itemIdx as Int32Array,
          timestamp: a.timestamp as Float64Array,
          eventType: a.eventType as Int16Array,
          value: a.value as Float32Array,
        },
      };
    } catch {
      return undefined;
    }
  }

  /** Resolves once the saves started so far have ended (tests). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.writing]);
  }

  /** How many times the group's file was removed so far: a save made with an older count does not land. */
  generation(groupArn: string): number {
    return generations.get(this.path(groupArn)) ?? 0;
  }

  /**
   * Replaces the group's file (written whole under a temporary name, then renamed), unless it
   * was removed since `generation` (read before the rows were; default: now).
   */
  save(groupArn: string, key: RowsKey, rows: GroupRows, generation = this.generation(groupArn)): Promise<void> {
    const previous = this.lastSave.get(groupArn) ?? Promise.resolve();
    const writing = previous.catch(() => undefined).then(() => this.write(groupArn, key, rows, generation));
    this.lastSave.set(groupArn, writing);
    this.writing.add(writing);
    const done = () => this.writing.delete(writing);
    writing.then(done, done);
    return writing;
  }

  private async write(groupArn: string, key: RowsKey, rows: GroupRows, generation: number): Promise<void> {
    const parts = encodeModel({
      recipe: RECIPE,
      meta: { key, eventTypes: rows.eventTypes, latestTimestamp: rows.latestTimestamp },
      arrays: { userPtr: rows.userPtr, itemIdx: rows.itemIdx, timestamp: rows.timestamp, eventType: rows.eventType, value: rows.value },
      userIds: rows.userIds,
      itemIds: rows.itemIds,
    });
    const hashing = createHash('sha256');
    for (const part of parts) hashing.update(part);
    const hash = hashing.digest();
    mkdirSync(this.dir, { recursive: true });
    for (const name of readdirSync(this.dir)) if (leftByEarlierProcess(name)) rmSync(join(this.dir, name), { force: true });
    const path = this.path(groupArn);
    const temporary = `${path}.${process.pid}.${++saves}.tmp`;
    try {
      await writeFile(temporary, [MAGIC, hash, ...parts]);
      // Removed meanwhile (users deleted, dataset gone): these rows must not come back.
      if ((generations.get(path) ?? 0) === generation) await rename(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /** Removes the group's file (its data changed in a way a reload will not fix by itself, e.g. deleted users). */
  remove(groupArn: string): void {
    const path = this.path(groupArn);
    generations.set(path, (generations.get(path) ?? 0) + 1);
    try {
      rmSync(path, { force: true });
    } catch {
      // Not removable (permissions): never used anyway, as the key it was written under no longer holds.
    }
  }

  private path(groupArn: string): string {
    return join(this.dir, `${createHash('sha256').update(groupArn).digest('hex').slice(0, 32)}.rows`);
  }
}
