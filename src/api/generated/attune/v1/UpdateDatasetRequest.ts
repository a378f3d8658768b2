// Original file: proto/attune/v1/dataset.proto


/**
 * Replaces a dataset's schema with one that keeps every existing field and type.
 */
export interface UpdateDatasetRequest {
  'datasetArn'?: (string);
  'schemaArn'?: (string);
}

/**
 * Replaces a dataset's schema with one that keeps every existing field and type.
 */
export interface UpdateDatasetRequest__Output {
  'datasetArn': (string);
  'schemaArn': (string);
}
