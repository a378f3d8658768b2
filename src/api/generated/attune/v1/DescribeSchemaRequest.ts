// Original file: proto/attune/v1/schema.proto


export interface DescribeSchemaRequest {
  'schemaArn'?: (string);
}

export interface DescribeSchemaRequest__Output {
  'schemaArn': (string);
}
