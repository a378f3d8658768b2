/**
 * One GroupData per dataset group that some campaign serves, loaded once (concurrent loads
 * share one read) and kept current: real-time writes are applied as they commit, and a
 * committed bulk import makes the group read its data again in the background. A write or
 * import into a dataset the registry does not know (one created after its group was loaded)
 * makes that group, if loaded, read its datasets and data again, which includes the write.
 * Writes committed by other processes arrive the same way, through their announcements
 * (src/data/ingest/announcements.ts); after a lost notification connection, `reloadAll`
 * catches up with whatever was missed.
 */
import { eq } from 'drizzle-orm';
import type { Logger } from '../../common/logger.ts';
import type { IngestChange } from '../../data/ingest/ingest.ts';
import type { Database } from '../../store/database.ts';
import * as t from '../../store/schema.ts';
import type { BuiltSnapshot } from '../../data/snapshot/build.ts';
import { GroupData } from './group-data.ts';
import { deletionMark, keepFullRead } from './group-rows.ts';
import { RowsCache } from './rows-cache.ts';

export class GroupRegistry {
  private readonly loading = new Map<string, Promise<GroupData>>();
  private readonly byDataset = new Map<number, GroupData>();
  /** The group ARN of each dataset id looked up so far (a dataset never changes group). */
  private readonly groupOfDataset = new Map<number, Promise<string | undefined>>();

  /** The interactions of each group's last full read, on an embedded PGlite folder (rows-cache.ts). */
  private readonly cache: RowsCache | undefined;

  constructor(
    private readonly database: Database,
    private readonly logger: Logger,
  ) {
    this.cache = RowsCache.of(database);
  }

  /** The group's data, loading it on first use. */
  get(groupArn: string): Promise<GroupData> {
    let p = this.loading.get(groupArn);
    if (!p) {
      p = GroupData.load(this.database, groupArn, this.cache, this.cacheErrorLog(groupArn)).then((g) => {
        this.register(g);
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
    if (!g) return this.adopt(change.datasetId);
    if (change.kind === 'events') g.applyEvents(change.userId, change.events);
    else if (change.kind === 'items') g.applyItems(change.records);
    else g.applyUsers(change.records);
  }

  /** A bulk import into `datasetId` committed: the group reads its data again. */
  importCommitted(datasetId: number): void {
    const g = this.byDataset.get(datasetId);
    if (!g) return this.adopt(datasetId);
    g.reload().catch((err: unknown) => this.logger.error({ err, datasetGroupArn: g.groupArn }, 'reloading serving data failed'));
  }

  /** A data deletion job removed users' records from the group: if loaded, it reads its data again. */
  usersDeleted(groupArn: string): void {
    // The cached rows hold the deleted users' events: they go now, loaded group or not (a load
    // would not use them anyway, as the group's deletion mark changed).
    this.cache?.remove(groupArn);
    const loading = this.loading.get(groupArn);
    if (!loading) return;
    loading
      .then((g) => g.reload())
      .catch((err: unknown) => this.logger.error({ err, datasetGroupArn: groupArn }, 'reloading serving data after a deletion failed'));
  }

  /**
   * Before a read of every interaction of the group made for something else (a training with no
   * row filter): what keeps that read as the group's cached rows, so that the group's first
   * load here (a campaign, a batch job, the next process on this folder) reads only what came
   * after. Undefined without a cache (not a PGlite folder). The cache's removal count and the
   * deletion mark are read now, before the rows are: a removal during the read keeps it out.
   */
  async keepRowsOf(groupArn: string): Promise<((interactionsDatasetId: number, built: BuiltSnapshot) => void) | undefined> {
    const cache = this.cache;
    if (!cache) return undefined;
    const generation = cache.generation(groupArn);
    const { mark } = await deletionMark(this.database, groupArn);
    return (interactionsDatasetId, built) =>
      keepFullRead({ groupArn, interactionsDatasetId, deletions: mark, cache, generation, onCacheError: this.cacheErrorLog(groupArn) }, built);
  }

  /** Whether the dataset belongs to a group loaded here that knows it (its real-time rows are applied one by one). */
  tracks(datasetId: number): boolean {
    return this.byDataset.has(datasetId);
  }

  /** Every loaded group reads its data again (notifications may have been missed); resolves when all have. */
  async reloadAll(): Promise<void> {
    const groups = await Promise.allSettled([...this.loading.values()]);
    await Promise.all(
      groups.map((g) =>
        g.status === 'fulfilled'
          ? g.value.reload().catch((err: unknown) => this.logger.error({ err, datasetGroupArn: g.value.groupArn }, 'reloading serving data failed'))
          : undefined,
      ),
    );
  }

  private cacheErrorLog(groupArn: string): (err: unknown) => void {
    return (err) => this.logger.warn({ err, datasetGroupArn: groupArn }, 'writing the serving rows cache failed (the next load reads everything)');
  }

  /** Maps the group's current datasets to it. */
  private register(g: GroupData): void {
    for (const d of [g.datasets.interactions, g.datasets.items, g.datasets.users]) if (d) this.byDataset.set(d.id, g);
  }

  /**
   * A dataset this registry has not mapped: when its group is loaded here, the group re-reads
   * its datasets and data (the write that led here is committed, so it is read too).
   */
  private adopt(datasetId: number): void {
    let groupArn = this.groupOfDataset.get(datasetId);
    if (!groupArn) {
      groupArn = this.database.db
        .select({ arn: t.datasetGroups.arn })
        .from(t.datasets)
        .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.datasets.datasetGroupId))
        .where(eq(t.datasets.id, datasetId))
        .then((rows) => rows[0]?.arn);
      this.groupOfDataset.set(datasetId, groupArn);
      groupArn.catch(() => this.groupOfDataset.delete(datasetId));
    }
    groupArn
      .then(async (arn) => {
        const loading = arn === undefined ? undefined : this.loading.get(arn);
        if (!loading) return;
        const g = await loading;
        // Even when an earlier write already had the group map this dataset: that read may have
        // started before this write committed. Reloads coalesce, and the next one starts after it.
        await g.reload();
        this.register(g);
      })
      .catch((err: unknown) => this.logger.error({ err, datasetId }, 'reading a new dataset into serving data failed'));
  }
}
