/**
 * Group commit: concurrent callers' rows are written together by one INSERT, and each caller
 * is answered once the statement that holds its rows has committed. While one write runs,
 * new rows queue up for the next; so under load each statement carries many calls' rows and
 * the database sees few round trips, and with no load a call waits for no one.
 */
export type FlushFn<T> = (rows: T[]) => Promise<void>;

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class GroupCommit<T> {
  private queue: T[] = [];
  private waiters: Waiter[] = [];
  private flushing = false;
  private idleWaiters: (() => void)[] = [];

  /** `maxRows` caps one statement; the rest waits for the next. */
  constructor(
    private readonly flush: FlushFn<T>,
    private readonly maxRows = 5_000,
  ) {}

  /** Resolves once `rows` are committed; rejects if their statement failed. */
  submit(rows: T[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      for (const r of rows) this.queue.push(r);
      this.waiters.push({ resolve, reject });
      if (!this.flushing) void this.drain();
    });
  }

  /** Resolves when nothing is queued or being written. */
  async idle(): Promise<void> {
    if (!this.flushing && this.queue.length === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      // Take whole calls only, so that a call's rows commit together.
      const rows = this.queue;
      const waiters = this.waiters;
      this.queue = [];
      this.waiters = [];
      try {
        for (let i = 0; i < rows.length; i += this.maxRows) await this.flush(rows.slice(i, i + this.maxRows));
        for (const w of waiters) w.resolve();
      } catch (err) {
        for (const w of waiters) w.reject(err);
      }
    }
    this.flushing = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
