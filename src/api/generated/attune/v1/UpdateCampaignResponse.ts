// Original file: proto/attune/v1/campaign.proto


export interface UpdateCampaignResponse {
  'campaignArn'?: (string);
}

export interface UpdateCampaignResponse__Output {
  'campaignArn': (string);
}
