// Original file: proto/attune/v1/batch_inference_job.proto


export interface BatchInferenceJobConfig {
  /**
   * explorationWeight and explorationItemAgeCutOff, as for a campaign (user-personalization only).
   */
  'itemExplorationConfig'?: ({[key: string]: string});
  'rankingInfluence'?: ({[key: string]: number | string});
}

export interface BatchInferenceJobConfig__Output {
  /**
   * explorationWeight and explorationItemAgeCutOff, as for a campaign (user-personalization only).
   */
  'itemExplorationConfig': ({[key: string]: string});
  'rankingInfluence': ({[key: string]: number});
}
