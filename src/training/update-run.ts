/**
 * One training_mode UPDATE run: the source version's model, read from the store, is updated
 * in a training worker with the snapshot of the data as it is now. Items keep their rows, and so
 * do users who still have data (the others are left out, as a FULL retrain leaves them); new
 * ones are appended in the order the snapshot met them. No holdout and no HPO run: like
 * Personalize, an UPDATE version reports no metrics.
 */
import { eq } from 'drizzle-orm';
import { InvalidState } from '../common/errors.ts';
import type { BuiltSnapshot } from '../data/snapshot/build.ts';
import { readArtifact } from '../store/artifacts.ts';
import type { Database } from '../store/database.ts';
import * as t from '../store/schema.ts';
import { decodeModel, type ModelFile } from './model-file.ts';
import type { TrainingPool } from './pool.ts';
import type { HyperParameters } from './recipes/recipe.ts';
import type { UpdateMaps, UpdateStats } from './recipes/user-personalization/update.ts';

/** The updated model and what the update did. */
export interface UpdateRunResult {
  file: ModelFile;
  params: HyperParameters;
  stats: UpdateStats;
}

/** Updates the model of version `sourceVersionId` with `built`; throws InvalidState when the source has no model any more. */
export async function runUpdate(
  database: Database,
  pool: TrainingPool,
  sourceVersionId: number,
  built: BuiltSnapshot,
  threads: number,
  signal: AbortSignal,
): Promise<UpdateRunResult> {
  const [source] = await database.db
    .select({ arn: t.solutionVersions.arn, artifactId: t.solutionVersions.artifactId })
    .from(t.solutionVersions)
    .where(eq(t.solutionVersions.id, sourceVersionId));
  if (!source || source.artifactId === null) throw new InvalidState('the version UPDATE started from no longer has a model (it was deleted); train a FULL version');
  const model = decodeModel(await readArtifact(database, source.artifactId));
  signal.throwIfAborted();
  const users = placeIds(model.userIds, built.userIds, false);
  const items = placeIds(model.itemIds, built.itemIds, true);
  const maps: UpdateMaps = { userMap: users.map, itemMap: items.map, keptUsers: users.kept, numUsers: users.ids.length, numItems: items.ids.length };
  const updated = await pool.update({ source: { meta: model.meta, arrays: model.arrays }, snapshot: built.snapshot, maps, threads }, signal);
  const stats = updated.meta.update as UpdateStats;
  const params = (model.meta.hyperParameters ?? {}) as HyperParameters;
  return { file: { recipe: model.recipe, meta: updated.meta, arrays: updated.arrays, userIds: users.ids, itemIds: items.ids }, params, stats };
}

/**
 * The updated model's ids and the model row of each snapshot id: first the source ids (all of
 * them with `keepAll`, else those the snapshot still has, in source order, `kept` giving their
 * source rows), then the snapshot's new ids in snapshot order.
 */
export function placeIds(sourceIds: readonly string[], snapshotIds: readonly string[], keepAll: boolean): { map: Int32Array; ids: string[]; kept: Int32Array } {
  const inSnapshot = keepAll ? undefined : new Set(snapshotIds);
  const kept: number[] = [];
  const rows = new Map<string, number>();
  const ids: string[] = [];
  sourceIds.forEach((id, from) => {
    if (inSnapshot && !inSnapshot.has(id)) return;
    rows.set(id, ids.length);
    ids.push(id);
    kept.push(from);
  });
  const map = new Int32Array(snapshotIds.length);
  snapshotIds.forEach((id, j) => {
    let row = rows.get(id);
    if (row === undefined) {
      row = ids.length;
      rows.set(id, row);
      ids.push(id);
    }
    map[j] = row;
  });
  return { map, ids, kept: Int32Array.from(kept) };
}
