import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateDatasetGroupRequest as _attune_v1_CreateDatasetGroupRequest, CreateDatasetGroupRequest__Output as _attune_v1_CreateDatasetGroupRequest__Output } from './attune/v1/CreateDatasetGroupRequest.ts';
import type { CreateDatasetGroupResponse as _attune_v1_CreateDatasetGroupResponse, CreateDatasetGroupResponse__Output as _attune_v1_CreateDatasetGroupResponse__Output } from './attune/v1/CreateDatasetGroupResponse.ts';
import type { CreateDatasetImportJobRequest as _attune_v1_CreateDatasetImportJobRequest, CreateDatasetImportJobRequest__Output as _attune_v1_CreateDatasetImportJobRequest__Output } from './attune/v1/CreateDatasetImportJobRequest.ts';
import type { CreateDatasetImportJobResponse as _attune_v1_CreateDatasetImportJobResponse, CreateDatasetImportJobResponse__Output as _attune_v1_CreateDatasetImportJobResponse__Output } from './attune/v1/CreateDatasetImportJobResponse.ts';
import type { CreateDatasetRequest as _attune_v1_CreateDatasetRequest, CreateDatasetRequest__Output as _attune_v1_CreateDatasetRequest__Output } from './attune/v1/CreateDatasetRequest.ts';
import type { CreateDatasetResponse as _attune_v1_CreateDatasetResponse, CreateDatasetResponse__Output as _attune_v1_CreateDatasetResponse__Output } from './attune/v1/CreateDatasetResponse.ts';
import type { CreateEventTrackerRequest as _attune_v1_CreateEventTrackerRequest, CreateEventTrackerRequest__Output as _attune_v1_CreateEventTrackerRequest__Output } from './attune/v1/CreateEventTrackerRequest.ts';
import type { CreateEventTrackerResponse as _attune_v1_CreateEventTrackerResponse, CreateEventTrackerResponse__Output as _attune_v1_CreateEventTrackerResponse__Output } from './attune/v1/CreateEventTrackerResponse.ts';
import type { CreateSchemaRequest as _attune_v1_CreateSchemaRequest, CreateSchemaRequest__Output as _attune_v1_CreateSchemaRequest__Output } from './attune/v1/CreateSchemaRequest.ts';
import type { CreateSchemaResponse as _attune_v1_CreateSchemaResponse, CreateSchemaResponse__Output as _attune_v1_CreateSchemaResponse__Output } from './attune/v1/CreateSchemaResponse.ts';
import type { DataSource as _attune_v1_DataSource, DataSource__Output as _attune_v1_DataSource__Output } from './attune/v1/DataSource.ts';
import type { Dataset as _attune_v1_Dataset, Dataset__Output as _attune_v1_Dataset__Output } from './attune/v1/Dataset.ts';
import type { DatasetGroup as _attune_v1_DatasetGroup, DatasetGroup__Output as _attune_v1_DatasetGroup__Output } from './attune/v1/DatasetGroup.ts';
import type { DatasetGroupSummary as _attune_v1_DatasetGroupSummary, DatasetGroupSummary__Output as _attune_v1_DatasetGroupSummary__Output } from './attune/v1/DatasetGroupSummary.ts';
import type { DatasetImportJob as _attune_v1_DatasetImportJob, DatasetImportJob__Output as _attune_v1_DatasetImportJob__Output } from './attune/v1/DatasetImportJob.ts';
import type { DatasetImportJobSummary as _attune_v1_DatasetImportJobSummary, DatasetImportJobSummary__Output as _attune_v1_DatasetImportJobSummary__Output } from './attune/v1/DatasetImportJobSummary.ts';
import type { DatasetSchema as _attune_v1_DatasetSchema, DatasetSchema__Output as _attune_v1_DatasetSchema__Output } from './attune/v1/DatasetSchema.ts';
import type { DatasetSchemaSummary as _attune_v1_DatasetSchemaSummary, DatasetSchemaSummary__Output as _attune_v1_DatasetSchemaSummary__Output } from './attune/v1/DatasetSchemaSummary.ts';
import type { DatasetSummary as _attune_v1_DatasetSummary, DatasetSummary__Output as _attune_v1_DatasetSummary__Output } from './attune/v1/DatasetSummary.ts';
import type { DatasetUpdateSummary as _attune_v1_DatasetUpdateSummary, DatasetUpdateSummary__Output as _attune_v1_DatasetUpdateSummary__Output } from './attune/v1/DatasetUpdateSummary.ts';
import type { DeleteDatasetGroupRequest as _attune_v1_DeleteDatasetGroupRequest, DeleteDatasetGroupRequest__Output as _attune_v1_DeleteDatasetGroupRequest__Output } from './attune/v1/DeleteDatasetGroupRequest.ts';
import type { DeleteDatasetGroupResponse as _attune_v1_DeleteDatasetGroupResponse, DeleteDatasetGroupResponse__Output as _attune_v1_DeleteDatasetGroupResponse__Output } from './attune/v1/DeleteDatasetGroupResponse.ts';
import type { DeleteDatasetRequest as _attune_v1_DeleteDatasetRequest, DeleteDatasetRequest__Output as _attune_v1_DeleteDatasetRequest__Output } from './attune/v1/DeleteDatasetRequest.ts';
import type { DeleteDatasetResponse as _attune_v1_DeleteDatasetResponse, DeleteDatasetResponse__Output as _attune_v1_DeleteDatasetResponse__Output } from './attune/v1/DeleteDatasetResponse.ts';
import type { DeleteEventTrackerRequest as _attune_v1_DeleteEventTrackerRequest, DeleteEventTrackerRequest__Output as _attune_v1_DeleteEventTrackerRequest__Output } from './attune/v1/DeleteEventTrackerRequest.ts';
import type { DeleteEventTrackerResponse as _attune_v1_DeleteEventTrackerResponse, DeleteEventTrackerResponse__Output as _attune_v1_DeleteEventTrackerResponse__Output } from './attune/v1/DeleteEventTrackerResponse.ts';
import type { DeleteSchemaRequest as _attune_v1_DeleteSchemaRequest, DeleteSchemaRequest__Output as _attune_v1_DeleteSchemaRequest__Output } from './attune/v1/DeleteSchemaRequest.ts';
import type { DeleteSchemaResponse as _attune_v1_DeleteSchemaResponse, DeleteSchemaResponse__Output as _attune_v1_DeleteSchemaResponse__Output } from './attune/v1/DeleteSchemaResponse.ts';
import type { DescribeDatasetGroupRequest as _attune_v1_DescribeDatasetGroupRequest, DescribeDatasetGroupRequest__Output as _attune_v1_DescribeDatasetGroupRequest__Output } from './attune/v1/DescribeDatasetGroupRequest.ts';
import type { DescribeDatasetGroupResponse as _attune_v1_DescribeDatasetGroupResponse, DescribeDatasetGroupResponse__Output as _attune_v1_DescribeDatasetGroupResponse__Output } from './attune/v1/DescribeDatasetGroupResponse.ts';
import type { DescribeDatasetImportJobRequest as _attune_v1_DescribeDatasetImportJobRequest, DescribeDatasetImportJobRequest__Output as _attune_v1_DescribeDatasetImportJobRequest__Output } from './attune/v1/DescribeDatasetImportJobRequest.ts';
import type { DescribeDatasetImportJobResponse as _attune_v1_DescribeDatasetImportJobResponse, DescribeDatasetImportJobResponse__Output as _attune_v1_DescribeDatasetImportJobResponse__Output } from './attune/v1/DescribeDatasetImportJobResponse.ts';
import type { DescribeDatasetRequest as _attune_v1_DescribeDatasetRequest, DescribeDatasetRequest__Output as _attune_v1_DescribeDatasetRequest__Output } from './attune/v1/DescribeDatasetRequest.ts';
import type { DescribeDatasetResponse as _attune_v1_DescribeDatasetResponse, DescribeDatasetResponse__Output as _attune_v1_DescribeDatasetResponse__Output } from './attune/v1/DescribeDatasetResponse.ts';
import type { DescribeEventTrackerRequest as _attune_v1_DescribeEventTrackerRequest, DescribeEventTrackerRequest__Output as _attune_v1_DescribeEventTrackerRequest__Output } from './attune/v1/DescribeEventTrackerRequest.ts';
import type { DescribeEventTrackerResponse as _attune_v1_DescribeEventTrackerResponse, DescribeEventTrackerResponse__Output as _attune_v1_DescribeEventTrackerResponse__Output } from './attune/v1/DescribeEventTrackerResponse.ts';
import type { DescribeSchemaRequest as _attune_v1_DescribeSchemaRequest, DescribeSchemaRequest__Output as _attune_v1_DescribeSchemaRequest__Output } from './attune/v1/DescribeSchemaRequest.ts';
import type { DescribeSchemaResponse as _attune_v1_DescribeSchemaResponse, DescribeSchemaResponse__Output as _attune_v1_DescribeSchemaResponse__Output } from './attune/v1/DescribeSchemaResponse.ts';
import type { EventTracker as _attune_v1_EventTracker, EventTracker__Output as _attune_v1_EventTracker__Output } from './attune/v1/EventTracker.ts';
import type { EventTrackerSummary as _attune_v1_EventTrackerSummary, EventTrackerSummary__Output as _attune_v1_EventTrackerSummary__Output } from './attune/v1/EventTrackerSummary.ts';
import type { ListDatasetGroupsRequest as _attune_v1_ListDatasetGroupsRequest, ListDatasetGroupsRequest__Output as _attune_v1_ListDatasetGroupsRequest__Output } from './attune/v1/ListDatasetGroupsRequest.ts';
import type { ListDatasetGroupsResponse as _attune_v1_ListDatasetGroupsResponse, ListDatasetGroupsResponse__Output as _attune_v1_ListDatasetGroupsResponse__Output } from './attune/v1/ListDatasetGroupsResponse.ts';
import type { ListDatasetImportJobsRequest as _attune_v1_ListDatasetImportJobsRequest, ListDatasetImportJobsRequest__Output as _attune_v1_ListDatasetImportJobsRequest__Output } from './attune/v1/ListDatasetImportJobsRequest.ts';
import type { ListDatasetImportJobsResponse as _attune_v1_ListDatasetImportJobsResponse, ListDatasetImportJobsResponse__Output as _attune_v1_ListDatasetImportJobsResponse__Output } from './attune/v1/ListDatasetImportJobsResponse.ts';
import type { ListDatasetsRequest as _attune_v1_ListDatasetsRequest, ListDatasetsRequest__Output as _attune_v1_ListDatasetsRequest__Output } from './attune/v1/ListDatasetsRequest.ts';
import type { ListDatasetsResponse as _attune_v1_ListDatasetsResponse, ListDatasetsResponse__Output as _attune_v1_ListDatasetsResponse__Output } from './attune/v1/ListDatasetsResponse.ts';
import type { ListEventTrackersRequest as _attune_v1_ListEventTrackersRequest, ListEventTrackersRequest__Output as _attune_v1_ListEventTrackersRequest__Output } from './attune/v1/ListEventTrackersRequest.ts';
import type { ListEventTrackersResponse as _attune_v1_ListEventTrackersResponse, ListEventTrackersResponse__Output as _attune_v1_ListEventTrackersResponse__Output } from './attune/v1/ListEventTrackersResponse.ts';
import type { ListSchemasRequest as _attune_v1_ListSchemasRequest, ListSchemasRequest__Output as _attune_v1_ListSchemasRequest__Output } from './attune/v1/ListSchemasRequest.ts';
import type { ListSchemasResponse as _attune_v1_ListSchemasResponse, ListSchemasResponse__Output as _attune_v1_ListSchemasResponse__Output } from './attune/v1/ListSchemasResponse.ts';
import type { ListTagsForResourceRequest as _attune_v1_ListTagsForResourceRequest, ListTagsForResourceRequest__Output as _attune_v1_ListTagsForResourceRequest__Output } from './attune/v1/ListTagsForResourceRequest.ts';
import type { ListTagsForResourceResponse as _attune_v1_ListTagsForResourceResponse, ListTagsForResourceResponse__Output as _attune_v1_ListTagsForResourceResponse__Output } from './attune/v1/ListTagsForResourceResponse.ts';
import type { PersonalizeClient as _attune_v1_PersonalizeClient, PersonalizeDefinition as _attune_v1_PersonalizeDefinition } from './attune/v1/Personalize.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from './attune/v1/Tag.ts';
import type { TagResourceRequest as _attune_v1_TagResourceRequest, TagResourceRequest__Output as _attune_v1_TagResourceRequest__Output } from './attune/v1/TagResourceRequest.ts';
import type { TagResourceResponse as _attune_v1_TagResourceResponse, TagResourceResponse__Output as _attune_v1_TagResourceResponse__Output } from './attune/v1/TagResourceResponse.ts';
import type { UntagResourceRequest as _attune_v1_UntagResourceRequest, UntagResourceRequest__Output as _attune_v1_UntagResourceRequest__Output } from './attune/v1/UntagResourceRequest.ts';
import type { UntagResourceResponse as _attune_v1_UntagResourceResponse, UntagResourceResponse__Output as _attune_v1_UntagResourceResponse__Output } from './attune/v1/UntagResourceResponse.ts';
import type { UpdateDatasetRequest as _attune_v1_UpdateDatasetRequest, UpdateDatasetRequest__Output as _attune_v1_UpdateDatasetRequest__Output } from './attune/v1/UpdateDatasetRequest.ts';
import type { UpdateDatasetResponse as _attune_v1_UpdateDatasetResponse, UpdateDatasetResponse__Output as _attune_v1_UpdateDatasetResponse__Output } from './attune/v1/UpdateDatasetResponse.ts';
import type { UploadDataHeader as _attune_v1_UploadDataHeader, UploadDataHeader__Output as _attune_v1_UploadDataHeader__Output } from './attune/v1/UploadDataHeader.ts';
import type { UploadDataRequest as _attune_v1_UploadDataRequest, UploadDataRequest__Output as _attune_v1_UploadDataRequest__Output } from './attune/v1/UploadDataRequest.ts';
import type { UploadDataResponse as _attune_v1_UploadDataResponse, UploadDataResponse__Output as _attune_v1_UploadDataResponse__Output } from './attune/v1/UploadDataResponse.ts';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  attune: {
    v1: {
      CreateDatasetGroupRequest: MessageTypeDefinition<_attune_v1_CreateDatasetGroupRequest, _attune_v1_CreateDatasetGroupRequest__Output>
      CreateDatasetGroupResponse: MessageTypeDefinition<_attune_v1_CreateDatasetGroupResponse, _attune_v1_CreateDatasetGroupResponse__Output>
      CreateDatasetImportJobRequest: MessageTypeDefinition<_attune_v1_CreateDatasetImportJobRequest, _attune_v1_CreateDatasetImportJobRequest__Output>
      CreateDatasetImportJobResponse: MessageTypeDefinition<_attune_v1_CreateDatasetImportJobResponse, _attune_v1_CreateDatasetImportJobResponse__Output>
      CreateDatasetRequest: MessageTypeDefinition<_attune_v1_CreateDatasetRequest, _attune_v1_CreateDatasetRequest__Output>
      CreateDatasetResponse: MessageTypeDefinition<_attune_v1_CreateDatasetResponse, _attune_v1_CreateDatasetResponse__Output>
      CreateEventTrackerRequest: MessageTypeDefinition<_attune_v1_CreateEventTrackerRequest, _attune_v1_CreateEventTrackerRequest__Output>
      CreateEventTrackerResponse: MessageTypeDefinition<_attune_v1_CreateEventTrackerResponse, _attune_v1_CreateEventTrackerResponse__Output>
      CreateSchemaRequest: MessageTypeDefinition<_attune_v1_CreateSchemaRequest, _attune_v1_CreateSchemaRequest__Output>
      CreateSchemaResponse: MessageTypeDefinition<_attune_v1_CreateSchemaResponse, _attune_v1_CreateSchemaResponse__Output>
      DataSource: MessageTypeDefinition<_attune_v1_DataSource, _attune_v1_DataSource__Output>
      Dataset: MessageTypeDefinition<_attune_v1_Dataset, _attune_v1_Dataset__Output>
      DatasetGroup: MessageTypeDefinition<_attune_v1_DatasetGroup, _attune_v1_DatasetGroup__Output>
      DatasetGroupSummary: MessageTypeDefinition<_attune_v1_DatasetGroupSummary, _attune_v1_DatasetGroupSummary__Output>
      DatasetImportJob: MessageTypeDefinition<_attune_v1_DatasetImportJob, _attune_v1_DatasetImportJob__Output>
      DatasetImportJobSummary: MessageTypeDefinition<_attune_v1_DatasetImportJobSummary, _attune_v1_DatasetImportJobSummary__Output>
      DatasetSchema: MessageTypeDefinition<_attune_v1_DatasetSchema, _attune_v1_DatasetSchema__Output>
      DatasetSchemaSummary: MessageTypeDefinition<_attune_v1_DatasetSchemaSummary, _attune_v1_DatasetSchemaSummary__Output>
      DatasetSummary: MessageTypeDefinition<_attune_v1_DatasetSummary, _attune_v1_DatasetSummary__Output>
      DatasetUpdateSummary: MessageTypeDefinition<_attune_v1_DatasetUpdateSummary, _attune_v1_DatasetUpdateSummary__Output>
      DeleteDatasetGroupRequest: MessageTypeDefinition<_attune_v1_DeleteDatasetGroupRequest, _attune_v1_DeleteDatasetGroupRequest__Output>
      DeleteDatasetGroupResponse: MessageTypeDefinition<_attune_v1_DeleteDatasetGroupResponse, _attune_v1_DeleteDatasetGroupResponse__Output>
      DeleteDatasetRequest: MessageTypeDefinition<_attune_v1_DeleteDatasetRequest, _attune_v1_DeleteDatasetRequest__Output>
      DeleteDatasetResponse: MessageTypeDefinition<_attune_v1_DeleteDatasetResponse, _attune_v1_DeleteDatasetResponse__Output>
      DeleteEventTrackerRequest: MessageTypeDefinition<_attune_v1_DeleteEventTrackerRequest, _attune_v1_DeleteEventTrackerRequest__Output>
      DeleteEventTrackerResponse: MessageTypeDefinition<_attune_v1_DeleteEventTrackerResponse, _attune_v1_DeleteEventTrackerResponse__Output>
      DeleteSchemaRequest: MessageTypeDefinition<_attune_v1_DeleteSchemaRequest, _attune_v1_DeleteSchemaRequest__Output>
      DeleteSchemaResponse: MessageTypeDefinition<_attune_v1_DeleteSchemaResponse, _attune_v1_DeleteSchemaResponse__Output>
      DescribeDatasetGroupRequest: MessageTypeDefinition<_attune_v1_DescribeDatasetGroupRequest, _attune_v1_DescribeDatasetGroupRequest__Output>
      DescribeDatasetGroupResponse: MessageTypeDefinition<_attune_v1_DescribeDatasetGroupResponse, _attune_v1_DescribeDatasetGroupResponse__Output>
      DescribeDatasetImportJobRequest: MessageTypeDefinition<_attune_v1_DescribeDatasetImportJobRequest, _attune_v1_DescribeDatasetImportJobRequest__Output>
      DescribeDatasetImportJobResponse: MessageTypeDefinition<_attune_v1_DescribeDatasetImportJobResponse, _attune_v1_DescribeDatasetImportJobResponse__Output>
      DescribeDatasetRequest: MessageTypeDefinition<_attune_v1_DescribeDatasetRequest, _attune_v1_DescribeDatasetRequest__Output>
      DescribeDatasetResponse: MessageTypeDefinition<_attune_v1_DescribeDatasetResponse, _attune_v1_DescribeDatasetResponse__Output>
      DescribeEventTrackerRequest: MessageTypeDefinition<_attune_v1_DescribeEventTrackerRequest, _attune_v1_DescribeEventTrackerRequest__Output>
      DescribeEventTrackerResponse: MessageTypeDefinition<_attune_v1_DescribeEventTrackerResponse, _attune_v1_DescribeEventTrackerResponse__Output>
      DescribeSchemaRequest: MessageTypeDefinition<_attune_v1_DescribeSchemaRequest, _attune_v1_DescribeSchemaRequest__Output>
      DescribeSchemaResponse: MessageTypeDefinition<_attune_v1_DescribeSchemaResponse, _attune_v1_DescribeSchemaResponse__Output>
      EventTracker: MessageTypeDefinition<_attune_v1_EventTracker, _attune_v1_EventTracker__Output>
      EventTrackerSummary: MessageTypeDefinition<_attune_v1_EventTrackerSummary, _attune_v1_EventTrackerSummary__Output>
      ListDatasetGroupsRequest: MessageTypeDefinition<_attune_v1_ListDatasetGroupsRequest, _attune_v1_ListDatasetGroupsRequest__Output>
      ListDatasetGroupsResponse: MessageTypeDefinition<_attune_v1_ListDatasetGroupsResponse, _attune_v1_ListDatasetGroupsResponse__Output>
      ListDatasetImportJobsRequest: MessageTypeDefinition<_attune_v1_ListDatasetImportJobsRequest, _attune_v1_ListDatasetImportJobsRequest__Output>
      ListDatasetImportJobsResponse: MessageTypeDefinition<_attune_v1_ListDatasetImportJobsResponse, _attune_v1_ListDatasetImportJobsResponse__Output>
      ListDatasetsRequest: MessageTypeDefinition<_attune_v1_ListDatasetsRequest, _attune_v1_ListDatasetsRequest__Output>
      ListDatasetsResponse: MessageTypeDefinition<_attune_v1_ListDatasetsResponse, _attune_v1_ListDatasetsResponse__Output>
      ListEventTrackersRequest: MessageTypeDefinition<_attune_v1_ListEventTrackersRequest, _attune_v1_ListEventTrackersRequest__Output>
      ListEventTrackersResponse: MessageTypeDefinition<_attune_v1_ListEventTrackersResponse, _attune_v1_ListEventTrackersResponse__Output>
      ListSchemasRequest: MessageTypeDefinition<_attune_v1_ListSchemasRequest, _attune_v1_ListSchemasRequest__Output>
      ListSchemasResponse: MessageTypeDefinition<_attune_v1_ListSchemasResponse, _attune_v1_ListSchemasResponse__Output>
      ListTagsForResourceRequest: MessageTypeDefinition<_attune_v1_ListTagsForResourceRequest, _attune_v1_ListTagsForResourceRequest__Output>
      ListTagsForResourceResponse: MessageTypeDefinition<_attune_v1_ListTagsForResourceResponse, _attune_v1_ListTagsForResourceResponse__Output>
      /**
       * The control plane: one RPC per Amazon Personalize control-plane operation, with the same
       * name, plus UploadData (an Attune addition).
       */
      Personalize: SubtypeConstructor<typeof grpc.Client, _attune_v1_PersonalizeClient> & { service: _attune_v1_PersonalizeDefinition }
      Tag: MessageTypeDefinition<_attune_v1_Tag, _attune_v1_Tag__Output>
      TagResourceRequest: MessageTypeDefinition<_attune_v1_TagResourceRequest, _attune_v1_TagResourceRequest__Output>
      TagResourceResponse: MessageTypeDefinition<_attune_v1_TagResourceResponse, _attune_v1_TagResourceResponse__Output>
      UntagResourceRequest: MessageTypeDefinition<_attune_v1_UntagResourceRequest, _attune_v1_UntagResourceRequest__Output>
      UntagResourceResponse: MessageTypeDefinition<_attune_v1_UntagResourceResponse, _attune_v1_UntagResourceResponse__Output>
      UpdateDatasetRequest: MessageTypeDefinition<_attune_v1_UpdateDatasetRequest, _attune_v1_UpdateDatasetRequest__Output>
      UpdateDatasetResponse: MessageTypeDefinition<_attune_v1_UpdateDatasetResponse, _attune_v1_UpdateDatasetResponse__Output>
      UploadDataHeader: MessageTypeDefinition<_attune_v1_UploadDataHeader, _attune_v1_UploadDataHeader__Output>
      UploadDataRequest: MessageTypeDefinition<_attune_v1_UploadDataRequest, _attune_v1_UploadDataRequest__Output>
      UploadDataResponse: MessageTypeDefinition<_attune_v1_UploadDataResponse, _attune_v1_UploadDataResponse__Output>
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

