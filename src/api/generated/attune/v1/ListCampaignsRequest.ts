// Original file: proto/attune/v1/campaign.proto


export interface ListCampaignsRequest {
  'solutionArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListCampaignsRequest__Output {
  'solutionArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}
