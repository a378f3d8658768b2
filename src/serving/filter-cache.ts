/**
 * Compiled filters by ARN. A filter's expression never changes, so it is parsed, checked
 * against its group's schemas and compiled once (the compiled filter keeps its own cache of
 * attribute masks); an entry is checked against the store again every few seconds so that a
 * deleted filter stops working.
 */
import { InvalidInput } from '../common/errors.ts';
import { requireFilter } from '../control/filters.ts';
import { Status } from '../control/status.ts';
import type { Database } from '../store/database.ts';
import type { GroupData } from './catalog/group-data.ts';
import { checkFilterFields, compileFilter, type CompiledFilter, parseFilterExpression } from './filters/index.ts';

/** How long a looked-up filter is trusted before the store is asked again. */
const RECHECK_MS = 5_000;

interface Entry {
  compiled: CompiledFilter;
  groupArn: string;
  checkedAt: number;
}

export class FilterCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly database: Database) {}

  /** The compiled filter `arn` for a request on `group`; InvalidInput/ResourceNotFound naming `field` otherwise. */
  async get(arn: string, group: GroupData, field: string): Promise<CompiledFilter> {
    let entry = this.entries.get(arn);
    if (!entry || performance.now() - entry.checkedAt > RECHECK_MS) {
      try {
        entry = await this.load(arn, group, field);
      } catch (err) {
        this.entries.delete(arn);
        throw err;
      }
      this.entries.set(arn, entry);
    }
    if (entry.groupArn !== group.groupArn) {
      throw new InvalidInput(field, `filter ${arn} belongs to dataset group ${entry.groupArn}; the campaign serves ${group.groupArn}`);
    }
    return entry.compiled;
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
