// Original file: proto/attune/v1/campaign.proto

import type { CampaignConfig as _attune_v1_CampaignConfig, CampaignConfig__Output as _attune_v1_CampaignConfig__Output } from '../../attune/v1/CampaignConfig.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * The latest UpdateCampaign (Personalize `CampaignUpdateSummary`). Its status goes
 * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED; until it is ACTIVE the
 * campaign keeps serving its previous version and configuration.
 */
export interface CampaignUpdateSummary {
  'solutionVersionArn'?: (string);
  'minProvisionedTps'?: (number);
  'campaignConfig'?: (_attune_v1_CampaignConfig | null);
  'status'?: (string);
  'failureReason'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * The latest UpdateCampaign (Personalize `CampaignUpdateSummary`). Its status goes
 * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED; until it is ACTIVE the
 * campaign keeps serving its previous version and configuration.
 */
export interface CampaignUpdateSummary__Output {
  'solutionVersionArn': (string);
  'minProvisionedTps': (number);
  'campaignConfig': (_attune_v1_CampaignConfig__Output | null);
  'status': (string);
  'failureReason': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
}
