/** The ACTIVE datasets of a dataset group with their schemas: what training and serving read. */
import { and, eq } from 'drizzle-orm';
import { Status } from '../../control/status.ts';
import type { Database } from '../../store/database.ts';
import * as t from '../../store/schema.ts';
import { parseAvroSchema, type SchemaField } from '../schema/index.ts';

/** The group's datasets: ids and full schema field lists. */
export interface GroupDatasets {
  interactions?: { id: number; fields: SchemaField[] };
  items?: { id: number; fields: SchemaField[] };
  users?: { id: number; fields: SchemaField[] };
}

/** Reads the group's ACTIVE datasets and their schemas. */
export async function groupDatasets(database: Database, groupArn: string): Promise<GroupDatasets> {
  const rows = await database.db
    .select({ id: t.datasets.id, type: t.datasets.datasetType, definition: t.schemas.definition })
    .from(t.datasets)
    .innerJoin(t.datasetGroups, eq(t.datasetGroups.id, t.datasets.datasetGroupId))
    .innerJoin(t.schemas, eq(t.schemas.id, t.datasets.schemaId))
    .where(and(eq(t.datasetGroups.arn, groupArn), eq(t.datasets.status, Status.Active)));
  const out: GroupDatasets = {};
  for (const r of rows) {
    const entry = { id: r.id, fields: parseAvroSchema(r.definition).fields };
    if (r.type === 'Interactions') out.interactions = entry;
    else if (r.type === 'Items') out.items = entry;
    else if (r.type === 'Users') out.users = entry;
  }
  return out;
}
