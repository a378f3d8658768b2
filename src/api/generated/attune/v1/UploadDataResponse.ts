// Original file: proto/attune/v1/upload.proto

import type { Long } from '@grpc/proto-loader';

export interface UploadDataResponse {
  /**
   * Pass this as `data_source.data_location` to CreateDatasetImportJob.
   */
  'dataLocation'?: (string);
  'sizeBytes'?: (number | string | Long);
  'sha256'?: (string);
}

export interface UploadDataResponse__Output {
  /**
   * Pass this as `data_source.data_location` to CreateDatasetImportJob.
   */
  'dataLocation': (string);
  'sizeBytes': (string);
  'sha256': (string);
}
