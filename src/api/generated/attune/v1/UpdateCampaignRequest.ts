// Original file: proto/attune/v1/campaign.proto

import type { CampaignConfig as _attune_v1_CampaignConfig, CampaignConfig__Output as _attune_v1_CampaignConfig__Output } from '../../attune/v1/CampaignConfig.ts';

/**
 * Unset fields keep their current values; a `campaign_config` replaces the whole configuration.
 * The new version must belong to the campaign's solution.
 */
export interface UpdateCampaignRequest {
  'campaignArn'?: (string);
  'solutionVersionArn'?: (string);
  'minProvisionedTps'?: (number);
  'campaignConfig'?: (_attune_v1_CampaignConfig | null);
  '_minProvisionedTps'?: "minProvisionedTps";
}

/**
 * Unset fields keep their current values; a `campaign_config` replaces the whole configuration.
 * The new version must belong to the campaign's solution.
 */
export interface UpdateCampaignRequest__Output {
  'campaignArn': (string);
  'solutionVersionArn': (string);
  'minProvisionedTps'?: (number);
  'campaignConfig': (_attune_v1_CampaignConfig__Output | null);
  '_minProvisionedTps'?: "minProvisionedTps";
}
