/**
 * A local copy of each artifact written to or read from an embedded PGlite folder, in that
 * folder: reading a model through PGlite (a binary COPY handed over as a Blob) costs a fresh
 * process about half a second per 30 MB, a local file a few milliseconds. Artifacts never change once written, and
 * a copy is used only when its size and sha256 match the artifact's row, so a stale or damaged
 * file is never served: it is read from the database again and replaced.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { leftByEarlierProcess } from './temporary-files.ts';

/** What identifies an artifact's bytes. */
export interface ArtifactMeta {
  id: number;
  sizeBytes: number;
  sha256: string;
}

let writes = 0;
/** Copies being written, by path, across instances: a read of the same artifact waits for its copy. */
const copying = new Map<string, Promise<void>>();

export class ArtifactCache {
  constructor(readonly dir: string) {}

  /** The cache of the PGlite folder `dataDir`. */
  static inPgliteFolder(dataDir: string): ArtifactCache {
    return new ArtifactCache(join(dataDir, 'attune-artifact-cache'));
  }

  /** The artifact's bytes, if a copy with its size and hash is here (or is being written). */
  async read(meta: ArtifactMeta): Promise<Buffer | undefined> {
    await copying.get(this.path(meta));
    let data: Buffer;
    try {
      data = await readFile(this.path(meta));
    } catch {
      return undefined;
    }
    if (data.byteLength !== meta.sizeBytes || createHash('sha256').update(data).digest('hex') !== meta.sha256) return undefined;
    return data;
  }

  /**
   * Keeps a copy of an artifact just written, or read and checked (its bytes, whole or in
   * parts); removes the copies of artifacts that no longer exist (`live` gives the ids that do).
   * Reads of the artifact wait for it from now on; it never fails (a failed copy only means the
   * next read goes to the database).
   */
  keep(meta: ArtifactMeta, data: Buffer | readonly Uint8Array[], live: () => Promise<ReadonlySet<number>>): Promise<void> {
    const path = this.path(meta);
    const done = (async () => this.write(meta, data, await live()))().catch(() => undefined);
    copying.set(path, done);
    void done.then(() => {
      if (copying.get(path) === done) copying.delete(path);
    });
    return done;
  }

  private async write(meta: ArtifactMeta, data: Buffer | readonly Uint8Array[], live: ReadonlySet<number>): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    for (const name of readdirSync(this.dir)) {
      const id = Number(name.split('-')[0]);
      if (leftByEarlierProcess(name) || (!name.endsWith('.tmp') && !live.has(id))) rmSync(join(this.dir, name), { force: true });
    }
    const path = this.path(meta);
    const temporary = `${path}.${process.pid}.${++writes}.tmp`;
    try {
      await writeFile(temporary, data);
      await rename(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  private path(meta: ArtifactMeta): string {
    return join(this.dir, `${Math.trunc(meta.id)}-${meta.sha256.replace(/[^0-9a-f]/g, '')}.bin`);
  }
}
