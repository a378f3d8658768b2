// Original file: proto/attune/v1/campaign.proto


export interface CreateCampaignResponse {
  'campaignArn'?: (string);
}

export interface CreateCampaignResponse__Output {
  'campaignArn': (string);
}
