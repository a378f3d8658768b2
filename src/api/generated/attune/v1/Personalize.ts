// Original file: proto/attune/v1/personalize.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateBatchInferenceJobRequest as _attune_v1_CreateBatchInferenceJobRequest, CreateBatchInferenceJobRequest__Output as _attune_v1_CreateBatchInferenceJobRequest__Output } from '../../attune/v1/CreateBatchInferenceJobRequest.ts';
import type { CreateBatchInferenceJobResponse as _attune_v1_CreateBatchInferenceJobResponse, CreateBatchInferenceJobResponse__Output as _attune_v1_CreateBatchInferenceJobResponse__Output } from '../../attune/v1/CreateBatchInferenceJobResponse.ts';
import type { CreateBatchSegmentJobRequest as _attune_v1_CreateBatchSegmentJobRequest, CreateBatchSegmentJobRequest__Output as _attune_v1_CreateBatchSegmentJobRequest__Output } from '../../attune/v1/CreateBatchSegmentJobRequest.ts';
import type { CreateBatchSegmentJobResponse as _attune_v1_CreateBatchSegmentJobResponse, CreateBatchSegmentJobResponse__Output as _attune_v1_CreateBatchSegmentJobResponse__Output } from '../../attune/v1/CreateBatchSegmentJobResponse.ts';
import type { CreateCampaignRequest as _attune_v1_CreateCampaignRequest, CreateCampaignRequest__Output as _attune_v1_CreateCampaignRequest__Output } from '../../attune/v1/CreateCampaignRequest.ts';
import type { CreateCampaignResponse as _attune_v1_CreateCampaignResponse, CreateCampaignResponse__Output as _attune_v1_CreateCampaignResponse__Output } from '../../attune/v1/CreateCampaignResponse.ts';
import type { CreateDataDeletionJobRequest as _attune_v1_CreateDataDeletionJobRequest, CreateDataDeletionJobRequest__Output as _attune_v1_CreateDataDeletionJobRequest__Output } from '../../attune/v1/CreateDataDeletionJobRequest.ts';
import type { CreateDataDeletionJobResponse as _attune_v1_CreateDataDeletionJobResponse, CreateDataDeletionJobResponse__Output as _attune_v1_CreateDataDeletionJobResponse__Output } from '../../attune/v1/CreateDataDeletionJobResponse.ts';
import type { CreateDatasetExportJobRequest as _attune_v1_CreateDatasetExportJobRequest, CreateDatasetExportJobRequest__Output as _attune_v1_CreateDatasetExportJobRequest__Output } from '../../attune/v1/CreateDatasetExportJobRequest.ts';
import type { CreateDatasetExportJobResponse as _attune_v1_CreateDatasetExportJobResponse, CreateDatasetExportJobResponse__Output as _attune_v1_CreateDatasetExportJobResponse__Output } from '../../attune/v1/CreateDatasetExportJobResponse.ts';
import type { CreateDatasetGroupRequest as _attune_v1_CreateDatasetGroupRequest, CreateDatasetGroupRequest__Output as _attune_v1_CreateDatasetGroupRequest__Output } from '../../attune/v1/CreateDatasetGroupRequest.ts';
import type { CreateDatasetGroupResponse as _attune_v1_CreateDatasetGroupResponse, CreateDatasetGroupResponse__Output as _attune_v1_CreateDatasetGroupResponse__Output } from '../../attune/v1/CreateDatasetGroupResponse.ts';
import type { CreateDatasetImportJobRequest as _attune_v1_CreateDatasetImportJobRequest, CreateDatasetImportJobRequest__Output as _attune_v1_CreateDatasetImportJobRequest__Output } from '../../attune/v1/CreateDatasetImportJobRequest.ts';
import type { CreateDatasetImportJobResponse as _attune_v1_CreateDatasetImportJobResponse, CreateDatasetImportJobResponse__Output as _attune_v1_CreateDatasetImportJobResponse__Output } from '../../attune/v1/CreateDatasetImportJobResponse.ts';
import type { CreateDatasetRequest as _attune_v1_CreateDatasetRequest, CreateDatasetRequest__Output as _attune_v1_CreateDatasetRequest__Output } from '../../attune/v1/CreateDatasetRequest.ts';
import type { CreateDatasetResponse as _attune_v1_CreateDatasetResponse, CreateDatasetResponse__Output as _attune_v1_CreateDatasetResponse__Output } from '../../attune/v1/CreateDatasetResponse.ts';
import type { CreateEventTrackerRequest as _attune_v1_CreateEventTrackerRequest, CreateEventTrackerRequest__Output as _attune_v1_CreateEventTrackerRequest__Output } from '../../attune/v1/CreateEventTrackerRequest.ts';
import type { CreateEventTrackerResponse as _attune_v1_CreateEventTrackerResponse, CreateEventTrackerResponse__Output as _attune_v1_CreateEventTrackerResponse__Output } from '../../attune/v1/CreateEventTrackerResponse.ts';
import type { CreateFilterRequest as _attune_v1_CreateFilterRequest, CreateFilterRequest__Output as _attune_v1_CreateFilterRequest__Output } from '../../attune/v1/CreateFilterRequest.ts';
import type { CreateFilterResponse as _attune_v1_CreateFilterResponse, CreateFilterResponse__Output as _attune_v1_CreateFilterResponse__Output } from '../../attune/v1/CreateFilterResponse.ts';
import type { CreateSchemaRequest as _attune_v1_CreateSchemaRequest, CreateSchemaRequest__Output as _attune_v1_CreateSchemaRequest__Output } from '../../attune/v1/CreateSchemaRequest.ts';
import type { CreateSchemaResponse as _attune_v1_CreateSchemaResponse, CreateSchemaResponse__Output as _attune_v1_CreateSchemaResponse__Output } from '../../attune/v1/CreateSchemaResponse.ts';
import type { CreateSolutionRequest as _attune_v1_CreateSolutionRequest, CreateSolutionRequest__Output as _attune_v1_CreateSolutionRequest__Output } from '../../attune/v1/CreateSolutionRequest.ts';
import type { CreateSolutionResponse as _attune_v1_CreateSolutionResponse, CreateSolutionResponse__Output as _attune_v1_CreateSolutionResponse__Output } from '../../attune/v1/CreateSolutionResponse.ts';
import type { CreateSolutionVersionRequest as _attune_v1_CreateSolutionVersionRequest, CreateSolutionVersionRequest__Output as _attune_v1_CreateSolutionVersionRequest__Output } from '../../attune/v1/CreateSolutionVersionRequest.ts';
import type { CreateSolutionVersionResponse as _attune_v1_CreateSolutionVersionResponse, CreateSolutionVersionResponse__Output as _attune_v1_CreateSolutionVersionResponse__Output } from '../../attune/v1/CreateSolutionVersionResponse.ts';
import type { DeleteCampaignRequest as _attune_v1_DeleteCampaignRequest, DeleteCampaignRequest__Output as _attune_v1_DeleteCampaignRequest__Output } from '../../attune/v1/DeleteCampaignRequest.ts';
import type { DeleteCampaignResponse as _attune_v1_DeleteCampaignResponse, DeleteCampaignResponse__Output as _attune_v1_DeleteCampaignResponse__Output } from '../../attune/v1/DeleteCampaignResponse.ts';
import type { DeleteDatasetGroupRequest as _attune_v1_DeleteDatasetGroupRequest, DeleteDatasetGroupRequest__Output as _attune_v1_DeleteDatasetGroupRequest__Output } from '../../attune/v1/DeleteDatasetGroupRequest.ts';
import type { DeleteDatasetGroupResponse as _attune_v1_DeleteDatasetGroupResponse, DeleteDatasetGroupResponse__Output as _attune_v1_DeleteDatasetGroupResponse__Output } from '../../attune/v1/DeleteDatasetGroupResponse.ts';
import type { DeleteDatasetRequest as _attune_v1_DeleteDatasetRequest, DeleteDatasetRequest__Output as _attune_v1_DeleteDatasetRequest__Output } from '../../attune/v1/DeleteDatasetRequest.ts';
import type { DeleteDatasetResponse as _attune_v1_DeleteDatasetResponse, DeleteDatasetResponse__Output as _attune_v1_DeleteDatasetResponse__Output } from '../../attune/v1/DeleteDatasetResponse.ts';
import type { DeleteEventTrackerRequest as _attune_v1_DeleteEventTrackerRequest, DeleteEventTrackerRequest__Output as _attune_v1_DeleteEventTrackerRequest__Output } from '../../attune/v1/DeleteEventTrackerRequest.ts';
import type { DeleteEventTrackerResponse as _attune_v1_DeleteEventTrackerResponse, DeleteEventTrackerResponse__Output as _attune_v1_DeleteEventTrackerResponse__Output } from '../../attune/v1/DeleteEventTrackerResponse.ts';
import type { DeleteFilterRequest as _attune_v1_DeleteFilterRequest, DeleteFilterRequest__Output as _attune_v1_DeleteFilterRequest__Output } from '../../attune/v1/DeleteFilterRequest.ts';
import type { DeleteFilterResponse as _attune_v1_DeleteFilterResponse, DeleteFilterResponse__Output as _attune_v1_DeleteFilterResponse__Output } from '../../attune/v1/DeleteFilterResponse.ts';
import type { DeleteSchemaRequest as _attune_v1_DeleteSchemaRequest, DeleteSchemaRequest__Output as _attune_v1_DeleteSchemaRequest__Output } from '../../attune/v1/DeleteSchemaRequest.ts';
import type { DeleteSchemaResponse as _attune_v1_DeleteSchemaResponse, DeleteSchemaResponse__Output as _attune_v1_DeleteSchemaResponse__Output } from '../../attune/v1/DeleteSchemaResponse.ts';
import type { DeleteSolutionRequest as _attune_v1_DeleteSolutionRequest, DeleteSolutionRequest__Output as _attune_v1_DeleteSolutionRequest__Output } from '../../attune/v1/DeleteSolutionRequest.ts';
import type { DeleteSolutionResponse as _attune_v1_DeleteSolutionResponse, DeleteSolutionResponse__Output as _attune_v1_DeleteSolutionResponse__Output } from '../../attune/v1/DeleteSolutionResponse.ts';
import type { DescribeAlgorithmRequest as _attune_v1_DescribeAlgorithmRequest, DescribeAlgorithmRequest__Output as _attune_v1_DescribeAlgorithmRequest__Output } from '../../attune/v1/DescribeAlgorithmRequest.ts';
import type { DescribeAlgorithmResponse as _attune_v1_DescribeAlgorithmResponse, DescribeAlgorithmResponse__Output as _attune_v1_DescribeAlgorithmResponse__Output } from '../../attune/v1/DescribeAlgorithmResponse.ts';
import type { DescribeBatchInferenceJobRequest as _attune_v1_DescribeBatchInferenceJobRequest, DescribeBatchInferenceJobRequest__Output as _attune_v1_DescribeBatchInferenceJobRequest__Output } from '../../attune/v1/DescribeBatchInferenceJobRequest.ts';
import type { DescribeBatchInferenceJobResponse as _attune_v1_DescribeBatchInferenceJobResponse, DescribeBatchInferenceJobResponse__Output as _attune_v1_DescribeBatchInferenceJobResponse__Output } from '../../attune/v1/DescribeBatchInferenceJobResponse.ts';
import type { DescribeBatchSegmentJobRequest as _attune_v1_DescribeBatchSegmentJobRequest, DescribeBatchSegmentJobRequest__Output as _attune_v1_DescribeBatchSegmentJobRequest__Output } from '../../attune/v1/DescribeBatchSegmentJobRequest.ts';
import type { DescribeBatchSegmentJobResponse as _attune_v1_DescribeBatchSegmentJobResponse, DescribeBatchSegmentJobResponse__Output as _attune_v1_DescribeBatchSegmentJobResponse__Output } from '../../attune/v1/DescribeBatchSegmentJobResponse.ts';
import type { DescribeCampaignRequest as _attune_v1_DescribeCampaignRequest, DescribeCampaignRequest__Output as _attune_v1_DescribeCampaignRequest__Output } from '../../attune/v1/DescribeCampaignRequest.ts';
import type { DescribeCampaignResponse as _attune_v1_DescribeCampaignResponse, DescribeCampaignResponse__Output as _attune_v1_DescribeCampaignResponse__Output } from '../../attune/v1/DescribeCampaignResponse.ts';
import type { DescribeDataDeletionJobRequest as _attune_v1_DescribeDataDeletionJobRequest, DescribeDataDeletionJobRequest__Output as _attune_v1_DescribeDataDeletionJobRequest__Output } from '../../attune/v1/DescribeDataDeletionJobRequest.ts';
import type { DescribeDataDeletionJobResponse as _attune_v1_DescribeDataDeletionJobResponse, DescribeDataDeletionJobResponse__Output as _attune_v1_DescribeDataDeletionJobResponse__Output } from '../../attune/v1/DescribeDataDeletionJobResponse.ts';
import type { DescribeDatasetExportJobRequest as _attune_v1_DescribeDatasetExportJobRequest, DescribeDatasetExportJobRequest__Output as _attune_v1_DescribeDatasetExportJobRequest__Output } from '../../attune/v1/DescribeDatasetExportJobRequest.ts';
import type { DescribeDatasetExportJobResponse as _attune_v1_DescribeDatasetExportJobResponse, DescribeDatasetExportJobResponse__Output as _attune_v1_DescribeDatasetExportJobResponse__Output } from '../../attune/v1/DescribeDatasetExportJobResponse.ts';
import type { DescribeDatasetGroupRequest as _attune_v1_DescribeDatasetGroupRequest, DescribeDatasetGroupRequest__Output as _attune_v1_DescribeDatasetGroupRequest__Output } from '../../attune/v1/DescribeDatasetGroupRequest.ts';
import type { DescribeDatasetGroupResponse as _attune_v1_DescribeDatasetGroupResponse, DescribeDatasetGroupResponse__Output as _attune_v1_DescribeDatasetGroupResponse__Output } from '../../attune/v1/DescribeDatasetGroupResponse.ts';
import type { DescribeDatasetImportJobRequest as _attune_v1_DescribeDatasetImportJobRequest, DescribeDatasetImportJobRequest__Output as _attune_v1_DescribeDatasetImportJobRequest__Output } from '../../attune/v1/DescribeDatasetImportJobRequest.ts';
import type { DescribeDatasetImportJobResponse as _attune_v1_DescribeDatasetImportJobResponse, DescribeDatasetImportJobResponse__Output as _attune_v1_DescribeDatasetImportJobResponse__Output } from '../../attune/v1/DescribeDatasetImportJobResponse.ts';
import type { DescribeDatasetRequest as _attune_v1_DescribeDatasetRequest, DescribeDatasetRequest__Output as _attune_v1_DescribeDatasetRequest__Output } from '../../attune/v1/DescribeDatasetRequest.ts';
import type { DescribeDatasetResponse as _attune_v1_DescribeDatasetResponse, DescribeDatasetResponse__Output as _attune_v1_DescribeDatasetResponse__Output } from '../../attune/v1/DescribeDatasetResponse.ts';
import type { DescribeEventTrackerRequest as _attune_v1_DescribeEventTrackerRequest, DescribeEventTrackerRequest__Output as _attune_v1_DescribeEventTrackerRequest__Output } from '../../attune/v1/DescribeEventTrackerRequest.ts';
import type { DescribeEventTrackerResponse as _attune_v1_DescribeEventTrackerResponse, DescribeEventTrackerResponse__Output as _attune_v1_DescribeEventTrackerResponse__Output } from '../../attune/v1/DescribeEventTrackerResponse.ts';
import type { DescribeFilterRequest as _attune_v1_DescribeFilterRequest, DescribeFilterRequest__Output as _attune_v1_DescribeFilterRequest__Output } from '../../attune/v1/DescribeFilterRequest.ts';
import type { DescribeFilterResponse as _attune_v1_DescribeFilterResponse, DescribeFilterResponse__Output as _attune_v1_DescribeFilterResponse__Output } from '../../attune/v1/DescribeFilterResponse.ts';
import type { DescribeRecipeRequest as _attune_v1_DescribeRecipeRequest, DescribeRecipeRequest__Output as _attune_v1_DescribeRecipeRequest__Output } from '../../attune/v1/DescribeRecipeRequest.ts';
import type { DescribeRecipeResponse as _attune_v1_DescribeRecipeResponse, DescribeRecipeResponse__Output as _attune_v1_DescribeRecipeResponse__Output } from '../../attune/v1/DescribeRecipeResponse.ts';
import type { DescribeSchemaRequest as _attune_v1_DescribeSchemaRequest, DescribeSchemaRequest__Output as _attune_v1_DescribeSchemaRequest__Output } from '../../attune/v1/DescribeSchemaRequest.ts';
import type { DescribeSchemaResponse as _attune_v1_DescribeSchemaResponse, DescribeSchemaResponse__Output as _attune_v1_DescribeSchemaResponse__Output } from '../../attune/v1/DescribeSchemaResponse.ts';
import type { DescribeSolutionRequest as _attune_v1_DescribeSolutionRequest, DescribeSolutionRequest__Output as _attune_v1_DescribeSolutionRequest__Output } from '../../attune/v1/DescribeSolutionRequest.ts';
import type { DescribeSolutionResponse as _attune_v1_DescribeSolutionResponse, DescribeSolutionResponse__Output as _attune_v1_DescribeSolutionResponse__Output } from '../../attune/v1/DescribeSolutionResponse.ts';
import type { DescribeSolutionVersionRequest as _attune_v1_DescribeSolutionVersionRequest, DescribeSolutionVersionRequest__Output as _attune_v1_DescribeSolutionVersionRequest__Output } from '../../attune/v1/DescribeSolutionVersionRequest.ts';
import type { DescribeSolutionVersionResponse as _attune_v1_DescribeSolutionVersionResponse, DescribeSolutionVersionResponse__Output as _attune_v1_DescribeSolutionVersionResponse__Output } from '../../attune/v1/DescribeSolutionVersionResponse.ts';
import type { GetSolutionMetricsRequest as _attune_v1_GetSolutionMetricsRequest, GetSolutionMetricsRequest__Output as _attune_v1_GetSolutionMetricsRequest__Output } from '../../attune/v1/GetSolutionMetricsRequest.ts';
import type { GetSolutionMetricsResponse as _attune_v1_GetSolutionMetricsResponse, GetSolutionMetricsResponse__Output as _attune_v1_GetSolutionMetricsResponse__Output } from '../../attune/v1/GetSolutionMetricsResponse.ts';
import type { ListBatchInferenceJobsRequest as _attune_v1_ListBatchInferenceJobsRequest, ListBatchInferenceJobsRequest__Output as _attune_v1_ListBatchInferenceJobsRequest__Output } from '../../attune/v1/ListBatchInferenceJobsRequest.ts';
import type { ListBatchInferenceJobsResponse as _attune_v1_ListBatchInferenceJobsResponse, ListBatchInferenceJobsResponse__Output as _attune_v1_ListBatchInferenceJobsResponse__Output } from '../../attune/v1/ListBatchInferenceJobsResponse.ts';
import type { ListBatchSegmentJobsRequest as _attune_v1_ListBatchSegmentJobsRequest, ListBatchSegmentJobsRequest__Output as _attune_v1_ListBatchSegmentJobsRequest__Output } from '../../attune/v1/ListBatchSegmentJobsRequest.ts';
import type { ListBatchSegmentJobsResponse as _attune_v1_ListBatchSegmentJobsResponse, ListBatchSegmentJobsResponse__Output as _attune_v1_ListBatchSegmentJobsResponse__Output } from '../../attune/v1/ListBatchSegmentJobsResponse.ts';
import type { ListCampaignsRequest as _attune_v1_ListCampaignsRequest, ListCampaignsRequest__Output as _attune_v1_ListCampaignsRequest__Output } from '../../attune/v1/ListCampaignsRequest.ts';
import type { ListCampaignsResponse as _attune_v1_ListCampaignsResponse, ListCampaignsResponse__Output as _attune_v1_ListCampaignsResponse__Output } from '../../attune/v1/ListCampaignsResponse.ts';
import type { ListDataDeletionJobsRequest as _attune_v1_ListDataDeletionJobsRequest, ListDataDeletionJobsRequest__Output as _attune_v1_ListDataDeletionJobsRequest__Output } from '../../attune/v1/ListDataDeletionJobsRequest.ts';
import type { ListDataDeletionJobsResponse as _attune_v1_ListDataDeletionJobsResponse, ListDataDeletionJobsResponse__Output as _attune_v1_ListDataDeletionJobsResponse__Output } from '../../attune/v1/ListDataDeletionJobsResponse.ts';
import type { ListDatasetExportJobsRequest as _attune_v1_ListDatasetExportJobsRequest, ListDatasetExportJobsRequest__Output as _attune_v1_ListDatasetExportJobsRequest__Output } from '../../attune/v1/ListDatasetExportJobsRequest.ts';
import type { ListDatasetExportJobsResponse as _attune_v1_ListDatasetExportJobsResponse, ListDatasetExportJobsResponse__Output as _attune_v1_ListDatasetExportJobsResponse__Output } from '../../attune/v1/ListDatasetExportJobsResponse.ts';
import type { ListDatasetGroupsRequest as _attune_v1_ListDatasetGroupsRequest, ListDatasetGroupsRequest__Output as _attune_v1_ListDatasetGroupsRequest__Output } from '../../attune/v1/ListDatasetGroupsRequest.ts';
import type { ListDatasetGroupsResponse as _attune_v1_ListDatasetGroupsResponse, ListDatasetGroupsResponse__Output as _attune_v1_ListDatasetGroupsResponse__Output } from '../../attune/v1/ListDatasetGroupsResponse.ts';
import type { ListDatasetImportJobsRequest as _attune_v1_ListDatasetImportJobsRequest, ListDatasetImportJobsRequest__Output as _attune_v1_ListDatasetImportJobsRequest__Output } from '../../attune/v1/ListDatasetImportJobsRequest.ts';
import type { ListDatasetImportJobsResponse as _attune_v1_ListDatasetImportJobsResponse, ListDatasetImportJobsResponse__Output as _attune_v1_ListDatasetImportJobsResponse__Output } from '../../attune/v1/ListDatasetImportJobsResponse.ts';
import type { ListDatasetsRequest as _attune_v1_ListDatasetsRequest, ListDatasetsRequest__Output as _attune_v1_ListDatasetsRequest__Output } from '../../attune/v1/ListDatasetsRequest.ts';
import type { ListDatasetsResponse as _attune_v1_ListDatasetsResponse, ListDatasetsResponse__Output as _attune_v1_ListDatasetsResponse__Output } from '../../attune/v1/ListDatasetsResponse.ts';
import type { ListEventTrackersRequest as _attune_v1_ListEventTrackersRequest, ListEventTrackersRequest__Output as _attune_v1_ListEventTrackersRequest__Output } from '../../attune/v1/ListEventTrackersRequest.ts';
import type { ListEventTrackersResponse as _attune_v1_ListEventTrackersResponse, ListEventTrackersResponse__Output as _attune_v1_ListEventTrackersResponse__Output } from '../../attune/v1/ListEventTrackersResponse.ts';
import type { ListFiltersRequest as _attune_v1_ListFiltersRequest, ListFiltersRequest__Output as _attune_v1_ListFiltersRequest__Output } from '../../attune/v1/ListFiltersRequest.ts';
import type { ListFiltersResponse as _attune_v1_ListFiltersResponse, ListFiltersResponse__Output as _attune_v1_ListFiltersResponse__Output } from '../../attune/v1/ListFiltersResponse.ts';
import type { ListRecipesRequest as _attune_v1_ListRecipesRequest, ListRecipesRequest__Output as _attune_v1_ListRecipesRequest__Output } from '../../attune/v1/ListRecipesRequest.ts';
import type { ListRecipesResponse as _attune_v1_ListRecipesResponse, ListRecipesResponse__Output as _attune_v1_ListRecipesResponse__Output } from '../../attune/v1/ListRecipesResponse.ts';
import type { ListSchemasRequest as _attune_v1_ListSchemasRequest, ListSchemasRequest__Output as _attune_v1_ListSchemasRequest__Output } from '../../attune/v1/ListSchemasRequest.ts';
import type { ListSchemasResponse as _attune_v1_ListSchemasResponse, ListSchemasResponse__Output as _attune_v1_ListSchemasResponse__Output } from '../../attune/v1/ListSchemasResponse.ts';
import type { ListSolutionVersionsRequest as _attune_v1_ListSolutionVersionsRequest, ListSolutionVersionsRequest__Output as _attune_v1_ListSolutionVersionsRequest__Output } from '../../attune/v1/ListSolutionVersionsRequest.ts';
import type { ListSolutionVersionsResponse as _attune_v1_ListSolutionVersionsResponse, ListSolutionVersionsResponse__Output as _attune_v1_ListSolutionVersionsResponse__Output } from '../../attune/v1/ListSolutionVersionsResponse.ts';
import type { ListSolutionsRequest as _attune_v1_ListSolutionsRequest, ListSolutionsRequest__Output as _attune_v1_ListSolutionsRequest__Output } from '../../attune/v1/ListSolutionsRequest.ts';
import type { ListSolutionsResponse as _attune_v1_ListSolutionsResponse, ListSolutionsResponse__Output as _attune_v1_ListSolutionsResponse__Output } from '../../attune/v1/ListSolutionsResponse.ts';
import type { ListTagsForResourceRequest as _attune_v1_ListTagsForResourceRequest, ListTagsForResourceRequest__Output as _attune_v1_ListTagsForResourceRequest__Output } from '../../attune/v1/ListTagsForResourceRequest.ts';
import type { ListTagsForResourceResponse as _attune_v1_ListTagsForResourceResponse, ListTagsForResourceResponse__Output as _attune_v1_ListTagsForResourceResponse__Output } from '../../attune/v1/ListTagsForResourceResponse.ts';
import type { StopSolutionVersionCreationRequest as _attune_v1_StopSolutionVersionCreationRequest, StopSolutionVersionCreationRequest__Output as _attune_v1_StopSolutionVersionCreationRequest__Output } from '../../attune/v1/StopSolutionVersionCreationRequest.ts';
import type { StopSolutionVersionCreationResponse as _attune_v1_StopSolutionVersionCreationResponse, StopSolutionVersionCreationResponse__Output as _attune_v1_StopSolutionVersionCreationResponse__Output } from '../../attune/v1/StopSolutionVersionCreationResponse.ts';
import type { TagResourceRequest as _attune_v1_TagResourceRequest, TagResourceRequest__Output as _attune_v1_TagResourceRequest__Output } from '../../attune/v1/TagResourceRequest.ts';
import type { TagResourceResponse as _attune_v1_TagResourceResponse, TagResourceResponse__Output as _attune_v1_TagResourceResponse__Output } from '../../attune/v1/TagResourceResponse.ts';
import type { UntagResourceRequest as _attune_v1_UntagResourceRequest, UntagResourceRequest__Output as _attune_v1_UntagResourceRequest__Output } from '../../attune/v1/UntagResourceRequest.ts';
import type { UntagResourceResponse as _attune_v1_UntagResourceResponse, UntagResourceResponse__Output as _attune_v1_UntagResourceResponse__Output } from '../../attune/v1/UntagResourceResponse.ts';
import type { UpdateCampaignRequest as _attune_v1_UpdateCampaignRequest, UpdateCampaignRequest__Output as _attune_v1_UpdateCampaignRequest__Output } from '../../attune/v1/UpdateCampaignRequest.ts';
import type { UpdateCampaignResponse as _attune_v1_UpdateCampaignResponse, UpdateCampaignResponse__Output as _attune_v1_UpdateCampaignResponse__Output } from '../../attune/v1/UpdateCampaignResponse.ts';
import type { UpdateDatasetRequest as _attune_v1_UpdateDatasetRequest, UpdateDatasetRequest__Output as _attune_v1_UpdateDatasetRequest__Output } from '../../attune/v1/UpdateDatasetRequest.ts';
import type { UpdateDatasetResponse as _attune_v1_UpdateDatasetResponse, UpdateDatasetResponse__Output as _attune_v1_UpdateDatasetResponse__Output } from '../../attune/v1/UpdateDatasetResponse.ts';
import type { UpdateSolutionRequest as _attune_v1_UpdateSolutionRequest, UpdateSolutionRequest__Output as _attune_v1_UpdateSolutionRequest__Output } from '../../attune/v1/UpdateSolutionRequest.ts';
import type { UpdateSolutionResponse as _attune_v1_UpdateSolutionResponse, UpdateSolutionResponse__Output as _attune_v1_UpdateSolutionResponse__Output } from '../../attune/v1/UpdateSolutionResponse.ts';
import type { UploadDataRequest as _attune_v1_UploadDataRequest, UploadDataRequest__Output as _attune_v1_UploadDataRequest__Output } from '../../attune/v1/UploadDataRequest.ts';
import type { UploadDataResponse as _attune_v1_UploadDataResponse, UploadDataResponse__Output as _attune_v1_UploadDataResponse__Output } from '../../attune/v1/UploadDataResponse.ts';

