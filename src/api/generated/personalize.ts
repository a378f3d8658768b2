import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Algorithm as _attune_v1_Algorithm, Algorithm__Output as _attune_v1_Algorithm__Output } from './attune/v1/Algorithm.ts';
import type { AlgorithmImage as _attune_v1_AlgorithmImage, AlgorithmImage__Output as _attune_v1_AlgorithmImage__Output } from './attune/v1/AlgorithmImage.ts';
import type { AutoMLConfig as _attune_v1_AutoMLConfig, AutoMLConfig__Output as _attune_v1_AutoMLConfig__Output } from './attune/v1/AutoMLConfig.ts';
import type { AutoMLResult as _attune_v1_AutoMLResult, AutoMLResult__Output as _attune_v1_AutoMLResult__Output } from './attune/v1/AutoMLResult.ts';
import type { AutoTrainingConfig as _attune_v1_AutoTrainingConfig, AutoTrainingConfig__Output as _attune_v1_AutoTrainingConfig__Output } from './attune/v1/AutoTrainingConfig.ts';
import type { BatchInferenceJob as _attune_v1_BatchInferenceJob, BatchInferenceJob__Output as _attune_v1_BatchInferenceJob__Output } from './attune/v1/BatchInferenceJob.ts';
import type { BatchInferenceJobConfig as _attune_v1_BatchInferenceJobConfig, BatchInferenceJobConfig__Output as _attune_v1_BatchInferenceJobConfig__Output } from './attune/v1/BatchInferenceJobConfig.ts';
import type { BatchInferenceJobInput as _attune_v1_BatchInferenceJobInput, BatchInferenceJobInput__Output as _attune_v1_BatchInferenceJobInput__Output } from './attune/v1/BatchInferenceJobInput.ts';
import type { BatchInferenceJobOutput as _attune_v1_BatchInferenceJobOutput, BatchInferenceJobOutput__Output as _attune_v1_BatchInferenceJobOutput__Output } from './attune/v1/BatchInferenceJobOutput.ts';
import type { BatchInferenceJobSummary as _attune_v1_BatchInferenceJobSummary, BatchInferenceJobSummary__Output as _attune_v1_BatchInferenceJobSummary__Output } from './attune/v1/BatchInferenceJobSummary.ts';
import type { BatchSegmentJob as _attune_v1_BatchSegmentJob, BatchSegmentJob__Output as _attune_v1_BatchSegmentJob__Output } from './attune/v1/BatchSegmentJob.ts';
import type { BatchSegmentJobInput as _attune_v1_BatchSegmentJobInput, BatchSegmentJobInput__Output as _attune_v1_BatchSegmentJobInput__Output } from './attune/v1/BatchSegmentJobInput.ts';
import type { BatchSegmentJobOutput as _attune_v1_BatchSegmentJobOutput, BatchSegmentJobOutput__Output as _attune_v1_BatchSegmentJobOutput__Output } from './attune/v1/BatchSegmentJobOutput.ts';
import type { BatchSegmentJobSummary as _attune_v1_BatchSegmentJobSummary, BatchSegmentJobSummary__Output as _attune_v1_BatchSegmentJobSummary__Output } from './attune/v1/BatchSegmentJobSummary.ts';
import type { Campaign as _attune_v1_Campaign, Campaign__Output as _attune_v1_Campaign__Output } from './attune/v1/Campaign.ts';
import type { CampaignConfig as _attune_v1_CampaignConfig, CampaignConfig__Output as _attune_v1_CampaignConfig__Output } from './attune/v1/CampaignConfig.ts';
import type { CampaignSummary as _attune_v1_CampaignSummary, CampaignSummary__Output as _attune_v1_CampaignSummary__Output } from './attune/v1/CampaignSummary.ts';
import type { CampaignUpdateSummary as _attune_v1_CampaignUpdateSummary, CampaignUpdateSummary__Output as _attune_v1_CampaignUpdateSummary__Output } from './attune/v1/CampaignUpdateSummary.ts';
import type { CategoricalHyperParameterRange as _attune_v1_CategoricalHyperParameterRange, CategoricalHyperParameterRange__Output as _attune_v1_CategoricalHyperParameterRange__Output } from './attune/v1/CategoricalHyperParameterRange.ts';
import type { ContinuousHyperParameterRange as _attune_v1_ContinuousHyperParameterRange, ContinuousHyperParameterRange__Output as _attune_v1_ContinuousHyperParameterRange__Output } from './attune/v1/ContinuousHyperParameterRange.ts';
import type { CreateBatchInferenceJobRequest as _attune_v1_CreateBatchInferenceJobRequest, CreateBatchInferenceJobRequest__Output as _attune_v1_CreateBatchInferenceJobRequest__Output } from './attune/v1/CreateBatchInferenceJobRequest.ts';
import type { CreateBatchInferenceJobResponse as _attune_v1_CreateBatchInferenceJobResponse, CreateBatchInferenceJobResponse__Output as _attune_v1_CreateBatchInferenceJobResponse__Output } from './attune/v1/CreateBatchInferenceJobResponse.ts';
import type { CreateBatchSegmentJobRequest as _attune_v1_CreateBatchSegmentJobRequest, CreateBatchSegmentJobRequest__Output as _attune_v1_CreateBatchSegmentJobRequest__Output } from './attune/v1/CreateBatchSegmentJobRequest.ts';
import type { CreateBatchSegmentJobResponse as _attune_v1_CreateBatchSegmentJobResponse, CreateBatchSegmentJobResponse__Output as _attune_v1_CreateBatchSegmentJobResponse__Output } from './attune/v1/CreateBatchSegmentJobResponse.ts';
import type { CreateCampaignRequest as _attune_v1_CreateCampaignRequest, CreateCampaignRequest__Output as _attune_v1_CreateCampaignRequest__Output } from './attune/v1/CreateCampaignRequest.ts';
import type { CreateCampaignResponse as _attune_v1_CreateCampaignResponse, CreateCampaignResponse__Output as _attune_v1_CreateCampaignResponse__Output } from './attune/v1/CreateCampaignResponse.ts';
import type { CreateDataDeletionJobRequest as _attune_v1_CreateDataDeletionJobRequest, CreateDataDeletionJobRequest__Output as _attune_v1_CreateDataDeletionJobRequest__Output } from './attune/v1/CreateDataDeletionJobRequest.ts';
import type { CreateDataDeletionJobResponse as _attune_v1_CreateDataDeletionJobResponse, CreateDataDeletionJobResponse__Output as _attune_v1_CreateDataDeletionJobResponse__Output } from './attune/v1/CreateDataDeletionJobResponse.ts';
import type { CreateDatasetExportJobRequest as _attune_v1_CreateDatasetExportJobRequest, CreateDatasetExportJobRequest__Output as _attune_v1_CreateDatasetExportJobRequest__Output } from './attune/v1/CreateDatasetExportJobRequest.ts';
import type { CreateDatasetExportJobResponse as _attune_v1_CreateDatasetExportJobResponse, CreateDatasetExportJobResponse__Output as _attune_v1_CreateDatasetExportJobResponse__Output } from './attune/v1/CreateDatasetExportJobResponse.ts';
import type { CreateDatasetGroupRequest as _attune_v1_CreateDatasetGroupRequest, CreateDatasetGroupRequest__Output as _attune_v1_CreateDatasetGroupRequest__Output } from './attune/v1/CreateDatasetGroupRequest.ts';
import type { CreateDatasetGroupResponse as _attune_v1_CreateDatasetGroupResponse, CreateDatasetGroupResponse__Output as _attune_v1_CreateDatasetGroupResponse__Output } from './attune/v1/CreateDatasetGroupResponse.ts';
import type { CreateDatasetImportJobRequest as _attune_v1_CreateDatasetImportJobRequest, CreateDatasetImportJobRequest__Output as _attune_v1_CreateDatasetImportJobRequest__Output } from './attune/v1/CreateDatasetImportJobRequest.ts';
import type { CreateDatasetImportJobResponse as _attune_v1_CreateDatasetImportJobResponse, CreateDatasetImportJobResponse__Output as _attune_v1_CreateDatasetImportJobResponse__Output } from './attune/v1/CreateDatasetImportJobResponse.ts';
import type { CreateDatasetRequest as _attune_v1_CreateDatasetRequest, CreateDatasetRequest__Output as _attune_v1_CreateDatasetRequest__Output } from './attune/v1/CreateDatasetRequest.ts';
import type { CreateDatasetResponse as _attune_v1_CreateDatasetResponse, CreateDatasetResponse__Output as _attune_v1_CreateDatasetResponse__Output } from './attune/v1/CreateDatasetResponse.ts';
import type { CreateEventTrackerRequest as _attune_v1_CreateEventTrackerRequest, CreateEventTrackerRequest__Output as _attune_v1_CreateEventTrackerRequest__Output } from './attune/v1/CreateEventTrackerRequest.ts';
import type { CreateEventTrackerResponse as _attune_v1_CreateEventTrackerResponse, CreateEventTrackerResponse__Output as _attune_v1_CreateEventTrackerResponse__Output } from './attune/v1/CreateEventTrackerResponse.ts';
import type { CreateFilterRequest as _attune_v1_CreateFilterRequest, CreateFilterRequest__Output as _attune_v1_CreateFilterRequest__Output } from './attune/v1/CreateFilterRequest.ts';
import type { CreateFilterResponse as _attune_v1_CreateFilterResponse, CreateFilterResponse__Output as _attune_v1_CreateFilterResponse__Output } from './attune/v1/CreateFilterResponse.ts';
import type { CreateSchemaRequest as _attune_v1_CreateSchemaRequest, CreateSchemaRequest__Output as _attune_v1_CreateSchemaRequest__Output } from './attune/v1/CreateSchemaRequest.ts';
import type { CreateSchemaResponse as _attune_v1_CreateSchemaResponse, CreateSchemaResponse__Output as _attune_v1_CreateSchemaResponse__Output } from './attune/v1/CreateSchemaResponse.ts';
import type { CreateSolutionRequest as _attune_v1_CreateSolutionRequest, CreateSolutionRequest__Output as _attune_v1_CreateSolutionRequest__Output } from './attune/v1/CreateSolutionRequest.ts';
import type { CreateSolutionResponse as _attune_v1_CreateSolutionResponse, CreateSolutionResponse__Output as _attune_v1_CreateSolutionResponse__Output } from './attune/v1/CreateSolutionResponse.ts';
import type { CreateSolutionVersionRequest as _attune_v1_CreateSolutionVersionRequest, CreateSolutionVersionRequest__Output as _attune_v1_CreateSolutionVersionRequest__Output } from './attune/v1/CreateSolutionVersionRequest.ts';
import type { CreateSolutionVersionResponse as _attune_v1_CreateSolutionVersionResponse, CreateSolutionVersionResponse__Output as _attune_v1_CreateSolutionVersionResponse__Output } from './attune/v1/CreateSolutionVersionResponse.ts';
import type { DataDeletionJob as _attune_v1_DataDeletionJob, DataDeletionJob__Output as _attune_v1_DataDeletionJob__Output } from './attune/v1/DataDeletionJob.ts';
import type { DataDeletionJobSummary as _attune_v1_DataDeletionJobSummary, DataDeletionJobSummary__Output as _attune_v1_DataDeletionJobSummary__Output } from './attune/v1/DataDeletionJobSummary.ts';
import type { DataSource as _attune_v1_DataSource, DataSource__Output as _attune_v1_DataSource__Output } from './attune/v1/DataSource.ts';
import type { Dataset as _attune_v1_Dataset, Dataset__Output as _attune_v1_Dataset__Output } from './attune/v1/Dataset.ts';
import type { DatasetColumns as _attune_v1_DatasetColumns, DatasetColumns__Output as _attune_v1_DatasetColumns__Output } from './attune/v1/DatasetColumns.ts';
import type { DatasetExportJob as _attune_v1_DatasetExportJob, DatasetExportJob__Output as _attune_v1_DatasetExportJob__Output } from './attune/v1/DatasetExportJob.ts';
import type { DatasetExportJobOutput as _attune_v1_DatasetExportJobOutput, DatasetExportJobOutput__Output as _attune_v1_DatasetExportJobOutput__Output } from './attune/v1/DatasetExportJobOutput.ts';
import type { DatasetExportJobSummary as _attune_v1_DatasetExportJobSummary, DatasetExportJobSummary__Output as _attune_v1_DatasetExportJobSummary__Output } from './attune/v1/DatasetExportJobSummary.ts';
import type { DatasetGroup as _attune_v1_DatasetGroup, DatasetGroup__Output as _attune_v1_DatasetGroup__Output } from './attune/v1/DatasetGroup.ts';
import type { DatasetGroupSummary as _attune_v1_DatasetGroupSummary, DatasetGroupSummary__Output as _attune_v1_DatasetGroupSummary__Output } from './attune/v1/DatasetGroupSummary.ts';
import type { DatasetImportJob as _attune_v1_DatasetImportJob, DatasetImportJob__Output as _attune_v1_DatasetImportJob__Output } from './attune/v1/DatasetImportJob.ts';
import type { DatasetImportJobSummary as _attune_v1_DatasetImportJobSummary, DatasetImportJobSummary__Output as _attune_v1_DatasetImportJobSummary__Output } from './attune/v1/DatasetImportJobSummary.ts';
import type { DatasetSchema as _attune_v1_DatasetSchema, DatasetSchema__Output as _attune_v1_DatasetSchema__Output } from './attune/v1/DatasetSchema.ts';
import type { DatasetSchemaSummary as _attune_v1_DatasetSchemaSummary, DatasetSchemaSummary__Output as _attune_v1_DatasetSchemaSummary__Output } from './attune/v1/DatasetSchemaSummary.ts';
import type { DatasetSummary as _attune_v1_DatasetSummary, DatasetSummary__Output as _attune_v1_DatasetSummary__Output } from './attune/v1/DatasetSummary.ts';
import type { DatasetUpdateSummary as _attune_v1_DatasetUpdateSummary, DatasetUpdateSummary__Output as _attune_v1_DatasetUpdateSummary__Output } from './attune/v1/DatasetUpdateSummary.ts';
import type { DefaultCategoricalHyperParameterRange as _attune_v1_DefaultCategoricalHyperParameterRange, DefaultCategoricalHyperParameterRange__Output as _attune_v1_DefaultCategoricalHyperParameterRange__Output } from './attune/v1/DefaultCategoricalHyperParameterRange.ts';
import type { DefaultContinuousHyperParameterRange as _attune_v1_DefaultContinuousHyperParameterRange, DefaultContinuousHyperParameterRange__Output as _attune_v1_DefaultContinuousHyperParameterRange__Output } from './attune/v1/DefaultContinuousHyperParameterRange.ts';
import type { DefaultHyperParameterRanges as _attune_v1_DefaultHyperParameterRanges, DefaultHyperParameterRanges__Output as _attune_v1_DefaultHyperParameterRanges__Output } from './attune/v1/DefaultHyperParameterRanges.ts';
import type { DefaultIntegerHyperParameterRange as _attune_v1_DefaultIntegerHyperParameterRange, DefaultIntegerHyperParameterRange__Output as _attune_v1_DefaultIntegerHyperParameterRange__Output } from './attune/v1/DefaultIntegerHyperParameterRange.ts';
import type { DeleteCampaignRequest as _attune_v1_DeleteCampaignRequest, DeleteCampaignRequest__Output as _attune_v1_DeleteCampaignRequest__Output } from './attune/v1/DeleteCampaignRequest.ts';
import type { DeleteCampaignResponse as _attune_v1_DeleteCampaignResponse, DeleteCampaignResponse__Output as _attune_v1_DeleteCampaignResponse__Output } from './attune/v1/DeleteCampaignResponse.ts';
import type { DeleteDatasetGroupRequest as _attune_v1_DeleteDatasetGroupRequest, DeleteDatasetGroupRequest__Output as _attune_v1_DeleteDatasetGroupRequest__Output } from './attune/v1/DeleteDatasetGroupRequest.ts';
import type { DeleteDatasetGroupResponse as _attune_v1_DeleteDatasetGroupResponse, DeleteDatasetGroupResponse__Output as _attune_v1_DeleteDatasetGroupResponse__Output } from './attune/v1/DeleteDatasetGroupResponse.ts';
import type { DeleteDatasetRequest as _attune_v1_DeleteDatasetRequest, DeleteDatasetRequest__Output as _attune_v1_DeleteDatasetRequest__Output } from './attune/v1/DeleteDatasetRequest.ts';
import type { DeleteDatasetResponse as _attune_v1_DeleteDatasetResponse, DeleteDatasetResponse__Output as _attune_v1_DeleteDatasetResponse__Output } from './attune/v1/DeleteDatasetResponse.ts';
import type { DeleteEventTrackerRequest as _attune_v1_DeleteEventTrackerRequest, DeleteEventTrackerRequest__Output as _attune_v1_DeleteEventTrackerRequest__Output } from './attune/v1/DeleteEventTrackerRequest.ts';
import type { DeleteEventTrackerResponse as _attune_v1_DeleteEventTrackerResponse, DeleteEventTrackerResponse__Output as _attune_v1_DeleteEventTrackerResponse__Output } from './attune/v1/DeleteEventTrackerResponse.ts';
import type { DeleteFilterRequest as _attune_v1_DeleteFilterRequest, DeleteFilterRequest__Output as _attune_v1_DeleteFilterRequest__Output } from './attune/v1/DeleteFilterRequest.ts';
import type { DeleteFilterResponse as _attune_v1_DeleteFilterResponse, DeleteFilterResponse__Output as _attune_v1_DeleteFilterResponse__Output } from './attune/v1/DeleteFilterResponse.ts';
import type { DeleteSchemaRequest as _attune_v1_DeleteSchemaRequest, DeleteSchemaRequest__Output as _attune_v1_DeleteSchemaRequest__Output } from './attune/v1/DeleteSchemaRequest.ts';
import type { DeleteSchemaResponse as _attune_v1_DeleteSchemaResponse, DeleteSchemaResponse__Output as _attune_v1_DeleteSchemaResponse__Output } from './attune/v1/DeleteSchemaResponse.ts';
import type { DeleteSolutionRequest as _attune_v1_DeleteSolutionRequest, DeleteSolutionRequest__Output as _attune_v1_DeleteSolutionRequest__Output } from './attune/v1/DeleteSolutionRequest.ts';
import type { DeleteSolutionResponse as _attune_v1_DeleteSolutionResponse, DeleteSolutionResponse__Output as _attune_v1_DeleteSolutionResponse__Output } from './attune/v1/DeleteSolutionResponse.ts';
import type { DescribeAlgorithmRequest as _attune_v1_DescribeAlgorithmRequest, DescribeAlgorithmRequest__Output as _attune_v1_DescribeAlgorithmRequest__Output } from './attune/v1/DescribeAlgorithmRequest.ts';
import type { DescribeAlgorithmResponse as _attune_v1_DescribeAlgorithmResponse, DescribeAlgorithmResponse__Output as _attune_v1_DescribeAlgorithmResponse__Output } from './attune/v1/DescribeAlgorithmResponse.ts';
import type { DescribeBatchInferenceJobRequest as _attune_v1_DescribeBatchInferenceJobRequest, DescribeBatchInferenceJobRequest__Output as _attune_v1_DescribeBatchInferenceJobRequest__Output } from './attune/v1/DescribeBatchInferenceJobRequest.ts';
import type { DescribeBatchInferenceJobResponse as _attune_v1_DescribeBatchInferenceJobResponse, DescribeBatchInferenceJobResponse__Output as _attune_v1_DescribeBatchInferenceJobResponse__Output } from './attune/v1/DescribeBatchInferenceJobResponse.ts';
import type { DescribeBatchSegmentJobRequest as _attune_v1_DescribeBatchSegmentJobRequest, DescribeBatchSegmentJobRequest__Output as _attune_v1_DescribeBatchSegmentJobRequest__Output } from './attune/v1/DescribeBatchSegmentJobRequest.ts';
import type { DescribeBatchSegmentJobResponse as _attune_v1_DescribeBatchSegmentJobResponse, DescribeBatchSegmentJobResponse__Output as _attune_v1_DescribeBatchSegmentJobResponse__Output } from './attune/v1/DescribeBatchSegmentJobResponse.ts';
import type { DescribeCampaignRequest as _attune_v1_DescribeCampaignRequest, DescribeCampaignRequest__Output as _attune_v1_DescribeCampaignRequest__Output } from './attune/v1/DescribeCampaignRequest.ts';
import type { DescribeCampaignResponse as _attune_v1_DescribeCampaignResponse, DescribeCampaignResponse__Output as _attune_v1_DescribeCampaignResponse__Output } from './attune/v1/DescribeCampaignResponse.ts';
import type { DescribeDataDeletionJobRequest as _attune_v1_DescribeDataDeletionJobRequest, DescribeDataDeletionJobRequest__Output as _attune_v1_DescribeDataDeletionJobRequest__Output } from './attune/v1/DescribeDataDeletionJobRequest.ts';
import type { DescribeDataDeletionJobResponse as _attune_v1_DescribeDataDeletionJobResponse, DescribeDataDeletionJobResponse__Output as _attune_v1_DescribeDataDeletionJobResponse__Output } from './attune/v1/DescribeDataDeletionJobResponse.ts';
import type { DescribeDatasetExportJobRequest as _attune_v1_DescribeDatasetExportJobRequest, DescribeDatasetExportJobRequest__Output as _attune_v1_DescribeDatasetExportJobRequest__Output } from './attune/v1/DescribeDatasetExportJobRequest.ts';
import type { DescribeDatasetExportJobResponse as _attune_v1_DescribeDatasetExportJobResponse, DescribeDatasetExportJobResponse__Output as _attune_v1_DescribeDatasetExportJobResponse__Output } from './attune/v1/DescribeDatasetExportJobResponse.ts';
import type { DescribeDatasetGroupRequest as _attune_v1_DescribeDatasetGroupRequest, DescribeDatasetGroupRequest__Output as _attune_v1_DescribeDatasetGroupRequest__Output } from './attune/v1/DescribeDatasetGroupRequest.ts';
import type { DescribeDatasetGroupResponse as _attune_v1_DescribeDatasetGroupResponse, DescribeDatasetGroupResponse__Output as _attune_v1_DescribeDatasetGroupResponse__Output } from './attune/v1/DescribeDatasetGroupResponse.ts';
import type { DescribeDatasetImportJobRequest as _attune_v1_DescribeDatasetImportJobRequest, DescribeDatasetImportJobRequest__Output as _attune_v1_DescribeDatasetImportJobRequest__Output } from './attune/v1/DescribeDatasetImportJobRequest.ts';
import type { DescribeDatasetImportJobResponse as _attune_v1_DescribeDatasetImportJobResponse, DescribeDatasetImportJobResponse__Output as _attune_v1_DescribeDatasetImportJobResponse__Output } from './attune/v1/DescribeDatasetImportJobResponse.ts';
import type { DescribeDatasetRequest as _attune_v1_DescribeDatasetRequest, DescribeDatasetRequest__Output as _attune_v1_DescribeDatasetRequest__Output } from './attune/v1/DescribeDatasetRequest.ts';
import type { DescribeDatasetResponse as _attune_v1_DescribeDatasetResponse, DescribeDatasetResponse__Output as _attune_v1_DescribeDatasetResponse__Output } from './attune/v1/DescribeDatasetResponse.ts';
import type { DescribeEventTrackerRequest as _attune_v1_DescribeEventTrackerRequest, DescribeEventTrackerRequest__Output as _attune_v1_DescribeEventTrackerRequest__Output } from './attune/v1/DescribeEventTrackerRequest.ts';
import type { DescribeEventTrackerResponse as _attune_v1_DescribeEventTrackerResponse, DescribeEventTrackerResponse__Output as _attune_v1_DescribeEventTrackerResponse__Output } from './attune/v1/DescribeEventTrackerResponse.ts';
import type { DescribeFilterRequest as _attune_v1_DescribeFilterRequest, DescribeFilterRequest__Output as _attune_v1_DescribeFilterRequest__Output } from './attune/v1/DescribeFilterRequest.ts';
import type { DescribeFilterResponse as _attune_v1_DescribeFilterResponse, DescribeFilterResponse__Output as _attune_v1_DescribeFilterResponse__Output } from './attune/v1/DescribeFilterResponse.ts';
import type { DescribeRecipeRequest as _attune_v1_DescribeRecipeRequest, DescribeRecipeRequest__Output as _attune_v1_DescribeRecipeRequest__Output } from './attune/v1/DescribeRecipeRequest.ts';
import type { DescribeRecipeResponse as _attune_v1_DescribeRecipeResponse, DescribeRecipeResponse__Output as _attune_v1_DescribeRecipeResponse__Output } from './attune/v1/DescribeRecipeResponse.ts';
import type { DescribeSchemaRequest as _attune_v1_DescribeSchemaRequest, DescribeSchemaRequest__Output as _attune_v1_DescribeSchemaRequest__Output } from './attune/v1/DescribeSchemaRequest.ts';
import type { DescribeSchemaResponse as _attune_v1_DescribeSchemaResponse, DescribeSchemaResponse__Output as _attune_v1_DescribeSchemaResponse__Output } from './attune/v1/DescribeSchemaResponse.ts';
import type { DescribeSolutionRequest as _attune_v1_DescribeSolutionRequest, DescribeSolutionRequest__Output as _attune_v1_DescribeSolutionRequest__Output } from './attune/v1/DescribeSolutionRequest.ts';
import type { DescribeSolutionResponse as _attune_v1_DescribeSolutionResponse, DescribeSolutionResponse__Output as _attune_v1_DescribeSolutionResponse__Output } from './attune/v1/DescribeSolutionResponse.ts';
import type { DescribeSolutionVersionRequest as _attune_v1_DescribeSolutionVersionRequest, DescribeSolutionVersionRequest__Output as _attune_v1_DescribeSolutionVersionRequest__Output } from './attune/v1/DescribeSolutionVersionRequest.ts';
import type { DescribeSolutionVersionResponse as _attune_v1_DescribeSolutionVersionResponse, DescribeSolutionVersionResponse__Output as _attune_v1_DescribeSolutionVersionResponse__Output } from './attune/v1/DescribeSolutionVersionResponse.ts';
import type { EventParameters as _attune_v1_EventParameters, EventParameters__Output as _attune_v1_EventParameters__Output } from './attune/v1/EventParameters.ts';
import type { EventTracker as _attune_v1_EventTracker, EventTracker__Output as _attune_v1_EventTracker__Output } from './attune/v1/EventTracker.ts';
import type { EventTrackerSummary as _attune_v1_EventTrackerSummary, EventTrackerSummary__Output as _attune_v1_EventTrackerSummary__Output } from './attune/v1/EventTrackerSummary.ts';
import type { EventsConfig as _attune_v1_EventsConfig, EventsConfig__Output as _attune_v1_EventsConfig__Output } from './attune/v1/EventsConfig.ts';
import type { FieldsForThemeGeneration as _attune_v1_FieldsForThemeGeneration, FieldsForThemeGeneration__Output as _attune_v1_FieldsForThemeGeneration__Output } from './attune/v1/FieldsForThemeGeneration.ts';
import type { Filter as _attune_v1_Filter, Filter__Output as _attune_v1_Filter__Output } from './attune/v1/Filter.ts';
import type { FilterSummary as _attune_v1_FilterSummary, FilterSummary__Output as _attune_v1_FilterSummary__Output } from './attune/v1/FilterSummary.ts';
import type { GetSolutionMetricsRequest as _attune_v1_GetSolutionMetricsRequest, GetSolutionMetricsRequest__Output as _attune_v1_GetSolutionMetricsRequest__Output } from './attune/v1/GetSolutionMetricsRequest.ts';
import type { GetSolutionMetricsResponse as _attune_v1_GetSolutionMetricsResponse, GetSolutionMetricsResponse__Output as _attune_v1_GetSolutionMetricsResponse__Output } from './attune/v1/GetSolutionMetricsResponse.ts';
import type { HPOConfig as _attune_v1_HPOConfig, HPOConfig__Output as _attune_v1_HPOConfig__Output } from './attune/v1/HPOConfig.ts';
import type { HPOObjective as _attune_v1_HPOObjective, HPOObjective__Output as _attune_v1_HPOObjective__Output } from './attune/v1/HPOObjective.ts';
import type { HPOResourceConfig as _attune_v1_HPOResourceConfig, HPOResourceConfig__Output as _attune_v1_HPOResourceConfig__Output } from './attune/v1/HPOResourceConfig.ts';
import type { HyperParameterRanges as _attune_v1_HyperParameterRanges, HyperParameterRanges__Output as _attune_v1_HyperParameterRanges__Output } from './attune/v1/HyperParameterRanges.ts';
import type { IntegerHyperParameterRange as _attune_v1_IntegerHyperParameterRange, IntegerHyperParameterRange__Output as _attune_v1_IntegerHyperParameterRange__Output } from './attune/v1/IntegerHyperParameterRange.ts';
import type { ListBatchInferenceJobsRequest as _attune_v1_ListBatchInferenceJobsRequest, ListBatchInferenceJobsRequest__Output as _attune_v1_ListBatchInferenceJobsRequest__Output } from './attune/v1/ListBatchInferenceJobsRequest.ts';
import type { ListBatchInferenceJobsResponse as _attune_v1_ListBatchInferenceJobsResponse, ListBatchInferenceJobsResponse__Output as _attune_v1_ListBatchInferenceJobsResponse__Output } from './attune/v1/ListBatchInferenceJobsResponse.ts';
import type { ListBatchSegmentJobsRequest as _attune_v1_ListBatchSegmentJobsRequest, ListBatchSegmentJobsRequest__Output as _attune_v1_ListBatchSegmentJobsRequest__Output } from './attune/v1/ListBatchSegmentJobsRequest.ts';
import type { ListBatchSegmentJobsResponse as _attune_v1_ListBatchSegmentJobsResponse, ListBatchSegmentJobsResponse__Output as _attune_v1_ListBatchSegmentJobsResponse__Output } from './attune/v1/ListBatchSegmentJobsResponse.ts';
import type { ListCampaignsRequest as _attune_v1_ListCampaignsRequest, ListCampaignsRequest__Output as _attune_v1_ListCampaignsRequest__Output } from './attune/v1/ListCampaignsRequest.ts';
import type { ListCampaignsResponse as _attune_v1_ListCampaignsResponse, ListCampaignsResponse__Output as _attune_v1_ListCampaignsResponse__Output } from './attune/v1/ListCampaignsResponse.ts';
import type { ListDataDeletionJobsRequest as _attune_v1_ListDataDeletionJobsRequest, ListDataDeletionJobsRequest__Output as _attune_v1_ListDataDeletionJobsRequest__Output } from './attune/v1/ListDataDeletionJobsRequest.ts';
import type { ListDataDeletionJobsResponse as _attune_v1_ListDataDeletionJobsResponse, ListDataDeletionJobsResponse__Output as _attune_v1_ListDataDeletionJobsResponse__Output } from './attune/v1/ListDataDeletionJobsResponse.ts';
import type { ListDatasetExportJobsRequest as _attune_v1_ListDatasetExportJobsRequest, ListDatasetExportJobsRequest__Output as _attune_v1_ListDatasetExportJobsRequest__Output } from './attune/v1/ListDatasetExportJobsRequest.ts';
import type { ListDatasetExportJobsResponse as _attune_v1_ListDatasetExportJobsResponse, ListDatasetExportJobsResponse__Output as _attune_v1_ListDatasetExportJobsResponse__Output } from './attune/v1/ListDatasetExportJobsResponse.ts';
import type { ListDatasetGroupsRequest as _attune_v1_ListDatasetGroupsRequest, ListDatasetGroupsRequest__Output as _attune_v1_ListDatasetGroupsRequest__Output } from './attune/v1/ListDatasetGroupsRequest.ts';
import type { ListDatasetGroupsResponse as _attune_v1_ListDatasetGroupsResponse, ListDatasetGroupsResponse__Output as _attune_v1_ListDatasetGroupsResponse__Output } from './attune/v1/ListDatasetGroupsResponse.ts';
import type { ListDatasetImportJobsRequest as _attune_v1_ListDatasetImportJobsRequest, ListDatasetImportJobsRequest__Output as _attune_v1_ListDatasetImportJobsRequest__Output } from './attune/v1/ListDatasetImportJobsRequest.ts';
import type { ListDatasetImportJobsResponse as _attune_v1_ListDatasetImportJobsResponse, ListDatasetImportJobsResponse__Output as _attune_v1_ListDatasetImportJobsResponse__Output } from './attune/v1/ListDatasetImportJobsResponse.ts';
import type { ListDatasetsRequest as _attune_v1_ListDatasetsRequest, ListDatasetsRequest__Output as _attune_v1_ListDatasetsRequest__Output } from './attune/v1/ListDatasetsRequest.ts';
import type { ListDatasetsResponse as _attune_v1_ListDatasetsResponse, ListDatasetsResponse__Output as _attune_v1_ListDatasetsResponse__Output } from './attune/v1/ListDatasetsResponse.ts';
import type { ListEventTrackersRequest as _attune_v1_ListEventTrackersRequest, ListEventTrackersRequest__Output as _attune_v1_ListEventTrackersRequest__Output } from './attune/v1/ListEventTrackersRequest.ts';
import type { ListEventTrackersResponse as _attune_v1_ListEventTrackersResponse, ListEventTrackersResponse__Output as _attune_v1_ListEventTrackersResponse__Output } from './attune/v1/ListEventTrackersResponse.ts';
import type { ListFiltersRequest as _attune_v1_ListFiltersRequest, ListFiltersRequest__Output as _attune_v1_ListFiltersRequest__Output } from './attune/v1/ListFiltersRequest.ts';
import type { ListFiltersResponse as _attune_v1_ListFiltersResponse, ListFiltersResponse__Output as _attune_v1_ListFiltersResponse__Output } from './attune/v1/ListFiltersResponse.ts';
import type { ListRecipesRequest as _attune_v1_ListRecipesRequest, ListRecipesRequest__Output as _attune_v1_ListRecipesRequest__Output } from './attune/v1/ListRecipesRequest.ts';
import type { ListRecipesResponse as _attune_v1_ListRecipesResponse, ListRecipesResponse__Output as _attune_v1_ListRecipesResponse__Output } from './attune/v1/ListRecipesResponse.ts';
import type { ListSchemasRequest as _attune_v1_ListSchemasRequest, ListSchemasRequest__Output as _attune_v1_ListSchemasRequest__Output } from './attune/v1/ListSchemasRequest.ts';
import type { ListSchemasResponse as _attune_v1_ListSchemasResponse, ListSchemasResponse__Output as _attune_v1_ListSchemasResponse__Output } from './attune/v1/ListSchemasResponse.ts';
import type { ListSolutionVersionsRequest as _attune_v1_ListSolutionVersionsRequest, ListSolutionVersionsRequest__Output as _attune_v1_ListSolutionVersionsRequest__Output } from './attune/v1/ListSolutionVersionsRequest.ts';
import type { ListSolutionVersionsResponse as _attune_v1_ListSolutionVersionsResponse, ListSolutionVersionsResponse__Output as _attune_v1_ListSolutionVersionsResponse__Output } from './attune/v1/ListSolutionVersionsResponse.ts';
import type { ListSolutionsRequest as _attune_v1_ListSolutionsRequest, ListSolutionsRequest__Output as _attune_v1_ListSolutionsRequest__Output } from './attune/v1/ListSolutionsRequest.ts';
import type { ListSolutionsResponse as _attune_v1_ListSolutionsResponse, ListSolutionsResponse__Output as _attune_v1_ListSolutionsResponse__Output } from './attune/v1/ListSolutionsResponse.ts';
import type { ListTagsForResourceRequest as _attune_v1_ListTagsForResourceRequest, ListTagsForResourceRequest__Output as _attune_v1_ListTagsForResourceRequest__Output } from './attune/v1/ListTagsForResourceRequest.ts';
import type { ListTagsForResourceResponse as _attune_v1_ListTagsForResourceResponse, ListTagsForResourceResponse__Output as _attune_v1_ListTagsForResourceResponse__Output } from './attune/v1/ListTagsForResourceResponse.ts';
import type { OptimizationObjective as _attune_v1_OptimizationObjective, OptimizationObjective__Output as _attune_v1_OptimizationObjective__Output } from './attune/v1/OptimizationObjective.ts';
import type { PersonalizeClient as _attune_v1_PersonalizeClient, PersonalizeDefinition as _attune_v1_PersonalizeDefinition } from './attune/v1/Personalize.ts';
import type { Recipe as _attune_v1_Recipe, Recipe__Output as _attune_v1_Recipe__Output } from './attune/v1/Recipe.ts';
import type { RecipeSummary as _attune_v1_RecipeSummary, RecipeSummary__Output as _attune_v1_RecipeSummary__Output } from './attune/v1/RecipeSummary.ts';
import type { S3DataConfig as _attune_v1_S3DataConfig, S3DataConfig__Output as _attune_v1_S3DataConfig__Output } from './attune/v1/S3DataConfig.ts';
import type { Solution as _attune_v1_Solution, Solution__Output as _attune_v1_Solution__Output } from './attune/v1/Solution.ts';
import type { SolutionConfig as _attune_v1_SolutionConfig, SolutionConfig__Output as _attune_v1_SolutionConfig__Output } from './attune/v1/SolutionConfig.ts';
import type { SolutionSummary as _attune_v1_SolutionSummary, SolutionSummary__Output as _attune_v1_SolutionSummary__Output } from './attune/v1/SolutionSummary.ts';
import type { SolutionUpdateConfig as _attune_v1_SolutionUpdateConfig, SolutionUpdateConfig__Output as _attune_v1_SolutionUpdateConfig__Output } from './attune/v1/SolutionUpdateConfig.ts';
import type { SolutionUpdateSummary as _attune_v1_SolutionUpdateSummary, SolutionUpdateSummary__Output as _attune_v1_SolutionUpdateSummary__Output } from './attune/v1/SolutionUpdateSummary.ts';
import type { SolutionVersion as _attune_v1_SolutionVersion, SolutionVersion__Output as _attune_v1_SolutionVersion__Output } from './attune/v1/SolutionVersion.ts';
import type { SolutionVersionSummary as _attune_v1_SolutionVersionSummary, SolutionVersionSummary__Output as _attune_v1_SolutionVersionSummary__Output } from './attune/v1/SolutionVersionSummary.ts';
import type { StopSolutionVersionCreationRequest as _attune_v1_StopSolutionVersionCreationRequest, StopSolutionVersionCreationRequest__Output as _attune_v1_StopSolutionVersionCreationRequest__Output } from './attune/v1/StopSolutionVersionCreationRequest.ts';
import type { StopSolutionVersionCreationResponse as _attune_v1_StopSolutionVersionCreationResponse, StopSolutionVersionCreationResponse__Output as _attune_v1_StopSolutionVersionCreationResponse__Output } from './attune/v1/StopSolutionVersionCreationResponse.ts';
import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from './attune/v1/Tag.ts';
import type { TagResourceRequest as _attune_v1_TagResourceRequest, TagResourceRequest__Output as _attune_v1_TagResourceRequest__Output } from './attune/v1/TagResourceRequest.ts';
import type { TagResourceResponse as _attune_v1_TagResourceResponse, TagResourceResponse__Output as _attune_v1_TagResourceResponse__Output } from './attune/v1/TagResourceResponse.ts';
import type { ThemeGenerationConfig as _attune_v1_ThemeGenerationConfig, ThemeGenerationConfig__Output as _attune_v1_ThemeGenerationConfig__Output } from './attune/v1/ThemeGenerationConfig.ts';
import type { TrainingDataConfig as _attune_v1_TrainingDataConfig, TrainingDataConfig__Output as _attune_v1_TrainingDataConfig__Output } from './attune/v1/TrainingDataConfig.ts';
import type { TunedHPOParams as _attune_v1_TunedHPOParams, TunedHPOParams__Output as _attune_v1_TunedHPOParams__Output } from './attune/v1/TunedHPOParams.ts';
import type { UntagResourceRequest as _attune_v1_UntagResourceRequest, UntagResourceRequest__Output as _attune_v1_UntagResourceRequest__Output } from './attune/v1/UntagResourceRequest.ts';
import type { UntagResourceResponse as _attune_v1_UntagResourceResponse, UntagResourceResponse__Output as _attune_v1_UntagResourceResponse__Output } from './attune/v1/UntagResourceResponse.ts';
import type { UpdateCampaignRequest as _attune_v1_UpdateCampaignRequest, UpdateCampaignRequest__Output as _attune_v1_UpdateCampaignRequest__Output } from './attune/v1/UpdateCampaignRequest.ts';
import type { UpdateCampaignResponse as _attune_v1_UpdateCampaignResponse, UpdateCampaignResponse__Output as _attune_v1_UpdateCampaignResponse__Output } from './attune/v1/UpdateCampaignResponse.ts';
import type { UpdateDatasetRequest as _attune_v1_UpdateDatasetRequest, UpdateDatasetRequest__Output as _attune_v1_UpdateDatasetRequest__Output } from './attune/v1/UpdateDatasetRequest.ts';
import type { UpdateDatasetResponse as _attune_v1_UpdateDatasetResponse, UpdateDatasetResponse__Output as _attune_v1_UpdateDatasetResponse__Output } from './attune/v1/UpdateDatasetResponse.ts';
import type { UpdateSolutionRequest as _attune_v1_UpdateSolutionRequest, UpdateSolutionRequest__Output as _attune_v1_UpdateSolutionRequest__Output } from './attune/v1/UpdateSolutionRequest.ts';
import type { UpdateSolutionResponse as _attune_v1_UpdateSolutionResponse, UpdateSolutionResponse__Output as _attune_v1_UpdateSolutionResponse__Output } from './attune/v1/UpdateSolutionResponse.ts';
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
      Algorithm: MessageTypeDefinition<_attune_v1_Algorithm, _attune_v1_Algorithm__Output>
      AlgorithmImage: MessageTypeDefinition<_attune_v1_AlgorithmImage, _attune_v1_AlgorithmImage__Output>
      AutoMLConfig: MessageTypeDefinition<_attune_v1_AutoMLConfig, _attune_v1_AutoMLConfig__Output>
      AutoMLResult: MessageTypeDefinition<_attune_v1_AutoMLResult, _attune_v1_AutoMLResult__Output>
      AutoTrainingConfig: MessageTypeDefinition<_attune_v1_AutoTrainingConfig, _attune_v1_AutoTrainingConfig__Output>
      BatchInferenceJob: MessageTypeDefinition<_attune_v1_BatchInferenceJob, _attune_v1_BatchInferenceJob__Output>
      BatchInferenceJobConfig: MessageTypeDefinition<_attune_v1_BatchInferenceJobConfig, _attune_v1_BatchInferenceJobConfig__Output>
      BatchInferenceJobInput: MessageTypeDefinition<_attune_v1_BatchInferenceJobInput, _attune_v1_BatchInferenceJobInput__Output>
      BatchInferenceJobOutput: MessageTypeDefinition<_attune_v1_BatchInferenceJobOutput, _attune_v1_BatchInferenceJobOutput__Output>
      BatchInferenceJobSummary: MessageTypeDefinition<_attune_v1_BatchInferenceJobSummary, _attune_v1_BatchInferenceJobSummary__Output>
      BatchSegmentJob: MessageTypeDefinition<_attune_v1_BatchSegmentJob, _attune_v1_BatchSegmentJob__Output>
      BatchSegmentJobInput: MessageTypeDefinition<_attune_v1_BatchSegmentJobInput, _attune_v1_BatchSegmentJobInput__Output>
      BatchSegmentJobOutput: MessageTypeDefinition<_attune_v1_BatchSegmentJobOutput, _attune_v1_BatchSegmentJobOutput__Output>
      BatchSegmentJobSummary: MessageTypeDefinition<_attune_v1_BatchSegmentJobSummary, _attune_v1_BatchSegmentJobSummary__Output>
      Campaign: MessageTypeDefinition<_attune_v1_Campaign, _attune_v1_Campaign__Output>
      CampaignConfig: MessageTypeDefinition<_attune_v1_CampaignConfig, _attune_v1_CampaignConfig__Output>
      CampaignSummary: MessageTypeDefinition<_attune_v1_CampaignSummary, _attune_v1_CampaignSummary__Output>
      CampaignUpdateSummary: MessageTypeDefinition<_attune_v1_CampaignUpdateSummary, _attune_v1_CampaignUpdateSummary__Output>
      CategoricalHyperParameterRange: MessageTypeDefinition<_attune_v1_CategoricalHyperParameterRange, _attune_v1_CategoricalHyperParameterRange__Output>
      ContinuousHyperParameterRange: MessageTypeDefinition<_attune_v1_ContinuousHyperParameterRange, _attune_v1_ContinuousHyperParameterRange__Output>
      CreateBatchInferenceJobRequest: MessageTypeDefinition<_attune_v1_CreateBatchInferenceJobRequest, _attune_v1_CreateBatchInferenceJobRequest__Output>
      CreateBatchInferenceJobResponse: MessageTypeDefinition<_attune_v1_CreateBatchInferenceJobResponse, _attune_v1_CreateBatchInferenceJobResponse__Output>
      CreateBatchSegmentJobRequest: MessageTypeDefinition<_attune_v1_CreateBatchSegmentJobRequest, _attune_v1_CreateBatchSegmentJobRequest__Output>
      CreateBatchSegmentJobResponse: MessageTypeDefinition<_attune_v1_CreateBatchSegmentJobResponse, _attune_v1_CreateBatchSegmentJobResponse__Output>
      CreateCampaignRequest: MessageTypeDefinition<_attune_v1_CreateCampaignRequest, _attune_v1_CreateCampaignRequest__Output>
      CreateCampaignResponse: MessageTypeDefinition<_attune_v1_CreateCampaignResponse, _attune_v1_CreateCampaignResponse__Output>
      CreateDataDeletionJobRequest: MessageTypeDefinition<_attune_v1_CreateDataDeletionJobRequest, _attune_v1_CreateDataDeletionJobRequest__Output>
      CreateDataDeletionJobResponse: MessageTypeDefinition<_attune_v1_CreateDataDeletionJobResponse, _attune_v1_CreateDataDeletionJobResponse__Output>
      CreateDatasetExportJobRequest: MessageTypeDefinition<_attune_v1_CreateDatasetExportJobRequest, _attune_v1_CreateDatasetExportJobRequest__Output>
      CreateDatasetExportJobResponse: MessageTypeDefinition<_attune_v1_CreateDatasetExportJobResponse, _attune_v1_CreateDatasetExportJobResponse__Output>
      CreateDatasetGroupRequest: MessageTypeDefinition<_attune_v1_CreateDatasetGroupRequest, _attune_v1_CreateDatasetGroupRequest__Output>
      CreateDatasetGroupResponse: MessageTypeDefinition<_attune_v1_CreateDatasetGroupResponse, _attune_v1_CreateDatasetGroupResponse__Output>
      CreateDatasetImportJobRequest: MessageTypeDefinition<_attune_v1_CreateDatasetImportJobRequest, _attune_v1_CreateDatasetImportJobRequest__Output>
      CreateDatasetImportJobResponse: MessageTypeDefinition<_attune_v1_CreateDatasetImportJobResponse, _attune_v1_CreateDatasetImportJobResponse__Output>
      CreateDatasetRequest: MessageTypeDefinition<_attune_v1_CreateDatasetRequest, _attune_v1_CreateDatasetRequest__Output>
      CreateDatasetResponse: MessageTypeDefinition<_attune_v1_CreateDatasetResponse, _attune_v1_CreateDatasetResponse__Output>
      CreateEventTrackerRequest: MessageTypeDefinition<_attune_v1_CreateEventTrackerRequest, _attune_v1_CreateEventTrackerRequest__Output>
      CreateEventTrackerResponse: MessageTypeDefinition<_attune_v1_CreateEventTrackerResponse, _attune_v1_CreateEventTrackerResponse__Output>
      CreateFilterRequest: MessageTypeDefinition<_attune_v1_CreateFilterRequest, _attune_v1_CreateFilterRequest__Output>
      CreateFilterResponse: MessageTypeDefinition<_attune_v1_CreateFilterResponse, _attune_v1_CreateFilterResponse__Output>
      CreateSchemaRequest: MessageTypeDefinition<_attune_v1_CreateSchemaRequest, _attune_v1_CreateSchemaRequest__Output>
      CreateSchemaResponse: MessageTypeDefinition<_attune_v1_CreateSchemaResponse, _attune_v1_CreateSchemaResponse__Output>
      CreateSolutionRequest: MessageTypeDefinition<_attune_v1_CreateSolutionRequest, _attune_v1_CreateSolutionRequest__Output>
      CreateSolutionResponse: MessageTypeDefinition<_attune_v1_CreateSolutionResponse, _attune_v1_CreateSolutionResponse__Output>
      CreateSolutionVersionRequest: MessageTypeDefinition<_attune_v1_CreateSolutionVersionRequest, _attune_v1_CreateSolutionVersionRequest__Output>
      CreateSolutionVersionResponse: MessageTypeDefinition<_attune_v1_CreateSolutionVersionResponse, _attune_v1_CreateSolutionVersionResponse__Output>
      DataDeletionJob: MessageTypeDefinition<_attune_v1_DataDeletionJob, _attune_v1_DataDeletionJob__Output>
      DataDeletionJobSummary: MessageTypeDefinition<_attune_v1_DataDeletionJobSummary, _attune_v1_DataDeletionJobSummary__Output>
      DataSource: MessageTypeDefinition<_attune_v1_DataSource, _attune_v1_DataSource__Output>
      Dataset: MessageTypeDefinition<_attune_v1_Dataset, _attune_v1_Dataset__Output>
      DatasetColumns: MessageTypeDefinition<_attune_v1_DatasetColumns, _attune_v1_DatasetColumns__Output>
      DatasetExportJob: MessageTypeDefinition<_attune_v1_DatasetExportJob, _attune_v1_DatasetExportJob__Output>
      DatasetExportJobOutput: MessageTypeDefinition<_attune_v1_DatasetExportJobOutput, _attune_v1_DatasetExportJobOutput__Output>
      DatasetExportJobSummary: MessageTypeDefinition<_attune_v1_DatasetExportJobSummary, _attune_v1_DatasetExportJobSummary__Output>
      DatasetGroup: MessageTypeDefinition<_attune_v1_DatasetGroup, _attune_v1_DatasetGroup__Output>
      DatasetGroupSummary: MessageTypeDefinition<_attune_v1_DatasetGroupSummary, _attune_v1_DatasetGroupSummary__Output>
      DatasetImportJob: MessageTypeDefinition<_attune_v1_DatasetImportJob, _attune_v1_DatasetImportJob__Output>
      DatasetImportJobSummary: MessageTypeDefinition<_attune_v1_DatasetImportJobSummary, _attune_v1_DatasetImportJobSummary__Output>
      DatasetSchema: MessageTypeDefinition<_attune_v1_DatasetSchema, _attune_v1_DatasetSchema__Output>
      DatasetSchemaSummary: MessageTypeDefinition<_attune_v1_DatasetSchemaSummary, _attune_v1_DatasetSchemaSummary__Output>
      DatasetSummary: MessageTypeDefinition<_attune_v1_DatasetSummary, _attune_v1_DatasetSummary__Output>
      DatasetUpdateSummary: MessageTypeDefinition<_attune_v1_DatasetUpdateSummary, _attune_v1_DatasetUpdateSummary__Output>
      DefaultCategoricalHyperParameterRange: MessageTypeDefinition<_attune_v1_DefaultCategoricalHyperParameterRange, _attune_v1_DefaultCategoricalHyperParameterRange__Output>
      DefaultContinuousHyperParameterRange: MessageTypeDefinition<_attune_v1_DefaultContinuousHyperParameterRange, _attune_v1_DefaultContinuousHyperParameterRange__Output>
      DefaultHyperParameterRanges: MessageTypeDefinition<_attune_v1_DefaultHyperParameterRanges, _attune_v1_DefaultHyperParameterRanges__Output>
      DefaultIntegerHyperParameterRange: MessageTypeDefinition<_attune_v1_DefaultIntegerHyperParameterRange, _attune_v1_DefaultIntegerHyperParameterRange__Output>
      DeleteCampaignRequest: MessageTypeDefinition<_attune_v1_DeleteCampaignRequest, _attune_v1_DeleteCampaignRequest__Output>
      DeleteCampaignResponse: MessageTypeDefinition<_attune_v1_DeleteCampaignResponse, _attune_v1_DeleteCampaignResponse__Output>
      DeleteDatasetGroupRequest: MessageTypeDefinition<_attune_v1_DeleteDatasetGroupRequest, _attune_v1_DeleteDatasetGroupRequest__Output>
      DeleteDatasetGroupResponse: MessageTypeDefinition<_attune_v1_DeleteDatasetGroupResponse, _attune_v1_DeleteDatasetGroupResponse__Output>
      DeleteDatasetRequest: MessageTypeDefinition<_attune_v1_DeleteDatasetRequest, _attune_v1_DeleteDatasetRequest__Output>
      DeleteDatasetResponse: MessageTypeDefinition<_attune_v1_DeleteDatasetResponse, _attune_v1_DeleteDatasetResponse__Output>
      DeleteEventTrackerRequest: MessageTypeDefinition<_attune_v1_DeleteEventTrackerRequest, _attune_v1_DeleteEventTrackerRequest__Output>
      DeleteEventTrackerResponse: MessageTypeDefinition<_attune_v1_DeleteEventTrackerResponse, _attune_v1_DeleteEventTrackerResponse__Output>
      DeleteFilterRequest: MessageTypeDefinition<_attune_v1_DeleteFilterRequest, _attune_v1_DeleteFilterRequest__Output>
      DeleteFilterResponse: MessageTypeDefinition<_attune_v1_DeleteFilterResponse, _attune_v1_DeleteFilterResponse__Output>
      DeleteSchemaRequest: MessageTypeDefinition<_attune_v1_DeleteSchemaRequest, _attune_v1_DeleteSchemaRequest__Output>
      DeleteSchemaResponse: MessageTypeDefinition<_attune_v1_DeleteSchemaResponse, _attune_v1_DeleteSchemaResponse__Output>
      DeleteSolutionRequest: MessageTypeDefinition<_attune_v1_DeleteSolutionRequest, _attune_v1_DeleteSolutionRequest__Output>
      DeleteSolutionResponse: MessageTypeDefinition<_attune_v1_DeleteSolutionResponse, _attune_v1_DeleteSolutionResponse__Output>
      DescribeAlgorithmRequest: MessageTypeDefinition<_attune_v1_DescribeAlgorithmRequest, _attune_v1_DescribeAlgorithmRequest__Output>
      DescribeAlgorithmResponse: MessageTypeDefinition<_attune_v1_DescribeAlgorithmResponse, _attune_v1_DescribeAlgorithmResponse__Output>
      DescribeBatchInferenceJobRequest: MessageTypeDefinition<_attune_v1_DescribeBatchInferenceJobRequest, _attune_v1_DescribeBatchInferenceJobRequest__Output>
      DescribeBatchInferenceJobResponse: MessageTypeDefinition<_attune_v1_DescribeBatchInferenceJobResponse, _attune_v1_DescribeBatchInferenceJobResponse__Output>
      DescribeBatchSegmentJobRequest: MessageTypeDefinition<_attune_v1_DescribeBatchSegmentJobRequest, _attune_v1_DescribeBatchSegmentJobRequest__Output>
      DescribeBatchSegmentJobResponse: MessageTypeDefinition<_attune_v1_DescribeBatchSegmentJobResponse, _attune_v1_DescribeBatchSegmentJobResponse__Output>
      DescribeCampaignRequest: MessageTypeDefinition<_attune_v1_DescribeCampaignRequest, _attune_v1_DescribeCampaignRequest__Output>
      DescribeCampaignResponse: MessageTypeDefinition<_attune_v1_DescribeCampaignResponse, _attune_v1_DescribeCampaignResponse__Output>
      DescribeDataDeletionJobRequest: MessageTypeDefinition<_attune_v1_DescribeDataDeletionJobRequest, _attune_v1_DescribeDataDeletionJobRequest__Output>
      DescribeDataDeletionJobResponse: MessageTypeDefinition<_attune_v1_DescribeDataDeletionJobResponse, _attune_v1_DescribeDataDeletionJobResponse__Output>
      DescribeDatasetExportJobRequest: MessageTypeDefinition<_attune_v1_DescribeDatasetExportJobRequest, _attune_v1_DescribeDatasetExportJobRequest__Output>
      DescribeDatasetExportJobResponse: MessageTypeDefinition<_attune_v1_DescribeDatasetExportJobResponse, _attune_v1_DescribeDatasetExportJobResponse__Output>
      DescribeDatasetGroupRequest: MessageTypeDefinition<_attune_v1_DescribeDatasetGroupRequest, _attune_v1_DescribeDatasetGroupRequest__Output>
      DescribeDatasetGroupResponse: MessageTypeDefinition<_attune_v1_DescribeDatasetGroupResponse, _attune_v1_DescribeDatasetGroupResponse__Output>
      DescribeDatasetImportJobRequest: MessageTypeDefinition<_attune_v1_DescribeDatasetImportJobRequest, _attune_v1_DescribeDatasetImportJobRequest__Output>
      DescribeDatasetImportJobResponse: MessageTypeDefinition<_attune_v1_DescribeDatasetImportJobResponse, _attune_v1_DescribeDatasetImportJobResponse__Output>
      DescribeDatasetRequest: MessageTypeDefinition<_attune_v1_DescribeDatasetRequest, _attune_v1_DescribeDatasetRequest__Output>
      DescribeDatasetResponse: MessageTypeDefinition<_attune_v1_DescribeDatasetResponse, _attune_v1_DescribeDatasetResponse__Output>
      DescribeEventTrackerRequest: MessageTypeDefinition<_attune_v1_DescribeEventTrackerRequest, _attune_v1_DescribeEventTrackerRequest__Output>
      DescribeEventTrackerResponse: MessageTypeDefinition<_attune_v1_DescribeEventTrackerResponse, _attune_v1_DescribeEventTrackerResponse__Output>
      DescribeFilterRequest: MessageTypeDefinition<_attune_v1_DescribeFilterRequest, _attune_v1_DescribeFilterRequest__Output>
      DescribeFilterResponse: MessageTypeDefinition<_attune_v1_DescribeFilterResponse, _attune_v1_DescribeFilterResponse__Output>
      DescribeRecipeRequest: MessageTypeDefinition<_attune_v1_DescribeRecipeRequest, _attune_v1_DescribeRecipeRequest__Output>
      DescribeRecipeResponse: MessageTypeDefinition<_attune_v1_DescribeRecipeResponse, _attune_v1_DescribeRecipeResponse__Output>
      DescribeSchemaRequest: MessageTypeDefinition<_attune_v1_DescribeSchemaRequest, _attune_v1_DescribeSchemaRequest__Output>
      DescribeSchemaResponse: MessageTypeDefinition<_attune_v1_DescribeSchemaResponse, _attune_v1_DescribeSchemaResponse__Output>
      DescribeSolutionRequest: MessageTypeDefinition<_attune_v1_DescribeSolutionRequest, _attune_v1_DescribeSolutionRequest__Output>
      DescribeSolutionResponse: MessageTypeDefinition<_attune_v1_DescribeSolutionResponse, _attune_v1_DescribeSolutionResponse__Output>
      DescribeSolutionVersionRequest: MessageTypeDefinition<_attune_v1_DescribeSolutionVersionRequest, _attune_v1_DescribeSolutionVersionRequest__Output>
      DescribeSolutionVersionResponse: MessageTypeDefinition<_attune_v1_DescribeSolutionVersionResponse, _attune_v1_DescribeSolutionVersionResponse__Output>
      EventParameters: MessageTypeDefinition<_attune_v1_EventParameters, _attune_v1_EventParameters__Output>
      EventTracker: MessageTypeDefinition<_attune_v1_EventTracker, _attune_v1_EventTracker__Output>
      EventTrackerSummary: MessageTypeDefinition<_attune_v1_EventTrackerSummary, _attune_v1_EventTrackerSummary__Output>
      EventsConfig: MessageTypeDefinition<_attune_v1_EventsConfig, _attune_v1_EventsConfig__Output>
      FieldsForThemeGeneration: MessageTypeDefinition<_attune_v1_FieldsForThemeGeneration, _attune_v1_FieldsForThemeGeneration__Output>
      Filter: MessageTypeDefinition<_attune_v1_Filter, _attune_v1_Filter__Output>
      FilterSummary: MessageTypeDefinition<_attune_v1_FilterSummary, _attune_v1_FilterSummary__Output>
      GetSolutionMetricsRequest: MessageTypeDefinition<_attune_v1_GetSolutionMetricsRequest, _attune_v1_GetSolutionMetricsRequest__Output>
      GetSolutionMetricsResponse: MessageTypeDefinition<_attune_v1_GetSolutionMetricsResponse, _attune_v1_GetSolutionMetricsResponse__Output>
      HPOConfig: MessageTypeDefinition<_attune_v1_HPOConfig, _attune_v1_HPOConfig__Output>
      HPOObjective: MessageTypeDefinition<_attune_v1_HPOObjective, _attune_v1_HPOObjective__Output>
      HPOResourceConfig: MessageTypeDefinition<_attune_v1_HPOResourceConfig, _attune_v1_HPOResourceConfig__Output>
      HyperParameterRanges: MessageTypeDefinition<_attune_v1_HyperParameterRanges, _attune_v1_HyperParameterRanges__Output>
      IntegerHyperParameterRange: MessageTypeDefinition<_attune_v1_IntegerHyperParameterRange, _attune_v1_IntegerHyperParameterRange__Output>
      ListBatchInferenceJobsRequest: MessageTypeDefinition<_attune_v1_ListBatchInferenceJobsRequest, _attune_v1_ListBatchInferenceJobsRequest__Output>
      ListBatchInferenceJobsResponse: MessageTypeDefinition<_attune_v1_ListBatchInferenceJobsResponse, _attune_v1_ListBatchInferenceJobsResponse__Output>
      ListBatchSegmentJobsRequest: MessageTypeDefinition<_attune_v1_ListBatchSegmentJobsRequest, _attune_v1_ListBatchSegmentJobsRequest__Output>
      ListBatchSegmentJobsResponse: MessageTypeDefinition<_attune_v1_ListBatchSegmentJobsResponse, _attune_v1_ListBatchSegmentJobsResponse__Output>
      ListCampaignsRequest: MessageTypeDefinition<_attune_v1_ListCampaignsRequest, _attune_v1_ListCampaignsRequest__Output>
      ListCampaignsResponse: MessageTypeDefinition<_attune_v1_ListCampaignsResponse, _attune_v1_ListCampaignsResponse__Output>
      ListDataDeletionJobsRequest: MessageTypeDefinition<_attune_v1_ListDataDeletionJobsRequest, _attune_v1_ListDataDeletionJobsRequest__Output>
      ListDataDeletionJobsResponse: MessageTypeDefinition<_attune_v1_ListDataDeletionJobsResponse, _attune_v1_ListDataDeletionJobsResponse__Output>
      ListDatasetExportJobsRequest: MessageTypeDefinition<_attune_v1_ListDatasetExportJobsRequest, _attune_v1_ListDatasetExportJobsRequest__Output>
      ListDatasetExportJobsResponse: MessageTypeDefinition<_attune_v1_ListDatasetExportJobsResponse, _attune_v1_ListDatasetExportJobsResponse__Output>
      ListDatasetGroupsRequest: MessageTypeDefinition<_attune_v1_ListDatasetGroupsRequest, _attune_v1_ListDatasetGroupsRequest__Output>
      ListDatasetGroupsResponse: MessageTypeDefinition<_attune_v1_ListDatasetGroupsResponse, _attune_v1_ListDatasetGroupsResponse__Output>
      ListDatasetImportJobsRequest: MessageTypeDefinition<_attune_v1_ListDatasetImportJobsRequest, _attune_v1_ListDatasetImportJobsRequest__Output>
      ListDatasetImportJobsResponse: MessageTypeDefinition<_attune_v1_ListDatasetImportJobsResponse, _attune_v1_ListDatasetImportJobsResponse__Output>
      ListDatasetsRequest: MessageTypeDefinition<_attune_v1_ListDatasetsRequest, _attune_v1_ListDatasetsRequest__Output>
      ListDatasetsResponse: MessageTypeDefinition<_attune_v1_ListDatasetsResponse, _attune_v1_ListDatasetsResponse__Output>
      ListEventTrackersRequest: MessageTypeDefinition<_attune_v1_ListEventTrackersRequest, _attune_v1_ListEventTrackersRequest__Output>
      ListEventTrackersResponse: MessageTypeDefinition<_attune_v1_ListEventTrackersResponse, _attune_v1_ListEventTrackersResponse__Output>
      ListFiltersRequest: MessageTypeDefinition<_attune_v1_ListFiltersRequest, _attune_v1_ListFiltersRequest__Output>
      ListFiltersResponse: MessageTypeDefinition<_attune_v1_ListFiltersResponse, _attune_v1_ListFiltersResponse__Output>
      ListRecipesRequest: MessageTypeDefinition<_attune_v1_ListRecipesRequest, _attune_v1_ListRecipesRequest__Output>
      ListRecipesResponse: MessageTypeDefinition<_attune_v1_ListRecipesResponse, _attune_v1_ListRecipesResponse__Output>
      ListSchemasRequest: MessageTypeDefinition<_attune_v1_ListSchemasRequest, _attune_v1_ListSchemasRequest__Output>
      ListSchemasResponse: MessageTypeDefinition<_attune_v1_ListSchemasResponse, _attune_v1_ListSchemasResponse__Output>
      ListSolutionVersionsRequest: MessageTypeDefinition<_attune_v1_ListSolutionVersionsRequest, _attune_v1_ListSolutionVersionsRequest__Output>
      ListSolutionVersionsResponse: MessageTypeDefinition<_attune_v1_ListSolutionVersionsResponse, _attune_v1_ListSolutionVersionsResponse__Output>
      ListSolutionsRequest: MessageTypeDefinition<_attune_v1_ListSolutionsRequest, _attune_v1_ListSolutionsRequest__Output>
      ListSolutionsResponse: MessageTypeDefinition<_attune_v1_ListSolutionsResponse, _attune_v1_ListSolutionsResponse__Output>
      ListTagsForResourceRequest: MessageTypeDefinition<_attune_v1_ListTagsForResourceRequest, _attune_v1_ListTagsForResourceRequest__Output>
      ListTagsForResourceResponse: MessageTypeDefinition<_attune_v1_ListTagsForResourceResponse, _attune_v1_ListTagsForResourceResponse__Output>
      OptimizationObjective: MessageTypeDefinition<_attune_v1_OptimizationObjective, _attune_v1_OptimizationObjective__Output>
      /**
       * The control plane: one RPC per Amazon Personalize control-plane operation, with the same
       * name, plus UploadData (an Attune addition).
       */
      Personalize: SubtypeConstructor<typeof grpc.Client, _attune_v1_PersonalizeClient> & { service: _attune_v1_PersonalizeDefinition }
      Recipe: MessageTypeDefinition<_attune_v1_Recipe, _attune_v1_Recipe__Output>
      RecipeSummary: MessageTypeDefinition<_attune_v1_RecipeSummary, _attune_v1_RecipeSummary__Output>
      S3DataConfig: MessageTypeDefinition<_attune_v1_S3DataConfig, _attune_v1_S3DataConfig__Output>
      Solution: MessageTypeDefinition<_attune_v1_Solution, _attune_v1_Solution__Output>
      SolutionConfig: MessageTypeDefinition<_attune_v1_SolutionConfig, _attune_v1_SolutionConfig__Output>
      SolutionSummary: MessageTypeDefinition<_attune_v1_SolutionSummary, _attune_v1_SolutionSummary__Output>
      SolutionUpdateConfig: MessageTypeDefinition<_attune_v1_SolutionUpdateConfig, _attune_v1_SolutionUpdateConfig__Output>
      SolutionUpdateSummary: MessageTypeDefinition<_attune_v1_SolutionUpdateSummary, _attune_v1_SolutionUpdateSummary__Output>
      SolutionVersion: MessageTypeDefinition<_attune_v1_SolutionVersion, _attune_v1_SolutionVersion__Output>
      SolutionVersionSummary: MessageTypeDefinition<_attune_v1_SolutionVersionSummary, _attune_v1_SolutionVersionSummary__Output>
      StopSolutionVersionCreationRequest: MessageTypeDefinition<_attune_v1_StopSolutionVersionCreationRequest, _attune_v1_StopSolutionVersionCreationRequest__Output>
      StopSolutionVersionCreationResponse: MessageTypeDefinition<_attune_v1_StopSolutionVersionCreationResponse, _attune_v1_StopSolutionVersionCreationResponse__Output>
      Tag: MessageTypeDefinition<_attune_v1_Tag, _attune_v1_Tag__Output>
      TagResourceRequest: MessageTypeDefinition<_attune_v1_TagResourceRequest, _attune_v1_TagResourceRequest__Output>
      TagResourceResponse: MessageTypeDefinition<_attune_v1_TagResourceResponse, _attune_v1_TagResourceResponse__Output>
      ThemeGenerationConfig: MessageTypeDefinition<_attune_v1_ThemeGenerationConfig, _attune_v1_ThemeGenerationConfig__Output>
      TrainingDataConfig: MessageTypeDefinition<_attune_v1_TrainingDataConfig, _attune_v1_TrainingDataConfig__Output>
      TunedHPOParams: MessageTypeDefinition<_attune_v1_TunedHPOParams, _attune_v1_TunedHPOParams__Output>
      UntagResourceRequest: MessageTypeDefinition<_attune_v1_UntagResourceRequest, _attune_v1_UntagResourceRequest__Output>
      UntagResourceResponse: MessageTypeDefinition<_attune_v1_UntagResourceResponse, _attune_v1_UntagResourceResponse__Output>
      UpdateCampaignRequest: MessageTypeDefinition<_attune_v1_UpdateCampaignRequest, _attune_v1_UpdateCampaignRequest__Output>
      UpdateCampaignResponse: MessageTypeDefinition<_attune_v1_UpdateCampaignResponse, _attune_v1_UpdateCampaignResponse__Output>
      UpdateDatasetRequest: MessageTypeDefinition<_attune_v1_UpdateDatasetRequest, _attune_v1_UpdateDatasetRequest__Output>
      UpdateDatasetResponse: MessageTypeDefinition<_attune_v1_UpdateDatasetResponse, _attune_v1_UpdateDatasetResponse__Output>
      UpdateSolutionRequest: MessageTypeDefinition<_attune_v1_UpdateSolutionRequest, _attune_v1_UpdateSolutionRequest__Output>
      UpdateSolutionResponse: MessageTypeDefinition<_attune_v1_UpdateSolutionResponse, _attune_v1_UpdateSolutionResponse__Output>
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

