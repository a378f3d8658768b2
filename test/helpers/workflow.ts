/** Multi-step API workflows used by several suites. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { call, type TestServer, waitFor } from './server.ts';

interface Described<T> {
  [key: string]: T;
}

/** Creates an ACTIVE dataset group and returns its ARN. */
export async function activeGroup(s: TestServer, name: string): Promise<string> {
  const { datasetGroupArn } = await call<object, { datasetGroupArn: string }>(s.control, 'CreateDatasetGroup', { name });
  await waitFor(
    () => call<object, Described<{ status: string }>>(s.control, 'DescribeDatasetGroup', { datasetGroupArn }),
    (r) => r.datasetGroup!.status,
    ['ACTIVE'],
  );
  return datasetGroupArn;
}

/** Creates a schema and returns its ARN. */
export async function schema(s: TestServer, name: string, definition: string): Promise<string> {
  const { schemaArn } = await call<object, { schemaArn: string }>(s.control, 'CreateSchema', { name, schema: definition });
  return schemaArn;
}

/** Creates an ACTIVE dataset and returns its ARN. */
export async function activeDataset(s: TestServer, name: string, groupArn: string, type: string, schemaArn: string): Promise<string> {
  const { datasetArn } = await call<object, { datasetArn: string }>(s.control, 'CreateDataset', {
    name,
    datasetGroupArn: groupArn,
    datasetType: type,
    schemaArn,
  });
  await waitFor(
    () => call<object, Described<{ status: string }>>(s.control, 'DescribeDataset', { datasetArn }),
    (r) => r.dataset!.status,
    ['ACTIVE'],
  );
  return datasetArn;
}

/** Import job as DescribeDatasetImportJob returns it. */
export interface ImportJobView {
  status: string;
  failureReason: string;
  jobName: string;
  importMode: string;
}

/** Writes `content` to a file in the data root, imports it, and waits for the job to end. */
export async function importCsv(
  s: TestServer,
  jobName: string,
  datasetArn: string,
  fileName: string,
  content: string | Buffer,
  importMode = 'FULL',
): Promise<ImportJobView> {
  const path = join(s.dataDir, fileName);
  writeFileSync(path, content);
  return importFrom(s, jobName, datasetArn, path, importMode);
}

/** Imports from a data location and waits for the job to end (ACTIVE or CREATE FAILED). */
export async function importFrom(s: TestServer, jobName: string, datasetArn: string, dataLocation: string, importMode = 'FULL'): Promise<ImportJobView> {
  const { datasetImportJobArn } = await call<object, { datasetImportJobArn: string }>(s.control, 'CreateDatasetImportJob', {
    jobName,
    datasetArn,
    dataSource: { dataLocation },
    importMode,
  });
  const r = await waitFor(
    () => call<object, { datasetImportJob: ImportJobView }>(s.control, 'DescribeDatasetImportJob', { datasetImportJobArn }),
    (x) => x.datasetImportJob.status,
    ['ACTIVE', 'CREATE FAILED'],
    120_000,
  );
  return r.datasetImportJob;
}
