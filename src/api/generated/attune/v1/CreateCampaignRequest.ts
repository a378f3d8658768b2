// Original file: proto/attune/v1/campaign.proto

import type { CampaignConfig as _attune_v1_CampaignConfig, CampaignConfig__Output as _attune_v1_CampaignConfig__Output } from '../../attune/v1/CampaignConfig.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateCampaignRequest {
  'name'?: (string);
  /**
   * An ACTIVE solution version, or `<solution arn>/$LATEST` (with
   * `campaign_config.sync_with_latest_solution_version`) for the solution's newest ACTIVE one.
   */
  'solutionVersionArn'?: (string);
  /**
   * At least 1 (the default when unset). Accepted and recorded; a self-hosted server reserves
   * no capacity for it.
   */
  'minProvisionedTps'?: (number);
  'campaignConfig'?: (_attune_v1_CampaignConfig | null);
  'tags'?: (_attune_v1_Tag)[];
  '_minProvisionedTps'?: "minProvisionedTps";
}

export interface CreateCampaignRequest__Output {
  'name': (string);
  /**
   * An ACTIVE solution version, or `<solution arn>/$LATEST` (with
   * `campaign_config.sync_with_latest_solution_version`) for the solution's newest ACTIVE one.
   */
  'solutionVersionArn': (string);
  /**
   * At least 1 (the default when unset). Accepted and recorded; a self-hosted server reserves
   * no capacity for it.
   */
  'minProvisionedTps'?: (number);
  'campaignConfig': (_attune_v1_CampaignConfig__Output | null);
  'tags': (_attune_v1_Tag__Output)[];
  '_minProvisionedTps'?: "minProvisionedTps";
}
