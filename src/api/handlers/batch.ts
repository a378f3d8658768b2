/** Handlers for batch inference jobs and batch segment jobs. */
import type { BatchJobRecord } from '../../control/batch-jobs.ts';
import { timestamp } from '../convert.ts';
import type { BatchInferenceJob } from '../generated/attune/v1/BatchInferenceJob.ts';
import type { BatchInferenceJobSummary } from '../generated/attune/v1/BatchInferenceJobSummary.ts';
import type { BatchSegmentJob } from '../generated/attune/v1/BatchSegmentJob.ts';
import type { BatchSegmentJobSummary } from '../generated/attune/v1/BatchSegmentJobSummary.ts';
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

type Handlers = Pick<
  PersonalizeHandlers,
  | 'CreateBatchInferenceJob'
  | 'DescribeBatchInferenceJob'
  | 'ListBatchInferenceJobs'
  | 'CreateBatchSegmentJob'
  | 'DescribeBatchSegmentJob'
  | 'ListBatchSegmentJobs'
>;

/** The fields both summaries share. */
function summaryOf(j: BatchJobRecord) {
  return {
    jobName: j.name,
    status: j.status,
    creationDateTime: timestamp(j.createdAt),
    lastUpdatedDateTime: timestamp(j.updatedAt),
    failureReason: j.failureReason ?? '',
    solutionVersionArn: j.solutionVersionArn,
  };
}

/** The fields both full descriptions share (int64 counters as decimal strings). */
function detailOf(j: BatchJobRecord) {
  return {
    ...summaryOf(j),
    filterArn: j.filterArn ?? '',
    numResults: j.numResults,
    roleArn: j.roleArn ?? '',
    recordsProcessed: String(j.recordsDone),
    recordsTotal: String(j.recordsTotal),
    recordsFailed: String(j.recordsFailed),
  };
}

function inferenceJob(j: BatchJobRecord): BatchInferenceJob {
  return {
    ...detailOf(j),
    batchInferenceJobArn: j.arn,
    jobInput: { s3DataSource: { path: j.inputPath } },
    jobOutput: { s3DataDestination: { path: j.outputPath } },
    batchInferenceJobConfig: { itemExplorationConfig: j.config.itemExplorationConfig ?? {} },
    batchInferenceJobMode: j.mode ?? 'BATCH_INFERENCE',
  };
}

function inferenceSummary(j: BatchJobRecord): BatchInferenceJobSummary {
  return { ...summaryOf(j), batchInferenceJobArn: j.arn, batchInferenceJobMode: j.mode ?? 'BATCH_INFERENCE' };
}

function segmentJob(j: BatchJobRecord): BatchSegmentJob {
  return {
    ...detailOf(j),
    batchSegmentJobArn: j.arn,
    jobInput: { s3DataSource: { path: j.inputPath } },
    jobOutput: { s3DataDestination: { path: j.outputPath } },
  };
}

function segmentSummary(j: BatchJobRecord): BatchSegmentJobSummary {
  return { ...summaryOf(j), batchSegmentJobArn: j.arn };
}

/** Batch job RPCs. */
export function batchHandlers(s: Services, deps: HandlerDeps): Handlers {
  return {
    CreateBatchInferenceJob: unary(deps, 'CreateBatchInferenceJob', async (r) => {
      const out = await s.batchJobs.createInference({
        jobName: r.jobName,
        solutionVersionArn: r.solutionVersionArn,
        filterArn: r.filterArn,
        numResults: r.numResults,
        inputPath: r.jobInput?.s3DataSource?.path,
        outputPath: r.jobOutput?.s3DataDestination?.path,
        roleArn: r.roleArn,
        itemExplorationConfig: r.batchInferenceJobConfig?.itemExplorationConfig ?? null,
        rankingInfluence: r.batchInferenceJobConfig?.rankingInfluence ?? null,
        mode: r.batchInferenceJobMode,
        themeItemName: r.themeGenerationConfig?.fieldsForThemeGeneration?.itemName ?? '',
        tags: r.tags,
      });
      return { batchInferenceJobArn: out.arn };
    }),
    DescribeBatchInferenceJob: unary(deps, 'DescribeBatchInferenceJob', async (r) => ({
      batchInferenceJob: inferenceJob(await s.batchJobs.describe('inference', r.batchInferenceJobArn)),
    })),
    ListBatchInferenceJobs: unary(deps, 'ListBatchInferenceJobs', async (r) => {
      const page = await s.batchJobs.list('inference', r.solutionVersionArn || undefined, r);
      return { batchInferenceJobs: page.items.map(inferenceSummary), nextToken: page.nextToken ?? '' };
    }),
    CreateBatchSegmentJob: unary(deps, 'CreateBatchSegmentJob', async (r) => {
      const out = await s.batchJobs.createSegment({
        jobName: r.jobName,
        solutionVersionArn: r.solutionVersionArn,
        filterArn: r.filterArn,
        numResults: r.numResults,
        inputPath: r.jobInput?.s3DataSource?.path,
        outputPath: r.jobOutput?.s3DataDestination?.path,
        roleArn: r.roleArn,
        tags: r.tags,
      });
      return { batchSegmentJobArn: out.arn };
    }),
    DescribeBatchSegmentJob: unary(deps, 'DescribeBatchSegmentJob', async (r) => ({
      batchSegmentJob: segmentJob(await s.batchJobs.describe('segment', r.batchSegmentJobArn)),
    })),
    ListBatchSegmentJobs: unary(deps, 'ListBatchSegmentJobs', async (r) => {
      const page = await s.batchJobs.list('segment', r.solutionVersionArn || undefined, r);
      return { batchSegmentJobs: page.items.map(segmentSummary), nextToken: page.nextToken ?? '' };
    }),
  };
}
