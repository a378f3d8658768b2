/**
 * Short-lived caches of what real-time ingestion looks up on every call: tracking id →
 * Interactions dataset, and dataset ARN → dataset. Only positive answers are cached, for
 * `ttlMs`, so a resource created or deleted by another process is seen within that time;
 * this process drops entries itself when it deletes something.
 */
import { and, eq } from 'drizzle-orm';
import { InvalidState, ResourceNotFound } from '../../common/errors.ts';
import { Status } from '../../control/status.ts';
import type { Database } from '../../store/database.ts';
import * as t from '../../store/schema.ts';
import { type DatasetType, type ParsedSchema, parseAvroSchema } from '../schema/index.ts';

/** A dataset as ingestion needs it. */
export interface IngestDataset {
  id: number;
  arn: string;
  type: DatasetType;
  schema: ParsedSchema;
}

interface Entry<T> {
  value: T;
  expires: number;
}

/** How long a looked-up tracker or dataset is trusted without asking the database again. */
export const CATALOG_TTL_MS = 2_000;

export class IngestCatalog {
  private readonly byTracking = new Map<string, Entry<IngestDataset>>();
  private readonly byArn = new Map<string, Entry<IngestDataset>>();

  constructor(
    private readonly database: Database,
    private readonly ttlMs = CATALOG_TTL_MS,
  ) {}

  /** The Interactions dataset that an ACTIVE tracker's events go to. */
  async forTrackingId(trackingId: string): Promise<IngestDataset> {
    const hit = this.byTracking.get(trackingId);
    if (hit && hit.expires > Date.now()) return hit.value;
    const db = this.database.db;
    const [tracker] = await db.select().from(t.eventTrackers).where(eq(t.eventTrackers.trackingId, trackingId)).limit(1);
    if (!tracker) throw new ResourceNotFound('event tracker', trackingId, `tracking_id: no event tracker has tracking id "${trackingId}"`);
    if (tracker.status !== Status.Active) throw new InvalidState(`event tracker ${tracker.arn} is ${tracker.status}; it accepts events when ACTIVE`);
    const [row] = await db
      .select({ d: t.datasets, definition: t.schemas.definition })
      .from(t.datasets)
      .innerJoin(t.schemas, eq(t.schemas.id, t.datasets.schemaId))
      .where(and(eq(t.datasets.datasetGroupId, tracker.datasetGroupId), eq(t.datasets.datasetType, 'Interactions')))
      .limit(1);
    if (!row) throw new InvalidState(`the dataset group of event tracker ${tracker.arn} has no Interactions dataset; create one before sending events`);
    if (row.d.status !== Status.Active) throw new InvalidState(`Interactions dataset ${row.d.arn} is ${row.d.status}; events are accepted when it is ACTIVE`);
    const value: IngestDataset = { id: row.d.id, arn: row.d.arn, type: 'Interactions', schema: parseAvroSchema(row.definition) };
    this.byTracking.set(trackingId, { value, expires: Date.now() + this.ttlMs });
    return value;
  }

  /** An ACTIVE dataset by ARN. */
  async forDatasetArn(arn: string): Promise<IngestDataset> {
    const hit = this.byArn.get(arn);
    if (hit && hit.expires > Date.now()) return hit.value;
    const [row] = await this.database.db
      .select({ d: t.datasets, definition: t.schemas.definition })
      .from(t.datasets)
      .innerJoin(t.schemas, eq(t.schemas.id, t.datasets.schemaId))
      .where(eq(t.datasets.arn, arn))
      .limit(1);
    if (!row) throw new ResourceNotFound('dataset', arn);
    if (row.d.status !== Status.Active) throw new InvalidState(`dataset ${arn} is ${row.d.status}; it accepts records when ACTIVE`);
    const value: IngestDataset = { id: row.d.id, arn, type: row.d.datasetType as DatasetType, schema: parseAvroSchema(row.definition) };
    this.byArn.set(arn, { value, expires: Date.now() + this.ttlMs });
    return value;
  }

  /** Forgets everything (after this process deleted or changed a tracker or dataset). */
  invalidate(): void {
    this.byTracking.clear();
    this.byArn.clear();
  }
}
