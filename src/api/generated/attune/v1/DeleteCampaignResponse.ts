// Original file: proto/attune/v1/campaign.proto


export interface DeleteCampaignResponse {
}

export interface DeleteCampaignResponse__Output {
}
