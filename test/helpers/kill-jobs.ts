/**
 * The jobs kill tests interrupt, driven through the public API: an Interactions dataset with an
 * event tracker, import jobs, solution versions and batch inference jobs (create and describe),
 * a stream of PutEvents that records which events were acknowledged, and checks of what a
 * database and an output folder hold afterwards.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Database, openDatabase } from '../../src/store/database.ts';
import { countVisibleRows } from '../../src/store/data-rows.ts';
import { INTERACTIONS_SCHEMA } from './fixtures.ts';
import type { KillableServer } from './kill-server.ts';
import { poll } from './kill-server.ts';
import { call } from './server.ts';

/** A job's status and failure reason as its Describe call returns them. */
export interface JobState {
  status: string;
  failureReason: string;
}

/** Terminal states of the jobs under test. */
export const ENDED = ['ACTIVE', 'CREATE FAILED'];

/** A dataset group with an ACTIVE Interactions dataset and an ACTIVE event tracker. */
export interface InteractionsGroup {
  datasetGroupArn: string;
  datasetArn: string;
  trackingId: string;
}

/** Creates the group, dataset and event tracker named `name` and waits until they are ACTIVE. */
export async function interactionsGroup(s: KillableServer, name: string): Promise<InteractionsGroup> {
  const c = s.control;
  const { datasetGroupArn } = await call<object, { datasetGroupArn: string }>(c, 'CreateDatasetGroup', { name });
  await poll(() => call<object, { datasetGroup: JobState }>(c, 'DescribeDatasetGroup', { datasetGroupArn }), (r) => r.datasetGroup.status === 'ACTIVE');
  const { schemaArn } = await call<object, { schemaArn: string }>(c, 'CreateSchema', { name, schema: INTERACTIONS_SCHEMA });
  const { datasetArn } = await call<object, { datasetArn: string }>(c, 'CreateDataset', { name, datasetGroupArn, datasetType: 'Interactions', schemaArn });
  await poll(() => call<object, { dataset: JobState }>(c, 'DescribeDataset', { datasetArn }), (r) => r.dataset.status === 'ACTIVE');
  const { eventTrackerArn, trackingId } = await call<object, { eventTrackerArn: string; trackingId: string }>(c, 'CreateEventTracker', { name, datasetGroupArn });
  await poll(() => call<object, { eventTracker: JobState }>(c, 'DescribeEventTracker', { eventTrackerArn }), (r) => r.eventTracker.status === 'ACTIVE');
  return { datasetGroupArn, datasetArn, trackingId };
}

/** Starts a FULL import of `path` into the dataset; returns the job ARN. */
export async function createImport(s: KillableServer, datasetArn: string, path: string, jobName: string): Promise<string> {
  const r = await call<object, { datasetImportJobArn: string }>(s.control, 'CreateDatasetImportJob', { jobName, datasetArn, dataSource: { dataLocation: path }, importMode: 'FULL' });
  return r.datasetImportJobArn;
}

/** An import job's status. */
export async function importState(s: KillableServer, datasetImportJobArn: string): Promise<JobState> {
  return (await call<object, { datasetImportJob: JobState }>(s.control, 'DescribeDatasetImportJob', { datasetImportJobArn })).datasetImportJob;
}

/** Creates a solution and waits until it is ACTIVE; returns its ARN. */
export async function activeSolution(s: KillableServer, request: Record<string, unknown>): Promise<string> {
  const { solutionArn } = await call<object, { solutionArn: string }>(s.control, 'CreateSolution', request);
  await poll(() => call<object, { solution: JobState }>(s.control, 'DescribeSolution', { solutionArn }), (r) => r.solution.status === 'ACTIVE');
  return solutionArn;
}

/** Starts training a new version of the solution; returns its ARN. */
export async function createVersion(s: KillableServer, solutionArn: string): Promise<string> {
  return (await call<object, { solutionVersionArn: string }>(s.control, 'CreateSolutionVersion', { solutionArn })).solutionVersionArn;
}

/** A solution version's status. */
export async function versionState(s: KillableServer, solutionVersionArn: string): Promise<JobState> {
  return (await call<object, { solutionVersion: JobState }>(s.control, 'DescribeSolutionVersion', { solutionVersionArn })).solutionVersion;
}

/** A batch inference job's status and progress. */
export interface BatchState extends JobState {
  recordsProcessed: string;
  recordsTotal: string;
}

