/**
 * Compiled filters by ARN. A filter's expression never changes, so it is parsed, checked
 * against its group's schemas and compiled once (the compiled filter keeps its own cache of
 * attribute masks). An entry older than a few seconds is checked against the store again in
 * the background, so that a deleted filter stops working, while calls keep using the entry:
 * the store is asked once per filter per interval, never once per waiting call, and no call
 * waits for the recheck. Concurrent first uses of a filter share one load.
 */
import { InvalidInput } from '../common/errors.ts';
import { requireFilter } from '../control/filters.ts';
import { Status } from '../control/status.ts';
import type { Database } from '../store/database.ts';
import type { GroupData } from './catalog/group-data.ts';
import { checkFilterFields, compileFilter, type CompiledFilter, parseFilterExpression } from './filters/index.ts';

/** How long a looked-up filter is trusted before the store is asked again. */
const FILTER_RECHECK_MS = 5_000;

interface Entry {
  compiled: CompiledFilter;
  groupArn: string;
  checkedAt: number;
}

export class FilterCache {
  private readonly entries = new Map<string, Entry>();
  /** Loads and rechecks under way, by ARN (one at a time per filter). */
  private readonly pending = new Map<string, Promise<Entry>>();

  constructor(
    private readonly database: Database,
    private readonly recheckMs = FILTER_RECHECK_MS,
  ) {}

  /** The compiled filter `arn` for a request on `group`; InvalidInput/ResourceNotFound naming `field` otherwise. */
  async get(arn: string, group: GroupData, field: string): Promise<CompiledFilter> {
    return this.cached(arn, group, field) ?? this.forGroup(await (this.pending.get(arn) ?? this.refresh(arn, group, field)), arn, group, field);
  }

  /**
   * As get(), without waiting: the compiled filter when it is cached (a due recheck starts in
   * the background), undefined when it must be loaded first. The hot path calls this, so a
   * cached filter costs no promise.
   */
  cached(arn: string, group: GroupData, field: string): CompiledFilter | undefined {
    const entry = this.entries.get(arn);
    if (!entry) return undefined;
    if (performance.now() - entry.checkedAt > this.recheckMs && !this.pending.has(arn)) {
      // In the background: a failure drops the entry (deleted, or no longer ACTIVE) and the
      // next call sees the store's answer; this call uses what was valid a moment ago.
      this.refresh(arn, group, field).catch(() => undefined);
    }
    return this.forGroup(entry, arn, group, field);
  }

  private forGroup(entry: Entry, arn: string, group: GroupData, field: string): CompiledFilter {
    if (entry.groupArn !== group.groupArn) {
      throw new InvalidInput(field, `filter ${arn} belongs to dataset group ${entry.groupArn}; the campaign serves ${group.groupArn}`);
    }
    return entry.compiled;
  }

  /** Reads the filter from the store (one read per ARN at a time) and updates or drops its entry. */
  private refresh(arn: string, group: GroupData, field: string): Promise<Entry> {
    const p = this.load(arn, group, field).then(
      (entry) => {
        this.entries.set(arn, entry);
        return entry;
      },
      (err: unknown) => {
        this.entries.delete(arn);
        throw err;
      },
    );
    this.pending.set(arn, p);
    const done = () => this.pending.delete(arn);
    p.then(done, done);
    return p;
  }

  private async load(arn: string, group: GroupData, field: string): Promise<Entry> {
    const record = await requireFilter(this.database.db, arn, field);
    if (record.status !== Status.Active) throw new InvalidInput(field, `filter ${arn} is ${record.status}, not ACTIVE`);
    const cached = this.entries.get(arn);
    if (cached && cached.groupArn === record.datasetGroupArn) return { ...cached, checkedAt: performance.now() };
    const { items, users, interactions } = group.datasets;
    const checked = checkFilterFields(parseFilterExpression(record.expression), {
      ...(items ? { items: items.fields } : {}),
      ...(users ? { users: users.fields } : {}),
      ...(interactions ? { interactions: interactions.fields } : {}),
    });
    return { compiled: compileFilter(checked), groupArn: record.datasetGroupArn, checkedAt: performance.now() };
  }
}
