/**
 * The loader: turns a deploy target (a campaign's solution version and configuration) into a
 * servable. It reads the version's model artifact from the store (checked on read), the
 * group's live data (shared by every campaign of the group), and builds what the recipe's
 * servable needs (vector index, scoring sessions) before anything takes traffic.
 */
import type { CampaignConfig, DeployTarget } from '../control/context.ts';
import { checkSolutionConfig, type SolutionConfigInput } from '../control/solution-config.ts';
import { requireSolutionVersion } from '../control/solution-versions.ts';
import { Status } from '../control/status.ts';
import { rowFilter } from '../data/snapshot/build.ts';
import { readArtifact } from '../store/artifacts.ts';
import type { Database } from '../store/database.ts';
import { decodeModel } from '../training/model-file.ts';
import { findRecipe } from '../training/recipes/registry.ts';
import type { GroupRegistry } from './catalog/group-registry.ts';
import type { EngineFactory } from './engine/item-engine.ts';
import { AlsServable } from './servables/als.ts';
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
  const model = decodeModel(await readArtifact(env.database, version.artifactId));
  const group = await env.groups.get(version.datasetGroupArn);
  let servable: Servable;
  if (recipe.type === 'USER_PERSONALIZATION' || recipe.type === 'PERSONALIZED_RANKING') {
    const checked = checkSolutionConfig(recipe, version.performHpo, false, version.config as SolutionConfigInput, version.eventType ?? undefined);
    const weigh = rowFilter({
      ...(version.eventType ? { eventType: version.eventType } : {}),
      ...(checked.eventValueThreshold !== undefined ? { eventValueThreshold: checked.eventValueThreshold } : {}),
      ...(checked.eventsConfig ? { eventsConfig: checked.eventsConfig } : {}),
    });
    servable = await AlsServable.create(model, group, {
      versionArn: version.arn,
      type: recipe.type,
      weigh,
      staleUsers: await usersWithRealtimeEvents(env.database, group.datasets.interactions?.id),
      engine: env.engine,
    });
  } else if (recipe.type === 'RELATED_ITEMS') {
    servable = new NeighbourServable(model, group, version.arn);
  } else {
    servable = new RankedListServable(model, group, version.arn);
  }
  return { campaignArn: target.campaignArn, servable, config: target.config };
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
