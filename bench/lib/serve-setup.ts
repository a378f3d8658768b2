/** Builds a served campaign through the API for the serving benchmarks: data, trained versions, filter, campaigns. */
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import type { PersonalizeRuntimeClient } from '../../src/api/generated/attune/v1/PersonalizeRuntime.ts';
import { loadProtos } from '../../src/api/proto.ts';
import { writeClusteredCsv } from './data.ts';
import { call, type ServerProcess, until } from './server-process.ts';
import { benchInteractionsDataset } from './setup.ts';

const RECIPE = 'arn:attune:personalize:::recipe/';

/** A runtime client for a server. */
export function runtimeClient(address: string): PersonalizeRuntimeClient {
  const { attune } = loadProtos();
  return new attune.PersonalizeRuntime(address, grpc.credentials.createInsecure()) as unknown as PersonalizeRuntimeClient;
}

/** Imports generated clustered interactions; returns the group ARN and the wall time. */
export async function importClustered(server: ServerProcess, dataRoot: string, users: number, items: number, perUser: number) {
  const path = join(dataRoot, 'clustered.csv');
  await writeClusteredCsv(path, users, items, perUser);
  const { datasetGroupArn, datasetArn } = await benchInteractionsDataset(server);
  const t0 = performance.now();
  const { datasetImportJobArn } = await call<{ datasetImportJobArn: string }>(server.control, 'CreateDatasetImportJob', {
    jobName: 'bench-import',
    datasetArn,
    dataSource: { dataLocation: path },
    importMode: 'FULL',
  });
  const job = await until(
    () => call<{ datasetImportJob: { status: string; failureReason: string } }>(server.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
    (r) => r.datasetImportJob.status === 'ACTIVE' || r.datasetImportJob.status === 'CREATE FAILED',
    200,
  );
  if (job.datasetImportJob.status !== 'ACTIVE') throw new Error(`import failed: ${job.datasetImportJob.failureReason}`);
  return { datasetGroupArn, datasetArn, importSeconds: (performance.now() - t0) / 1000 };
}

/** Creates a solution of `recipe` and trains a version; returns both ARNs. */
export async function trainedSolution(server: ServerProcess, datasetGroupArn: string, name: string, recipe: string, params: Record<string, string> = {}) {
  const { solutionArn } = await call<{ solutionArn: string }>(server.control, 'CreateSolution', {
    name,
    datasetGroupArn,
    recipeArn: RECIPE + recipe,
    solutionConfig: { algorithmHyperParameters: params },
  });
  await until(() => call<{ solution: { status: string } }>(server.control, 'DescribeSolution', { solutionArn }), (r) => r.solution.status === 'ACTIVE');
  const versionArn = await trainVersion(server, solutionArn);
  return { solutionArn, versionArn };
}

/** Trains one more version of a solution; returns its ARN once ACTIVE. */
export async function trainVersion(server: ServerProcess, solutionArn: string): Promise<string> {
  const { solutionVersionArn } = await call<{ solutionVersionArn: string }>(server.control, 'CreateSolutionVersion', { solutionArn });
  const v = await until(
    () => call<{ solutionVersion: { status: string; failureReason: string } }>(server.control, 'DescribeSolutionVersion', { solutionVersionArn }),
    (r) => !['CREATE PENDING', 'CREATE IN_PROGRESS'].includes(r.solutionVersion.status),
    250,
  );
  if (v.solutionVersion.status !== 'ACTIVE') throw new Error(`training failed: ${v.solutionVersion.failureReason}`);
  return solutionVersionArn;
}

/** Creates a campaign and waits until it is ACTIVE. */
export async function activeCampaign(server: ServerProcess, request: Record<string, unknown>): Promise<string> {
  const { campaignArn } = await call<{ campaignArn: string }>(server.control, 'CreateCampaign', request);
  const c = await until(
    () => call<{ campaign: { status: string; failureReason: string } }>(server.control, 'DescribeCampaign', { campaignArn }),
    (r) => r.campaign.status === 'ACTIVE' || r.campaign.status === 'CREATE FAILED',
    100,
  );
  if (c.campaign.status !== 'ACTIVE') throw new Error(`campaign failed: ${c.campaign.failureReason}`);
  return campaignArn;
}

/** Updates a campaign to a version and waits until the update is ACTIVE; returns the seconds it took. */
export async function updateCampaign(server: ServerProcess, campaignArn: string, solutionVersionArn: string): Promise<number> {
  const t0 = performance.now();
  await call(server.control, 'UpdateCampaign', { campaignArn, solutionVersionArn });
  const c = await until(
    () => call<{ campaign: { latestCampaignUpdate: { status: string; failureReason: string } | null } }>(server.control, 'DescribeCampaign', { campaignArn }),
    (r) => ['ACTIVE', 'CREATE FAILED'].includes(r.campaign.latestCampaignUpdate?.status ?? ''),
    100,
  );
  if (c.campaign.latestCampaignUpdate?.status !== 'ACTIVE') throw new Error(`update failed: ${c.campaign.latestCampaignUpdate?.failureReason}`);
  return (performance.now() - t0) / 1000;
}

/** Creates a filter; returns its ARN. */
export async function createFilter(server: ServerProcess, datasetGroupArn: string, name: string, filterExpression: string): Promise<string> {
  const { filterArn } = await call<{ filterArn: string }>(server.control, 'CreateFilter', { name, datasetGroupArn, filterExpression });
  return filterArn;
}
