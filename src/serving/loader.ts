/**
 * The loader: turns a deploy target (a campaign's solution version and configuration) into a
 * servable. It reads the version's model artifact from the store (checked on read), the
 * group's live data (shared by every campaign of the group), and builds what the recipe's
 * servable needs (vector index, scoring sessions) before anything takes traffic.
 */
import { and, eq, gt, inArray } from 'drizzle-orm';
import type { CampaignConfig, DeployTarget } from '../control/context.ts';
import { checkSolutionConfig, type SolutionConfigInput } from '../control/solution-config.ts';
import { requireSolutionVersion, type SolutionVersionRecord } from '../control/solution-versions.ts';
import { Status } from '../control/status.ts';
import { type RowFilter, rowFilter } from '../data/snapshot/build.ts';
import type { UserHistory } from '../data/snapshot/types.ts';
import { readArtifact } from '../store/artifacts.ts';
import type { Database } from '../store/database.ts';
import * as t from '../store/schema.ts';
import { decodeModel, type ModelFile } from '../training/model-file.ts';
import { strengthOf } from '../training/recipes/user-personalization/confidence.ts';
import { AlsFoldIn, foldInModelOf } from '../training/recipes/user-personalization/fold-in.ts';
import { alsKernel } from '../training/recipes/user-personalization/kernel/index.ts';
import { addToGram, solveNewItems } from '../training/recipes/user-personalization/new-items.ts';
import type { RecipeType } from '../training/recipes/recipe.ts';
import { findRecipe } from '../training/recipes/registry.ts';
import type { GroupData } from './catalog/group-data.ts';
import type { GroupRegistry } from './catalog/group-registry.ts';
import type { EngineFactory } from './engine/item-engine.ts';
import { AlsServable, type AlsServableOptions } from './servables/als.ts';
import { NeighbourServable } from './servables/neighbours.ts';
import { RankedListServable } from './servables/ranked-list.ts';
import type { Servable } from './servables/servable.ts';

/** A campaign ready to take traffic: its servable and configuration. */
export interface Deployment {
  readonly campaignArn: string;
  readonly servable: Servable;
  readonly config: CampaignConfig;
}

export interface LoaderEnv {
  database: Database;
  groups: GroupRegistry;
  engine: EngineFactory;
}

/** Loads the servable of a deploy target. Throws with a reason a client can act on. */
export async function loadDeployment(env: LoaderEnv, target: DeployTarget): Promise<Deployment> {
  const version = await requireSolutionVersion(env.database.db, target.solutionVersionArn, 'solution_version_arn');
  if (version.status !== Status.Active || version.artifactId === null) {
    throw new Error(`solution version ${version.arn} is ${version.status}; only an ACTIVE version can be deployed`);
  }
  const recipe = findRecipe(version.recipe);
  if (!recipe) throw new Error(`solution version ${version.arn} uses recipe ${version.recipe}, which this server does not know`);
  // The group's data loads while the model is read (on PostgreSQL the two overlap).
  const groupLoad = env.groups.get(version.datasetGroupArn);
  groupLoad.catch(() => undefined); // a failed model read returns first; the registry keeps the load's outcome
  const model = decodeModel(await readArtifact(env.database, version.artifactId));
  const group = await groupLoad;
  let servable: Servable;
  if (recipe.type === 'USER_PERSONALIZATION' || recipe.type === 'PERSONALIZED_RANKING') {
    servable = await AlsServable.create(model, group, await alsOptions(env, version, recipe.type, group));
  } else if (recipe.type === 'RELATED_ITEMS') {
    servable = new NeighbourServable(model, group, version.arn);
  } else {
    servable = new RankedListServable(model, group, version.arn);
  }
  return { campaignArn: target.campaignArn, servable, config: target.config };
}

/** A deployment whose model was given vectors for items it did not know, without a new version. */
export interface NewItemsDeployment {
  deployment: Deployment;
  /** Items added to the model. */
  newItems: number;
  /** What their vectors were built from: an equal signature means nothing changed since. */
  signature: string;
}

/**
 * Loads the target again with vectors for the catalog items its model does not know yet,
 * solved from their interactions and the model's fixed user vectors (Personalize's new-items
 * update of user-personalization, every two hours). Only for a version trained FULL (or
 * automatically) that is the newest such ACTIVE version of its solution and that no UPDATE
 * version was made from. Undefined when the target does not qualify, when no new item has
 * interactions, or when the new items' data is what `previous` (an earlier signature) saw.
 */
