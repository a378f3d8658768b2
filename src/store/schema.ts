/**
 * The database schema, shared by PGlite and PostgreSQL. Migrations in ./migrations are
 * generated from this file with `npm run gen:migration` and applied at start-up.
 *
 * Control-plane resources each have a numeric `id` (list order and foreign keys) and a unique
 * `arn`. Dataset rows (interactions, items, users) are append-only and belong to a data batch:
 * batch 0 holds records written one at a time (PutEvents, PutItems, PutUsers); every bulk import
 * writes a batch of its own that stays invisible until the import commits by flipping the
 * batch to `live` in one short transaction. See src/store/data-rows.ts.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** Orders record writers for "newest record wins": real-time rows and bulk batches going live. */
export const dataVersion = pgSequence('data_version');

/** Process-wide settings, e.g. the key that signs list pagination tokens. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const datasetGroups = pgTable('dataset_groups', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  arn: text('arn').notNull().unique(),
  name: text('name').notNull(),
  status: text('status').notNull(),
  domain: text('domain'),
  roleArn: text('role_arn'),
  kmsKeyArn: text('kms_key_arn'),
  failureReason: text('failure_reason'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const schemas = pgTable('schemas', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  arn: text('arn').notNull().unique(),
  name: text('name').notNull(),
  /** The Avro JSON exactly as the client sent it. */
  definition: text('definition').notNull(),
  domain: text('domain'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const datasets = pgTable(
  'datasets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    name: text('name').notNull(),
    datasetGroupId: integer('dataset_group_id')
      .notNull()
      .references(() => datasetGroups.id),
    datasetType: text('dataset_type').notNull(),
    schemaId: integer('schema_id')
      .notNull()
      .references(() => schemas.id),
    status: text('status').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** The latest UpdateDataset: target schema, status, failure and times. */
    updateSchemaId: integer('update_schema_id').references(() => schemas.id),
    updateStatus: text('update_status'),
    updateFailureReason: text('update_failure_reason'),
    updateCreatedAt: ts('update_created_at'),
    updateUpdatedAt: ts('update_updated_at'),
  },
  (t) => [uniqueIndex('datasets_group_type').on(t.datasetGroupId, t.datasetType)],
);

export const datasetImportJobs = pgTable(
  'dataset_import_jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    name: text('name').notNull(),
    datasetId: integer('dataset_id')
      .notNull()
      .references(() => datasets.id),
    dataLocation: text('data_location').notNull(),
    importMode: text('import_mode').notNull(),
    roleArn: text('role_arn'),
    publishAttributionMetricsToS3: boolean('publish_attribution_metrics_to_s3'),
    status: text('status').notNull(),
    failureReason: text('failure_reason'),
    /** Rows written so far (progress) and, once ACTIVE, in total. */
    rowCount: bigint('row_count', { mode: 'number' }).notNull().default(0),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('dataset_import_jobs_dataset').on(t.datasetId)],
);

export const eventTrackers = pgTable(
  'event_trackers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    name: text('name').notNull(),
    datasetGroupId: integer('dataset_group_id')
      .notNull()
      .references(() => datasetGroups.id),
    trackingId: text('tracking_id').notNull().unique(),
    status: text('status').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  // At most one event tracker per dataset group.
  (t) => [uniqueIndex('event_trackers_group').on(t.datasetGroupId)],
);

export const tags = pgTable(
  'tags',
  {
    resourceArn: text('resource_arn').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceArn, t.key] })],
);

/**
 * Durable work queue. A job is claimed by one process under a lease that it renews while it
 * works; a job whose lease ran out (its process died) is claimed again by anyone.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    /** The ARN of the resource the job works for (e.g. a dataset import job). */
    resourceArn: text('resource_arn').notNull(),
    /** pending | running | done | failed */
    state: text('state').notNull(),
    attempts: integer('attempts').notNull().default(0),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: ts('lease_expires_at'),
    /** Not claimed before this time (retry backoff); null means at once. */
    runAfter: ts('run_after'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('jobs_claimable').on(t.state, t.id)],
);

/**
 * A set of bulk rows written by one import. `loading` rows are invisible; `live` rows are
 * visible; `dead` rows are invisible and wait to be garbage-collected.
 */
export const dataBatches = pgTable(
  'data_batches',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    datasetId: integer('dataset_id').notNull(),
    importJobId: integer('import_job_id'),
    state: text('state').notNull(),
    /** Order among writers for "newest record wins" (items, users); set when the batch goes live. */
    version: bigint('version', { mode: 'number' }),
    rowCount: bigint('row_count', { mode: 'number' }).notNull().default(0),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('data_batches_dataset').on(t.datasetId, t.state)],
);

