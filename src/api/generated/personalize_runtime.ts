import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { GetPersonalizedRankingRequest as _attune_v1_GetPersonalizedRankingRequest, GetPersonalizedRankingRequest__Output as _attune_v1_GetPersonalizedRankingRequest__Output } from './attune/v1/GetPersonalizedRankingRequest.ts';
import type { GetPersonalizedRankingResponse as _attune_v1_GetPersonalizedRankingResponse, GetPersonalizedRankingResponse__Output as _attune_v1_GetPersonalizedRankingResponse__Output } from './attune/v1/GetPersonalizedRankingResponse.ts';
import type { GetRecommendationsRequest as _attune_v1_GetRecommendationsRequest, GetRecommendationsRequest__Output as _attune_v1_GetRecommendationsRequest__Output } from './attune/v1/GetRecommendationsRequest.ts';
import type { GetRecommendationsResponse as _attune_v1_GetRecommendationsResponse, GetRecommendationsResponse__Output as _attune_v1_GetRecommendationsResponse__Output } from './attune/v1/GetRecommendationsResponse.ts';
import type { PersonalizeRuntimeClient as _attune_v1_PersonalizeRuntimeClient, PersonalizeRuntimeDefinition as _attune_v1_PersonalizeRuntimeDefinition } from './attune/v1/PersonalizeRuntime.ts';
import type { PredictedItem as _attune_v1_PredictedItem, PredictedItem__Output as _attune_v1_PredictedItem__Output } from './attune/v1/PredictedItem.ts';
import type { Promotion as _attune_v1_Promotion, Promotion__Output as _attune_v1_Promotion__Output } from './attune/v1/Promotion.ts';
import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue.ts';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct.ts';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  attune: {
    v1: {
      GetPersonalizedRankingRequest: MessageTypeDefinition<_attune_v1_GetPersonalizedRankingRequest, _attune_v1_GetPersonalizedRankingRequest__Output>
      GetPersonalizedRankingResponse: MessageTypeDefinition<_attune_v1_GetPersonalizedRankingResponse, _attune_v1_GetPersonalizedRankingResponse__Output>
      GetRecommendationsRequest: MessageTypeDefinition<_attune_v1_GetRecommendationsRequest, _attune_v1_GetRecommendationsRequest__Output>
      GetRecommendationsResponse: MessageTypeDefinition<_attune_v1_GetRecommendationsResponse, _attune_v1_GetRecommendationsResponse__Output>
      /**
       * Real-time recommendations from a deployed campaign (Personalize Runtime).
       */
      PersonalizeRuntime: SubtypeConstructor<typeof grpc.Client, _attune_v1_PersonalizeRuntimeClient> & { service: _attune_v1_PersonalizeRuntimeDefinition }
      PredictedItem: MessageTypeDefinition<_attune_v1_PredictedItem, _attune_v1_PredictedItem__Output>
      Promotion: MessageTypeDefinition<_attune_v1_Promotion, _attune_v1_Promotion__Output>
    }
  }
  google: {
    protobuf: {
      ListValue: MessageTypeDefinition<_google_protobuf_ListValue, _google_protobuf_ListValue__Output>
      NullValue: EnumTypeDefinition
      Struct: MessageTypeDefinition<_google_protobuf_Struct, _google_protobuf_Struct__Output>
      Value: MessageTypeDefinition<_google_protobuf_Value, _google_protobuf_Value__Output>
    }
  }
}

