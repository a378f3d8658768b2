/** Resources benchmarks create through the API before they measure. */
import { INTERACTIONS_SCHEMA } from '../../test/helpers/fixtures.ts';
import { call, type ServerProcess, until } from './server-process.ts';

/** Creates an ACTIVE dataset group "bench" with an ACTIVE Interactions dataset; returns their ARNs. */
export async function benchInteractionsDataset(server: ServerProcess): Promise<{ datasetGroupArn: string; datasetArn: string }> {
  const { datasetGroupArn } = await call<{ datasetGroupArn: string }>(server.control, 'CreateDatasetGroup', { name: 'bench' });
  await until(() => call<{ datasetGroup: { status: string } }>(server.control, 'DescribeDatasetGroup', { datasetGroupArn }), (r) => r.datasetGroup.status === 'ACTIVE');
  const { schemaArn } = await call<{ schemaArn: string }>(server.control, 'CreateSchema', { name: 'bench-i', schema: INTERACTIONS_SCHEMA });
  const { datasetArn } = await call<{ datasetArn: string }>(server.control, 'CreateDataset', {
    name: 'bench-i',
    datasetGroupArn,
    datasetType: 'Interactions',
    schemaArn,
  });
  await until(() => call<{ dataset: { status: string } }>(server.control, 'DescribeDataset', { datasetArn }), (r) => r.dataset.status === 'ACTIVE');
  return { datasetGroupArn, datasetArn };
}