/** Item interactions: bulk rows (batch_id > 0) and real-time events (batch_id = 0). */
export const interactions = pgTable(
  'interactions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    datasetId: integer('dataset_id').notNull(),
    batchId: bigint('batch_id', { mode: 'number' }).notNull(),
    userId: text('user_id'),
    itemId: text('item_id'),
    /** TIMESTAMP: Unix epoch seconds (events: sent_at truncated to seconds; `id` orders ties). */
    timestamp: bigint('timestamp', { mode: 'number' }).notNull(),
    eventType: text('event_type'),
    eventValue: real('event_value'),
    impression: text('impression'),
    recommendationId: text('recommendation_id'),
    eventAttributionSource: text('event_attribution_source'),
    sessionId: text('session_id'),
    eventId: text('event_id'),
    /** Metadata fields beyond the reserved ones, keyed by schema field name. */
    properties: jsonb('properties'),
  },
  (t) => [
    // Real-time events only: bulk rows reach serving through trained models, and indexing
    // them would make bulk import three times slower (random inserts into a text btree).
    index('interactions_user_realtime')
      .on(t.datasetId, t.userId, t.timestamp)
      .where(sql`${t.batchId} = 0`),
    uniqueIndex('interactions_event_id')
      .on(t.datasetId, t.eventId)
      .where(sql`${t.eventId} is not null`),
  ],
);

/** Item records, one row per write; the newest visible row per item id is the item. */
export const items = pgTable(
  'items',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    datasetId: integer('dataset_id').notNull(),
    batchId: bigint('batch_id', { mode: 'number' }).notNull(),
    /** Order of real-time writes (batch 0); bulk rows take their batch's version. */
    version: bigint('version', { mode: 'number' }),
    itemId: text('item_id').notNull(),
    creationTimestamp: bigint('creation_timestamp', { mode: 'number' }),
    properties: jsonb('properties').notNull(),
  },
  (t) => [index('items_item').on(t.datasetId, t.itemId)],
);

/** User records, one row per write; the newest visible row per user id is the user. */
export const users = pgTable(
  'users',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    datasetId: integer('dataset_id').notNull(),
    batchId: bigint('batch_id', { mode: 'number' }).notNull(),
    version: bigint('version', { mode: 'number' }),
    userId: text('user_id').notNull(),
    properties: jsonb('properties').notNull(),
  },
  (t) => [index('users_user').on(t.datasetId, t.userId)],
);

/** Files uploaded with UploadData, kept in the database so every process can read them. */
export const uploads = pgTable('uploads', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  /** receiving | complete */
  state: text('state').notNull(),
  createdAt: ts('created_at').notNull(),
  /** Last time a chunk arrived (an upload idle for an hour while receiving was abandoned). */
  updatedAt: ts('updated_at').notNull(),
});

export const uploadChunks = pgTable(
  'upload_chunks',
  {
    uploadId: text('upload_id').notNull(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.seq] })],
);

