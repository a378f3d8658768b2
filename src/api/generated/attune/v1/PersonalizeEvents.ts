// Original file: proto/attune/v1/personalize_events.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { PutEventsRequest as _attune_v1_PutEventsRequest, PutEventsRequest__Output as _attune_v1_PutEventsRequest__Output } from '../../attune/v1/PutEventsRequest.ts';
import type { PutEventsResponse as _attune_v1_PutEventsResponse, PutEventsResponse__Output as _attune_v1_PutEventsResponse__Output } from '../../attune/v1/PutEventsResponse.ts';
import type { PutItemsRequest as _attune_v1_PutItemsRequest, PutItemsRequest__Output as _attune_v1_PutItemsRequest__Output } from '../../attune/v1/PutItemsRequest.ts';
import type { PutItemsResponse as _attune_v1_PutItemsResponse, PutItemsResponse__Output as _attune_v1_PutItemsResponse__Output } from '../../attune/v1/PutItemsResponse.ts';
import type { PutUsersRequest as _attune_v1_PutUsersRequest, PutUsersRequest__Output as _attune_v1_PutUsersRequest__Output } from '../../attune/v1/PutUsersRequest.ts';
import type { PutUsersResponse as _attune_v1_PutUsersResponse, PutUsersResponse__Output as _attune_v1_PutUsersResponse__Output } from '../../attune/v1/PutUsersResponse.ts';

/**
 * Real-time ingestion (Personalize Events). Every call returns only after its records are
 * durably stored.
 */
export interface PersonalizeEventsClient extends grpc.Client {
  PutEvents(argument: _attune_v1_PutEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutEventsResponse__Output>): grpc.ClientUnaryCall;
  PutEvents(argument: _attune_v1_PutEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_PutEventsResponse__Output>): grpc.ClientUnaryCall;
  PutEvents(argument: _attune_v1_PutEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutEventsResponse__Output>): grpc.ClientUnaryCall;
  PutEvents(argument: _attune_v1_PutEventsRequest, callback: grpc.requestCallback<_attune_v1_PutEventsResponse__Output>): grpc.ClientUnaryCall;
  putEvents(argument: _attune_v1_PutEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutEventsResponse__Output>): grpc.ClientUnaryCall;
  putEvents(argument: _attune_v1_PutEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_PutEventsResponse__Output>): grpc.ClientUnaryCall;
  putEvents(argument: _attune_v1_PutEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutEventsResponse__Output>): grpc.ClientUnaryCall;
  putEvents(argument: _attune_v1_PutEventsRequest, callback: grpc.requestCallback<_attune_v1_PutEventsResponse__Output>): grpc.ClientUnaryCall;
  
  PutItems(argument: _attune_v1_PutItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutItemsResponse__Output>): grpc.ClientUnaryCall;
  PutItems(argument: _attune_v1_PutItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_PutItemsResponse__Output>): grpc.ClientUnaryCall;
  PutItems(argument: _attune_v1_PutItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutItemsResponse__Output>): grpc.ClientUnaryCall;
  PutItems(argument: _attune_v1_PutItemsRequest, callback: grpc.requestCallback<_attune_v1_PutItemsResponse__Output>): grpc.ClientUnaryCall;
  putItems(argument: _attune_v1_PutItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutItemsResponse__Output>): grpc.ClientUnaryCall;
  putItems(argument: _attune_v1_PutItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_PutItemsResponse__Output>): grpc.ClientUnaryCall;
  putItems(argument: _attune_v1_PutItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutItemsResponse__Output>): grpc.ClientUnaryCall;
  putItems(argument: _attune_v1_PutItemsRequest, callback: grpc.requestCallback<_attune_v1_PutItemsResponse__Output>): grpc.ClientUnaryCall;
  
  PutUsers(argument: _attune_v1_PutUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutUsersResponse__Output>): grpc.ClientUnaryCall;
  PutUsers(argument: _attune_v1_PutUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_PutUsersResponse__Output>): grpc.ClientUnaryCall;
  PutUsers(argument: _attune_v1_PutUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutUsersResponse__Output>): grpc.ClientUnaryCall;
  PutUsers(argument: _attune_v1_PutUsersRequest, callback: grpc.requestCallback<_attune_v1_PutUsersResponse__Output>): grpc.ClientUnaryCall;
  putUsers(argument: _attune_v1_PutUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutUsersResponse__Output>): grpc.ClientUnaryCall;
  putUsers(argument: _attune_v1_PutUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_PutUsersResponse__Output>): grpc.ClientUnaryCall;
  putUsers(argument: _attune_v1_PutUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_PutUsersResponse__Output>): grpc.ClientUnaryCall;
  putUsers(argument: _attune_v1_PutUsersRequest, callback: grpc.requestCallback<_attune_v1_PutUsersResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Real-time ingestion (Personalize Events). Every call returns only after its records are
 * durably stored.
 */
export interface PersonalizeEventsHandlers extends grpc.UntypedServiceImplementation {
  PutEvents: grpc.handleUnaryCall<_attune_v1_PutEventsRequest__Output, _attune_v1_PutEventsResponse>;
  
  PutItems: grpc.handleUnaryCall<_attune_v1_PutItemsRequest__Output, _attune_v1_PutItemsResponse>;
  
  PutUsers: grpc.handleUnaryCall<_attune_v1_PutUsersRequest__Output, _attune_v1_PutUsersResponse>;
  
}

export interface PersonalizeEventsDefinition extends grpc.ServiceDefinition {
  PutEvents: MethodDefinition<_attune_v1_PutEventsRequest, _attune_v1_PutEventsResponse, _attune_v1_PutEventsRequest__Output, _attune_v1_PutEventsResponse__Output>
  PutItems: MethodDefinition<_attune_v1_PutItemsRequest, _attune_v1_PutItemsResponse, _attune_v1_PutItemsRequest__Output, _attune_v1_PutItemsResponse__Output>
  PutUsers: MethodDefinition<_attune_v1_PutUsersRequest, _attune_v1_PutUsersResponse, _attune_v1_PutUsersRequest__Output, _attune_v1_PutUsersResponse__Output>
}
