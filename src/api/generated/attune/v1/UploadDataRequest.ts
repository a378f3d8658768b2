// Original file: proto/attune/v1/upload.proto

import type { UploadDataHeader as _attune_v1_UploadDataHeader, UploadDataHeader__Output as _attune_v1_UploadDataHeader__Output } from '../../attune/v1/UploadDataHeader.ts';

/**
 * Attune addition: one message of an UploadData stream. The first carries `header`,
 * every later one a `chunk` of the file (at most 4 MiB each).
 */
export interface UploadDataRequest {
  'header'?: (_attune_v1_UploadDataHeader | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "header"|"chunk";
}

/**
 * Attune addition: one message of an UploadData stream. The first carries `header`,
 * every later one a `chunk` of the file (at most 4 MiB each).
 */
export interface UploadDataRequest__Output {
  'header'?: (_attune_v1_UploadDataHeader__Output | null);
  'chunk'?: (Buffer);
  'part'?: "header"|"chunk";
}
