/**
 * One GroupData per dataset group that some campaign serves, loaded once (concurrent loads
 * share one read) and kept current: real-time writes are applied as they commit, and a
 * committed bulk import makes the group read its data again in the background.
 */
import type { Logger } from '../../common/logger.ts';
import type { IngestChange } from '../../data/ingest/ingest.ts';
import type { Database } from '../../store/database.ts';
import { GroupData } from './group-data.ts';

export class GroupRegistry {
  private readonly loading = new Map<string, Promise<GroupData>>();
  private readonly byDataset = new Map<number, GroupData>();

  constructor(
    private readonly database: Database,
    private readonly logger: Logger,
  ) {}

  /** The group's data, loading it on first use. */
  get(groupArn: string): Promise<GroupData> {
    let p = this.loading.get(groupArn);
    if (!p) {
      p = GroupData.load(this.database, groupArn).then((g) => {
        for (const d of [g.datasets.interactions, g.datasets.items, g.datasets.users]) if (d) this.byDataset.set(d.id, g);
        return g;
      });
      p.catch(() => this.loading.delete(groupArn));
      this.loading.set(groupArn, p);
    }
    return p;
  }

  /** Applies a committed real-time write to the group it belongs to (if loaded). */
  apply(change: IngestChange): void {
    const g = this.byDataset.get(change.datasetId);
    if (!g) return;
    if (change.kind === 'events') g.applyEvents(change.userId, change.events);
    else if (change.kind === 'items') g.applyItems(change.records);
    else g.applyUsers(change.records);
  }

  /** A bulk import into `datasetId` committed: the group reads its data again. */
  importCommitted(datasetId: number): void {
    const g = this.byDataset.get(datasetId);
    if (!g) return;
    g.reload().catch((err: unknown) => this.logger.error({ err, datasetGroupArn: g.groupArn }, 'reloading serving data failed'));
  }
}
