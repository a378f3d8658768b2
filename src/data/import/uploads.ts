/**
 * Uploads (UploadData): a CSV streamed by a remote client is stored in the database in
 * 1 MiB chunks, so any server process can import it. The upload is usable only once it is
 * complete; a broken stream leaves nothing behind.
 */
import { createHash, randomUUID } from 'node:crypto';
import { InvalidInput, LimitExceeded } from '../../common/errors.ts';
import type { Database } from '../../store/database.ts';

const CHUNK = 1 << 20;

/** The first message of an upload. */
export interface UploadHeader {
  fileName?: string;
  sizeBytes?: number;
  sha256?: string;
}

/** A finished upload. */
export interface UploadResult {
  dataLocation: string;
  sizeBytes: number;
  sha256: string;
}

export class Uploads {
  constructor(
    private readonly database: Database,
    private readonly maxBytes = 16 * 1024 ** 3,
  ) {}

  /** Validates the header of an upload before any byte is stored. */
  checkHeader(header: UploadHeader | undefined): { fileName: string; sizeBytes?: number; sha256?: string } {
    if (!header) throw new InvalidInput('header', 'the first message of UploadData must carry the header');
    const fileName = header.fileName ?? '';
    if (fileName.length < 1 || fileName.length > 255) throw new InvalidInput('header.file_name', 'must be 1-255 characters');
    if (/[/\\\0]/.test(fileName)) throw new InvalidInput('header.file_name', 'must be a plain file name (no "/", "\\" or NUL)');
    if (header.sizeBytes !== undefined && (!Number.isSafeInteger(header.sizeBytes) || header.sizeBytes < 0)) {
      throw new InvalidInput('header.size_bytes', 'must be a non-negative integer');
    }
    if (header.sizeBytes !== undefined && header.sizeBytes > this.maxBytes) {
      throw new LimitExceeded(`header.size_bytes: uploads may be at most ${this.maxBytes} bytes`);
    }
    const sha256 = header.sha256 ? header.sha256.toLowerCase() : undefined;
    if (sha256 !== undefined && !/^[0-9a-f]{64}$/.test(sha256)) throw new InvalidInput('header.sha256', 'must be 64 hex digits');
    return { fileName, ...(header.sizeBytes !== undefined ? { sizeBytes: header.sizeBytes } : {}), ...(sha256 ? { sha256 } : {}) };
  }

  /**
   * Stores the chunks of an upload; returns its location once all of it is stored.
   * `checkStillWanted` is called just before the upload is kept, and throws to discard it.
   */
  async receive(header: UploadHeader | undefined, chunks: AsyncIterable<Uint8Array>, checkStillWanted: () => Promise<void> = async () => {}): Promise<UploadResult> {
    const expected = this.checkHeader(header);
    const id = randomUUID();
    await this.database.query(
      `insert into uploads (id, file_name, size_bytes, sha256, state, created_at, updated_at) values ($1, $2, 0, '', 'receiving', now(), now())`,
      [id, expected.fileName],
    );
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const store = async (data: Buffer) => {
      await this.database.query(`insert into upload_chunks (upload_id, seq, data) values ($1, $2, $3)`, [id, seq++, data]);
      // The heartbeat that tells other processes this upload is still arriving.
      const alive = await this.database.query(`update uploads set updated_at = now() where id = $1 and state = 'receiving' returning id`, [id]);
      if (alive.length === 0) throw new Error(`upload ${id} was removed while it was arriving`);
    };
    try {
      for await (const chunk of chunks) {
        size += chunk.length;
        if (size > this.maxBytes) throw new LimitExceeded(`uploads may be at most ${this.maxBytes} bytes`);
        hash.update(chunk);
        pending.push(Buffer.from(chunk));
        pendingBytes += chunk.length;
        while (pendingBytes >= CHUNK) {
          const all = Buffer.concat(pending);
          await store(all.subarray(0, CHUNK));
          pending = [all.subarray(CHUNK)];
          pendingBytes = all.length - CHUNK;
        }
      }
      if (pendingBytes > 0) await store(Buffer.concat(pending));
      const digest = hash.digest('hex');
      if (expected.sizeBytes !== undefined && expected.sizeBytes !== size) {
        throw new InvalidInput('header.size_bytes', `announced ${expected.sizeBytes} bytes but ${size} arrived`);
      }
      if (expected.sha256 !== undefined && expected.sha256 !== digest) {
        throw new InvalidInput('header.sha256', `the content's SHA-256 is ${digest}, not ${expected.sha256}`);
      }
      await checkStillWanted();
      const done = await this.database.query(
        `update uploads set state = 'complete', size_bytes = $2, sha256 = $3, updated_at = now() where id = $1 and state = 'receiving' returning id`,
        [id, size, digest],
      );
      if (done.length === 0) throw new Error(`upload ${id} was removed while it was arriving`);
      return { dataLocation: `upload://${id}`, sizeBytes: size, sha256: digest };
    } catch (err) {
      await this.discard(id);
      throw err;
    }
  }

  /**
   * Removes uploads left incomplete by a process that died while receiving them (no chunk for
   * `idleMs`), and complete uploads older than `keepMs` (default 7 days).
   */
  async removeStale(idleMs = 3_600_000, keepMs = 7 * 24 * 3_600_000): Promise<void> {
    const stale = await this.database.query<{ id: string }>(
      `select id from uploads where (state = 'receiving' and updated_at < now() - $1::interval)
         or (state = 'complete' and updated_at < now() - $2::interval)`,
      [`${idleMs} milliseconds`, `${keepMs} milliseconds`],
    );
    for (const { id } of stale) await this.discard(id);
  }

  private async discard(id: string): Promise<void> {
    await this.database.query(`delete from upload_chunks where upload_id = $1`, [id]);
    await this.database.query(`delete from uploads where id = $1`, [id]);
  }
}
