// Original file: proto/attune/v1/campaign.proto


export interface DeleteCampaignRequest {
  'campaignArn'?: (string);
}

export interface DeleteCampaignRequest__Output {
  'campaignArn': (string);
}
