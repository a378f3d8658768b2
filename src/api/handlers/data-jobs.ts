/** Handlers for dataset export jobs and data deletion jobs. */
import type { DeletionJobRecord } from '../../control/data-deletion-jobs.ts';
import type { ExportJobRecord } from '../../control/dataset-export-jobs.ts';
import { timestamp } from '../convert.ts';
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

function exportSummary(j: ExportJobRecord) {
  return {
    datasetExportJobArn: j.arn,
    jobName: j.name,
    status: j.status,
    creationDateTime: timestamp(j.createdAt),
    lastUpdatedDateTime: timestamp(j.updatedAt),
    failureReason: j.failureReason ?? '',
  };
}

function deletionSummary(j: DeletionJobRecord) {
  return {
    dataDeletionJobArn: j.arn,
    datasetGroupArn: j.datasetGroupArn,
    jobName: j.name,
    status: j.status,
    creationDateTime: timestamp(j.createdAt),
    lastUpdatedDateTime: timestamp(j.updatedAt),
    failureReason: j.failureReason ?? '',
  };
}

type Handlers = Pick<
  PersonalizeHandlers,
  | 'CreateDatasetExportJob'
  | 'DescribeDatasetExportJob'
  | 'ListDatasetExportJobs'
  | 'CreateDataDeletionJob'
  | 'DescribeDataDeletionJob'
  | 'ListDataDeletionJobs'
>;

/** Export and deletion job RPCs. */
export function dataJobHandlers(s: Services, deps: HandlerDeps): Handlers {
  return {
    CreateDatasetExportJob: unary(deps, 'CreateDatasetExportJob', async (r) => {
      const out = await s.exportJobs.create({
        jobName: r.jobName,
        datasetArn: r.datasetArn,
        ingestionMode: r.ingestionMode,
        roleArn: r.roleArn,
        outputPath: r.jobOutput?.s3DataDestination?.path,
        tags: r.tags,
      });
      return { datasetExportJobArn: out.arn };
    }),
    DescribeDatasetExportJob: unary(deps, 'DescribeDatasetExportJob', async (r) => {
      const j = await s.exportJobs.describe(r.datasetExportJobArn);
      return {
        datasetExportJob: {
          ...exportSummary(j),
          datasetArn: j.datasetArn,
          ingestionMode: j.ingestionMode,
          roleArn: j.roleArn ?? '',
          jobOutput: { s3DataDestination: { path: j.outputPath, kmsKeyArn: '' } },
          rowCount: String(j.rowCount),
        },
      };
    }),
    ListDatasetExportJobs: unary(deps, 'ListDatasetExportJobs', async (r) => {
      const page = await s.exportJobs.list(r.datasetArn || undefined, r);
      return { datasetExportJobs: page.items.map(exportSummary), nextToken: page.nextToken ?? '' };
    }),
    CreateDataDeletionJob: unary(deps, 'CreateDataDeletionJob', async (r) => {
      const out = await s.deletionJobs.create({
        jobName: r.jobName,
        datasetGroupArn: r.datasetGroupArn,
        dataLocation: r.dataSource?.dataLocation,
        roleArn: r.roleArn,
        tags: r.tags,
      });
      return { dataDeletionJobArn: out.arn };
    }),
    DescribeDataDeletionJob: unary(deps, 'DescribeDataDeletionJob', async (r) => {
      const j = await s.deletionJobs.describe(r.dataDeletionJobArn);
      return {
        dataDeletionJob: {
          ...deletionSummary(j),
          dataSource: { dataLocation: j.dataLocation },
          roleArn: j.roleArn ?? '',
          numDeleted: j.numDeleted,
        },
      };
    }),
    ListDataDeletionJobs: unary(deps, 'ListDataDeletionJobs', async (r) => {
      const page = await s.deletionJobs.list(r.datasetGroupArn || undefined, r);
      return { dataDeletionJobs: page.items.map(deletionSummary), nextToken: page.nextToken ?? '' };
    }),
  };
}
