// Original file: proto/attune/v1/dataset_group.proto


export interface ListDatasetGroupsRequest {
  'nextToken'?: (string);
  /**
   * 1-100; 0 means the default (100).
   */
  'maxResults'?: (number);
}

export interface ListDatasetGroupsRequest__Output {
  'nextToken': (string);
  /**
   * 1-100; 0 means the default (100).
   */
  'maxResults': (number);
}
