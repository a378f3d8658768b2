// Original file: proto/attune/v1/campaign.proto

import type { CampaignSummary as _attune_v1_CampaignSummary, CampaignSummary__Output as _attune_v1_CampaignSummary__Output } from '../../attune/v1/CampaignSummary.ts';

export interface ListCampaignsResponse {
  'campaigns'?: (_attune_v1_CampaignSummary)[];
  'nextToken'?: (string);
}

export interface ListCampaignsResponse__Output {
  'campaigns': (_attune_v1_CampaignSummary__Output)[];
  'nextToken': (string);
}
