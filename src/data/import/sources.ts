/** Byte streams of the files an import reads: files on disk, or an upload kept in the database. */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from '../../store/database.ts';
import { ImportFailure } from './copy-text.ts';
import type { DataLocation } from './location.ts';

/** One CSV file to read: a display name for errors and its bytes. */
export interface SourceFile {
  name: string;
  open(): AsyncIterable<Uint8Array>;
}

const CHUNK = 1 << 20;

/** Lists the files of a resolved location, in the order they are imported. */
export async function sourceFiles(database: Database, location: DataLocation): Promise<SourceFile[]> {
  if (location.kind === 'files') {
    return location.files.map((path) => ({
      name: location.files.length === 1 ? location.location : basename(path),
      open: () => createReadStream(path, { highWaterMark: CHUNK }),
    }));
  }
  const [upload] = await database.query<{ file_name: string }>(`select file_name from uploads where id = $1 and state = 'complete'`, [
    location.uploadId,
  ]);
  if (!upload) throw new ImportFailure(`${location.location}: the upload no longer exists`);
  return [{ name: upload.file_name, open: () => uploadChunks(database, location.uploadId) }];
}

async function* uploadChunks(database: Database, uploadId: string): AsyncIterable<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const rows = await database.query<{ data: Uint8Array }>(`select data from upload_chunks where upload_id = $1 and seq = $2`, [uploadId, seq]);
    const row = rows[0];
    if (!row) return;
    yield row.data;
  }
}
