// Original file: proto/attune/v1/personalize_events.proto

import type { Item as _attune_v1_Item, Item__Output as _attune_v1_Item__Output } from '../../attune/v1/Item.ts';

export interface PutItemsRequest {
  'datasetArn'?: (string);
  /**
   * 1-10 items.
   */
  'items'?: (_attune_v1_Item)[];
}

export interface PutItemsRequest__Output {
  'datasetArn': (string);
  /**
   * 1-10 items.
   */
  'items': (_attune_v1_Item__Output)[];
}
