// Original file: proto/attune/v1/schema.proto


export interface CreateSchemaResponse {
  'schemaArn'?: (string);
}

export interface CreateSchemaResponse__Output {
  'schemaArn': (string);
}
