// Original file: proto/attune/v1/batch_segment_job.proto

import type { S3DataConfig as _attune_v1_S3DataConfig, S3DataConfig__Output as _attune_v1_S3DataConfig__Output } from '../../attune/v1/S3DataConfig.ts';

export interface BatchSegmentJobInput {
  /**
   * A JSON Lines file (or folder), one query per line: {"itemId": …} or
   * {"itemAttributes": "ITEMS.GENRE = \"Comedy\" AND …"}, optionally "filterValues".
   */
  's3DataSource'?: (_attune_v1_S3DataConfig | null);
}

export interface BatchSegmentJobInput__Output {
  /**
   * A JSON Lines file (or folder), one query per line: {"itemId": …} or
   * {"itemAttributes": "ITEMS.GENRE = \"Comedy\" AND …"}, optionally "filterValues".
   */
  's3DataSource': (_attune_v1_S3DataConfig__Output | null);
}
