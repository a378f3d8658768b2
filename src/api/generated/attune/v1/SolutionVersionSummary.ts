// Original file: proto/attune/v1/solution.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface SolutionVersionSummary {
  'solutionVersionArn'?: (string);
  'status'?: (string);
  'trainingMode'?: (string);
  'trainingType'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
}

export interface SolutionVersionSummary__Output {
  'solutionVersionArn': (string);
  'status': (string);
  'trainingMode': (string);
  'trainingType': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
}
