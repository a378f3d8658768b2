// Original file: proto/attune/v1/schema.proto


export interface DeleteSchemaRequest {
  'schemaArn'?: (string);
}

export interface DeleteSchemaRequest__Output {
  'schemaArn': (string);
}
