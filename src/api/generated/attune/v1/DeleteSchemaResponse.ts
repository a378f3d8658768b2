// Original file: proto/attune/v1/schema.proto


export interface DeleteSchemaResponse {
}

export interface DeleteSchemaResponse__Output {
}