/** A recipe plus its training configuration; versions are trained from it. */
export const solutions = pgTable('solutions', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  arn: text('arn').notNull().unique(),
  name: text('name').notNull(),
  datasetGroupId: integer('dataset_group_id')
    .notNull()
    .references(() => datasetGroups.id),
  recipe: text('recipe').notNull(),
  eventType: text('event_type'),
  performHpo: boolean('perform_hpo').notNull(),
  performAutoTraining: boolean('perform_auto_training').notNull(),
  /** When automatic training next looks for new interactions (null: not scheduled). */
  nextAutoTrainingAt: ts('next_auto_training_at'),
  /** The validated SolutionConfig, in Personalize's JSON shape. */
  config: jsonb('config').notNull(),
  status: text('status').notNull(),
  failureReason: text('failure_reason'),
  /** The latest UpdateSolution (SolutionUpdateSummary in Personalize's JSON shape). */
  latestUpdate: jsonb('latest_update'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** A trained model. Its configuration is copied from the solution when it is created. */
export const solutionVersions = pgTable(
  'solution_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    name: text('name').notNull(),
    solutionId: integer('solution_id')
      .notNull()
      .references(() => solutions.id),
    recipe: text('recipe').notNull(),
    eventType: text('event_type'),
    performHpo: boolean('perform_hpo').notNull(),
    config: jsonb('config').notNull(),
    trainingMode: text('training_mode').notNull(),
    trainingType: text('training_type').notNull(),
    status: text('status').notNull(),
    failureReason: text('failure_reason'),
    /** Hyperparameters the model was trained with (tuned ones included). */
    hyperParameters: jsonb('hyper_parameters'),
    /** Values HPO chose, when it ran. */
    tunedHyperParameters: jsonb('tuned_hyper_parameters'),
    /** GetSolutionMetrics, measured on the holdout. */
    metrics: jsonb('metrics'),
    trainingStartedAt: ts('training_started_at'),
    trainingEndedAt: ts('training_ended_at'),
    /** The trained model, once ACTIVE. */
    artifactId: bigint('artifact_id', { mode: 'number' }),
    /** training_mode UPDATE: the version whose model is updated. */
    sourceVersionId: integer('source_version_id'),
    /**
     * The highest interaction row id of the group when training read its data: automatic
     * training starts a new version only when interactions past this mark exist.
     */
    interactionsMark: bigint('interactions_mark', { mode: 'number' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('solution_versions_solution').on(t.solutionId)],
);

/** Binary blobs (trained models), stored in chunks so any process can load them. */
export const artifacts = pgTable('artifacts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  /** The resource the artifact belongs to (a solution version ARN). */
  ownerArn: text('owner_arn').notNull(),
  kind: text('kind').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const artifactChunks = pgTable(
  'artifact_chunks',
  {
    artifactId: bigint('artifact_id', { mode: 'number' }).notNull(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.artifactId, t.seq] })],
);

/**
 * A solution version deployed for real-time recommendations. `requested_solution_version_arn`
 * is what the client asked for (a version, or `<solution arn>/$LATEST`); `solution_version_id`
 * is the version it resolved to, which the campaign serves (or is deploying while CREATE
 * PENDING or IN_PROGRESS).
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    name: text('name').notNull(),
    solutionId: integer('solution_id')
      .notNull()
      .references(() => solutions.id),
    requestedSolutionVersionArn: text('requested_solution_version_arn').notNull(),
    solutionVersionId: integer('solution_version_id')
      .notNull()
      .references(() => solutionVersions.id),
    minProvisionedTps: integer('min_provisioned_tps').notNull(),
    /** The resolved CampaignConfig (src/control/campaign-config.ts), defaults filled in. */
    config: jsonb('config').notNull(),
    status: text('status').notNull(),
    failureReason: text('failure_reason'),
    /** The latest UpdateCampaign: its target, status, failure and times. */
    latestUpdate: jsonb('latest_update'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('campaigns_solution').on(t.solutionId)],
);

/** Recommendation filters: an expression checked against the dataset group's schemas. */
export const filters = pgTable(
  'filters',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    name: text('name').notNull(),
    datasetGroupId: integer('dataset_group_id')
      .notNull()
      .references(() => datasetGroups.id),
    expression: text('expression').notNull(),
    /** The distinct dataset fields the expression uses (`Items.GENRE`, …), for the per-group quota. */
    fields: jsonb('fields').notNull(),
    status: text('status').notNull(),
    failureReason: text('failure_reason'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('filters_dataset_group').on(t.datasetGroupId)],
);

/**
 * Batch inference and batch segment jobs (`job_type` inference | segment): a JSON Lines file of
 * queries answered with a solution version into an output file.
 */
export const batchJobs = pgTable(
  'batch_jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    jobType: text('job_type').notNull(),
    name: text('name').notNull(),
    solutionVersionId: integer('solution_version_id')
      .notNull()
      .references(() => solutionVersions.id),
    filterArn: text('filter_arn'),
    numResults: integer('num_results').notNull(),
    /** The input file or folder and the output folder, as resolved inside a data root. */
    inputPath: text('input_path').notNull(),
    outputPath: text('output_path').notNull(),
    roleArn: text('role_arn'),
    /** The BatchInferenceJobConfig in Personalize's JSON shape, and the job mode. */
    config: jsonb('config'),
    mode: text('mode'),
    status: text('status').notNull(),
    failureReason: text('failure_reason'),
    recordsTotal: bigint('records_total', { mode: 'number' }).notNull().default(0),
    recordsDone: bigint('records_done', { mode: 'number' }).notNull().default(0),
    recordsFailed: bigint('records_failed', { mode: 'number' }).notNull().default(0),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('batch_jobs_version').on(t.solutionVersionId, t.jobType)],
);

/** Dataset export jobs: a dataset's records written out as CSV under a data root. */
export const datasetExportJobs = pgTable(
  'dataset_export_jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    name: text('name').notNull(),
    datasetId: integer('dataset_id')
      .notNull()
      .references(() => datasets.id),
    /** BULK | PUT | ALL */
    ingestionMode: text('ingestion_mode').notNull(),
    outputPath: text('output_path').notNull(),
    roleArn: text('role_arn'),
    status: text('status').notNull(),
    failureReason: text('failure_reason'),
    rowCount: bigint('row_count', { mode: 'number' }).notNull().default(0),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('dataset_export_jobs_dataset').on(t.datasetId)],
);

/** Data deletion jobs: remove a list of users' records from a dataset group. */
export const dataDeletionJobs = pgTable(
  'data_deletion_jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    arn: text('arn').notNull().unique(),
    name: text('name').notNull(),
    datasetGroupId: integer('dataset_group_id')
      .notNull()
      .references(() => datasetGroups.id),
    dataLocation: text('data_location').notNull(),
    roleArn: text('role_arn'),
    /** PENDING > IN_PROGRESS > COMPLETED -or- FAILED */
    status: text('status').notNull(),
    failureReason: text('failure_reason'),
    numDeleted: integer('num_deleted').notNull().default(0),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('data_deletion_jobs_group').on(t.datasetGroupId)],
);

/**
 * Users removed by data deletion jobs. Models trained before the deletion still hold these
 * users' vectors; serving treats them as users it has never seen.
 */
export const deletedUsers = pgTable(
  'deleted_users',
  {
    datasetGroupId: integer('dataset_group_id').notNull(),
    userId: text('user_id').notNull(),
    deletedAt: ts('deleted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetGroupId, t.userId] })],
);
