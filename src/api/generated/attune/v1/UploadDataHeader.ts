// Original file: proto/attune/v1/upload.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Attune addition: the first message of an UploadData stream.
 */
export interface UploadDataHeader {
  /**
   * A file name for the upload, e.g. "interactions.csv" (1-255 characters, no "/").
   */
  'fileName'?: (string);
  /**
   * Optional: the total size in bytes; when set, the upload fails unless exactly this many arrive.
   */
  'sizeBytes'?: (number | string | Long);
  /**
   * Optional: the lowercase hex SHA-256 of the content; when set, the upload fails on a mismatch.
   */
  'sha256'?: (string);
  '_sizeBytes'?: "sizeBytes";
}

/**
 * Attune addition: the first message of an UploadData stream.
 */
export interface UploadDataHeader__Output {
  /**
   * A file name for the upload, e.g. "interactions.csv" (1-255 characters, no "/").
   */
  'fileName': (string);
  /**
   * Optional: the total size in bytes; when set, the upload fails unless exactly this many arrive.
   */
  'sizeBytes'?: (string);
  /**
   * Optional: the lowercase hex SHA-256 of the content; when set, the upload fails on a mismatch.
   */
  'sha256': (string);
  '_sizeBytes'?: "sizeBytes";
}
