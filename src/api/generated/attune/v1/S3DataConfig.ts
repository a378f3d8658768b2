// Original file: proto/attune/v1/batch_inference_job.proto


/**
 * A file location for batch jobs and exports (Personalize `S3DataConfig`). `path` is a file or
 * folder on the server, as a path or a file:// URL, inside an allowed data root.
 */
export interface S3DataConfig {
  'path'?: (string);
  'kmsKeyArn'?: (string);
}

/**
 * A file location for batch jobs and exports (Personalize `S3DataConfig`). `path` is a file or
 * folder on the server, as a path or a file:// URL, inside an allowed data root.
 */
export interface S3DataConfig__Output {
  'path': (string);
  'kmsKeyArn': (string);
}
