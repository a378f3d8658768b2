/** Handlers for dataset groups, schemas and datasets. */
import type { DatasetGroupRecord } from '../../control/dataset-groups.ts';
import type { DatasetRecord } from '../../control/datasets.ts';
import type { SchemaRecord } from '../../control/schemas.ts';
import { timestamp } from '../convert.ts';
import type { PersonalizeHandlers } from '../generated/attune/v1/Personalize.ts';
import type { Services } from '../services.ts';
import { type HandlerDeps, unary } from '../unary.ts';

function datasetGroup(g: DatasetGroupRecord) {
  return {
    name: g.name,
    datasetGroupArn: g.arn,
    status: g.status,
    roleArn: g.roleArn ?? '',
    kmsKeyArn: g.kmsKeyArn ?? '',
    creationDateTime: timestamp(g.createdAt),
    lastUpdatedDateTime: timestamp(g.updatedAt),
    failureReason: g.failureReason ?? '',
    domain: g.domain ?? '',
  };
}

function schemaSummary(s: SchemaRecord) {
  return {
    name: s.name,
    schemaArn: s.arn,
    creationDateTime: timestamp(s.createdAt),
    lastUpdatedDateTime: timestamp(s.updatedAt),
    domain: s.domain ?? '',
  };
}

function dataset(d: DatasetRecord) {
  return {
    name: d.name,
    datasetArn: d.arn,
    datasetGroupArn: d.datasetGroupArn,
    datasetType: d.datasetType,
    schemaArn: d.schemaArn,
    status: d.status,
    creationDateTime: timestamp(d.createdAt),
    lastUpdatedDateTime: timestamp(d.updatedAt),
    latestDatasetUpdate: d.update
      ? {
          schemaArn: d.update.schemaArn,
          status: d.update.status,
          failureReason: d.update.failureReason ?? '',
          creationDateTime: timestamp(d.update.createdAt),
          lastUpdatedDateTime: timestamp(d.update.updatedAt),
        }
      : null,
    trackingId: '',
  };
}

type Handlers = Pick<
  PersonalizeHandlers,
  | 'CreateDatasetGroup'
  | 'DescribeDatasetGroup'
  | 'ListDatasetGroups'
  | 'DeleteDatasetGroup'
  | 'CreateSchema'
  | 'DescribeSchema'
  | 'ListSchemas'
  | 'DeleteSchema'
  | 'CreateDataset'
  | 'DescribeDataset'
  | 'ListDatasets'
  | 'UpdateDataset'
  | 'DeleteDataset'
>;

/** Dataset group, schema and dataset RPCs. */
export function datasetHandlers(s: Services, deps: HandlerDeps): Handlers {
  return {
    CreateDatasetGroup: unary(deps, 'CreateDatasetGroup', async (r) => {
      const out = await s.datasetGroups.create(r);
      return { datasetGroupArn: out.arn, domain: out.domain ?? '' };
    }),
    DescribeDatasetGroup: unary(deps, 'DescribeDatasetGroup', async (r) => ({
      datasetGroup: datasetGroup(await s.datasetGroups.describe(r.datasetGroupArn)),
    })),
    ListDatasetGroups: unary(deps, 'ListDatasetGroups', async (r) => {
      const page = await s.datasetGroups.list(r);
      return {
        datasetGroups: page.items.map((g) => {
          const { roleArn: _r, kmsKeyArn: _k, ...summary } = datasetGroup(g);
          return summary;
        }),
        nextToken: page.nextToken ?? '',
      };
    }),
    DeleteDatasetGroup: unary(deps, 'DeleteDatasetGroup', async (r) => {
      await s.datasetGroups.delete(r.datasetGroupArn);
      return {};
    }),

    CreateSchema: unary(deps, 'CreateSchema', async (r) => ({ schemaArn: (await s.schemas.create(r)).arn })),
    DescribeSchema: unary(deps, 'DescribeSchema', async (r) => {
      const schema = await s.schemas.describe(r.schemaArn);
      return { schema: { ...schemaSummary(schema), schema: schema.definition } };
    }),
    ListSchemas: unary(deps, 'ListSchemas', async (r) => {
      const page = await s.schemas.list(r);
      return { schemas: page.items.map(schemaSummary), nextToken: page.nextToken ?? '' };
    }),
    DeleteSchema: unary(deps, 'DeleteSchema', async (r) => {
      await s.schemas.delete(r.schemaArn);
      return {};
    }),

    CreateDataset: unary(deps, 'CreateDataset', async (r) => ({ datasetArn: (await s.datasets.create(r)).arn })),
    DescribeDataset: unary(deps, 'DescribeDataset', async (r) => ({ dataset: dataset(await s.datasets.describe(r.datasetArn)) })),
    ListDatasets: unary(deps, 'ListDatasets', async (r) => {
      const page = await s.datasets.list(r.datasetGroupArn || undefined, r);
      return {
        datasets: page.items.map((d) => ({
          name: d.name,
          datasetArn: d.arn,
          datasetType: d.datasetType,
          status: d.status,
          creationDateTime: timestamp(d.createdAt),
          lastUpdatedDateTime: timestamp(d.updatedAt),
        })),
        nextToken: page.nextToken ?? '',
      };
    }),
    UpdateDataset: unary(deps, 'UpdateDataset', async (r) => {
      const out = await s.datasets.update(r.datasetArn, r.schemaArn);
      s.ingest.catalog.invalidate();
      return { datasetArn: out.arn };
    }),
    DeleteDataset: unary(deps, 'DeleteDataset', async (r) => {
      await s.datasets.delete(r.datasetArn);
      s.ingest.catalog.invalidate();
      return {};
    }),
  };
}
