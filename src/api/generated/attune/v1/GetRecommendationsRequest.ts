// Original file: proto/attune/v1/personalize_runtime.proto

import type { Promotion as _attune_v1_Promotion, Promotion__Output as _attune_v1_Promotion__Output } from '../../attune/v1/Promotion.ts';
import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from '../../google/protobuf/ListValue.ts';

export interface GetRecommendationsRequest {
  'campaignArn'?: (string);
  'itemId'?: (string);
  'userId'?: (string);
  /**
   * 1-500; unset means 25.
   */
  'numResults'?: (number);
  'context'?: ({[key: string]: string});
  'filterArn'?: (string);
  'filterValues'?: ({[key: string]: string});
  'recommenderArn'?: (string);
  'promotions'?: (_attune_v1_Promotion)[];
  /**
   * Dataset type ("ITEMS") to a list of column names; a ListValue so that its JSON form is
   * Personalize's `{"ITEMS": ["COL", ...]}`.
   */
  'metadataColumns'?: ({[key: string]: _google_protobuf_ListValue});
  '_numResults'?: "numResults";
}

export interface GetRecommendationsRequest__Output {
  'campaignArn': (string);
  'itemId': (string);
  'userId': (string);
  /**
   * 1-500; unset means 25.
   */
  'numResults'?: (number);
  'context': ({[key: string]: string});
  'filterArn': (string);
  'filterValues': ({[key: string]: string});
  'recommenderArn': (string);
  'promotions': (_attune_v1_Promotion__Output)[];
  /**
   * Dataset type ("ITEMS") to a list of column names; a ListValue so that its JSON form is
   * Personalize's `{"ITEMS": ["COL", ...]}`.
   */
  'metadataColumns': ({[key: string]: _google_protobuf_ListValue__Output});
  '_numResults'?: "numResults";
}