export async function loadWithNewItems(env: LoaderEnv, target: DeployTarget, previous?: string): Promise<NewItemsDeployment | undefined> {
  const version = await requireSolutionVersion(env.database.db, target.solutionVersionArn, 'solution_version_arn');
  if (version.recipe !== 'aws-user-personalization' || version.status !== Status.Active || version.artifactId === null) return undefined;
  if (!(await takesNewItems(env.database, version))) return undefined;
  // The group's data loads while the model is read (on PostgreSQL the two overlap).
  const groupLoad = env.groups.get(version.datasetGroupArn);
  groupLoad.catch(() => undefined); // a failed model read returns first; the registry keeps the load's outcome
  const model = decodeModel(await readArtifact(env.database, version.artifactId));
  const group = await groupLoad;
  const options = await alsOptions(env, version, 'USER_PERSONALIZATION', group);
  const found = await collectNewItems(model, group, options.weigh, options.staleUsers);
  if (found.items.length === 0 || found.signature === previous) return undefined;
  const servable = await AlsServable.create(withNewItems(model, group, found), group, options);
  return { deployment: { campaignArn: target.campaignArn, servable, config: target.config }, newItems: found.items.length, signature: found.signature };
}

/** Whether a version gets new items: trained FULL or AUTOTRAIN, its solution's newest such ACTIVE version, and not the source of an UPDATE. */
async function takesNewItems(database: Database, version: SolutionVersionRecord): Promise<boolean> {
  if (version.trainingMode !== 'FULL' && version.trainingMode !== 'AUTOTRAIN') return false;
  const v = t.solutionVersions;
  const [newer] = await database.db
    .select({ id: v.id })
    .from(v)
    .where(and(eq(v.solutionId, version.solutionId), eq(v.status, Status.Active), inArray(v.trainingMode, ['FULL', 'AUTOTRAIN']), gt(v.id, version.id)))
    .limit(1);
  if (newer) return false;
  const [updated] = await database.db
    .select({ id: v.id })
    .from(v)
    .where(and(eq(v.sourceVersionId, version.id), inArray(v.status, [Status.Active, Status.CreatePending, Status.CreateInProgress])))
    .limit(1);
  return !updated;
}

/** The new items' interactions: CSR by new item over the users involved, with their vectors. */
interface NewItems {
  /** Catalog indexes of the new items. */
  items: number[];
  ptr: Int32Array;
  user: Int32Array;
  conf: Float32Array;
  /** Vectors of the users involved (rows of `user`), k each. */
  users: Float32Array;
  /** Distinct users of each new item (its popularity). */
  popularity: Float32Array;
  signature: string;
}

/** Users scanned between two yields to the event loop. */
const USERS_PER_SLICE = 4096;

/**
 * Finds the catalog items the model does not know that users interacted with (weighed as the
 * solution trains), over the model's users (their trained vectors) and the users with real-time
 * events it does not know (folded in from their history over the model's items).
 */
async function collectNewItems(model: ModelFile, group: GroupData, weigh: RowFilter, realtimeUsers: Set<string>): Promise<NewItems> {
  const m = foldInModelOf(model);
  const k = m.k;
  const trained = model.arrays.userFactors as Float32Array;
  const catalog = group.catalog;
  const modelOf = new Int32Array(catalog.size).fill(-1);
  model.itemIds.forEach((id, i) => {
    const c = catalog.indexOf(id);
    if (c >= 0) modelOf[c] = i;
  });
  const strength = strengthOf(m.confidence);
  const foldIn = new AlsFoldIn(m);
  const folded = new Float64Array(k);
  const pairs = new Map<number, Map<number, number>>();
  const vectors: Float32Array[] = [];
  let events = 0;
  const inModel = new Set(model.userIds);
  const userIds = [...model.userIds, ...[...realtimeUsers].filter((u) => !inModel.has(u))];
  for (let start = 0; start < userIds.length; start += USERS_PER_SLICE) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (let u = start; u < Math.min(userIds.length, start + USERS_PER_SLICE); u++) {
      const userId = userIds[u]!;
      if (group.isForgotten(userId)) continue;
      const trainedUser = u < model.userIds.length;
      const sums = new Map<number, number>();
      // A user the model does not know is folded in from their events on its items.
      const known: { item: number; timestamp: number; weight: number; value: number }[] = [];
      group.histories.forEachNewest(userId, (item, type, value, timestamp) => {
        const weight = weigh(type < 0 ? null : (group.eventTypes[type] ?? null), value);
        if (weight <= 0) return true;
        const own = item < modelOf.length ? modelOf[item]! : -1;
        if (own >= 0) {
          if (!trainedUser) known.push({ item: own, timestamp, weight, value });
        } else {
          sums.set(item, (sums.get(item) ?? 0) + strength(weight, value, timestamp));
          events++;
        }
        return true;
      });
      if (sums.size === 0) continue;
      let vector: Float32Array;
      if (trainedUser) vector = trained.subarray(u * k, (u + 1) * k);
      else if (foldIn.solve(historyOf(known), folded)) vector = Float32Array.from(folded);
      else continue;
      const row = vectors.push(vector) - 1;
      for (const [item, sum] of sums) {
        let users = pairs.get(item);
        if (!users) pairs.set(item, (users = new Map()));
        users.set(row, sum);
      }
    }
  }
  const items = [...pairs.keys()].sort((a, b) => a - b);
  const ptr = new Int32Array(items.length + 1);
  items.forEach((item, i) => (ptr[i + 1] = ptr[i]! + pairs.get(item)!.size));
  const user = new Int32Array(ptr[items.length]!);
  const conf = new Float32Array(user.length);
  items.forEach((item, i) => {
    let j = ptr[i]!;
    for (const [row, sum] of pairs.get(item)!) {
      user[j] = row;
      conf[j++] = 1 + m.confidence.alpha * sum;
    }
  });
  const users = new Float32Array(vectors.length * k);
  vectors.forEach((v, r) => users.set(v, r * k));
  const popularity = Float32Array.from(items, (_, i) => ptr[i + 1]! - ptr[i]!);
  return { items, ptr, user, conf, users, popularity, signature: `${items.length} items, ${user.length} pairs, ${events} events` };
}