/** Starts a batch inference job over the JSON Lines file `input`, writing into the folder `output`; returns its ARN. */
export async function createBatch(s: KillableServer, solutionVersionArn: string, input: string, output: string, jobName: string): Promise<string> {
  const r = await call<object, { batchInferenceJobArn: string }>(s.control, 'CreateBatchInferenceJob', {
    jobName,
    solutionVersionArn,
    numResults: 10,
    roleArn: 'arn:aws:iam::000000000000:role/attune-batch',
    jobInput: { s3DataSource: { path: input } },
    jobOutput: { s3DataDestination: { path: output } },
  });
  return r.batchInferenceJobArn;
}

/** A batch inference job's status and progress. */
export async function batchState(s: KillableServer, batchInferenceJobArn: string): Promise<BatchState> {
  return (await call<object, { batchInferenceJob: BatchState }>(s.control, 'DescribeBatchInferenceJob', { batchInferenceJobArn })).batchInferenceJob;
}

/** Waits until a job is ACTIVE or CREATE FAILED. */
export function ended<T extends JobState>(describe: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  return poll(describe, (r) => ENDED.includes(r.status), timeoutMs, 50);
}

/**
 * PutEvents calls, one event each with ids `<prefix>-<n>`, sent back to back until stopped or
 * until the server dies; `acknowledged` lists the events whose call succeeded.
 */
export class EventStream {
  readonly acknowledged: string[] = [];
  private sending = true;
  private readonly done: Promise<void>;

  constructor(s: KillableServer, trackingId: string, prefix: string) {
    this.done = (async () => {
      for (let i = 0; this.sending; i++) {
        const eventId = `${prefix}-${i}`;
        try {
          await call(s.events, 'PutEvents', {
            trackingId,
            sessionId: prefix,
            userId: `live-${i % 7}`,
            eventList: [{ eventId, eventType: 'click', itemId: `i${i % 50}`, sentAt: { seconds: String(1_800_000_000 + i), nanos: 0 } }],
          });
          this.acknowledged.push(eventId);
        } catch {
          return; // the server died during the call: that event was not acknowledged
        }
      }
    })();
  }

  /** Stops sending and resolves once the last call returned. */
  async stop(): Promise<string[]> {
    this.sending = false;
    await this.done;
    return this.acknowledged;
  }
}

/** What an Interactions dataset holds: visible rows, and the ids of its real-time events. */
export interface StoredInteractions {
  visible: number;
  eventIds: string[];
}