/**
 * The control plane: one RPC per Amazon Personalize control-plane operation, with the same
 * name, plus UploadData (an Attune addition).
 */
export interface PersonalizeClient extends grpc.Client {
  /**
   * Batch inference jobs (recommendations for a file of queries) and batch segment jobs.
   */
  CreateBatchInferenceJob(argument: _attune_v1_CreateBatchInferenceJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  CreateBatchInferenceJob(argument: _attune_v1_CreateBatchInferenceJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  CreateBatchInferenceJob(argument: _attune_v1_CreateBatchInferenceJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  CreateBatchInferenceJob(argument: _attune_v1_CreateBatchInferenceJobRequest, callback: grpc.requestCallback<_attune_v1_CreateBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Batch inference jobs (recommendations for a file of queries) and batch segment jobs.
   */
  createBatchInferenceJob(argument: _attune_v1_CreateBatchInferenceJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  createBatchInferenceJob(argument: _attune_v1_CreateBatchInferenceJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  createBatchInferenceJob(argument: _attune_v1_CreateBatchInferenceJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  createBatchInferenceJob(argument: _attune_v1_CreateBatchInferenceJobRequest, callback: grpc.requestCallback<_attune_v1_CreateBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  
  CreateBatchSegmentJob(argument: _attune_v1_CreateBatchSegmentJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  CreateBatchSegmentJob(argument: _attune_v1_CreateBatchSegmentJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  CreateBatchSegmentJob(argument: _attune_v1_CreateBatchSegmentJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  CreateBatchSegmentJob(argument: _attune_v1_CreateBatchSegmentJobRequest, callback: grpc.requestCallback<_attune_v1_CreateBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  createBatchSegmentJob(argument: _attune_v1_CreateBatchSegmentJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  createBatchSegmentJob(argument: _attune_v1_CreateBatchSegmentJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  createBatchSegmentJob(argument: _attune_v1_CreateBatchSegmentJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  createBatchSegmentJob(argument: _attune_v1_CreateBatchSegmentJobRequest, callback: grpc.requestCallback<_attune_v1_CreateBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Campaigns (a solution version deployed for PersonalizeRuntime).
   */
  CreateCampaign(argument: _attune_v1_CreateCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateCampaignResponse__Output>): grpc.ClientUnaryCall;
  CreateCampaign(argument: _attune_v1_CreateCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateCampaignResponse__Output>): grpc.ClientUnaryCall;
  CreateCampaign(argument: _attune_v1_CreateCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateCampaignResponse__Output>): grpc.ClientUnaryCall;
  CreateCampaign(argument: _attune_v1_CreateCampaignRequest, callback: grpc.requestCallback<_attune_v1_CreateCampaignResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Campaigns (a solution version deployed for PersonalizeRuntime).
   */
  createCampaign(argument: _attune_v1_CreateCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateCampaignResponse__Output>): grpc.ClientUnaryCall;
  createCampaign(argument: _attune_v1_CreateCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateCampaignResponse__Output>): grpc.ClientUnaryCall;
  createCampaign(argument: _attune_v1_CreateCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateCampaignResponse__Output>): grpc.ClientUnaryCall;
  createCampaign(argument: _attune_v1_CreateCampaignRequest, callback: grpc.requestCallback<_attune_v1_CreateCampaignResponse__Output>): grpc.ClientUnaryCall;
  
  CreateDataDeletionJob(argument: _attune_v1_CreateDataDeletionJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDataDeletionJob(argument: _attune_v1_CreateDataDeletionJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDataDeletionJob(argument: _attune_v1_CreateDataDeletionJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDataDeletionJob(argument: _attune_v1_CreateDataDeletionJobRequest, callback: grpc.requestCallback<_attune_v1_CreateDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  createDataDeletionJob(argument: _attune_v1_CreateDataDeletionJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  createDataDeletionJob(argument: _attune_v1_CreateDataDeletionJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  createDataDeletionJob(argument: _attune_v1_CreateDataDeletionJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  createDataDeletionJob(argument: _attune_v1_CreateDataDeletionJobRequest, callback: grpc.requestCallback<_attune_v1_CreateDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Datasets.
   */
  CreateDataset(argument: _attune_v1_CreateDatasetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetResponse__Output>): grpc.ClientUnaryCall;
  CreateDataset(argument: _attune_v1_CreateDatasetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDatasetResponse__Output>): grpc.ClientUnaryCall;
  CreateDataset(argument: _attune_v1_CreateDatasetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetResponse__Output>): grpc.ClientUnaryCall;
  CreateDataset(argument: _attune_v1_CreateDatasetRequest, callback: grpc.requestCallback<_attune_v1_CreateDatasetResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Datasets.
   */
  createDataset(argument: _attune_v1_CreateDatasetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetResponse__Output>): grpc.ClientUnaryCall;
  createDataset(argument: _attune_v1_CreateDatasetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDatasetResponse__Output>): grpc.ClientUnaryCall;
  createDataset(argument: _attune_v1_CreateDatasetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetResponse__Output>): grpc.ClientUnaryCall;
  createDataset(argument: _attune_v1_CreateDatasetRequest, callback: grpc.requestCallback<_attune_v1_CreateDatasetResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Dataset export jobs and data deletion jobs.
   */
  CreateDatasetExportJob(argument: _attune_v1_CreateDatasetExportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetExportJob(argument: _attune_v1_CreateDatasetExportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetExportJob(argument: _attune_v1_CreateDatasetExportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetExportJob(argument: _attune_v1_CreateDatasetExportJobRequest, callback: grpc.requestCallback<_attune_v1_CreateDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Dataset export jobs and data deletion jobs.
   */
  createDatasetExportJob(argument: _attune_v1_CreateDatasetExportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  createDatasetExportJob(argument: _attune_v1_CreateDatasetExportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  createDatasetExportJob(argument: _attune_v1_CreateDatasetExportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  createDatasetExportJob(argument: _attune_v1_CreateDatasetExportJobRequest, callback: grpc.requestCallback<_attune_v1_CreateDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Dataset groups.
   */
  CreateDatasetGroup(argument: _attune_v1_CreateDatasetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetGroup(argument: _attune_v1_CreateDatasetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetGroup(argument: _attune_v1_CreateDatasetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetGroup(argument: _attune_v1_CreateDatasetGroupRequest, callback: grpc.requestCallback<_attune_v1_CreateDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Dataset groups.
   */
  createDatasetGroup(argument: _attune_v1_CreateDatasetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  createDatasetGroup(argument: _attune_v1_CreateDatasetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  createDatasetGroup(argument: _attune_v1_CreateDatasetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  createDatasetGroup(argument: _attune_v1_CreateDatasetGroupRequest, callback: grpc.requestCallback<_attune_v1_CreateDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Bulk import.
   */
  CreateDatasetImportJob(argument: _attune_v1_CreateDatasetImportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetImportJob(argument: _attune_v1_CreateDatasetImportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetImportJob(argument: _attune_v1_CreateDatasetImportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  CreateDatasetImportJob(argument: _attune_v1_CreateDatasetImportJobRequest, callback: grpc.requestCallback<_attune_v1_CreateDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Bulk import.
   */
  createDatasetImportJob(argument: _attune_v1_CreateDatasetImportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  createDatasetImportJob(argument: _attune_v1_CreateDatasetImportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  createDatasetImportJob(argument: _attune_v1_CreateDatasetImportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  createDatasetImportJob(argument: _attune_v1_CreateDatasetImportJobRequest, callback: grpc.requestCallback<_attune_v1_CreateDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Event trackers.
   */
  CreateEventTracker(argument: _attune_v1_CreateEventTrackerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  CreateEventTracker(argument: _attune_v1_CreateEventTrackerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  CreateEventTracker(argument: _attune_v1_CreateEventTrackerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  CreateEventTracker(argument: _attune_v1_CreateEventTrackerRequest, callback: grpc.requestCallback<_attune_v1_CreateEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Event trackers.
   */
  createEventTracker(argument: _attune_v1_CreateEventTrackerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  createEventTracker(argument: _attune_v1_CreateEventTrackerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  createEventTracker(argument: _attune_v1_CreateEventTrackerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  createEventTracker(argument: _attune_v1_CreateEventTrackerRequest, callback: grpc.requestCallback<_attune_v1_CreateEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Filters (recommendation filter expressions).
   */
  CreateFilter(argument: _attune_v1_CreateFilterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateFilterResponse__Output>): grpc.ClientUnaryCall;
  CreateFilter(argument: _attune_v1_CreateFilterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateFilterResponse__Output>): grpc.ClientUnaryCall;
  CreateFilter(argument: _attune_v1_CreateFilterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateFilterResponse__Output>): grpc.ClientUnaryCall;
  CreateFilter(argument: _attune_v1_CreateFilterRequest, callback: grpc.requestCallback<_attune_v1_CreateFilterResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Filters (recommendation filter expressions).
   */
  createFilter(argument: _attune_v1_CreateFilterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateFilterResponse__Output>): grpc.ClientUnaryCall;
  createFilter(argument: _attune_v1_CreateFilterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateFilterResponse__Output>): grpc.ClientUnaryCall;
  createFilter(argument: _attune_v1_CreateFilterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateFilterResponse__Output>): grpc.ClientUnaryCall;
  createFilter(argument: _attune_v1_CreateFilterRequest, callback: grpc.requestCallback<_attune_v1_CreateFilterResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Schemas.
   */
  CreateSchema(argument: _attune_v1_CreateSchemaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSchemaResponse__Output>): grpc.ClientUnaryCall;
  CreateSchema(argument: _attune_v1_CreateSchemaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateSchemaResponse__Output>): grpc.ClientUnaryCall;
  CreateSchema(argument: _attune_v1_CreateSchemaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSchemaResponse__Output>): grpc.ClientUnaryCall;
  CreateSchema(argument: _attune_v1_CreateSchemaRequest, callback: grpc.requestCallback<_attune_v1_CreateSchemaResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Schemas.
   */
  createSchema(argument: _attune_v1_CreateSchemaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSchemaResponse__Output>): grpc.ClientUnaryCall;
  createSchema(argument: _attune_v1_CreateSchemaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateSchemaResponse__Output>): grpc.ClientUnaryCall;
  createSchema(argument: _attune_v1_CreateSchemaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSchemaResponse__Output>): grpc.ClientUnaryCall;
  createSchema(argument: _attune_v1_CreateSchemaRequest, callback: grpc.requestCallback<_attune_v1_CreateSchemaResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Solutions (a recipe plus training configuration).
   */
  CreateSolution(argument: _attune_v1_CreateSolutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSolutionResponse__Output>): grpc.ClientUnaryCall;
  CreateSolution(argument: _attune_v1_CreateSolutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateSolutionResponse__Output>): grpc.ClientUnaryCall;
  CreateSolution(argument: _attune_v1_CreateSolutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSolutionResponse__Output>): grpc.ClientUnaryCall;
  CreateSolution(argument: _attune_v1_CreateSolutionRequest, callback: grpc.requestCallback<_attune_v1_CreateSolutionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Solutions (a recipe plus training configuration).
   */
  createSolution(argument: _attune_v1_CreateSolutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSolutionResponse__Output>): grpc.ClientUnaryCall;
  createSolution(argument: _attune_v1_CreateSolutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateSolutionResponse__Output>): grpc.ClientUnaryCall;
  createSolution(argument: _attune_v1_CreateSolutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSolutionResponse__Output>): grpc.ClientUnaryCall;
  createSolution(argument: _attune_v1_CreateSolutionRequest, callback: grpc.requestCallback<_attune_v1_CreateSolutionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Solution versions (trained models) and their offline metrics.
   */
  CreateSolutionVersion(argument: _attune_v1_CreateSolutionVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  CreateSolutionVersion(argument: _attune_v1_CreateSolutionVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  CreateSolutionVersion(argument: _attune_v1_CreateSolutionVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  CreateSolutionVersion(argument: _attune_v1_CreateSolutionVersionRequest, callback: grpc.requestCallback<_attune_v1_CreateSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Solution versions (trained models) and their offline metrics.
   */
  createSolutionVersion(argument: _attune_v1_CreateSolutionVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  createSolutionVersion(argument: _attune_v1_CreateSolutionVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_CreateSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  createSolutionVersion(argument: _attune_v1_CreateSolutionVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_CreateSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  createSolutionVersion(argument: _attune_v1_CreateSolutionVersionRequest, callback: grpc.requestCallback<_attune_v1_CreateSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteCampaign(argument: _attune_v1_DeleteCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteCampaignResponse__Output>): grpc.ClientUnaryCall;
  DeleteCampaign(argument: _attune_v1_DeleteCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteCampaignResponse__Output>): grpc.ClientUnaryCall;
  DeleteCampaign(argument: _attune_v1_DeleteCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteCampaignResponse__Output>): grpc.ClientUnaryCall;
  DeleteCampaign(argument: _attune_v1_DeleteCampaignRequest, callback: grpc.requestCallback<_attune_v1_DeleteCampaignResponse__Output>): grpc.ClientUnaryCall;
  deleteCampaign(argument: _attune_v1_DeleteCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteCampaignResponse__Output>): grpc.ClientUnaryCall;
  deleteCampaign(argument: _attune_v1_DeleteCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteCampaignResponse__Output>): grpc.ClientUnaryCall;
  deleteCampaign(argument: _attune_v1_DeleteCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteCampaignResponse__Output>): grpc.ClientUnaryCall;
  deleteCampaign(argument: _attune_v1_DeleteCampaignRequest, callback: grpc.requestCallback<_attune_v1_DeleteCampaignResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteDataset(argument: _attune_v1_DeleteDatasetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteDatasetResponse__Output>): grpc.ClientUnaryCall;
  DeleteDataset(argument: _attune_v1_DeleteDatasetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteDatasetResponse__Output>): grpc.ClientUnaryCall;
  DeleteDataset(argument: _attune_v1_DeleteDatasetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteDatasetResponse__Output>): grpc.ClientUnaryCall;
  DeleteDataset(argument: _attune_v1_DeleteDatasetRequest, callback: grpc.requestCallback<_attune_v1_DeleteDatasetResponse__Output>): grpc.ClientUnaryCall;
  deleteDataset(argument: _attune_v1_DeleteDatasetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteDatasetResponse__Output>): grpc.ClientUnaryCall;
  deleteDataset(argument: _attune_v1_DeleteDatasetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteDatasetResponse__Output>): grpc.ClientUnaryCall;
  deleteDataset(argument: _attune_v1_DeleteDatasetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteDatasetResponse__Output>): grpc.ClientUnaryCall;
  deleteDataset(argument: _attune_v1_DeleteDatasetRequest, callback: grpc.requestCallback<_attune_v1_DeleteDatasetResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteDatasetGroup(argument: _attune_v1_DeleteDatasetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteDatasetGroup(argument: _attune_v1_DeleteDatasetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteDatasetGroup(argument: _attune_v1_DeleteDatasetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteDatasetGroup(argument: _attune_v1_DeleteDatasetGroupRequest, callback: grpc.requestCallback<_attune_v1_DeleteDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteDatasetGroup(argument: _attune_v1_DeleteDatasetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteDatasetGroup(argument: _attune_v1_DeleteDatasetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteDatasetGroup(argument: _attune_v1_DeleteDatasetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteDatasetGroup(argument: _attune_v1_DeleteDatasetGroupRequest, callback: grpc.requestCallback<_attune_v1_DeleteDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteEventTracker(argument: _attune_v1_DeleteEventTrackerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  DeleteEventTracker(argument: _attune_v1_DeleteEventTrackerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  DeleteEventTracker(argument: _attune_v1_DeleteEventTrackerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  DeleteEventTracker(argument: _attune_v1_DeleteEventTrackerRequest, callback: grpc.requestCallback<_attune_v1_DeleteEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  deleteEventTracker(argument: _attune_v1_DeleteEventTrackerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  deleteEventTracker(argument: _attune_v1_DeleteEventTrackerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  deleteEventTracker(argument: _attune_v1_DeleteEventTrackerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  deleteEventTracker(argument: _attune_v1_DeleteEventTrackerRequest, callback: grpc.requestCallback<_attune_v1_DeleteEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteFilter(argument: _attune_v1_DeleteFilterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteFilterResponse__Output>): grpc.ClientUnaryCall;
  DeleteFilter(argument: _attune_v1_DeleteFilterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteFilterResponse__Output>): grpc.ClientUnaryCall;
  DeleteFilter(argument: _attune_v1_DeleteFilterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteFilterResponse__Output>): grpc.ClientUnaryCall;
  DeleteFilter(argument: _attune_v1_DeleteFilterRequest, callback: grpc.requestCallback<_attune_v1_DeleteFilterResponse__Output>): grpc.ClientUnaryCall;
  deleteFilter(argument: _attune_v1_DeleteFilterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteFilterResponse__Output>): grpc.ClientUnaryCall;
  deleteFilter(argument: _attune_v1_DeleteFilterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteFilterResponse__Output>): grpc.ClientUnaryCall;
  deleteFilter(argument: _attune_v1_DeleteFilterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteFilterResponse__Output>): grpc.ClientUnaryCall;
  deleteFilter(argument: _attune_v1_DeleteFilterRequest, callback: grpc.requestCallback<_attune_v1_DeleteFilterResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteSchema(argument: _attune_v1_DeleteSchemaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteSchemaResponse__Output>): grpc.ClientUnaryCall;
  DeleteSchema(argument: _attune_v1_DeleteSchemaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteSchemaResponse__Output>): grpc.ClientUnaryCall;
  DeleteSchema(argument: _attune_v1_DeleteSchemaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteSchemaResponse__Output>): grpc.ClientUnaryCall;
  DeleteSchema(argument: _attune_v1_DeleteSchemaRequest, callback: grpc.requestCallback<_attune_v1_DeleteSchemaResponse__Output>): grpc.ClientUnaryCall;
  deleteSchema(argument: _attune_v1_DeleteSchemaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteSchemaResponse__Output>): grpc.ClientUnaryCall;
  deleteSchema(argument: _attune_v1_DeleteSchemaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteSchemaResponse__Output>): grpc.ClientUnaryCall;
  deleteSchema(argument: _attune_v1_DeleteSchemaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteSchemaResponse__Output>): grpc.ClientUnaryCall;
  deleteSchema(argument: _attune_v1_DeleteSchemaRequest, callback: grpc.requestCallback<_attune_v1_DeleteSchemaResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteSolution(argument: _attune_v1_DeleteSolutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteSolutionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSolution(argument: _attune_v1_DeleteSolutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteSolutionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSolution(argument: _attune_v1_DeleteSolutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteSolutionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSolution(argument: _attune_v1_DeleteSolutionRequest, callback: grpc.requestCallback<_attune_v1_DeleteSolutionResponse__Output>): grpc.ClientUnaryCall;
  deleteSolution(argument: _attune_v1_DeleteSolutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteSolutionResponse__Output>): grpc.ClientUnaryCall;
  deleteSolution(argument: _attune_v1_DeleteSolutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DeleteSolutionResponse__Output>): grpc.ClientUnaryCall;
  deleteSolution(argument: _attune_v1_DeleteSolutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DeleteSolutionResponse__Output>): grpc.ClientUnaryCall;
  deleteSolution(argument: _attune_v1_DeleteSolutionRequest, callback: grpc.requestCallback<_attune_v1_DeleteSolutionResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeAlgorithm(argument: _attune_v1_DescribeAlgorithmRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeAlgorithmResponse__Output>): grpc.ClientUnaryCall;
  DescribeAlgorithm(argument: _attune_v1_DescribeAlgorithmRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeAlgorithmResponse__Output>): grpc.ClientUnaryCall;
  DescribeAlgorithm(argument: _attune_v1_DescribeAlgorithmRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeAlgorithmResponse__Output>): grpc.ClientUnaryCall;
  DescribeAlgorithm(argument: _attune_v1_DescribeAlgorithmRequest, callback: grpc.requestCallback<_attune_v1_DescribeAlgorithmResponse__Output>): grpc.ClientUnaryCall;
  describeAlgorithm(argument: _attune_v1_DescribeAlgorithmRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeAlgorithmResponse__Output>): grpc.ClientUnaryCall;
  describeAlgorithm(argument: _attune_v1_DescribeAlgorithmRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeAlgorithmResponse__Output>): grpc.ClientUnaryCall;
  describeAlgorithm(argument: _attune_v1_DescribeAlgorithmRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeAlgorithmResponse__Output>): grpc.ClientUnaryCall;
  describeAlgorithm(argument: _attune_v1_DescribeAlgorithmRequest, callback: grpc.requestCallback<_attune_v1_DescribeAlgorithmResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeBatchInferenceJob(argument: _attune_v1_DescribeBatchInferenceJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeBatchInferenceJob(argument: _attune_v1_DescribeBatchInferenceJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeBatchInferenceJob(argument: _attune_v1_DescribeBatchInferenceJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeBatchInferenceJob(argument: _attune_v1_DescribeBatchInferenceJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  describeBatchInferenceJob(argument: _attune_v1_DescribeBatchInferenceJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  describeBatchInferenceJob(argument: _attune_v1_DescribeBatchInferenceJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  describeBatchInferenceJob(argument: _attune_v1_DescribeBatchInferenceJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  describeBatchInferenceJob(argument: _attune_v1_DescribeBatchInferenceJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeBatchInferenceJobResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeBatchSegmentJob(argument: _attune_v1_DescribeBatchSegmentJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeBatchSegmentJob(argument: _attune_v1_DescribeBatchSegmentJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeBatchSegmentJob(argument: _attune_v1_DescribeBatchSegmentJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeBatchSegmentJob(argument: _attune_v1_DescribeBatchSegmentJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  describeBatchSegmentJob(argument: _attune_v1_DescribeBatchSegmentJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  describeBatchSegmentJob(argument: _attune_v1_DescribeBatchSegmentJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  describeBatchSegmentJob(argument: _attune_v1_DescribeBatchSegmentJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  describeBatchSegmentJob(argument: _attune_v1_DescribeBatchSegmentJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeBatchSegmentJobResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeCampaign(argument: _attune_v1_DescribeCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeCampaignResponse__Output>): grpc.ClientUnaryCall;
  DescribeCampaign(argument: _attune_v1_DescribeCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeCampaignResponse__Output>): grpc.ClientUnaryCall;
  DescribeCampaign(argument: _attune_v1_DescribeCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeCampaignResponse__Output>): grpc.ClientUnaryCall;
  DescribeCampaign(argument: _attune_v1_DescribeCampaignRequest, callback: grpc.requestCallback<_attune_v1_DescribeCampaignResponse__Output>): grpc.ClientUnaryCall;
  describeCampaign(argument: _attune_v1_DescribeCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeCampaignResponse__Output>): grpc.ClientUnaryCall;
  describeCampaign(argument: _attune_v1_DescribeCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeCampaignResponse__Output>): grpc.ClientUnaryCall;
  describeCampaign(argument: _attune_v1_DescribeCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeCampaignResponse__Output>): grpc.ClientUnaryCall;
  describeCampaign(argument: _attune_v1_DescribeCampaignRequest, callback: grpc.requestCallback<_attune_v1_DescribeCampaignResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeDataDeletionJob(argument: _attune_v1_DescribeDataDeletionJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDataDeletionJob(argument: _attune_v1_DescribeDataDeletionJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDataDeletionJob(argument: _attune_v1_DescribeDataDeletionJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDataDeletionJob(argument: _attune_v1_DescribeDataDeletionJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  describeDataDeletionJob(argument: _attune_v1_DescribeDataDeletionJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  describeDataDeletionJob(argument: _attune_v1_DescribeDataDeletionJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  describeDataDeletionJob(argument: _attune_v1_DescribeDataDeletionJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  describeDataDeletionJob(argument: _attune_v1_DescribeDataDeletionJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeDataDeletionJobResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeDataset(argument: _attune_v1_DescribeDatasetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetResponse__Output>): grpc.ClientUnaryCall;
  DescribeDataset(argument: _attune_v1_DescribeDatasetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDatasetResponse__Output>): grpc.ClientUnaryCall;
  DescribeDataset(argument: _attune_v1_DescribeDatasetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetResponse__Output>): grpc.ClientUnaryCall;
  DescribeDataset(argument: _attune_v1_DescribeDatasetRequest, callback: grpc.requestCallback<_attune_v1_DescribeDatasetResponse__Output>): grpc.ClientUnaryCall;
  describeDataset(argument: _attune_v1_DescribeDatasetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetResponse__Output>): grpc.ClientUnaryCall;
  describeDataset(argument: _attune_v1_DescribeDatasetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDatasetResponse__Output>): grpc.ClientUnaryCall;
  describeDataset(argument: _attune_v1_DescribeDatasetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetResponse__Output>): grpc.ClientUnaryCall;
  describeDataset(argument: _attune_v1_DescribeDatasetRequest, callback: grpc.requestCallback<_attune_v1_DescribeDatasetResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeDatasetExportJob(argument: _attune_v1_DescribeDatasetExportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetExportJob(argument: _attune_v1_DescribeDatasetExportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetExportJob(argument: _attune_v1_DescribeDatasetExportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetExportJob(argument: _attune_v1_DescribeDatasetExportJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetExportJob(argument: _attune_v1_DescribeDatasetExportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetExportJob(argument: _attune_v1_DescribeDatasetExportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetExportJob(argument: _attune_v1_DescribeDatasetExportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetExportJob(argument: _attune_v1_DescribeDatasetExportJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeDatasetExportJobResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeDatasetGroup(argument: _attune_v1_DescribeDatasetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetGroup(argument: _attune_v1_DescribeDatasetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetGroup(argument: _attune_v1_DescribeDatasetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetGroup(argument: _attune_v1_DescribeDatasetGroupRequest, callback: grpc.requestCallback<_attune_v1_DescribeDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetGroup(argument: _attune_v1_DescribeDatasetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetGroup(argument: _attune_v1_DescribeDatasetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetGroup(argument: _attune_v1_DescribeDatasetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetGroup(argument: _attune_v1_DescribeDatasetGroupRequest, callback: grpc.requestCallback<_attune_v1_DescribeDatasetGroupResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeDatasetImportJob(argument: _attune_v1_DescribeDatasetImportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetImportJob(argument: _attune_v1_DescribeDatasetImportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetImportJob(argument: _attune_v1_DescribeDatasetImportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatasetImportJob(argument: _attune_v1_DescribeDatasetImportJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetImportJob(argument: _attune_v1_DescribeDatasetImportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetImportJob(argument: _attune_v1_DescribeDatasetImportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetImportJob(argument: _attune_v1_DescribeDatasetImportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  describeDatasetImportJob(argument: _attune_v1_DescribeDatasetImportJobRequest, callback: grpc.requestCallback<_attune_v1_DescribeDatasetImportJobResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeEventTracker(argument: _attune_v1_DescribeEventTrackerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  DescribeEventTracker(argument: _attune_v1_DescribeEventTrackerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  DescribeEventTracker(argument: _attune_v1_DescribeEventTrackerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  DescribeEventTracker(argument: _attune_v1_DescribeEventTrackerRequest, callback: grpc.requestCallback<_attune_v1_DescribeEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  describeEventTracker(argument: _attune_v1_DescribeEventTrackerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  describeEventTracker(argument: _attune_v1_DescribeEventTrackerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  describeEventTracker(argument: _attune_v1_DescribeEventTrackerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  describeEventTracker(argument: _attune_v1_DescribeEventTrackerRequest, callback: grpc.requestCallback<_attune_v1_DescribeEventTrackerResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeFilter(argument: _attune_v1_DescribeFilterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeFilterResponse__Output>): grpc.ClientUnaryCall;
  DescribeFilter(argument: _attune_v1_DescribeFilterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeFilterResponse__Output>): grpc.ClientUnaryCall;
  DescribeFilter(argument: _attune_v1_DescribeFilterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeFilterResponse__Output>): grpc.ClientUnaryCall;
  DescribeFilter(argument: _attune_v1_DescribeFilterRequest, callback: grpc.requestCallback<_attune_v1_DescribeFilterResponse__Output>): grpc.ClientUnaryCall;
  describeFilter(argument: _attune_v1_DescribeFilterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeFilterResponse__Output>): grpc.ClientUnaryCall;
  describeFilter(argument: _attune_v1_DescribeFilterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeFilterResponse__Output>): grpc.ClientUnaryCall;
  describeFilter(argument: _attune_v1_DescribeFilterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeFilterResponse__Output>): grpc.ClientUnaryCall;
  describeFilter(argument: _attune_v1_DescribeFilterRequest, callback: grpc.requestCallback<_attune_v1_DescribeFilterResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeRecipe(argument: _attune_v1_DescribeRecipeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeRecipeResponse__Output>): grpc.ClientUnaryCall;
  DescribeRecipe(argument: _attune_v1_DescribeRecipeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeRecipeResponse__Output>): grpc.ClientUnaryCall;
  DescribeRecipe(argument: _attune_v1_DescribeRecipeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeRecipeResponse__Output>): grpc.ClientUnaryCall;
  DescribeRecipe(argument: _attune_v1_DescribeRecipeRequest, callback: grpc.requestCallback<_attune_v1_DescribeRecipeResponse__Output>): grpc.ClientUnaryCall;
  describeRecipe(argument: _attune_v1_DescribeRecipeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeRecipeResponse__Output>): grpc.ClientUnaryCall;
  describeRecipe(argument: _attune_v1_DescribeRecipeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeRecipeResponse__Output>): grpc.ClientUnaryCall;
  describeRecipe(argument: _attune_v1_DescribeRecipeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeRecipeResponse__Output>): grpc.ClientUnaryCall;
  describeRecipe(argument: _attune_v1_DescribeRecipeRequest, callback: grpc.requestCallback<_attune_v1_DescribeRecipeResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeSchema(argument: _attune_v1_DescribeSchemaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSchemaResponse__Output>): grpc.ClientUnaryCall;
  DescribeSchema(argument: _attune_v1_DescribeSchemaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeSchemaResponse__Output>): grpc.ClientUnaryCall;
  DescribeSchema(argument: _attune_v1_DescribeSchemaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSchemaResponse__Output>): grpc.ClientUnaryCall;
  DescribeSchema(argument: _attune_v1_DescribeSchemaRequest, callback: grpc.requestCallback<_attune_v1_DescribeSchemaResponse__Output>): grpc.ClientUnaryCall;
  describeSchema(argument: _attune_v1_DescribeSchemaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSchemaResponse__Output>): grpc.ClientUnaryCall;
  describeSchema(argument: _attune_v1_DescribeSchemaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeSchemaResponse__Output>): grpc.ClientUnaryCall;
  describeSchema(argument: _attune_v1_DescribeSchemaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSchemaResponse__Output>): grpc.ClientUnaryCall;
  describeSchema(argument: _attune_v1_DescribeSchemaRequest, callback: grpc.requestCallback<_attune_v1_DescribeSchemaResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeSolution(argument: _attune_v1_DescribeSolutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSolutionResponse__Output>): grpc.ClientUnaryCall;
  DescribeSolution(argument: _attune_v1_DescribeSolutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeSolutionResponse__Output>): grpc.ClientUnaryCall;
  DescribeSolution(argument: _attune_v1_DescribeSolutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSolutionResponse__Output>): grpc.ClientUnaryCall;
  DescribeSolution(argument: _attune_v1_DescribeSolutionRequest, callback: grpc.requestCallback<_attune_v1_DescribeSolutionResponse__Output>): grpc.ClientUnaryCall;
  describeSolution(argument: _attune_v1_DescribeSolutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSolutionResponse__Output>): grpc.ClientUnaryCall;
  describeSolution(argument: _attune_v1_DescribeSolutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeSolutionResponse__Output>): grpc.ClientUnaryCall;
  describeSolution(argument: _attune_v1_DescribeSolutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSolutionResponse__Output>): grpc.ClientUnaryCall;
  describeSolution(argument: _attune_v1_DescribeSolutionRequest, callback: grpc.requestCallback<_attune_v1_DescribeSolutionResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeSolutionVersion(argument: _attune_v1_DescribeSolutionVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  DescribeSolutionVersion(argument: _attune_v1_DescribeSolutionVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  DescribeSolutionVersion(argument: _attune_v1_DescribeSolutionVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  DescribeSolutionVersion(argument: _attune_v1_DescribeSolutionVersionRequest, callback: grpc.requestCallback<_attune_v1_DescribeSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  describeSolutionVersion(argument: _attune_v1_DescribeSolutionVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  describeSolutionVersion(argument: _attune_v1_DescribeSolutionVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_DescribeSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  describeSolutionVersion(argument: _attune_v1_DescribeSolutionVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_DescribeSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  describeSolutionVersion(argument: _attune_v1_DescribeSolutionVersionRequest, callback: grpc.requestCallback<_attune_v1_DescribeSolutionVersionResponse__Output>): grpc.ClientUnaryCall;
  
  GetSolutionMetrics(argument: _attune_v1_GetSolutionMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetSolutionMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetSolutionMetrics(argument: _attune_v1_GetSolutionMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_GetSolutionMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetSolutionMetrics(argument: _attune_v1_GetSolutionMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetSolutionMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetSolutionMetrics(argument: _attune_v1_GetSolutionMetricsRequest, callback: grpc.requestCallback<_attune_v1_GetSolutionMetricsResponse__Output>): grpc.ClientUnaryCall;
  getSolutionMetrics(argument: _attune_v1_GetSolutionMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetSolutionMetricsResponse__Output>): grpc.ClientUnaryCall;
  getSolutionMetrics(argument: _attune_v1_GetSolutionMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_GetSolutionMetricsResponse__Output>): grpc.ClientUnaryCall;
  getSolutionMetrics(argument: _attune_v1_GetSolutionMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_GetSolutionMetricsResponse__Output>): grpc.ClientUnaryCall;
  getSolutionMetrics(argument: _attune_v1_GetSolutionMetricsRequest, callback: grpc.requestCallback<_attune_v1_GetSolutionMetricsResponse__Output>): grpc.ClientUnaryCall;
  
  ListBatchInferenceJobs(argument: _attune_v1_ListBatchInferenceJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListBatchInferenceJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBatchInferenceJobs(argument: _attune_v1_ListBatchInferenceJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListBatchInferenceJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBatchInferenceJobs(argument: _attune_v1_ListBatchInferenceJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListBatchInferenceJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBatchInferenceJobs(argument: _attune_v1_ListBatchInferenceJobsRequest, callback: grpc.requestCallback<_attune_v1_ListBatchInferenceJobsResponse__Output>): grpc.ClientUnaryCall;
  listBatchInferenceJobs(argument: _attune_v1_ListBatchInferenceJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListBatchInferenceJobsResponse__Output>): grpc.ClientUnaryCall;
  listBatchInferenceJobs(argument: _attune_v1_ListBatchInferenceJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListBatchInferenceJobsResponse__Output>): grpc.ClientUnaryCall;
  listBatchInferenceJobs(argument: _attune_v1_ListBatchInferenceJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListBatchInferenceJobsResponse__Output>): grpc.ClientUnaryCall;
  listBatchInferenceJobs(argument: _attune_v1_ListBatchInferenceJobsRequest, callback: grpc.requestCallback<_attune_v1_ListBatchInferenceJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListBatchSegmentJobs(argument: _attune_v1_ListBatchSegmentJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListBatchSegmentJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBatchSegmentJobs(argument: _attune_v1_ListBatchSegmentJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListBatchSegmentJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBatchSegmentJobs(argument: _attune_v1_ListBatchSegmentJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListBatchSegmentJobsResponse__Output>): grpc.ClientUnaryCall;
  ListBatchSegmentJobs(argument: _attune_v1_ListBatchSegmentJobsRequest, callback: grpc.requestCallback<_attune_v1_ListBatchSegmentJobsResponse__Output>): grpc.ClientUnaryCall;
  listBatchSegmentJobs(argument: _attune_v1_ListBatchSegmentJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListBatchSegmentJobsResponse__Output>): grpc.ClientUnaryCall;
  listBatchSegmentJobs(argument: _attune_v1_ListBatchSegmentJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListBatchSegmentJobsResponse__Output>): grpc.ClientUnaryCall;
  listBatchSegmentJobs(argument: _attune_v1_ListBatchSegmentJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListBatchSegmentJobsResponse__Output>): grpc.ClientUnaryCall;
  listBatchSegmentJobs(argument: _attune_v1_ListBatchSegmentJobsRequest, callback: grpc.requestCallback<_attune_v1_ListBatchSegmentJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListCampaigns(argument: _attune_v1_ListCampaignsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListCampaignsResponse__Output>): grpc.ClientUnaryCall;
  ListCampaigns(argument: _attune_v1_ListCampaignsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListCampaignsResponse__Output>): grpc.ClientUnaryCall;
  ListCampaigns(argument: _attune_v1_ListCampaignsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListCampaignsResponse__Output>): grpc.ClientUnaryCall;
  ListCampaigns(argument: _attune_v1_ListCampaignsRequest, callback: grpc.requestCallback<_attune_v1_ListCampaignsResponse__Output>): grpc.ClientUnaryCall;
  listCampaigns(argument: _attune_v1_ListCampaignsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListCampaignsResponse__Output>): grpc.ClientUnaryCall;
  listCampaigns(argument: _attune_v1_ListCampaignsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListCampaignsResponse__Output>): grpc.ClientUnaryCall;
  listCampaigns(argument: _attune_v1_ListCampaignsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListCampaignsResponse__Output>): grpc.ClientUnaryCall;
  listCampaigns(argument: _attune_v1_ListCampaignsRequest, callback: grpc.requestCallback<_attune_v1_ListCampaignsResponse__Output>): grpc.ClientUnaryCall;
  
  ListDataDeletionJobs(argument: _attune_v1_ListDataDeletionJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDataDeletionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDataDeletionJobs(argument: _attune_v1_ListDataDeletionJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDataDeletionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDataDeletionJobs(argument: _attune_v1_ListDataDeletionJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDataDeletionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDataDeletionJobs(argument: _attune_v1_ListDataDeletionJobsRequest, callback: grpc.requestCallback<_attune_v1_ListDataDeletionJobsResponse__Output>): grpc.ClientUnaryCall;
  listDataDeletionJobs(argument: _attune_v1_ListDataDeletionJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDataDeletionJobsResponse__Output>): grpc.ClientUnaryCall;
  listDataDeletionJobs(argument: _attune_v1_ListDataDeletionJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDataDeletionJobsResponse__Output>): grpc.ClientUnaryCall;
  listDataDeletionJobs(argument: _attune_v1_ListDataDeletionJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDataDeletionJobsResponse__Output>): grpc.ClientUnaryCall;
  listDataDeletionJobs(argument: _attune_v1_ListDataDeletionJobsRequest, callback: grpc.requestCallback<_attune_v1_ListDataDeletionJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListDatasetExportJobs(argument: _attune_v1_ListDatasetExportJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetExportJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetExportJobs(argument: _attune_v1_ListDatasetExportJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDatasetExportJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetExportJobs(argument: _attune_v1_ListDatasetExportJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetExportJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetExportJobs(argument: _attune_v1_ListDatasetExportJobsRequest, callback: grpc.requestCallback<_attune_v1_ListDatasetExportJobsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetExportJobs(argument: _attune_v1_ListDatasetExportJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetExportJobsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetExportJobs(argument: _attune_v1_ListDatasetExportJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDatasetExportJobsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetExportJobs(argument: _attune_v1_ListDatasetExportJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetExportJobsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetExportJobs(argument: _attune_v1_ListDatasetExportJobsRequest, callback: grpc.requestCallback<_attune_v1_ListDatasetExportJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListDatasetGroups(argument: _attune_v1_ListDatasetGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetGroups(argument: _attune_v1_ListDatasetGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDatasetGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetGroups(argument: _attune_v1_ListDatasetGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetGroups(argument: _attune_v1_ListDatasetGroupsRequest, callback: grpc.requestCallback<_attune_v1_ListDatasetGroupsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetGroups(argument: _attune_v1_ListDatasetGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetGroupsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetGroups(argument: _attune_v1_ListDatasetGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDatasetGroupsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetGroups(argument: _attune_v1_ListDatasetGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetGroupsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetGroups(argument: _attune_v1_ListDatasetGroupsRequest, callback: grpc.requestCallback<_attune_v1_ListDatasetGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  ListDatasetImportJobs(argument: _attune_v1_ListDatasetImportJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetImportJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetImportJobs(argument: _attune_v1_ListDatasetImportJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDatasetImportJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetImportJobs(argument: _attune_v1_ListDatasetImportJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetImportJobsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasetImportJobs(argument: _attune_v1_ListDatasetImportJobsRequest, callback: grpc.requestCallback<_attune_v1_ListDatasetImportJobsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetImportJobs(argument: _attune_v1_ListDatasetImportJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetImportJobsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetImportJobs(argument: _attune_v1_ListDatasetImportJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDatasetImportJobsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetImportJobs(argument: _attune_v1_ListDatasetImportJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetImportJobsResponse__Output>): grpc.ClientUnaryCall;
  listDatasetImportJobs(argument: _attune_v1_ListDatasetImportJobsRequest, callback: grpc.requestCallback<_attune_v1_ListDatasetImportJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListDatasets(argument: _attune_v1_ListDatasetsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasets(argument: _attune_v1_ListDatasetsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDatasetsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasets(argument: _attune_v1_ListDatasetsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetsResponse__Output>): grpc.ClientUnaryCall;
  ListDatasets(argument: _attune_v1_ListDatasetsRequest, callback: grpc.requestCallback<_attune_v1_ListDatasetsResponse__Output>): grpc.ClientUnaryCall;
  listDatasets(argument: _attune_v1_ListDatasetsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetsResponse__Output>): grpc.ClientUnaryCall;
  listDatasets(argument: _attune_v1_ListDatasetsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListDatasetsResponse__Output>): grpc.ClientUnaryCall;
  listDatasets(argument: _attune_v1_ListDatasetsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListDatasetsResponse__Output>): grpc.ClientUnaryCall;
  listDatasets(argument: _attune_v1_ListDatasetsRequest, callback: grpc.requestCallback<_attune_v1_ListDatasetsResponse__Output>): grpc.ClientUnaryCall;
  
  ListEventTrackers(argument: _attune_v1_ListEventTrackersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListEventTrackersResponse__Output>): grpc.ClientUnaryCall;
  ListEventTrackers(argument: _attune_v1_ListEventTrackersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListEventTrackersResponse__Output>): grpc.ClientUnaryCall;
  ListEventTrackers(argument: _attune_v1_ListEventTrackersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListEventTrackersResponse__Output>): grpc.ClientUnaryCall;
  ListEventTrackers(argument: _attune_v1_ListEventTrackersRequest, callback: grpc.requestCallback<_attune_v1_ListEventTrackersResponse__Output>): grpc.ClientUnaryCall;
  listEventTrackers(argument: _attune_v1_ListEventTrackersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListEventTrackersResponse__Output>): grpc.ClientUnaryCall;
  listEventTrackers(argument: _attune_v1_ListEventTrackersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListEventTrackersResponse__Output>): grpc.ClientUnaryCall;
  listEventTrackers(argument: _attune_v1_ListEventTrackersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListEventTrackersResponse__Output>): grpc.ClientUnaryCall;
  listEventTrackers(argument: _attune_v1_ListEventTrackersRequest, callback: grpc.requestCallback<_attune_v1_ListEventTrackersResponse__Output>): grpc.ClientUnaryCall;
  
  ListFilters(argument: _attune_v1_ListFiltersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListFiltersResponse__Output>): grpc.ClientUnaryCall;
  ListFilters(argument: _attune_v1_ListFiltersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListFiltersResponse__Output>): grpc.ClientUnaryCall;
  ListFilters(argument: _attune_v1_ListFiltersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListFiltersResponse__Output>): grpc.ClientUnaryCall;
  ListFilters(argument: _attune_v1_ListFiltersRequest, callback: grpc.requestCallback<_attune_v1_ListFiltersResponse__Output>): grpc.ClientUnaryCall;
  listFilters(argument: _attune_v1_ListFiltersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListFiltersResponse__Output>): grpc.ClientUnaryCall;
  listFilters(argument: _attune_v1_ListFiltersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListFiltersResponse__Output>): grpc.ClientUnaryCall;
  listFilters(argument: _attune_v1_ListFiltersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListFiltersResponse__Output>): grpc.ClientUnaryCall;
  listFilters(argument: _attune_v1_ListFiltersRequest, callback: grpc.requestCallback<_attune_v1_ListFiltersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Recipes and their algorithms (built in).
   */
  ListRecipes(argument: _attune_v1_ListRecipesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListRecipesResponse__Output>): grpc.ClientUnaryCall;
  ListRecipes(argument: _attune_v1_ListRecipesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListRecipesResponse__Output>): grpc.ClientUnaryCall;
  ListRecipes(argument: _attune_v1_ListRecipesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListRecipesResponse__Output>): grpc.ClientUnaryCall;
  ListRecipes(argument: _attune_v1_ListRecipesRequest, callback: grpc.requestCallback<_attune_v1_ListRecipesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Recipes and their algorithms (built in).
   */
  listRecipes(argument: _attune_v1_ListRecipesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListRecipesResponse__Output>): grpc.ClientUnaryCall;
  listRecipes(argument: _attune_v1_ListRecipesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListRecipesResponse__Output>): grpc.ClientUnaryCall;
  listRecipes(argument: _attune_v1_ListRecipesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListRecipesResponse__Output>): grpc.ClientUnaryCall;
  listRecipes(argument: _attune_v1_ListRecipesRequest, callback: grpc.requestCallback<_attune_v1_ListRecipesResponse__Output>): grpc.ClientUnaryCall;
  
  ListSchemas(argument: _attune_v1_ListSchemasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSchemasResponse__Output>): grpc.ClientUnaryCall;
  ListSchemas(argument: _attune_v1_ListSchemasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListSchemasResponse__Output>): grpc.ClientUnaryCall;
  ListSchemas(argument: _attune_v1_ListSchemasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSchemasResponse__Output>): grpc.ClientUnaryCall;
  ListSchemas(argument: _attune_v1_ListSchemasRequest, callback: grpc.requestCallback<_attune_v1_ListSchemasResponse__Output>): grpc.ClientUnaryCall;
  listSchemas(argument: _attune_v1_ListSchemasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSchemasResponse__Output>): grpc.ClientUnaryCall;
  listSchemas(argument: _attune_v1_ListSchemasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListSchemasResponse__Output>): grpc.ClientUnaryCall;
  listSchemas(argument: _attune_v1_ListSchemasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSchemasResponse__Output>): grpc.ClientUnaryCall;
  listSchemas(argument: _attune_v1_ListSchemasRequest, callback: grpc.requestCallback<_attune_v1_ListSchemasResponse__Output>): grpc.ClientUnaryCall;
  
  ListSolutionVersions(argument: _attune_v1_ListSolutionVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSolutionVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListSolutionVersions(argument: _attune_v1_ListSolutionVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListSolutionVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListSolutionVersions(argument: _attune_v1_ListSolutionVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSolutionVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListSolutionVersions(argument: _attune_v1_ListSolutionVersionsRequest, callback: grpc.requestCallback<_attune_v1_ListSolutionVersionsResponse__Output>): grpc.ClientUnaryCall;
  listSolutionVersions(argument: _attune_v1_ListSolutionVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSolutionVersionsResponse__Output>): grpc.ClientUnaryCall;
  listSolutionVersions(argument: _attune_v1_ListSolutionVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListSolutionVersionsResponse__Output>): grpc.ClientUnaryCall;
  listSolutionVersions(argument: _attune_v1_ListSolutionVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSolutionVersionsResponse__Output>): grpc.ClientUnaryCall;
  listSolutionVersions(argument: _attune_v1_ListSolutionVersionsRequest, callback: grpc.requestCallback<_attune_v1_ListSolutionVersionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListSolutions(argument: _attune_v1_ListSolutionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSolutionsResponse__Output>): grpc.ClientUnaryCall;
  ListSolutions(argument: _attune_v1_ListSolutionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListSolutionsResponse__Output>): grpc.ClientUnaryCall;
  ListSolutions(argument: _attune_v1_ListSolutionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSolutionsResponse__Output>): grpc.ClientUnaryCall;
  ListSolutions(argument: _attune_v1_ListSolutionsRequest, callback: grpc.requestCallback<_attune_v1_ListSolutionsResponse__Output>): grpc.ClientUnaryCall;
  listSolutions(argument: _attune_v1_ListSolutionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSolutionsResponse__Output>): grpc.ClientUnaryCall;
  listSolutions(argument: _attune_v1_ListSolutionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListSolutionsResponse__Output>): grpc.ClientUnaryCall;
  listSolutions(argument: _attune_v1_ListSolutionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListSolutionsResponse__Output>): grpc.ClientUnaryCall;
  listSolutions(argument: _attune_v1_ListSolutionsRequest, callback: grpc.requestCallback<_attune_v1_ListSolutionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTagsForResource(argument: _attune_v1_ListTagsForResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListTagsForResourceResponse__Output>): grpc.ClientUnaryCall;
  ListTagsForResource(argument: _attune_v1_ListTagsForResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListTagsForResourceResponse__Output>): grpc.ClientUnaryCall;
  ListTagsForResource(argument: _attune_v1_ListTagsForResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListTagsForResourceResponse__Output>): grpc.ClientUnaryCall;
  ListTagsForResource(argument: _attune_v1_ListTagsForResourceRequest, callback: grpc.requestCallback<_attune_v1_ListTagsForResourceResponse__Output>): grpc.ClientUnaryCall;
  listTagsForResource(argument: _attune_v1_ListTagsForResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListTagsForResourceResponse__Output>): grpc.ClientUnaryCall;
  listTagsForResource(argument: _attune_v1_ListTagsForResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_ListTagsForResourceResponse__Output>): grpc.ClientUnaryCall;
  listTagsForResource(argument: _attune_v1_ListTagsForResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_ListTagsForResourceResponse__Output>): grpc.ClientUnaryCall;
  listTagsForResource(argument: _attune_v1_ListTagsForResourceRequest, callback: grpc.requestCallback<_attune_v1_ListTagsForResourceResponse__Output>): grpc.ClientUnaryCall;
  
  StopSolutionVersionCreation(argument: _attune_v1_StopSolutionVersionCreationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_StopSolutionVersionCreationResponse__Output>): grpc.ClientUnaryCall;
  StopSolutionVersionCreation(argument: _attune_v1_StopSolutionVersionCreationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_StopSolutionVersionCreationResponse__Output>): grpc.ClientUnaryCall;
  StopSolutionVersionCreation(argument: _attune_v1_StopSolutionVersionCreationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_StopSolutionVersionCreationResponse__Output>): grpc.ClientUnaryCall;
  StopSolutionVersionCreation(argument: _attune_v1_StopSolutionVersionCreationRequest, callback: grpc.requestCallback<_attune_v1_StopSolutionVersionCreationResponse__Output>): grpc.ClientUnaryCall;
  stopSolutionVersionCreation(argument: _attune_v1_StopSolutionVersionCreationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_StopSolutionVersionCreationResponse__Output>): grpc.ClientUnaryCall;
  stopSolutionVersionCreation(argument: _attune_v1_StopSolutionVersionCreationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_StopSolutionVersionCreationResponse__Output>): grpc.ClientUnaryCall;
  stopSolutionVersionCreation(argument: _attune_v1_StopSolutionVersionCreationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_StopSolutionVersionCreationResponse__Output>): grpc.ClientUnaryCall;
  stopSolutionVersionCreation(argument: _attune_v1_StopSolutionVersionCreationRequest, callback: grpc.requestCallback<_attune_v1_StopSolutionVersionCreationResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Tags.
   */
  TagResource(argument: _attune_v1_TagResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_TagResourceResponse__Output>): grpc.ClientUnaryCall;
  TagResource(argument: _attune_v1_TagResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_TagResourceResponse__Output>): grpc.ClientUnaryCall;
  TagResource(argument: _attune_v1_TagResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_TagResourceResponse__Output>): grpc.ClientUnaryCall;
  TagResource(argument: _attune_v1_TagResourceRequest, callback: grpc.requestCallback<_attune_v1_TagResourceResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Tags.
   */
  tagResource(argument: _attune_v1_TagResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_TagResourceResponse__Output>): grpc.ClientUnaryCall;
  tagResource(argument: _attune_v1_TagResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_TagResourceResponse__Output>): grpc.ClientUnaryCall;
  tagResource(argument: _attune_v1_TagResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_TagResourceResponse__Output>): grpc.ClientUnaryCall;
  tagResource(argument: _attune_v1_TagResourceRequest, callback: grpc.requestCallback<_attune_v1_TagResourceResponse__Output>): grpc.ClientUnaryCall;
  
  UntagResource(argument: _attune_v1_UntagResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UntagResourceResponse__Output>): grpc.ClientUnaryCall;
  UntagResource(argument: _attune_v1_UntagResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UntagResourceResponse__Output>): grpc.ClientUnaryCall;
  UntagResource(argument: _attune_v1_UntagResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UntagResourceResponse__Output>): grpc.ClientUnaryCall;
  UntagResource(argument: _attune_v1_UntagResourceRequest, callback: grpc.requestCallback<_attune_v1_UntagResourceResponse__Output>): grpc.ClientUnaryCall;
  untagResource(argument: _attune_v1_UntagResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UntagResourceResponse__Output>): grpc.ClientUnaryCall;
  untagResource(argument: _attune_v1_UntagResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UntagResourceResponse__Output>): grpc.ClientUnaryCall;
  untagResource(argument: _attune_v1_UntagResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UntagResourceResponse__Output>): grpc.ClientUnaryCall;
  untagResource(argument: _attune_v1_UntagResourceRequest, callback: grpc.requestCallback<_attune_v1_UntagResourceResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateCampaign(argument: _attune_v1_UpdateCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateCampaignResponse__Output>): grpc.ClientUnaryCall;
  UpdateCampaign(argument: _attune_v1_UpdateCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UpdateCampaignResponse__Output>): grpc.ClientUnaryCall;
  UpdateCampaign(argument: _attune_v1_UpdateCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateCampaignResponse__Output>): grpc.ClientUnaryCall;
  UpdateCampaign(argument: _attune_v1_UpdateCampaignRequest, callback: grpc.requestCallback<_attune_v1_UpdateCampaignResponse__Output>): grpc.ClientUnaryCall;
  updateCampaign(argument: _attune_v1_UpdateCampaignRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateCampaignResponse__Output>): grpc.ClientUnaryCall;
  updateCampaign(argument: _attune_v1_UpdateCampaignRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UpdateCampaignResponse__Output>): grpc.ClientUnaryCall;
  updateCampaign(argument: _attune_v1_UpdateCampaignRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateCampaignResponse__Output>): grpc.ClientUnaryCall;
  updateCampaign(argument: _attune_v1_UpdateCampaignRequest, callback: grpc.requestCallback<_attune_v1_UpdateCampaignResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateDataset(argument: _attune_v1_UpdateDatasetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateDatasetResponse__Output>): grpc.ClientUnaryCall;
  UpdateDataset(argument: _attune_v1_UpdateDatasetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UpdateDatasetResponse__Output>): grpc.ClientUnaryCall;
  UpdateDataset(argument: _attune_v1_UpdateDatasetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateDatasetResponse__Output>): grpc.ClientUnaryCall;
  UpdateDataset(argument: _attune_v1_UpdateDatasetRequest, callback: grpc.requestCallback<_attune_v1_UpdateDatasetResponse__Output>): grpc.ClientUnaryCall;
  updateDataset(argument: _attune_v1_UpdateDatasetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateDatasetResponse__Output>): grpc.ClientUnaryCall;
  updateDataset(argument: _attune_v1_UpdateDatasetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UpdateDatasetResponse__Output>): grpc.ClientUnaryCall;
  updateDataset(argument: _attune_v1_UpdateDatasetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateDatasetResponse__Output>): grpc.ClientUnaryCall;
  updateDataset(argument: _attune_v1_UpdateDatasetRequest, callback: grpc.requestCallback<_attune_v1_UpdateDatasetResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateSolution(argument: _attune_v1_UpdateSolutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateSolutionResponse__Output>): grpc.ClientUnaryCall;
  UpdateSolution(argument: _attune_v1_UpdateSolutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UpdateSolutionResponse__Output>): grpc.ClientUnaryCall;
  UpdateSolution(argument: _attune_v1_UpdateSolutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateSolutionResponse__Output>): grpc.ClientUnaryCall;
  UpdateSolution(argument: _attune_v1_UpdateSolutionRequest, callback: grpc.requestCallback<_attune_v1_UpdateSolutionResponse__Output>): grpc.ClientUnaryCall;
  updateSolution(argument: _attune_v1_UpdateSolutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateSolutionResponse__Output>): grpc.ClientUnaryCall;
  updateSolution(argument: _attune_v1_UpdateSolutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UpdateSolutionResponse__Output>): grpc.ClientUnaryCall;
  updateSolution(argument: _attune_v1_UpdateSolutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UpdateSolutionResponse__Output>): grpc.ClientUnaryCall;
  updateSolution(argument: _attune_v1_UpdateSolutionRequest, callback: grpc.requestCallback<_attune_v1_UpdateSolutionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Attune addition: upload a CSV file from a client on another machine. The first message
   * carries the header, the rest carry the bytes; the response gives a `data_location` that
   * CreateDatasetImportJob accepts. Uploads are kept in the database, so any server process
   * sharing it can import them.
   */
  UploadData(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UploadDataResponse__Output>): grpc.ClientWritableStream<_attune_v1_UploadDataRequest>;
  UploadData(metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UploadDataResponse__Output>): grpc.ClientWritableStream<_attune_v1_UploadDataRequest>;
  UploadData(options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UploadDataResponse__Output>): grpc.ClientWritableStream<_attune_v1_UploadDataRequest>;
  UploadData(callback: grpc.requestCallback<_attune_v1_UploadDataResponse__Output>): grpc.ClientWritableStream<_attune_v1_UploadDataRequest>;
  /**
   * Attune addition: upload a CSV file from a client on another machine. The first message
   * carries the header, the rest carry the bytes; the response gives a `data_location` that
   * CreateDatasetImportJob accepts. Uploads are kept in the database, so any server process
   * sharing it can import them.
   */
  uploadData(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UploadDataResponse__Output>): grpc.ClientWritableStream<_attune_v1_UploadDataRequest>;
  uploadData(metadata: grpc.Metadata, callback: grpc.requestCallback<_attune_v1_UploadDataResponse__Output>): grpc.ClientWritableStream<_attune_v1_UploadDataRequest>;
  uploadData(options: grpc.CallOptions, callback: grpc.requestCallback<_attune_v1_UploadDataResponse__Output>): grpc.ClientWritableStream<_attune_v1_UploadDataRequest>;
  uploadData(callback: grpc.requestCallback<_attune_v1_UploadDataResponse__Output>): grpc.ClientWritableStream<_attune_v1_UploadDataRequest>;
  
}

/**
 * The control plane: one RPC per Amazon Personalize control-plane operation, with the same
 * name, plus UploadData (an Attune addition).
 */
export interface PersonalizeHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Batch inference jobs (recommendations for a file of queries) and batch segment jobs.
   */
  CreateBatchInferenceJob: grpc.handleUnaryCall<_attune_v1_CreateBatchInferenceJobRequest__Output, _attune_v1_CreateBatchInferenceJobResponse>;
  
  CreateBatchSegmentJob: grpc.handleUnaryCall<_attune_v1_CreateBatchSegmentJobRequest__Output, _attune_v1_CreateBatchSegmentJobResponse>;
  
  /**
   * Campaigns (a solution version deployed for PersonalizeRuntime).
   */
  CreateCampaign: grpc.handleUnaryCall<_attune_v1_CreateCampaignRequest__Output, _attune_v1_CreateCampaignResponse>;
  
  CreateDataDeletionJob: grpc.handleUnaryCall<_attune_v1_CreateDataDeletionJobRequest__Output, _attune_v1_CreateDataDeletionJobResponse>;
  
  /**
   * Datasets.
   */
  CreateDataset: grpc.handleUnaryCall<_attune_v1_CreateDatasetRequest__Output, _attune_v1_CreateDatasetResponse>;
  
  /**
   * Dataset export jobs and data deletion jobs.
   */
  CreateDatasetExportJob: grpc.handleUnaryCall<_attune_v1_CreateDatasetExportJobRequest__Output, _attune_v1_CreateDatasetExportJobResponse>;
  
  /**
   * Dataset groups.
   */
  CreateDatasetGroup: grpc.handleUnaryCall<_attune_v1_CreateDatasetGroupRequest__Output, _attune_v1_CreateDatasetGroupResponse>;
  
  /**
   * Bulk import.
   */
  CreateDatasetImportJob: grpc.handleUnaryCall<_attune_v1_CreateDatasetImportJobRequest__Output, _attune_v1_CreateDatasetImportJobResponse>;
  
  /**
   * Event trackers.
   */
  CreateEventTracker: grpc.handleUnaryCall<_attune_v1_CreateEventTrackerRequest__Output, _attune_v1_CreateEventTrackerResponse>;
  
  /**
   * Filters (recommendation filter expressions).
   */
  CreateFilter: grpc.handleUnaryCall<_attune_v1_CreateFilterRequest__Output, _attune_v1_CreateFilterResponse>;
  
  /**
   * Schemas.
   */
  CreateSchema: grpc.handleUnaryCall<_attune_v1_CreateSchemaRequest__Output, _attune_v1_CreateSchemaResponse>;
  
  /**
   * Solutions (a recipe plus training configuration).
   */
  CreateSolution: grpc.handleUnaryCall<_attune_v1_CreateSolutionRequest__Output, _attune_v1_CreateSolutionResponse>;
  
  /**
   * Solution versions (trained models) and their offline metrics.
   */
  CreateSolutionVersion: grpc.handleUnaryCall<_attune_v1_CreateSolutionVersionRequest__Output, _attune_v1_CreateSolutionVersionResponse>;
  
  DeleteCampaign: grpc.handleUnaryCall<_attune_v1_DeleteCampaignRequest__Output, _attune_v1_DeleteCampaignResponse>;
  
  DeleteDataset: grpc.handleUnaryCall<_attune_v1_DeleteDatasetRequest__Output, _attune_v1_DeleteDatasetResponse>;
  
  DeleteDatasetGroup: grpc.handleUnaryCall<_attune_v1_DeleteDatasetGroupRequest__Output, _attune_v1_DeleteDatasetGroupResponse>;
  
  DeleteEventTracker: grpc.handleUnaryCall<_attune_v1_DeleteEventTrackerRequest__Output, _attune_v1_DeleteEventTrackerResponse>;
  
  DeleteFilter: grpc.handleUnaryCall<_attune_v1_DeleteFilterRequest__Output, _attune_v1_DeleteFilterResponse>;
  
  DeleteSchema: grpc.handleUnaryCall<_attune_v1_DeleteSchemaRequest__Output, _attune_v1_DeleteSchemaResponse>;
  
  DeleteSolution: grpc.handleUnaryCall<_attune_v1_DeleteSolutionRequest__Output, _attune_v1_DeleteSolutionResponse>;
  
  DescribeAlgorithm: grpc.handleUnaryCall<_attune_v1_DescribeAlgorithmRequest__Output, _attune_v1_DescribeAlgorithmResponse>;
  
  DescribeBatchInferenceJob: grpc.handleUnaryCall<_attune_v1_DescribeBatchInferenceJobRequest__Output, _attune_v1_DescribeBatchInferenceJobResponse>;
  
  DescribeBatchSegmentJob: grpc.handleUnaryCall<_attune_v1_DescribeBatchSegmentJobRequest__Output, _attune_v1_DescribeBatchSegmentJobResponse>;
  
  DescribeCampaign: grpc.handleUnaryCall<_attune_v1_DescribeCampaignRequest__Output, _attune_v1_DescribeCampaignResponse>;
  
  DescribeDataDeletionJob: grpc.handleUnaryCall<_attune_v1_DescribeDataDeletionJobRequest__Output, _attune_v1_DescribeDataDeletionJobResponse>;
  
  DescribeDataset: grpc.handleUnaryCall<_attune_v1_DescribeDatasetRequest__Output, _attune_v1_DescribeDatasetResponse>;
  
  DescribeDatasetExportJob: grpc.handleUnaryCall<_attune_v1_DescribeDatasetExportJobRequest__Output, _attune_v1_DescribeDatasetExportJobResponse>;
  
  DescribeDatasetGroup: grpc.handleUnaryCall<_attune_v1_DescribeDatasetGroupRequest__Output, _attune_v1_DescribeDatasetGroupResponse>;
  
  DescribeDatasetImportJob: grpc.handleUnaryCall<_attune_v1_DescribeDatasetImportJobRequest__Output, _attune_v1_DescribeDatasetImportJobResponse>;
  
  DescribeEventTracker: grpc.handleUnaryCall<_attune_v1_DescribeEventTrackerRequest__Output, _attune_v1_DescribeEventTrackerResponse>;
  
  DescribeFilter: grpc.handleUnaryCall<_attune_v1_DescribeFilterRequest__Output, _attune_v1_DescribeFilterResponse>;
  
  DescribeRecipe: grpc.handleUnaryCall<_attune_v1_DescribeRecipeRequest__Output, _attune_v1_DescribeRecipeResponse>;
  
  DescribeSchema: grpc.handleUnaryCall<_attune_v1_DescribeSchemaRequest__Output, _attune_v1_DescribeSchemaResponse>;
  
  DescribeSolution: grpc.handleUnaryCall<_attune_v1_DescribeSolutionRequest__Output, _attune_v1_DescribeSolutionResponse>;
  
  DescribeSolutionVersion: grpc.handleUnaryCall<_attune_v1_DescribeSolutionVersionRequest__Output, _attune_v1_DescribeSolutionVersionResponse>;
  
  GetSolutionMetrics: grpc.handleUnaryCall<_attune_v1_GetSolutionMetricsRequest__Output, _attune_v1_GetSolutionMetricsResponse>;
  
  ListBatchInferenceJobs: grpc.handleUnaryCall<_attune_v1_ListBatchInferenceJobsRequest__Output, _attune_v1_ListBatchInferenceJobsResponse>;
  
  ListBatchSegmentJobs: grpc.handleUnaryCall<_attune_v1_ListBatchSegmentJobsRequest__Output, _attune_v1_ListBatchSegmentJobsResponse>;
  
  ListCampaigns: grpc.handleUnaryCall<_attune_v1_ListCampaignsRequest__Output, _attune_v1_ListCampaignsResponse>;
  
  ListDataDeletionJobs: grpc.handleUnaryCall<_attune_v1_ListDataDeletionJobsRequest__Output, _attune_v1_ListDataDeletionJobsResponse>;
  
  ListDatasetExportJobs: grpc.handleUnaryCall<_attune_v1_ListDatasetExportJobsRequest__Output, _attune_v1_ListDatasetExportJobsResponse>;
  
  ListDatasetGroups: grpc.handleUnaryCall<_attune_v1_ListDatasetGroupsRequest__Output, _attune_v1_ListDatasetGroupsResponse>;
  
  ListDatasetImportJobs: grpc.handleUnaryCall<_attune_v1_ListDatasetImportJobsRequest__Output, _attune_v1_ListDatasetImportJobsResponse>;
  
  ListDatasets: grpc.handleUnaryCall<_attune_v1_ListDatasetsRequest__Output, _attune_v1_ListDatasetsResponse>;
  
  ListEventTrackers: grpc.handleUnaryCall<_attune_v1_ListEventTrackersRequest__Output, _attune_v1_ListEventTrackersResponse>;
  
  ListFilters: grpc.handleUnaryCall<_attune_v1_ListFiltersRequest__Output, _attune_v1_ListFiltersResponse>;
  
  /**
   * Recipes and their algorithms (built in).
   */
  ListRecipes: grpc.handleUnaryCall<_attune_v1_ListRecipesRequest__Output, _attune_v1_ListRecipesResponse>;
  
  ListSchemas: grpc.handleUnaryCall<_attune_v1_ListSchemasRequest__Output, _attune_v1_ListSchemasResponse>;
  
  ListSolutionVersions: grpc.handleUnaryCall<_attune_v1_ListSolutionVersionsRequest__Output, _attune_v1_ListSolutionVersionsResponse>;
  
  ListSolutions: grpc.handleUnaryCall<_attune_v1_ListSolutionsRequest__Output, _attune_v1_ListSolutionsResponse>;
  
  ListTagsForResource: grpc.handleUnaryCall<_attune_v1_ListTagsForResourceRequest__Output, _attune_v1_ListTagsForResourceResponse>;
  
  StopSolutionVersionCreation: grpc.handleUnaryCall<_attune_v1_StopSolutionVersionCreationRequest__Output, _attune_v1_StopSolutionVersionCreationResponse>;
  
  /**
   * Tags.
   */
  TagResource: grpc.handleUnaryCall<_attune_v1_TagResourceRequest__Output, _attune_v1_TagResourceResponse>;
  
  UntagResource: grpc.handleUnaryCall<_attune_v1_UntagResourceRequest__Output, _attune_v1_UntagResourceResponse>;
  
  UpdateCampaign: grpc.handleUnaryCall<_attune_v1_UpdateCampaignRequest__Output, _attune_v1_UpdateCampaignResponse>;
  
  UpdateDataset: grpc.handleUnaryCall<_attune_v1_UpdateDatasetRequest__Output, _attune_v1_UpdateDatasetResponse>;
  
  UpdateSolution: grpc.handleUnaryCall<_attune_v1_UpdateSolutionRequest__Output, _attune_v1_UpdateSolutionResponse>;
  
  /**
   * Attune addition: upload a CSV file from a client on another machine. The first message
   * carries the header, the rest carry the bytes; the response gives a `data_location` that
   * CreateDatasetImportJob accepts. Uploads are kept in the database, so any server process
   * sharing it can import them.
   */
  UploadData: grpc.handleClientStreamingCall<_attune_v1_UploadDataRequest__Output, _attune_v1_UploadDataResponse>;
  
}

export interface PersonalizeDefinition extends grpc.ServiceDefinition {
  CreateBatchInferenceJob: MethodDefinition<_attune_v1_CreateBatchInferenceJobRequest, _attune_v1_CreateBatchInferenceJobResponse, _attune_v1_CreateBatchInferenceJobRequest__Output, _attune_v1_CreateBatchInferenceJobResponse__Output>
  CreateBatchSegmentJob: MethodDefinition<_attune_v1_CreateBatchSegmentJobRequest, _attune_v1_CreateBatchSegmentJobResponse, _attune_v1_CreateBatchSegmentJobRequest__Output, _attune_v1_CreateBatchSegmentJobResponse__Output>
  CreateCampaign: MethodDefinition<_attune_v1_CreateCampaignRequest, _attune_v1_CreateCampaignResponse, _attune_v1_CreateCampaignRequest__Output, _attune_v1_CreateCampaignResponse__Output>
  CreateDataDeletionJob: MethodDefinition<_attune_v1_CreateDataDeletionJobRequest, _attune_v1_CreateDataDeletionJobResponse, _attune_v1_CreateDataDeletionJobRequest__Output, _attune_v1_CreateDataDeletionJobResponse__Output>
  CreateDataset: MethodDefinition<_attune_v1_CreateDatasetRequest, _attune_v1_CreateDatasetResponse, _attune_v1_CreateDatasetRequest__Output, _attune_v1_CreateDatasetResponse__Output>
  CreateDatasetExportJob: MethodDefinition<_attune_v1_CreateDatasetExportJobRequest, _attune_v1_CreateDatasetExportJobResponse, _attune_v1_CreateDatasetExportJobRequest__Output, _attune_v1_CreateDatasetExportJobResponse__Output>
  CreateDatasetGroup: MethodDefinition<_attune_v1_CreateDatasetGroupRequest, _attune_v1_CreateDatasetGroupResponse, _attune_v1_CreateDatasetGroupRequest__Output, _attune_v1_CreateDatasetGroupResponse__Output>
  CreateDatasetImportJob: MethodDefinition<_attune_v1_CreateDatasetImportJobRequest, _attune_v1_CreateDatasetImportJobResponse, _attune_v1_CreateDatasetImportJobRequest__Output, _attune_v1_CreateDatasetImportJobResponse__Output>
  CreateEventTracker: MethodDefinition<_attune_v1_CreateEventTrackerRequest, _attune_v1_CreateEventTrackerResponse, _attune_v1_CreateEventTrackerRequest__Output, _attune_v1_CreateEventTrackerResponse__Output>
  CreateFilter: MethodDefinition<_attune_v1_CreateFilterRequest, _attune_v1_CreateFilterResponse, _attune_v1_CreateFilterRequest__Output, _attune_v1_CreateFilterResponse__Output>
  CreateSchema: MethodDefinition<_attune_v1_CreateSchemaRequest, _attune_v1_CreateSchemaResponse, _attune_v1_CreateSchemaRequest__Output, _attune_v1_CreateSchemaResponse__Output>
  CreateSolution: MethodDefinition<_attune_v1_CreateSolutionRequest, _attune_v1_CreateSolutionResponse, _attune_v1_CreateSolutionRequest__Output, _attune_v1_CreateSolutionResponse__Output>
  CreateSolutionVersion: MethodDefinition<_attune_v1_CreateSolutionVersionRequest, _attune_v1_CreateSolutionVersionResponse, _attune_v1_CreateSolutionVersionRequest__Output, _attune_v1_CreateSolutionVersionResponse__Output>
  DeleteCampaign: MethodDefinition<_attune_v1_DeleteCampaignRequest, _attune_v1_DeleteCampaignResponse, _attune_v1_DeleteCampaignRequest__Output, _attune_v1_DeleteCampaignResponse__Output>
  DeleteDataset: MethodDefinition<_attune_v1_DeleteDatasetRequest, _attune_v1_DeleteDatasetResponse, _attune_v1_DeleteDatasetRequest__Output, _attune_v1_DeleteDatasetResponse__Output>
  DeleteDatasetGroup: MethodDefinition<_attune_v1_DeleteDatasetGroupRequest, _attune_v1_DeleteDatasetGroupResponse, _attune_v1_DeleteDatasetGroupRequest__Output, _attune_v1_DeleteDatasetGroupResponse__Output>
  DeleteEventTracker: MethodDefinition<_attune_v1_DeleteEventTrackerRequest, _attune_v1_DeleteEventTrackerResponse, _attune_v1_DeleteEventTrackerRequest__Output, _attune_v1_DeleteEventTrackerResponse__Output>
  DeleteFilter: MethodDefinition<_attune_v1_DeleteFilterRequest, _attune_v1_DeleteFilterResponse, _attune_v1_DeleteFilterRequest__Output, _attune_v1_DeleteFilterResponse__Output>
  DeleteSchema: MethodDefinition<_attune_v1_DeleteSchemaRequest, _attune_v1_DeleteSchemaResponse, _attune_v1_DeleteSchemaRequest__Output, _attune_v1_DeleteSchemaResponse__Output>
  DeleteSolution: MethodDefinition<_attune_v1_DeleteSolutionRequest, _attune_v1_DeleteSolutionResponse, _attune_v1_DeleteSolutionRequest__Output, _attune_v1_DeleteSolutionResponse__Output>
  DescribeAlgorithm: MethodDefinition<_attune_v1_DescribeAlgorithmRequest, _attune_v1_DescribeAlgorithmResponse, _attune_v1_DescribeAlgorithmRequest__Output, _attune_v1_DescribeAlgorithmResponse__Output>
  DescribeBatchInferenceJob: MethodDefinition<_attune_v1_DescribeBatchInferenceJobRequest, _attune_v1_DescribeBatchInferenceJobResponse, _attune_v1_DescribeBatchInferenceJobRequest__Output, _attune_v1_DescribeBatchInferenceJobResponse__Output>
  DescribeBatchSegmentJob: MethodDefinition<_attune_v1_DescribeBatchSegmentJobRequest, _attune_v1_DescribeBatchSegmentJobResponse, _attune_v1_DescribeBatchSegmentJobRequest__Output, _attune_v1_DescribeBatchSegmentJobResponse__Output>
  DescribeCampaign: MethodDefinition<_attune_v1_DescribeCampaignRequest, _attune_v1_DescribeCampaignResponse, _attune_v1_DescribeCampaignRequest__Output, _attune_v1_DescribeCampaignResponse__Output>
  DescribeDataDeletionJob: MethodDefinition<_attune_v1_DescribeDataDeletionJobRequest, _attune_v1_DescribeDataDeletionJobResponse, _attune_v1_DescribeDataDeletionJobRequest__Output, _attune_v1_DescribeDataDeletionJobResponse__Output>
  DescribeDataset: MethodDefinition<_attune_v1_DescribeDatasetRequest, _attune_v1_DescribeDatasetResponse, _attune_v1_DescribeDatasetRequest__Output, _attune_v1_DescribeDatasetResponse__Output>
  DescribeDatasetExportJob: MethodDefinition<_attune_v1_DescribeDatasetExportJobRequest, _attune_v1_DescribeDatasetExportJobResponse, _attune_v1_DescribeDatasetExportJobRequest__Output, _attune_v1_DescribeDatasetExportJobResponse__Output>
  DescribeDatasetGroup: MethodDefinition<_attune_v1_DescribeDatasetGroupRequest, _attune_v1_DescribeDatasetGroupResponse, _attune_v1_DescribeDatasetGroupRequest__Output, _attune_v1_DescribeDatasetGroupResponse__Output>
  DescribeDatasetImportJob: MethodDefinition<_attune_v1_DescribeDatasetImportJobRequest, _attune_v1_DescribeDatasetImportJobResponse, _attune_v1_DescribeDatasetImportJobRequest__Output, _attune_v1_DescribeDatasetImportJobResponse__Output>
  DescribeEventTracker: MethodDefinition<_attune_v1_DescribeEventTrackerRequest, _attune_v1_DescribeEventTrackerResponse, _attune_v1_DescribeEventTrackerRequest__Output, _attune_v1_DescribeEventTrackerResponse__Output>
  DescribeFilter: MethodDefinition<_attune_v1_DescribeFilterRequest, _attune_v1_DescribeFilterResponse, _attune_v1_DescribeFilterRequest__Output, _attune_v1_DescribeFilterResponse__Output>
  DescribeRecipe: MethodDefinition<_attune_v1_DescribeRecipeRequest, _attune_v1_DescribeRecipeResponse, _attune_v1_DescribeRecipeRequest__Output, _attune_v1_DescribeRecipeResponse__Output>
  DescribeSchema: MethodDefinition<_attune_v1_DescribeSchemaRequest, _attune_v1_DescribeSchemaResponse, _attune_v1_DescribeSchemaRequest__Output, _attune_v1_DescribeSchemaResponse__Output>
  DescribeSolution: MethodDefinition<_attune_v1_DescribeSolutionRequest, _attune_v1_DescribeSolutionResponse, _attune_v1_DescribeSolutionRequest__Output, _attune_v1_DescribeSolutionResponse__Output>
  DescribeSolutionVersion: MethodDefinition<_attune_v1_DescribeSolutionVersionRequest, _attune_v1_DescribeSolutionVersionResponse, _attune_v1_DescribeSolutionVersionRequest__Output, _attune_v1_DescribeSolutionVersionResponse__Output>
  GetSolutionMetrics: MethodDefinition<_attune_v1_GetSolutionMetricsRequest, _attune_v1_GetSolutionMetricsResponse, _attune_v1_GetSolutionMetricsRequest__Output, _attune_v1_GetSolutionMetricsResponse__Output>
  ListBatchInferenceJobs: MethodDefinition<_attune_v1_ListBatchInferenceJobsRequest, _attune_v1_ListBatchInferenceJobsResponse, _attune_v1_ListBatchInferenceJobsRequest__Output, _attune_v1_ListBatchInferenceJobsResponse__Output>
  ListBatchSegmentJobs: MethodDefinition<_attune_v1_ListBatchSegmentJobsRequest, _attune_v1_ListBatchSegmentJobsResponse, _attune_v1_ListBatchSegmentJobsRequest__Output, _attune_v1_ListBatchSegmentJobsResponse__Output>
  ListCampaigns: MethodDefinition<_attune_v1_ListCampaignsRequest, _attune_v1_ListCampaignsResponse, _attune_v1_ListCampaignsRequest__Output, _attune_v1_ListCampaignsResponse__Output>
  ListDataDeletionJobs: MethodDefinition<_attune_v1_ListDataDeletionJobsRequest, _attune_v1_ListDataDeletionJobsResponse, _attune_v1_ListDataDeletionJobsRequest__Output, _attune_v1_ListDataDeletionJobsResponse__Output>
  ListDatasetExportJobs: MethodDefinition<_attune_v1_ListDatasetExportJobsRequest, _attune_v1_ListDatasetExportJobsResponse, _attune_v1_ListDatasetExportJobsRequest__Output, _attune_v1_ListDatasetExportJobsResponse__Output>
  ListDatasetGroups: MethodDefinition<_attune_v1_ListDatasetGroupsRequest, _attune_v1_ListDatasetGroupsResponse, _attune_v1_ListDatasetGroupsRequest__Output, _attune_v1_ListDatasetGroupsResponse__Output>
  ListDatasetImportJobs: MethodDefinition<_attune_v1_ListDatasetImportJobsRequest, _attune_v1_ListDatasetImportJobsResponse, _attune_v1_ListDatasetImportJobsRequest__Output, _attune_v1_ListDatasetImportJobsResponse__Output>
  ListDatasets: MethodDefinition<_attune_v1_ListDatasetsRequest, _attune_v1_ListDatasetsResponse, _attune_v1_ListDatasetsRequest__Output, _attune_v1_ListDatasetsResponse__Output>
  ListEventTrackers: MethodDefinition<_attune_v1_ListEventTrackersRequest, _attune_v1_ListEventTrackersResponse, _attune_v1_ListEventTrackersRequest__Output, _attune_v1_ListEventTrackersResponse__Output>
  ListFilters: MethodDefinition<_attune_v1_ListFiltersRequest, _attune_v1_ListFiltersResponse, _attune_v1_ListFiltersRequest__Output, _attune_v1_ListFiltersResponse__Output>
  ListRecipes: MethodDefinition<_attune_v1_ListRecipesRequest, _attune_v1_ListRecipesResponse, _attune_v1_ListRecipesRequest__Output, _attune_v1_ListRecipesResponse__Output>
  ListSchemas: MethodDefinition<_attune_v1_ListSchemasRequest, _attune_v1_ListSchemasResponse, _attune_v1_ListSchemasRequest__Output, _attune_v1_ListSchemasResponse__Output>
  ListSolutionVersions: MethodDefinition<_attune_v1_ListSolutionVersionsRequest, _attune_v1_ListSolutionVersionsResponse, _attune_v1_ListSolutionVersionsRequest__Output, _attune_v1_ListSolutionVersionsResponse__Output>
  ListSolutions: MethodDefinition<_attune_v1_ListSolutionsRequest, _attune_v1_ListSolutionsResponse, _attune_v1_ListSolutionsRequest__Output, _attune_v1_ListSolutionsResponse__Output>
  ListTagsForResource: MethodDefinition<_attune_v1_ListTagsForResourceRequest, _attune_v1_ListTagsForResourceResponse, _attune_v1_ListTagsForResourceRequest__Output, _attune_v1_ListTagsForResourceResponse__Output>
  StopSolutionVersionCreation: MethodDefinition<_attune_v1_StopSolutionVersionCreationRequest, _attune_v1_StopSolutionVersionCreationResponse, _attune_v1_StopSolutionVersionCreationRequest__Output, _attune_v1_StopSolutionVersionCreationResponse__Output>
  TagResource: MethodDefinition<_attune_v1_TagResourceRequest, _attune_v1_TagResourceResponse, _attune_v1_TagResourceRequest__Output, _attune_v1_TagResourceResponse__Output>
  UntagResource: MethodDefinition<_attune_v1_UntagResourceRequest, _attune_v1_UntagResourceResponse, _attune_v1_UntagResourceRequest__Output, _attune_v1_UntagResourceResponse__Output>
  UpdateCampaign: MethodDefinition<_attune_v1_UpdateCampaignRequest, _attune_v1_UpdateCampaignResponse, _attune_v1_UpdateCampaignRequest__Output, _attune_v1_UpdateCampaignResponse__Output>
  UpdateDataset: MethodDefinition<_attune_v1_UpdateDatasetRequest, _attune_v1_UpdateDatasetResponse, _attune_v1_UpdateDatasetRequest__Output, _attune_v1_UpdateDatasetResponse__Output>
  UpdateSolution: MethodDefinition<_attune_v1_UpdateSolutionRequest, _attune_v1_UpdateSolutionResponse, _attune_v1_UpdateSolutionRequest__Output, _attune_v1_UpdateSolutionResponse__Output>
  UploadData: MethodDefinition<_attune_v1_UploadDataRequest, _attune_v1_UploadDataResponse, _attune_v1_UploadDataRequest__Output, _attune_v1_UploadDataResponse__Output>
}
