// Original file: proto/attune/v1/campaign.proto


export interface DescribeCampaignRequest {
  'campaignArn'?: (string);
}

export interface DescribeCampaignRequest__Output {
  'campaignArn': (string);
}