/** The model with the new items appended: their vectors, popularity, and the item gram they change. */
function withNewItems(model: ModelFile, group: GroupData, found: NewItems): ModelFile {
  const m = foldInModelOf(model);
  const k = m.k;
  const trained = model.arrays.userFactors as Float32Array;
  const numUsers = trained.length / k;
  const userGram = new Float64Array(k * k);
  alsKernel.gram(trained, numUsers, k, 0, userGram, 1);
  const added = solveNewItems(found, found.users, userGram, m.regularization, k);
  const count = found.items.length;
  const itemFactors = new Float32Array((m.numItems + count) * k);
  itemFactors.set(m.itemFactors);
  itemFactors.set(added, m.numItems * k);
  const gram = Float64Array.from(m.gram);
  addToGram(gram, added, count, k);
  const itemPopularity = new Float32Array(m.numItems + count);
  itemPopularity.set(m.itemPopularity);
  itemPopularity.set(found.popularity, m.numItems);
  return {
    ...model,
    meta: { ...model.meta, numItems: m.numItems + count, newItems: count },
    arrays: { ...model.arrays, itemFactors, gram, itemPopularity },
    itemIds: [...model.itemIds, ...found.items.map((c) => group.catalog.ids[c]!)],
  };
}

/** A history (oldest first) from events collected newest first. */
function historyOf(events: { item: number; timestamp: number; weight: number; value: number }[]): UserHistory {
  const e = [...events].reverse();
  return {
    itemIdx: Int32Array.from(e, (x) => x.item),
    timestamp: Float64Array.from(e, (x) => x.timestamp),
    weight: Float32Array.from(e, (x) => x.weight),
    value: Float32Array.from(e, (x) => x.value),
  };
}

/** How an ALS servable of the version weighs events, and which users' trained vectors may be stale. */
async function alsOptions(env: LoaderEnv, version: SolutionVersionRecord, type: RecipeType, group: GroupData): Promise<AlsServableOptions> {
  const recipe = findRecipe(version.recipe)!;
  const checked = checkSolutionConfig(recipe, version.performHpo, undefined, version.config as SolutionConfigInput, version.eventType ?? undefined);
  const weigh = rowFilter({
    ...(version.eventType ? { eventType: version.eventType } : {}),
    ...(checked.eventValueThreshold !== undefined ? { eventValueThreshold: checked.eventValueThreshold } : {}),
    ...(checked.eventsConfig ? { eventsConfig: checked.eventsConfig } : {}),
  });
  return {
    versionArn: version.arn,
    type,
    weigh,
    staleUsers: await usersWithRealtimeEvents(env.database, group.datasets.interactions?.id),
    engine: env.engine,
  };
}

/**
 * Users with real-time events in the store. The trained vectors of these users may predate
 * some of their events, so serving folds their whole history in instead.
 */
async function usersWithRealtimeEvents(database: Database, datasetId: number | undefined): Promise<Set<string>> {
  if (datasetId === undefined) return new Set();
  const rows = await database.query<{ u: string }>(
    `select distinct user_id as u from interactions where dataset_id = $1 and batch_id = 0 and user_id is not null`,
    [datasetId],
  );
  return new Set(rows.map((r) => r.u));
}
