// Original file: proto/attune/v1/schema.proto


export interface ListSchemasRequest {
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListSchemasRequest__Output {
  'nextToken': (string);
  'maxResults': (number);
}
