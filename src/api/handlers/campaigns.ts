/** Handlers for campaigns. */
import { type CampaignConfig, itemExplorationConfigOf } from '../../control/campaign-config.ts';
import type { CampaignRecord, CampaignUpdate } from '../../control/campaigns.ts';
import { timestamp } from '../convert.ts';
import type { CampaignConfig as CampaignConfigMessage } from '../generated/attune/v1/CampaignConfig.ts';
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

/** The resolved configuration, exploration defaults spelled out. */
function campaignConfig(recipe: string, c: CampaignConfig): CampaignConfigMessage {
  return {
    itemExplorationConfig: itemExplorationConfigOf(recipe, c),
    enableMetadataWithRecommendations: c.enableMetadataWithRecommendations,
    syncWithLatestSolutionVersion: c.syncWithLatestSolutionVersion,
    rankingInfluence: {},
  };
}

function summary(c: CampaignRecord) {
  return {
    name: c.name,
    campaignArn: c.arn,
    status: c.status,
    creationDateTime: timestamp(c.createdAt),
    lastUpdatedDateTime: timestamp(c.updatedAt),
    failureReason: c.failureReason ?? '',
  };
}

function latestUpdate(recipe: string, u: CampaignUpdate | undefined) {
  if (!u) return null;
  return {
    solutionVersionArn: u.requestedSolutionVersionArn,
    minProvisionedTps: u.minProvisionedTps,
    campaignConfig: campaignConfig(recipe, u.config),
    status: u.status,
    failureReason: u.failureReason ?? '',
    creationDateTime: timestamp(u.createdAt),
    lastUpdatedDateTime: timestamp(u.updatedAt),
  };
}

function campaign(c: CampaignRecord) {
  return {
    ...summary(c),
    solutionVersionArn: c.requestedSolutionVersionArn,
    deployedSolutionVersionArn: c.deployedSolutionVersionArn,
    minProvisionedTps: c.minProvisionedTps,
    campaignConfig: campaignConfig(c.recipe, c.config),
    latestCampaignUpdate: latestUpdate(c.recipe, c.latestUpdate),
  };
}

type Handlers = Pick<PersonalizeHandlers, 'CreateCampaign' | 'DescribeCampaign' | 'ListCampaigns' | 'UpdateCampaign' | 'DeleteCampaign'>;

/** Campaign RPCs. */
export function campaignHandlers(s: Services, deps: HandlerDeps): Handlers {
  return {
    CreateCampaign: unary(deps, 'CreateCampaign', async (r) => ({
      campaignArn: await s.campaigns.create({ ...r, minProvisionedTps: r.minProvisionedTps ?? null }),
    })),
    DescribeCampaign: unary(deps, 'DescribeCampaign', async (r) => ({ campaign: campaign(await s.campaigns.describe(r.campaignArn)) })),
    ListCampaigns: unary(deps, 'ListCampaigns', async (r) => {
      const page = await s.campaigns.list(r.solutionArn || undefined, r);
      return { campaigns: page.items.map(summary), nextToken: page.nextToken ?? '' };
    }),
    UpdateCampaign: unary(deps, 'UpdateCampaign', async (r) => ({
      campaignArn: await s.campaigns.update({ ...r, minProvisionedTps: r.minProvisionedTps ?? null }),
    })),
    DeleteCampaign: unary(deps, 'DeleteCampaign', async (r) => {
      await s.campaigns.delete(r.campaignArn);
      return {};
    }),
  };
}
