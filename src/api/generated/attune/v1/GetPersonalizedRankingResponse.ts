// Original file: proto/attune/v1/personalize_runtime.proto

import type { PredictedItem as _attune_v1_PredictedItem, PredictedItem__Output as _attune_v1_PredictedItem__Output } from '../../attune/v1/PredictedItem.ts';

export interface GetPersonalizedRankingResponse {
  'personalizedRanking'?: (_attune_v1_PredictedItem)[];
  'recommendationId'?: (string);
}

export interface GetPersonalizedRankingResponse__Output {
  'personalizedRanking': (_attune_v1_PredictedItem__Output)[];
  'recommendationId': (string);
}
