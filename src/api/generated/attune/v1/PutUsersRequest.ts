// Original file: proto/attune/v1/personalize_events.proto

import type { User as _attune_v1_User, User__Output as _attune_v1_User__Output } from '../../attune/v1/User.ts';

export interface PutUsersRequest {
  'datasetArn'?: (string);
  /**
   * 1-10 users.
   */
  'users'?: (_attune_v1_User)[];
}

export interface PutUsersRequest__Output {
  'datasetArn': (string);
  /**
   * 1-10 users.
   */
  'users': (_attune_v1_User__Output)[];
}
