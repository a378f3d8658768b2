// Original file: proto/attune/v1/campaign.proto

import type { CampaignConfig as _attune_v1_CampaignConfig, CampaignConfig__Output as _attune_v1_CampaignConfig__Output } from '../../attune/v1/CampaignConfig.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';
import type { CampaignUpdateSummary as _attune_v1_CampaignUpdateSummary, CampaignUpdateSummary__Output as _attune_v1_CampaignUpdateSummary__Output } from '../../attune/v1/CampaignUpdateSummary.ts';

/**
 * A solution version deployed for real-time recommendations (Personalize `Campaign`).
 * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED; DELETE PENDING > gone.
 */
export interface Campaign {
  'name'?: (string);
  'campaignArn'?: (string);
  /**
   * As requested: a version ARN, or `<solution arn>/$LATEST`.
   */
  'solutionVersionArn'?: (string);
  /**
   * Recorded as given. A self-hosted server reserves no capacity: one process serves what its
   * cores allow, whatever the number.
   */
  'minProvisionedTps'?: (number);
  'campaignConfig'?: (_attune_v1_CampaignConfig | null);
  'status'?: (string);
  'failureReason'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'latestCampaignUpdate'?: (_attune_v1_CampaignUpdateSummary | null);
  /**
   * Attune addition: the version the campaign serves (`solution_version_arn` resolved when it
   * is `$LATEST`).
   */
  'deployedSolutionVersionArn'?: (string);
}

/**
 * A solution version deployed for real-time recommendations (Personalize `Campaign`).
 * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED; DELETE PENDING > gone.
 */
export interface Campaign__Output {
  'name': (string);
  'campaignArn': (string);
  /**
   * As requested: a version ARN, or `<solution arn>/$LATEST`.
   */
  'solutionVersionArn': (string);
  /**
   * Recorded as given. A self-hosted server reserves no capacity: one process serves what its
   * cores allow, whatever the number.
   */
  'minProvisionedTps': (number);
  'campaignConfig': (_attune_v1_CampaignConfig__Output | null);
  'status': (string);
  'failureReason': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'latestCampaignUpdate': (_attune_v1_CampaignUpdateSummary__Output | null);
  /**
   * Attune addition: the version the campaign serves (`solution_version_arn` resolved when it
   * is `$LATEST`).
   */
  'deployedSolutionVersionArn': (string);
}
