// Original file: proto/attune/v1/campaign.proto

import type { Campaign as _attune_v1_Campaign, Campaign__Output as _attune_v1_Campaign__Output } from '../../attune/v1/Campaign.ts';

export interface DescribeCampaignResponse {
  'campaign'?: (_attune_v1_Campaign | null);
}

export interface DescribeCampaignResponse__Output {
  'campaign': (_attune_v1_Campaign__Output | null);
}
