// Original file: proto/attune/v1/schema.proto


export interface CreateSchemaRequest {
  'name'?: (string);
  'schema'?: (string);
  'domain'?: (string);
}

export interface CreateSchemaRequest__Output {
  'name': (string);
  'schema': (string);
  'domain': (string);
}
