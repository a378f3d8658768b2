/** Batch inference and segment jobs through the API: create, wait, read the output. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { call, type TestServer, waitFor } from './server.ts';

/**
 * Adds jobs of `type` in the given statuses straight to the table, copied from the first job of
 * that type (as the table holds waiting jobs; never queued, so nothing runs them). Their ARNs
 * end in `-waiting-<n>`, n from 1; `removeWaitingJobs` deletes them.
 */
export async function addWaitingJobs(s: TestServer, type: 'inference' | 'segment', statuses: string[]): Promise<void> {
  await s.attune.database.query(
    `insert into batch_jobs (arn, job_type, name, solution_version_id, num_results, input_path, output_path, config, status, created_at, updated_at)
     select arn || '-waiting-' || w.n, job_type, name || '-waiting-' || w.n, solution_version_id, num_results, input_path, output_path, config, w.status, now(), now()
     from batch_jobs, unnest($1::text[]) with ordinality as w(status, n) where id = (select min(id) from batch_jobs where job_type = $2)`,
    [statuses, type],
  );
}

/** Deletes what addWaitingJobs added. */
export async function removeWaitingJobs(s: TestServer): Promise<void> {
  await s.attune.database.query(`delete from batch_jobs where arn like '%-waiting-%'`);
}

/** A batch job as Describe returns it (the fields tests look at). */
export interface BatchJobView {
  jobName: string;
  status: string;
  failureReason: string;
  solutionVersionArn: string;
  filterArn: string;
  numResults: number;
  recordsProcessed: string;
  recordsTotal: string;
  recordsFailed: string;
  jobInput: { s3DataSource: { path: string } };
  jobOutput: { s3DataDestination: { path: string } };
}

/** One output line. */
export interface OutLine {
  input: unknown;
  output: { recommendedItems?: string[]; scores?: (number | null)[]; recommendedUsers?: string[] } | null;
  error: string | null;
}

/** Writes `lines` (JSON values or raw strings) as a JSON Lines file in the data root; returns its path. */
export function writeInput(s: TestServer, name: string, lines: (object | string)[]): string {
  const path = join(s.dataDir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

/** CreateBatchInferenceJob; returns the job ARN. */
export async function createInferenceJob(s: TestServer, request: Record<string, unknown>): Promise<string> {
  const r = await call<object, { batchInferenceJobArn: string }>(s.control, 'CreateBatchInferenceJob', request);
  return r.batchInferenceJobArn;
}

/** CreateBatchSegmentJob; returns the job ARN. */
export async function createSegmentJob(s: TestServer, request: Record<string, unknown>): Promise<string> {
  const r = await call<object, { batchSegmentJobArn: string }>(s.control, 'CreateBatchSegmentJob', request);
  return r.batchSegmentJobArn;
}

/** DescribeBatchInferenceJob. */
export async function describeInference(s: TestServer, batchInferenceJobArn: string): Promise<BatchJobView> {
  return (await call<object, { batchInferenceJob: BatchJobView }>(s.control, 'DescribeBatchInferenceJob', { batchInferenceJobArn })).batchInferenceJob;
}

/** DescribeBatchSegmentJob. */
export async function describeSegment(s: TestServer, batchSegmentJobArn: string): Promise<BatchJobView> {
  return (await call<object, { batchSegmentJob: BatchJobView }>(s.control, 'DescribeBatchSegmentJob', { batchSegmentJobArn })).batchSegmentJob;
}

/** Polls a job until it is ACTIVE or CREATE FAILED. */
export async function finished(describe: () => Promise<BatchJobView>, timeoutMs = 120_000): Promise<BatchJobView> {
  return waitFor(describe, (j) => j.status, ['ACTIVE', 'CREATE FAILED'], timeoutMs);
}

/** Runs a batch inference job to its end and returns its description. */
export async function runInference(s: TestServer, request: Record<string, unknown>): Promise<BatchJobView> {
  const arn = await createInferenceJob(s, request);
  return finished(() => describeInference(s, arn));
}

/** The parsed lines of an output file. */
export function readOutput(path: string): OutLine[] {
  const text = readFileSync(path, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as OutLine);
}
