// Original file: proto/attune/v1/personalize_runtime.proto


/**
 * One recommended or ranked item (Personalize `PredictedItem`).
 */
export interface PredictedItem {
  'itemId'?: (string);
  /**
   * Absent for items the model cannot score.
   */
  'score'?: (number | string);
  'promotionName'?: (string);
  'metadata'?: ({[key: string]: string});
  'reason'?: (string)[];
  '_score'?: "score";
}

/**
 * One recommended or ranked item (Personalize `PredictedItem`).
 */
export interface PredictedItem__Output {
  'itemId': (string);
  /**
   * Absent for items the model cannot score.
   */
  'score'?: (number);
  'promotionName': (string);
  'metadata': ({[key: string]: string});
  'reason': (string)[];
  '_score'?: "score";
}
