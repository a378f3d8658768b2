/**
 * Kill benchmark (issue 5): for each job kind (import, training, batch inference) and backend,
 * starts a job, SIGKILLs the server that runs it at a random moment, lets the job recover
 * (PGlite: restart on the same folder; PostgreSQL: a second server takes the job over once the
 * lease expires), and checks what the store and the output folder hold. Prints one table row
 * per kill: the moment, the job's rows at the kill, the outcome, acknowledged vs stored counts,
 * and the time from the kill until the job ended.
 *
 *   npx tsx bench/kill.ts [--kills 10] [--kinds import,training,batch] [--backends pglite,postgres]
 *                         [--rows 200000] [--lease-ms 1500] [--seed 1]
 *
 * Runs the server from source (like the e2e tests), with PostgreSQL at ATTUNE_TEST_PG (default
 * postgres://postgres@127.0.0.1:5432/postgres). A kill moment is uniform between the job's
 * creation and the time an uninterrupted run of the same job took (measured first, per kind).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ServiceError } from '@grpc/grpc-js';
import { type Database, openDatabase } from '../src/store/database.ts';
import { createTestDatabase, type TestDatabase } from '../test/helpers/backends.ts';
import { interactionsCsv, rng } from '../test/helpers/fixtures.ts';
import * as jobs from '../test/helpers/kill-jobs.ts';
import { type KillableServer, sigkill, sigterm, sleep, startServer } from '../test/helpers/kill-server.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '10' },
    kinds: { type: 'string', default: 'import,training,batch' },
    backends: { type: 'string', default: 'pglite,postgres' },
    rows: { type: 'string', default: '200000' },
    'lease-ms': { type: 'string', default: '1500' },
    seed: { type: 'string', default: '1' },
  },
});
const KILLS = Number(values.kills);
const KINDS = values.kinds!.split(',') as jobs.KilledKind[];
const BACKENDS = values.backends!.split(',') as ('pglite' | 'postgres')[];
const ROWS = Number(values.rows);
const USERS = 3000;
const LEASE_MS = Number(values['lease-ms']);
const random = rng(Number(values.seed));
const UP = 'arn:attune:personalize:::recipe/aws-user-personalization';

/** One kill and what followed it. */
interface KillRow {
  n: number;
  backend: string;
  kind: jobs.KilledKind;
  killAtMs: number;
  runMs: number;
  atKill: jobs.KilledState;
  outcome: string;
  reason: string;
  counts: string;
  recoverMs: number;
  problems: string[];
}

/** A backend's database, servers and the resources every cycle uses. */
class Bench {
  servers: KillableServer[] = [];
  store: Database | undefined;
  group!: jobs.InteractionsGroup;
  solutionArn = '';
  versionArn = '';
  batchUsers: string[] = [];
  cycle = 0;

  constructor(
    readonly backend: 'pglite' | 'postgres',
    readonly db: TestDatabase,
    /** This backend's folder (its database, the batch input and outputs). */
    readonly dir: string,
    /** The data root: the folder above, holding the import file. */
    readonly root: string,
    readonly csv: string,
  ) {}

  front(): KillableServer {
    return this.servers[0]!;
  }

  /** PGlite: one server; PostgreSQL: two, so that one can take over the other's jobs. */
  async replenish(): Promise<void> {
    while (this.servers.length < (this.backend === 'postgres' ? 2 : 1)) this.servers.push(await startServer({ db: this.db.url, dataRoot: this.root, leaseMs: LEASE_MS }));
  }

  /** Runs `fn` on the store: PostgreSQL at once; PGlite stops its server first and starts it again after. */
  async withStore<T>(fn: () => Promise<T>): Promise<T> {
    if (this.backend === 'postgres') return fn();
    await Promise.all(this.servers.map((s) => sigterm(s)));
    this.servers = [];
    try {
      return await fn();
    } finally {
      await this.replenish();
    }
  }

  /** Creates the dataset (imported), a solution with one ACTIVE version, and the batch input. */
  async setup(): Promise<void> {
    if (this.backend === 'postgres') this.store = await openDatabase(this.db.url);
    await this.replenish();
    this.group = await jobs.interactionsGroup(this.front(), 'kill-bench');
    const importArn = await jobs.createImport(this.front(), this.group.datasetArn, this.csv, 'setup');
    const job = await jobs.ended(() => jobs.importState(this.front(), importArn), 300_000);
    if (job.status !== 'ACTIVE') throw new Error(`setup import failed: ${job.failureReason}`);
    this.solutionArn = await jobs.activeSolution(this.front(), {
      name: 'kill-bench',
      recipeArn: UP,
      datasetGroupArn: this.group.datasetGroupArn,
      solutionConfig: { algorithmHyperParameters: { hidden_dimension: '32', num_iterations: '10' } },
    });
    this.versionArn = await jobs.createVersion(this.front(), this.solutionArn);
    const v = await jobs.ended(() => jobs.versionState(this.front(), this.versionArn), 300_000);
    if (v.status !== 'ACTIVE') throw new Error(`setup training failed: ${v.failureReason}`);
    this.batchUsers = Array.from({ length: 4 * USERS }, (_, i) => `u${i % USERS}`);
    writeFileSync(join(this.dir, 'batch-users.jsonl'), jobs.batchInput(this.batchUsers));
  }

