/** A dataset group with trained versions of every recipe family, and campaigns over them, for serving tests. */
import { INTERACTIONS_SCHEMA, ITEMS_SCHEMA } from './fixtures.ts';
import { tracker } from './events.ts';
import { call, type TestServer, waitFor } from './server.ts';
import { activeSolution, communitiesCsv, trainedVersion } from './training.ts';
import { activeDataset, activeGroup, importCsv, schema } from './workflow.ts';

const RECIPE = 'arn:attune:personalize:::recipe/';

/** Items A0…A19 (genre alpha, price i) and B0…B19 (genre beta, price 100 + i), created at 1.7e9. */
export function servingItemsCsv(items = 20): string {
  const lines = ['ITEM_ID,GENRES,PRICE,CREATION_TIMESTAMP,DESCRIPTION'];
  for (let i = 0; i < items; i++) {
    lines.push(`A${i},alpha,${i},1690000000,an alpha item`, `B${i},beta,${100 + i},1690000000,a beta item`);
  }
  return lines.join('\n') + '\n';
}

/** What servingGroup sets up. */
export interface ServingGroup {
  groupArn: string;
  itemsDatasetArn: string;
  trackingId: string;
  /** ACTIVE solution versions by recipe name. */
  versions: Record<string, string>;
  /** Solutions by recipe name. */
  solutions: Record<string, string>;
}

/** A group with the communities data, items with genres and prices, a tracker, and trained versions of `recipes`. */
export async function servingGroup(s: TestServer, name: string, recipes: string[]): Promise<ServingGroup> {
  const groupArn = await activeGroup(s, name);
  const interactions = await activeDataset(s, `${name}-i`, groupArn, 'Interactions', await schema(s, `${name}-is`, INTERACTIONS_SCHEMA));
  const itemsDatasetArn = await activeDataset(s, `${name}-items`, groupArn, 'Items', await schema(s, `${name}-its`, ITEMS_SCHEMA));
  const i1 = await importCsv(s, `${name}-ij`, interactions, `${name}-i.csv`, communitiesCsv());
  const i2 = await importCsv(s, `${name}-itj`, itemsDatasetArn, `${name}-items.csv`, servingItemsCsv());
  if (i1.status !== 'ACTIVE' || i2.status !== 'ACTIVE') throw new Error(`import failed: ${i1.failureReason} ${i2.failureReason}`);
  const trackingId = await tracker(s, `${name}-t`, groupArn);
  const versions: Record<string, string> = {};
  const solutions: Record<string, string> = {};
  for (const recipe of recipes) {
    const solutionArn = await activeSolution(s, {
      name: `${name}-${recipe}`,
      recipeArn: RECIPE + recipe,
      datasetGroupArn: groupArn,
      ...(recipe === 'aws-user-personalization' || recipe === 'aws-personalized-ranking'
        ? { solutionConfig: { algorithmHyperParameters: { hidden_dimension: '32' } } }
        : {}),
    });
    const v = await trainedVersion(s, solutionArn);
    if (v.status !== 'ACTIVE') throw new Error(`${recipe} did not train: ${v.failureReason}`);
    versions[recipe] = v.solutionVersionArn;
    solutions[recipe] = solutionArn;
  }
  return { groupArn, itemsDatasetArn, trackingId, versions, solutions };
}

/** Creates a campaign and waits until it is ACTIVE; returns its ARN. */
export async function activeCampaign(s: TestServer, request: Record<string, unknown>): Promise<string> {
  const { campaignArn } = await call<object, { campaignArn: string }>(s.control, 'CreateCampaign', request);
  const c = await waitFor(
    () => call<object, { campaign: { status: string; failureReason: string } }>(s.control, 'DescribeCampaign', { campaignArn }),
    (r) => r.campaign.status,
    ['ACTIVE', 'CREATE FAILED'],
  );
  if (c.campaign.status !== 'ACTIVE') throw new Error(`campaign did not deploy: ${c.campaign.failureReason}`);
  return campaignArn;
}

/** Creates an ACTIVE filter; returns its ARN. */
export async function filter(s: TestServer, name: string, datasetGroupArn: string, filterExpression: string): Promise<string> {
  const { filterArn } = await call<object, { filterArn: string }>(s.control, 'CreateFilter', { name, datasetGroupArn, filterExpression });
  return filterArn;
}

/** A predicted item as the API returns it. */
export interface Predicted {
  itemId: string;
  score?: number;
  promotionName: string;
  metadata: Record<string, string>;
  reason: string[];
}

/** GetRecommendations; returns the item list and the recommendation id. */
export async function recommend(s: TestServer, request: Record<string, unknown>): Promise<{ itemList: Predicted[]; recommendationId: string }> {
  return call(s.runtime, 'GetRecommendations', request);
}
