/**
 * PostgreSQL's LISTEN/NOTIFY between the processes that share one database. A notification
 * sent inside a transaction is delivered when, and only if, the transaction commits, to every
 * session listening on its channel (the sender's own included), in commit order.
 *
 * Listening takes a connection of its own. When it drops, this module listens again (retrying
 * until the database answers) and then calls each listener's `onResync`: notifications sent
 * while no connection listened are lost, so a listener catches up from the store there.
 * PGlite is one process: its listeners hear what the same process sends.
 */
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Logger } from '../../common/logger.ts';
import type { Database, Db } from '../database.ts';

/** The channels Attune uses, and what their payloads carry. */
export const CHANNELS = {
  /** A job was enqueued or given back; payload: its kind. */
  jobs: 'attune_jobs',
  /** A campaign's deployment changed (it turned ACTIVE, an update went ACTIVE, it was deleted); payload: its ARN. */
  campaigns: 'attune_campaigns',
  /** Committed data changes (real-time rows, bulk imports, deletions); payload: see src/data/ingest/announcements.ts. */
  data: 'attune_data',
} as const;

/** PostgreSQL refuses a payload of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7999;

/** Stops one listener. */
export type Unlisten = () => Promise<void>;

/** Notifications over one database. */
export interface Notifications {
  /**
   * Calls `onNotify` with each payload sent on `channel` from now on, and `onResync` after the
   * listening connection was lost and restored (notifications may have been missed). Resolves
   * once LISTEN is in effect.
   */
  listen(channel: string, onNotify: (payload: string) => void, onResync?: () => void): Promise<Unlisten>;
  /** Sends a notification now (outside any transaction). */
  notify(channel: string, payload: string): Promise<void>;
  /** Stops listening and closes the listening connection. */
  close(): Promise<void>;
}

/** Sends a notification when the caller's transaction commits (and never if it rolls back). */
export async function notifyOnCommit(tx: Db, channel: string, payload: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${channel}, ${payload})`);
}

/** Opens notifications over an open database. */
export function openNotifications(database: Database, logger: Logger): Notifications {
  if (database.kind === 'postgres') return new PostgresNotifications(database, logger);
  return new PgliteNotifications(database);
}

interface Listener {
  onNotify: (payload: string) => void;
  onResync?: () => void;
}

const quote = (channel: string) => `"${channel.replace(/"/g, '""')}"`;

class PostgresNotifications implements Notifications {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly sql: postgres.Sql;
  private closed = false;
  private relistening = false;
  /** Connections lost so far: a LISTEN that raced a drop is issued again. */
  private drops = 0;

  constructor(
    private readonly database: Database,
    private readonly logger: Logger,
  ) {
    // postgres.js delivers NotificationResponse messages to `onnotify` (an option its types omit).
    const options: postgres.Options<Record<string, never>> & { onnotify: (channel: string, payload: string) => void } = {
      max: 1,
      // The connection must stay: closing it (idle or old) would end LISTEN.
      idle_timeout: 0,
      max_lifetime: null,
      fetch_types: false,
      onnotice: () => {},
      onnotify: (channel, payload) => this.deliver(channel, payload),
      onclose: () => this.lost(),
    };
    this.sql = postgres(database.url!, options);
  }

  async listen(channel: string, onNotify: (payload: string) => void, onResync?: () => void): Promise<Unlisten> {
    const listener: Listener = { onNotify, ...(onResync ? { onResync } : {}) };
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    if (set.size === 1) {
      try {
        await this.sql.unsafe(`listen ${quote(channel)}`);
      } catch (err) {
        set.delete(listener);
        if (this.listeners.get(channel)?.size === 0) this.listeners.delete(channel);
        throw err;
      }
    }
    return async () => {
      const current = this.listeners.get(channel);
      if (!current?.delete(listener) || current.size > 0) return;
      this.listeners.delete(channel);
      if (!this.closed) await this.sql.unsafe(`unlisten ${quote(channel)}`).catch(() => {});
    };
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.database.query('select pg_notify($1, $2)', [channel, payload]);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.sql.end({ timeout: 1 });
  }

  private deliver(channel: string, payload: string): void {
    for (const l of this.listeners.get(channel) ?? []) {
      try {
        l.onNotify(payload);
      } catch (err) {
        this.logger.error({ err, channel }, 'a notification listener failed');
      }
    }
  }

  /** The listening connection closed: listen again on a new one, then let listeners catch up. */
  private lost(): void {
    this.drops++;
    if (this.closed || this.relistening || this.listeners.size === 0) return;
    this.relistening = true;
    this.logger.warn({ channels: [...this.listeners.keys()] }, 'the notification connection was lost; listening again');
    void this.relisten();
  }

  private async relisten(): Promise<void> {
    for (let delay = 100; !this.closed; delay = Math.min(delay * 2, 5_000)) {
      const drops = this.drops;
      try {
        for (const channel of this.listeners.keys()) await this.sql.unsafe(`listen ${quote(channel)}`);
        if (drops === this.drops) break;
      } catch (err) {
        this.logger.warn({ err, retryInMs: delay }, 'listening for notifications failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    this.relistening = false;
    if (this.closed) return;
    this.logger.info('listening for notifications again; catching up from the store');
    for (const set of this.listeners.values()) {
      for (const l of set) {
        try {
          l.onResync?.();
        } catch (err) {
          this.logger.error({ err }, 'catching up after a lost notification connection failed');
        }
      }
    }
  }
}

class PgliteNotifications implements Notifications {
  private readonly unlistens = new Set<Unlisten>();

  constructor(private readonly database: Database) {}

  async listen(channel: string, onNotify: (payload: string) => void): Promise<Unlisten> {
    const stop = await this.database.pglite!.listen(channel, onNotify);
    const unlisten: Unlisten = async () => {
      if (this.unlistens.delete(unlisten)) await stop();
    };
    this.unlistens.add(unlisten);
    return unlisten;
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.database.query('select pg_notify($1, $2)', [channel, payload]);
  }

  async close(): Promise<void> {
    for (const unlisten of [...this.unlistens]) await unlisten().catch(() => {});
  }
}
