/**
 * The artifact store: binary blobs (trained models) kept in the database in chunks, so any
 * server process can load a model with no shared filesystem.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import { ArtifactCache, type ArtifactMeta } from './artifact-cache.ts';
import type { Database, Db } from './database.ts';
import * as t from './schema.ts';

/** Bytes per chunk row: small, because on PGlite each insert holds the event loop while it runs. */
const CHUNK_BYTES = 512 << 10;

/** Stores `parts` (concatenated) as one artifact owned by `ownerArn`; returns its id. */
export async function writeArtifact(database: Database, ownerArn: string, kind: string, parts: Uint8Array[]): Promise<number> {
  // The row comes first (chunks need its id); size and hash are filled in once every chunk is
  // written, hashing chunk by chunk so no long synchronous pass holds the event loop.
  const [row] = await database.db
    .insert(t.artifacts)
    .values({ ownerArn, kind, sizeBytes: -1, sha256: '', createdAt: new Date() })
    .returning({ id: t.artifacts.id });
  const id = row!.id;
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  // Bytes travel as base64 text: both drivers' bytea parameter encoding is several times slower.
  for (const chunk of rechunk(parts, CHUNK_BYTES)) {
    hash.update(chunk);
    size += chunk.byteLength;
    await database.query(`insert into artifact_chunks (artifact_id, seq, data) values ($1, $2, decode($3, 'base64'))`, [id, seq++, chunk.toString('base64')]);
  }
  const meta = { id, sizeBytes: size, sha256: hash.digest('hex') };
  await database.db.update(t.artifacts).set({ sizeBytes: meta.sizeBytes, sha256: meta.sha256 }).where(eq(t.artifacts.id, id));
  // A PGlite folder keeps a copy now: the first read (a campaign, a batch job) need not go through PGlite.
  if (database.dataDir) keepCopy(database, ArtifactCache.inPgliteFolder(database.dataDir), meta, parts);
  return id;
}

/** Writes the artifact's local copy in the background (reads of it wait for the copy). */
function keepCopy(database: Database, cache: ArtifactCache, meta: ArtifactMeta, data: Buffer | readonly Uint8Array[]): void {
  void cache.keep(meta, data, async () => new Set((await database.db.select({ id: t.artifacts.id }).from(t.artifacts)).map((a) => a.id)));
}

/** Chunks per query when reading an artifact back (4 MiB): short queries leave the event loop to API calls on PGlite. */
const READ_CHUNKS = 8;

/**
 * Reads an artifact back and checks it against its recorded size and hash. The bytes land in
 * one buffer allocated from the recorded size, a few chunks per query.
 */
export async function readArtifact(database: Database, id: number): Promise<Buffer> {
  const [meta] = await database.db.select().from(t.artifacts).where(eq(t.artifacts.id, id));
  if (!meta) throw new Error(`artifact ${id} does not exist`);
  const cache = database.dataDir ? ArtifactCache.inPgliteFolder(database.dataDir) : undefined;
  const copy = await cache?.read(meta);
  if (copy) return copy;
  const data = Buffer.allocUnsafe(meta.sizeBytes);
  const hash = createHash('sha256');
  let at = 0;
  for (let seq = 0; ; seq += READ_CHUNKS) {
    const chunks = database.pglite
      ? await copyChunks(database.pglite, id, seq, seq + READ_CHUNKS)
      : (
          await database.query<{ d: string }>(
            `select encode(data, 'base64') as d from artifact_chunks where artifact_id = $1 and seq >= $2 and seq < $3 order by seq`,
            [id, seq, seq + READ_CHUNKS],
          )
        ).map((c) => Buffer.from(c.d, 'base64'));
    for (const bytes of chunks) {
      if (at + bytes.byteLength > data.byteLength) throw new Error(`artifact ${id} is corrupt: more than the recorded ${meta.sizeBytes} bytes`);
      bytes.copy(data, at);
      hash.update(bytes);
      at += bytes.byteLength;
    }
    if (chunks.length < READ_CHUNKS) break;
  }
  const sha = hash.digest('hex');
  if (at !== meta.sizeBytes || sha !== meta.sha256) {
    throw new Error(`artifact ${id} is corrupt: ${at} bytes (expected ${meta.sizeBytes}), sha256 ${sha}`);
  }
  if (cache) keepCopy(database, cache, meta, data);
  return data;
}

/** COPY's binary format starts with this signature, then flags and a header extension length (int32 each). */
const COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * PGlite: chunks [from, to) of an artifact through COPY … TO '/dev/blob' in binary format,
 * which hands the bytes over as they are (a bytea or base64 column is converted to text and
 * back, about twice the time of a whole model load).
 */
async function copyChunks(pg: PGlite, id: number, from: number, to: number): Promise<Buffer[]> {
  const result = await pg.query(
    `copy (select data from artifact_chunks where artifact_id = ${Math.trunc(id)} and seq >= ${Math.trunc(from)} and seq < ${Math.trunc(to)} order by seq)
     to '/dev/blob' with (format binary)`,
  );
  const bytes = Buffer.from(result.blob ? await result.blob.arrayBuffer() : new ArrayBuffer(0));
  return binaryCopyFields(bytes);
}

/** The single field of each row of a binary COPY of one non-null bytea column. */
export function binaryCopyFields(bytes: Buffer): Buffer[] {
  if (bytes.length < COPY_SIGNATURE.length + 8 || !bytes.subarray(0, COPY_SIGNATURE.length).equals(COPY_SIGNATURE)) {
    throw new Error('not a binary COPY stream');
  }
  let at = COPY_SIGNATURE.length + 4;
  at += 4 + bytes.readInt32BE(at);
  const fields: Buffer[] = [];
  for (;;) {
    const count = bytes.readInt16BE(at);
    at += 2;
    if (count === -1) return fields;
    if (count !== 1) throw new Error(`binary COPY row has ${count} fields, expected 1`);
    const length = bytes.readInt32BE(at);
    at += 4;
    if (length < 0 || at + length > bytes.length) throw new Error('binary COPY row is truncated or null');
    fields.push(bytes.subarray(at, at + length));
    at += length;
  }
}

/** Deletes every artifact owned by `ownerArn` (inside the caller's transaction). */
export async function deleteArtifactsOf(tx: Db, ownerArn: string): Promise<void> {
  const owned = await tx.select({ id: t.artifacts.id }).from(t.artifacts).where(eq(t.artifacts.ownerArn, ownerArn));
  for (const a of owned) {
    await tx.delete(t.artifactChunks).where(eq(t.artifactChunks.artifactId, a.id));
    await tx.delete(t.artifacts).where(eq(t.artifacts.id, a.id));
  }
}

/** Regroups byte parts into buffers of at most `size` bytes. */
function* rechunk(parts: Uint8Array[], size: number): Generator<Buffer> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  for (const part of parts) {
    let offset = 0;
    while (offset < part.byteLength) {
      const take = Math.min(size - pendingBytes, part.byteLength - offset);
      pending.push(part.subarray(offset, offset + take));
      pendingBytes += take;
      offset += take;
      if (pendingBytes === size) {
        yield Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}
