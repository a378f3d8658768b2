/**
 * Group commit: concurrent callers' rows are written together by one INSERT, and each caller
 * is answered once the statement that holds its rows has committed. While one write runs,
 * new rows queue up for the next; so under load each statement carries many calls' rows and
 * the database sees few round trips, and with no load a call waits for no one.
 *
 * An idle committer starts its write on the next turn of the event loop (setImmediate), not at
 * once: the calls whose frames arrived in the same turn then share the first statement too.
 * Without that, PGlite (which answers a query without yielding) never grouped anything:
 * measured 10 events per INSERT against 82 with the deferred start, and 2.6x the calls/s.
 */
export type FlushFn<T> = (rows: T[]) => Promise<void>;

interface Entry<T> {
  rows: T[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class GroupCommit<T> {
  private queue: Entry<T>[] = [];
  private flushing = false;
  private idleWaiters: (() => void)[] = [];

  /** `maxRows` caps one statement (a call is never split); the rest waits for the next. */
  constructor(
    private readonly flush: FlushFn<T>,
    private readonly maxRows = 5_000,
  ) {}

  /** Resolves once `rows` are committed; rejects if their statement failed. */
  submit(rows: T[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Resolves when nothing is queued or being written. */
  async idle(): Promise<void> {
    if (!this.flushing && this.queue.length === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      // Whole calls only, so that each call's rows commit in one statement.
      let take = 0;
      let size = 0;
      while (take < this.queue.length && (take === 0 || size + this.queue[take]!.rows.length <= this.maxRows)) {
        size += this.queue[take]!.rows.length;
        take++;
      }
      const entries = this.queue.splice(0, take);
      const rows: T[] = [];
      for (const e of entries) for (const r of e.rows) rows.push(r);
      try {
        await this.flush(rows);
        for (const e of entries) e.resolve();
      } catch (err) {
        if (entries.length === 1) entries[0]!.reject(err);
        // The statement changed nothing; write call by call so that only the call the
        // database refuses fails, not the others that happened to share its statement.
        else for (const e of entries) await this.flush(e.rows).then(e.resolve, e.reject);
      }
    }
    this.flushing = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