/** Runs `fn` on `db`: an open store, or a URL opened for the call and closed after it. */
async function withStore<T>(db: Database | string, fn: (store: Database) => Promise<T>): Promise<T> {
  if (typeof db !== 'string') return fn(db);
  const store = await openDatabase(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Reads the dataset's rows straight from the store (for PGlite: only while no server has it open). */
export async function storedInteractions(db: Database | string, datasetArn: string): Promise<StoredInteractions> {
  return withStore(db, async (store) => {
    const [row] = await store.query<{ id: number }>(`select id from datasets where arn = $1`, [datasetArn]);
    if (!row) throw new Error(`no dataset ${datasetArn}`);
    const id = Number(row.id);
    const visible = await countVisibleRows(store, 'interactions', id);
    const events = await store.query<{ event_id: string }>(`select event_id from interactions where dataset_id = $1 and batch_id = 0`, [id]);
    return { visible, eventIds: events.map((e) => e.event_id) };
  });
}

/** What a killed job's rows said at the moment of the kill (read from the store after the process died). */
export interface KilledState {
  /** The job queue row: pending / running / done / failed, and its attempts so far. */
  queue: string;
  attempts: number;
  /** The resource's status, and its recorded progress (import rows, batch records done/total). */
  status: string;
  progress: string;
  /** Import only: data batches still loading (the rows of an unfinished attempt). */
  loading: number;
}

/** The job kinds kill tests interrupt. */
export type KilledKind = 'import' | 'training' | 'batch';

const RESOURCE_QUERIES: Record<KilledKind, string> = {
  import: `select j.status, j.row_count::text as progress,
             (select count(*)::int from data_batches b where b.import_job_id = j.id and b.state = 'loading') as loading
           from dataset_import_jobs j where j.arn = $1`,
  training: `select status, '' as progress, 0 as loading from solution_versions where arn = $1`,
  batch: `select status, records_done || '/' || records_total as progress, 0 as loading from batch_jobs where arn = $1`,
};

/** Reads a job's queue row and resource row (for PGlite: only while no server has it open). */
export async function killedState(db: Database | string, kind: KilledKind, arn: string): Promise<KilledState> {
  return withStore(db, async (store) => {
    const [job] = await store.query<{ state: string; attempts: number }>(`select state, attempts from jobs where resource_arn = $1 order by id desc limit 1`, [arn]);
    const [r] = await store.query<{ status: string; progress: string; loading: number }>(RESOURCE_QUERIES[kind], [arn]);
    return {
      queue: job?.state ?? 'none',
      attempts: Number(job?.attempts ?? 0),
      status: r?.status ?? 'none',
      progress: r?.progress ?? '',
      loading: Number(r?.loading ?? 0),
    };
  });
}

/** The pid of the process holding the lease of the job on `arn`, from its lease owner (`<pid>-<uuid>`). */
export async function leaseHolder(store: Database, arn: string): Promise<number | undefined> {
  const [row] = await store.query<{ owner: string | null }>(`select lease_owner as owner from jobs where resource_arn = $1 and state = 'running' order by id desc limit 1`, [arn]);
  const pid = row?.owner ? Number(row.owner.split('-')[0]) : NaN;
  return Number.isInteger(pid) ? pid : undefined;
}

/** What the store holds once every server stopped: loose ends a killed job may have left. */
export interface StoreLooseEnds {
  /** Jobs still marked running. */
  running: string[];
  /** Data batches still loading. */
  loading: number;
  /** Solution versions whose number of model artifacts does not fit their status (1 if ACTIVE, else 0). */
  badArtifacts: string[];
}

/** Looks for loose ends in the store (for PGlite: only while no server has it open). */
export async function looseEnds(db: Database | string): Promise<StoreLooseEnds> {
  return withStore(db, async (store) => {
    const running = await store.query<{ kind: string; arn: string }>(`select kind, resource_arn as arn from jobs where state = 'running'`);
    const [loading] = await store.query<{ n: number }>(`select count(*)::int as n from data_batches where state = 'loading'`);
    const versions = await store.query<{ arn: string; status: string; n: number }>(
      `select v.arn, v.status, (select count(*)::int from artifacts a where a.owner_arn = v.arn) as n from solution_versions v`,
    );
    return {
      running: running.map((r) => `${r.kind} ${r.arn}`),
      loading: Number(loading?.n ?? 0),
      badArtifacts: versions.filter((v) => Number(v.n) !== (v.status === 'ACTIVE' ? 1 : 0)).map((v) => `${v.arn} ${v.status}: ${v.n} artifacts`),
    };
  });
}

/** A JSON Lines batch input of `{"userId": …}` queries, one per user. */
export function batchInput(users: string[]): string {
  return users.map((userId) => JSON.stringify({ userId })).join('\n') + '\n';
}

/** What a batch job left in its output folder. */
export interface BatchOutput {
  /** Whether `<input name>.out` exists. */
  complete: boolean;
  /** Its lines' userIds, in order. */
  answered: string[];
  /** Lines that carry an error instead of recommendations. */
  errors: number;
  /** Other files in the folder (a partial file left under another name). */
  others: string[];
}

/** Bytes written so far to the largest file in a batch job's output folder (0 while there is none). */
export function outputBytes(outputDir: string): number {
  if (!existsSync(outputDir)) return 0;
  let most = 0;
  for (const f of readdirSync(outputDir)) {
    try {
      most = Math.max(most, statSync(join(outputDir, f)).size);
    } catch {
      // renamed or removed meanwhile
    }
  }
  return most;
}

/** Reads a batch job's output folder for the input file `input`. */
export function batchOutput(outputDir: string, input: string): BatchOutput {
  const name = `${basename(input)}.out`;
  const path = join(outputDir, name);
  const others = existsSync(outputDir) ? readdirSync(outputDir).filter((f) => f !== name) : [];
  if (!existsSync(path)) return { complete: false, answered: [], errors: 0, others };
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const parsed = lines.map((l) => JSON.parse(l) as { input: { userId: string }; error?: unknown });
  return { complete: true, answered: parsed.map((p) => p.input.userId), errors: parsed.filter((p) => p.error).length, others };
}
