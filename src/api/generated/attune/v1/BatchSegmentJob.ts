// Original file: proto/attune/v1/batch_segment_job.proto

import type { BatchSegmentJobInput as _attune_v1_BatchSegmentJobInput, BatchSegmentJobInput__Output as _attune_v1_BatchSegmentJobInput__Output } from '../../attune/v1/BatchSegmentJobInput.ts';
import type { BatchSegmentJobOutput as _attune_v1_BatchSegmentJobOutput, BatchSegmentJobOutput__Output as _attune_v1_BatchSegmentJobOutput__Output } from '../../attune/v1/BatchSegmentJobOutput.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';
import type { Long } from '@grpc/proto-loader';

/**
 * For each input item (or item-attribute query), the users most likely to interact with it
 * (Personalize `BatchSegmentJob`). PENDING > IN PROGRESS > ACTIVE -or- CREATE FAILED.
 */
export interface BatchSegmentJob {
  'jobName'?: (string);
  'batchSegmentJobArn'?: (string);
  'filterArn'?: (string);
  'failureReason'?: (string);
  'solutionVersionArn'?: (string);
  'numResults'?: (number);
  'jobInput'?: (_attune_v1_BatchSegmentJobInput | null);
  'jobOutput'?: (_attune_v1_BatchSegmentJobOutput | null);
  'roleArn'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  /**
   * Attune additions, as on BatchInferenceJob.
   */
  'recordsProcessed'?: (number | string | Long);
  'recordsTotal'?: (number | string | Long);
  'recordsFailed'?: (number | string | Long);
}

/**
 * For each input item (or item-attribute query), the users most likely to interact with it
 * (Personalize `BatchSegmentJob`). PENDING > IN PROGRESS > ACTIVE -or- CREATE FAILED.
 */
export interface BatchSegmentJob__Output {
  'jobName': (string);
  'batchSegmentJobArn': (string);
  'filterArn': (string);
  'failureReason': (string);
  'solutionVersionArn': (string);
  'numResults': (number);
  'jobInput': (_attune_v1_BatchSegmentJobInput__Output | null);
  'jobOutput': (_attune_v1_BatchSegmentJobOutput__Output | null);
  'roleArn': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * Attune additions, as on BatchInferenceJob.
   */
  'recordsProcessed': (string);
  'recordsTotal': (string);
  'recordsFailed': (string);
}
