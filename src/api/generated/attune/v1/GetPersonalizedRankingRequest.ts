// Original file: proto/attune/v1/personalize_runtime.proto

import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from '../../google/protobuf/ListValue.ts';

export interface GetPersonalizedRankingRequest {
  'campaignArn'?: (string);
  'inputList'?: (string)[];
  'userId'?: (string);
  'context'?: ({[key: string]: string});
  'filterArn'?: (string);
  'filterValues'?: ({[key: string]: string});
  'metadataColumns'?: ({[key: string]: _google_protobuf_ListValue});
}

export interface GetPersonalizedRankingRequest__Output {
  'campaignArn': (string);
  'inputList': (string)[];
  'userId': (string);
  'context': ({[key: string]: string});
  'filterArn': (string);
  'filterValues': ({[key: string]: string});
  'metadataColumns': ({[key: string]: _google_protobuf_ListValue__Output});
}
