// Original file: proto/attune/v1/campaign.proto


/**
 * How a campaign serves (Personalize `CampaignConfig`).
 */
export interface CampaignConfig {
  /**
   * aws-user-personalization only: `explorationWeight` (0-1, default 0.3: how much to
   * recommend items with few interactions) and `explorationItemAgeCutOff` (days, at least 1,
   * default 30: only items this young are explored). Other keys are refused.
   */
  'itemExplorationConfig'?: ({[key: string]: string});
  /**
   * Return item metadata with recommendations (the runtime's `metadata_columns`).
   */
  'enableMetadataWithRecommendations'?: (boolean);
  /**
   * Deploy the solution's newest ACTIVE version; goes with `solution_version_arn` =
   * `<solution arn>/$LATEST`, in both directions. Each time a version of the solution becomes
   * ACTIVE, the campaign is updated to it (as by an UpdateCampaign; a campaign busy creating,
   * updating or deleting at that moment keeps its version until its next update).
   */
  'syncWithLatestSolutionVersion'?: (boolean);
  /**
   * aws-semantic-similarity only, which Attune does not offer: refused when set.
   */
  'rankingInfluence'?: ({[key: string]: number | string});
}

/**
 * How a campaign serves (Personalize `CampaignConfig`).
 */
export interface CampaignConfig__Output {
  /**
   * aws-user-personalization only: `explorationWeight` (0-1, default 0.3: how much to
   * recommend items with few interactions) and `explorationItemAgeCutOff` (days, at least 1,
   * default 30: only items this young are explored). Other keys are refused.
   */
  'itemExplorationConfig': ({[key: string]: string});
  /**
   * Return item metadata with recommendations (the runtime's `metadata_columns`).
   */
  'enableMetadataWithRecommendations': (boolean);
  /**
   * Deploy the solution's newest ACTIVE version; goes with `solution_version_arn` =
   * `<solution arn>/$LATEST`, in both directions. Each time a version of the solution becomes
   * ACTIVE, the campaign is updated to it (as by an UpdateCampaign; a campaign busy creating,
   * updating or deleting at that moment keeps its version until its next update).
   */
  'syncWithLatestSolutionVersion': (boolean);
  /**
   * aws-semantic-similarity only, which Attune does not offer: refused when set.
   */
  'rankingInfluence': ({[key: string]: number});
}