  /** Starts one job of `kind`; returns its ARN and how to describe it. */
  async startJob(kind: jobs.KilledKind): Promise<{ arn: string; output: string }> {
    const name = `${kind}-${++this.cycle}`;
    const output = join(this.dir, `out-${this.cycle}`);
    if (kind === 'import') return { arn: await jobs.createImport(this.front(), this.group.datasetArn, this.csv, name), output };
    if (kind === 'training') return { arn: await jobs.createVersion(this.front(), this.solutionArn), output };
    return { arn: await jobs.createBatch(this.front(), this.versionArn, join(this.dir, 'batch-users.jsonl'), output, name), output };
  }

  describe(kind: jobs.KilledKind, arn: string): Promise<jobs.JobState> {
    if (kind === 'import') return jobs.importState(this.front(), arn);
    if (kind === 'training') return jobs.versionState(this.front(), arn);
    return jobs.batchState(this.front(), arn);
  }

  /**
   * How long a job of `kind` takes from creation to its end: the slower of two uninterrupted
   * runs (the first in a process is cold, as after a restart; PGlite restarts before each, as
   * every cycle does).
   */
  async calibrate(kind: jobs.KilledKind): Promise<number> {
    let ms = 0;
    for (let i = 0; i < 2; i++) {
      if (this.backend === 'pglite') await this.withStore(async () => {});
      const t0 = performance.now();
      const { arn } = await this.startJob(kind);
      const r = await jobs.ended(() => this.describe(kind, arn), 300_000);
      if (r.status !== 'ACTIVE') throw new Error(`uninterrupted ${kind} failed: ${r.failureReason}`);
      ms = Math.max(ms, performance.now() - t0);
    }
    return ms;
  }

  /** One cycle: start, kill at `killAtMs` (of a `runMs` uninterrupted run), recover, check. */
  async killCycle(n: number, kind: jobs.KilledKind, killAtMs: number, runMs: number): Promise<KillRow> {
    const streams = kind === 'import' ? this.servers.map((s, i) => new jobs.EventStream(s, this.group.trackingId, `k${n}-${i}`)) : [];
    const t0 = performance.now();
    const { arn, output } = await this.startJob(kind);
    await sleep(Math.max(0, killAtMs - (performance.now() - t0)));
    // PostgreSQL: kill the process that holds the job (either may have claimed it); pending: the front one.
    const pid = this.store ? await jobs.leaseHolder(this.store, arn) : undefined;
    const victim = this.servers.find((s) => s.cli.child.pid === pid) ?? this.front();
    const killedAt = performance.now();
    await sigkill(victim);
    const killAt = killedAt - t0;
    this.servers = this.servers.filter((s) => s !== victim);
    const written = jobs.outputBytes(output); // before a retry removes the killed attempt's file
    const acknowledged = (await Promise.all(streams.map((s) => s.stop()))).flat();
    const atKill = await jobs.killedState(this.db.url, kind, arn);
    if (kind === 'batch') atKill.progress += `, ${written} B written`;
    if (this.backend === 'pglite') await this.replenish();
    let end: jobs.JobState;
    try {
      end = await jobs.ended(() => this.describe(kind, arn), 180_000);
    } catch (err) {
      end = { status: 'STUCK', failureReason: (err as Error).message };
    }
    const recoverMs = performance.now() - killedAt;
    await this.replenish();
    const problems: string[] = [];
    if (!jobs.ENDED.includes(end.status)) problems.push(`ended ${end.status}`);
    if (end.status === 'CREATE FAILED' && !end.failureReason) problems.push('failed without a reason');
    const counts = await this.withStore(() => this.check(kind, arn, output, end, acknowledged, problems));
    return { n, backend: this.backend, kind, killAtMs: killAt, runMs, atKill, outcome: end.status, reason: end.failureReason, counts, recoverMs, problems };
  }

