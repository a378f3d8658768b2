// Original file: proto/attune/v1/personalize_runtime.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetPersonalizedRankingRequest as _attune_v1_GetPersonalizedRankingRequest, GetPersonalizedRankingRequest__Output as _attune_v1_GetPersonalizedRankingRequest__Output } from '../../attune/v1/GetPersonalizedRankingRequest.ts';
import type { GetPersonalizedRankingResponse as _attune_v1_GetPersonalizedRankingResponse, GetPersonalizedRankingResponse__Output as _attune_v1_GetPersonalizedRankingResponse__Output } from '../../attune/v1/GetPersonalizedRankingResponse.ts';
import type { GetRecommendationsRequest as _attune_v1_GetRecommendationsRequest, GetRecommendationsRequest__Output as _attune_v1_GetRecommendationsRequest__Output } from '../../attune/v1/GetRecommendationsRequest.ts';
import type { GetRecommendationsResponse as _attune_v1_GetRecommendationsResponse, GetRecommendationsResponse__Output as _attune_v1_GetRecommendationsResponse__Output } from '../../attune/v1/GetRecommendationsResponse.ts';

/**
 * Real-time recommendations from a deployed campaign (Personalize Runtime).
 */
export interface PersonalizeRuntimeClient extends grpc.Client {
  GetPersonalizedRanking(argument: _attune_v1_GetPersonalizedRankingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetPersonalizedRankingResponse__Output>): grpc.ClientUnaryCall;
  GetPersonalizedRanking(argument: _attune_v1_GetPersonalizedRankingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_GetPersonalizedRankingResponse__Output>): grpc.ClientUnaryCall;
  GetPersonalizedRanking(argument: _attune_v1_GetPersonalizedRankingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetPersonalizedRankingResponse__Output>): grpc.ClientUnaryCall;
  GetPersonalizedRanking(argument: _attune_v1_GetPersonalizedRankingRequest, callback: grpc.requestCallback<_attune_v1_GetPersonalizedRankingResponse__Output>): grpc.ClientUnaryCall;
  getPersonalizedRanking(argument: _attune_v1_GetPersonalizedRankingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetPersonalizedRankingResponse__Output>): grpc.ClientUnaryCall;
  getPersonalizedRanking(argument: _attune_v1_GetPersonalizedRankingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_GetPersonalizedRankingResponse__Output>): grpc.ClientUnaryCall;
  getPersonalizedRanking(argument: _attune_v1_GetPersonalizedRankingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetPersonalizedRankingResponse__Output>): grpc.ClientUnaryCall;
  getPersonalizedRanking(argument: _attune_v1_GetPersonalizedRankingRequest, callback: grpc.requestCallback<_attune_v1_GetPersonalizedRankingResponse__Output>): grpc.ClientUnaryCall;
  
  GetRecommendations(argument: _attune_v1_GetRecommendationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetRecommendationsResponse__Output>): grpc.ClientUnaryCall;
  GetRecommendations(argument: _attune_v1_GetRecommendationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_GetRecommendationsResponse__Output>): grpc.ClientUnaryCall;
  GetRecommendations(argument: _attune_v1_GetRecommendationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetRecommendationsResponse__Output>): grpc.ClientUnaryCall;
  GetRecommendations(argument: _attune_v1_GetRecommendationsRequest, callback: grpc.requestCallback<_attune_v1_GetRecommendationsResponse__Output>): grpc.ClientUnaryCall;
  getRecommendations(argument: _attune_v1_GetRecommendationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetRecommendationsResponse__Output>): grpc.ClientUnaryCall;
  getRecommendations(argument: _attune_v1_GetRecommendationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_GetRecommendationsResponse__Output>): grpc.ClientUnaryCall;
  getRecommendations(argument: _attune_v1_GetRecommendationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetRecommendationsResponse__Output>): grpc.ClientUnaryCall;
  getRecommendations(argument: _attune_v1_GetRecommendationsRequest, callback: grpc.requestCallback<_attune_v1_GetRecommendationsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Real-time recommendations from a deployed campaign (Personalize Runtime).
 */
export interface PersonalizeRuntimeHandlers extends grpc.UntypedServiceImplementation {
  GetPersonalizedRanking: grpc.handleUnaryCall<_attune_v1_GetPersonalizedRankingRequest__Output, _attune_v1_GetPersonalizedRankingResponse>;
  
  GetRecommendations: grpc.handleUnaryCall<_attune_v1_GetRecommendationsRequest__Output, _attune_v1_GetRecommendationsResponse>;
  
}

export interface PersonalizeRuntimeDefinition extends grpc.ServiceDefinition {
  GetPersonalizedRanking: MethodDefinition<_attune_v1_GetPersonalizedRankingRequest, _attune_v1_GetPersonalizedRankingResponse, _attune_v1_GetPersonalizedRankingRequest__Output, _attune_v1_GetPersonalizedRankingResponse__Output>
  GetRecommendations: MethodDefinition<_attune_v1_GetRecommendationsRequest, _attune_v1_GetRecommendationsResponse, _attune_v1_GetRecommendationsRequest__Output, _attune_v1_GetRecommendationsResponse__Output>
}
