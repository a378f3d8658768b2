import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Event as _attune_v1_Event, Event__Output as _attune_v1_Event__Output } from './attune/v1/Event.ts';
import type { Item as _attune_v1_Item, Item__Output as _attune_v1_Item__Output } from './attune/v1/Item.ts';
import type { MetricAttribution as _attune_v1_MetricAttribution, MetricAttribution__Output as _attune_v1_MetricAttribution__Output } from './attune/v1/MetricAttribution.ts';
import type { PersonalizeEventsClient as _attune_v1_PersonalizeEventsClient, PersonalizeEventsDefinition as _attune_v1_PersonalizeEventsDefinition } from './attune/v1/PersonalizeEvents.ts';
import type { PutEventsRequest as _attune_v1_PutEventsRequest, PutEventsRequest__Output as _attune_v1_PutEventsRequest__Output } from './attune/v1/PutEventsRequest.ts';
import type { PutEventsResponse as _attune_v1_PutEventsResponse, PutEventsResponse__Output as _attune_v1_PutEventsResponse__Output } from './attune/v1/PutEventsResponse.ts';
import type { PutItemsRequest as _attune_v1_PutItemsRequest, PutItemsRequest__Output as _attune_v1_PutItemsRequest__Output } from './attune/v1/PutItemsRequest.ts';
import type { PutItemsResponse as _attune_v1_PutItemsResponse, PutItemsResponse__Output as _attune_v1_PutItemsResponse__Output } from './attune/v1/PutItemsResponse.ts';
import type { PutUsersRequest as _attune_v1_PutUsersRequest, PutUsersRequest__Output as _attune_v1_PutUsersRequest__Output } from './attune/v1/PutUsersRequest.ts';
import type { PutUsersResponse as _attune_v1_PutUsersResponse, PutUsersResponse__Output as _attune_v1_PutUsersResponse__Output } from './attune/v1/PutUsersResponse.ts';
import type { User as _attune_v1_User, User__Output as _attune_v1_User__Output } from './attune/v1/User.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  attune: {
    v1: {
      Event: MessageTypeDefinition<_attune_v1_Event, _attune_v1_Event__Output>
      Item: MessageTypeDefinition<_attune_v1_Item, _attune_v1_Item__Output>
      MetricAttribution: MessageTypeDefinition<_attune_v1_MetricAttribution, _attune_v1_MetricAttribution__Output>
      /**
       * Real-time ingestion (Personalize Events). Every call returns only after its records are
       * durably stored.
       */
      PersonalizeEvents: SubtypeConstructor<typeof grpc.Client, _attune_v1_PersonalizeEventsClient> & { service: _attune_v1_PersonalizeEventsDefinition }
      PutEventsRequest: MessageTypeDefinition<_attune_v1_PutEventsRequest, _attune_v1_PutEventsRequest__Output>
      PutEventsResponse: MessageTypeDefinition<_attune_v1_PutEventsResponse, _attune_v1_PutEventsResponse__Output>
      PutItemsRequest: MessageTypeDefinition<_attune_v1_PutItemsRequest, _attune_v1_PutItemsRequest__Output>
      PutItemsResponse: MessageTypeDefinition<_attune_v1_PutItemsResponse, _attune_v1_PutItemsResponse__Output>
      PutUsersRequest: MessageTypeDefinition<_attune_v1_PutUsersRequest, _attune_v1_PutUsersRequest__Output>
      PutUsersResponse: MessageTypeDefinition<_attune_v1_PutUsersResponse, _attune_v1_PutUsersResponse__Output>
      User: MessageTypeDefinition<_attune_v1_User, _attune_v1_User__Output>
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