  /** Compares what the store (and the output folder) hold with what was acknowledged; returns the counts. */
  async check(kind: jobs.KilledKind, arn: string, output: string, end: jobs.JobState, acknowledged: string[], problems: string[]): Promise<string> {
    const loose = await jobs.looseEnds(this.db.url);
    if (loose.badArtifacts.length > 0) problems.push(...loose.badArtifacts);
    if (this.backend === 'pglite' && loose.running.length > 0) problems.push(`jobs left running: ${loose.running.join(', ')}`);
    if (kind === 'import') {
      const stored = await jobs.storedInteractions(this.db.url, this.group.datasetArn);
      const ids = new Set(stored.eventIds);
      if (ids.size !== stored.eventIds.length) problems.push('an event is stored twice');
      const lost = acknowledged.filter((e) => !ids.has(e));
      if (lost.length > 0) problems.push(`${lost.length} acknowledged events lost`);
      // ACTIVE or not, the dataset holds one FULL import of the file (this one or the previous).
      if (stored.visible !== ROWS + stored.eventIds.length) problems.push(`visible ${stored.visible} != ${ROWS} + ${stored.eventIds.length}`);
      if (this.backend === 'pglite' && loose.loading > 0) problems.push(`${loose.loading} batches left loading`);
      return `rows ${ROWS}+${stored.eventIds.length} ev / ${stored.visible}; acked ${acknowledged.length}, ${acknowledged.length - lost.length} stored`;
    }
    if (kind === 'training') {
      const [r] = await openAndQuery(this.db.url, `select count(*)::int as n from artifacts where owner_arn = $1`, [arn]);
      return `models ${end.status === 'ACTIVE' ? 1 : 0} / ${Number(r?.n ?? 0)}`;
    }
    const out = jobs.batchOutput(output, join(this.dir, 'batch-users.jsonl'));
    if (out.others.length > 0) problems.push(`other files in the output folder: ${out.others.join(', ')}`);
    if (end.status === 'ACTIVE') {
      const want = this.batchUsers.slice().sort().join('\n');
      if (!out.complete || out.answered.slice().sort().join('\n') !== want) problems.push('output does not answer each input line once');
    } else if (out.complete) problems.push('a failed job left an output file');
    return `lines ${this.batchUsers.length} / ${out.complete ? `${out.answered.length} out` : 'no file'}`;
  }

  async close(): Promise<void> {
    await Promise.all(this.servers.map((s) => sigterm(s)));
    this.servers = [];
    await this.store?.close();
    await this.db.drop();
  }
}

async function openAndQuery(url: string, text: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const store = await openDatabase(url);
  try {
    return await store.query(text, params);
  } finally {
    await store.close();
  }
}

const rows: KillRow[] = [];
const notes: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'attune-bench-kill-'));
const csv = join(work, 'interactions.csv');
writeFileSync(csv, interactionsCsv(ROWS, { users: USERS, items: 1500, seed: 5 }));
let n = 0;
try {
  for (const backend of BACKENDS) {
    const dir = mkdtempSync(join(work, `${backend}-`));
    const db = backend === 'pglite' ? { url: `pglite://${join(dir, 'db')}`, drop: async () => {} } : await createTestDatabase('postgres');
    const bench = new Bench(backend, db, dir, work, csv);
    try {
      await bench.setup();
      for (const kind of KINDS) {
        let runMs: number;
        try {
          runMs = await bench.calibrate(kind);
        } catch (err) {
          const e = err as ServiceError;
          notes.push(`${backend} ${kind}: not run (${e.code === 12 ? 'UNIMPLEMENTED' : e.message})`);
          console.error(notes.at(-1));
          continue;
        }
        notes.push(`${backend} ${kind}: an uninterrupted job took ${Math.round(runMs)} ms`);
        console.error(notes.at(-1));
        for (let k = 0; k < KILLS; k++) {
          const row = await bench.killCycle(++n, kind, random() * runMs, runMs);
          rows.push(row);
          console.error(`kill ${row.n} ${backend} ${kind} at ${Math.round(row.killAtMs)} ms: ${row.outcome} ${row.problems.join('; ')}`);
        }
      }
    } finally {
      await bench.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nKill/restart cycles: ${ROWS.toLocaleString('en-US')}-row import file, lease ${LEASE_MS} ms, seed ${values.seed}\n`);
console.log('| kill | backend | job | killed at (ms after create, of a full run) | at the kill: queue (attempts), status, progress | outcome | reason | acknowledged vs stored | kill to end (ms) | check |');
console.log('|---:|---|---|---|---|---|---|---|---:|---|');
for (const r of rows) {
  const at = `${r.atKill.queue} (${r.atKill.attempts}), ${r.atKill.status}${r.atKill.progress ? `, ${r.atKill.progress}` : ''}${r.atKill.loading ? `, ${r.atKill.loading} loading` : ''}`;
  console.log(
    `| ${r.n} | ${r.backend} | ${r.kind} | ${Math.round(r.killAtMs)} of ${Math.round(r.runMs)} | ${at} | ${r.outcome} | ${r.reason.replace(/\|/g, '/')} | ${r.counts} | ${Math.round(r.recoverMs)} | ${r.problems.length === 0 ? 'ok' : r.problems.join('; ')} |`,
  );
}
const outcomes = new Map<string, number>();
for (const r of rows) outcomes.set(`${r.kind} ${r.outcome}`, (outcomes.get(`${r.kind} ${r.outcome}`) ?? 0) + 1);
console.log(`\n${rows.length} kills; ${[...outcomes].map(([k, v]) => `${k}: ${v}`).join(', ')}; ${rows.filter((r) => r.problems.length > 0).length} with problems`);
for (const note of notes) console.log(`- ${note}`);
