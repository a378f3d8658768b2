/**
 * Memory of a loaded 1,000,000-item × 64-dimension aws-user-personalization campaign, through
 * the real deploy path, in one process (Attune in-process on pglite://memory).
 *
 * Setup through the API: a dataset group, an Interactions dataset with a small import (5,000
 * rows over 1,000 users and the first 1,000 items), a solution with default hyperparameters and
 * one tiny trained version, whose stored model gives the meta shape and the users. Then a
 * generated model (MF-like item factors: a rank-16 basis plus noise with log-normal norms; the
 * gram YᵀY from the training kernel; user factors for the trained users; power-law popularity)
 * is written with writeArtifact + encodeModel and a second version row is inserted ACTIVE.
 *
 * The group's catalog is first filled with the model's 1M item ids (as a group that really has
 * 1M items would hold them before any campaign), and that step is measured on its own. Then
 * RSS (after global.gc()) is taken before CreateCampaign and after the campaign is ACTIVE and
 * has answered one GetRecommendations, and the growth is broken down: PGlite's WebAssembly
 * heap, JS array buffers, the V8 heap, the USearch index (estimate) and the rest. Last, the
 * artifact read path (readArtifact, decodeModel) is run once more on its own to measure its peak.
 *
 * The HNSW build is the deploy's slow part (tens of minutes at 1M items with the product's
 * settings on this 2-core machine). By default the bench builds the graph with expansion_add 8
 * instead (it wraps VectorIndex.build and the search thread's build): a node's memory is fixed
 * by its level and the connectivity, not by the build effort, so the bytes are the same
 * (bench/serve-recall.ts uses the same shortcut) and only deploy time and recall change.
 * `--real-build` keeps the product's settings, for the true deploy time.
 *
 * glibc keeps freed blocks between 128 KiB and 32 MiB (the model write's 512 KiB chunks) for
 * reuse, so with its defaults RSS "before" holds a few hundred MiB that the deploy then reuses
 * and the delta reads low. The bench therefore runs itself again in a child process with
 * MALLOC_MMAP_THRESHOLD_=131072 (blocks ≥ 128 KiB are mapped, and unmapped when freed) and
 * --expose-gc, unless MALLOC_MMAP_THRESHOLD_ is already set or --default-malloc is given.
 *
 *   node --expose-gc --import tsx bench/serve-memory.ts [--items 1000000] [--dim 64] [--users 1000] [--rows 5000]
 *                                                       [--real-build] [--default-malloc]
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { SeededRandom } from '../src/common/random.ts';
import type { GroupRegistry } from '../src/serving/catalog/group-registry.ts';
import { resolveVectorIndexOptions, VectorIndex } from '../src/serving/engine/vector-index.ts';
import { readArtifact, writeArtifact } from '../src/store/artifacts.ts';
import * as t from '../src/store/schema.ts';
import { decodeModel, encodeModel, type ModelFile } from '../src/training/model-file.ts';
import { alsKernel } from '../src/training/recipes/user-personalization/kernel/index.ts';
import { INTERACTIONS_SCHEMA } from '../test/helpers/fixtures.ts';
import {
  activeSolution,
  call,
  type InProcessServer,
  importCsvText,
  interactionsGroup,
  quantile,
  startInProcess,
  trainedVersion,
} from './lib/serve-server.ts';

const RECIPE = 'aws-user-personalization';
const RANK = 16;
const NOISE = 0.5;
const MiB = 2 ** 20;
/** expansion_add of the graph built unless --real-build (same memory, a poor graph, much faster; 2 leaves a graph so poor that searches misbehave). */
const CHEAP_EXPANSION_ADD = 8;
/** MALLOC_MMAP_THRESHOLD_ of the measuring child (glibc's initial threshold, made fixed). */
const CLEAN_MMAP_THRESHOLD = 131_072;
/** GetRecommendations calls after the first, for a warm latency. */
const WARM_CALLS = 20;

const gc = (globalThis as { gc?: () => void }).gc;

/** Memory of this process at one moment. */
interface Sample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** PGlite's WebAssembly memory (it only grows). */
  wasm: number;
}

/**
 * A sample once memory has settled: full GCs 200 ms apart until RSS moves by less than 1 MiB
 * five times in a row (freed memory goes back to the OS a little after a GC), at most 8 s.
 */
async function sample(database: InProcessServer['attune']['database']): Promise<Sample> {
  let last = Number.NaN;
  for (let calm = 0, tries = 0; calm < 5 && tries < 40; tries++) {
    gc!();
    await new Promise((r) => setTimeout(r, 200));
    const rss = process.memoryUsage().rss;
    calm = Math.abs(rss - last) < MiB ? calm + 1 : 0;
    last = rss;
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, wasm: wasmBytes(database) };
}

/** PGlite's WebAssembly heap size in bytes (NaN when it cannot be read). */
function wasmBytes(database: InProcessServer['attune']['database']): number {
  const mod = (database.pglite as unknown as { mod?: { HEAPU8?: Uint8Array; wasmMemory?: { buffer: ArrayBuffer } } } | undefined)?.mod;
  return mod?.HEAPU8?.byteLength ?? mod?.wasmMemory?.buffer.byteLength ?? Number.NaN;
}

/** VmHWM (peak RSS) in bytes. */
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

/** Resets VmHWM to the current RSS (Linux: "5" to clear_refs); false when not allowed. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * `n` MF-like vectors of `dim`: (basis·z/√RANK + NOISE·u)·norm with z ~ N(0, I), u uniform with
 * unit variance, norm log-normal (σ = 0.5), times `scale`. Items and users share the basis.
 */
function mfVectors(n: number, dim: number, basis: Float64Array, scale: number, rng: SeededRandom): Float32Array {
  const out = new Float32Array(n * dim);
  const z = new Float64Array(RANK);
  const zs = 1 / Math.sqrt(RANK);
  const us = Math.sqrt(12);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < RANK; r++) z[r] = rng.normal() * zs;
    const norm = scale * Math.exp(0.5 * rng.normal());
    for (let j = 0, o = i * dim; j < dim; j++) {
      let v = 0;
      for (let r = 0; r < RANK; r++) v += basis[j * RANK + r]! * z[r]!;
      out[o + j] = (v + NOISE * (rng.next() - 0.5) * us) * norm;
    }
  }
  return out;
}

/** A generated ALS model of `numItems` items (ids i0…) over the trained model's users, with its meta shape. */
function generatedModel(tiny: ModelFile, numItems: number, dim: number): ModelFile {
  const rng = new SeededRandom(7);
  const basis = Float64Array.from({ length: dim * RANK }, () => rng.normal());
  const itemFactors = mfVectors(numItems, dim, basis, 0.1, rng);
  const userFactors = mfVectors(tiny.userIds.length, dim, basis, 1, rng);
  const gram = new Float64Array(dim * dim);
  alsKernel.gram(itemFactors, numItems, dim, 0, gram, 2);
  // Power-law interaction counts by item index.
  const itemPopularity = Float32Array.from({ length: numItems }, (_, i) => Math.floor(10_000 / (i + 1) ** 0.9));
  const itemIds = Array.from({ length: numItems }, (_, i) => `i${i}`);
  return {
    recipe: tiny.recipe,
    meta: { ...tiny.meta, k: dim, numItems, numUsers: tiny.userIds.length },
    userIds: tiny.userIds,
    itemIds,
    arrays: { itemFactors, gram, userFactors, itemPopularity },
  };
}

/** A small interactions CSV: `rows` rows over `users` users (u0…) and the first 1,000 items (i0…). */
function smallCsv(rows: number, users: number): string {
  const rng = new SeededRandom(3);
  const lines = ['USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE'];
  for (let r = 0; r < rows; r++) lines.push(`u${r % users},i${Math.floor(1000 * rng.next() ** 2)},${1_700_000_000 + r},click,1`);
  return lines.join('\n') + '\n';
}

const mib = (b: number) => `${(b / MiB).toFixed(1)} MiB`;
const signedMib = (b: number) => `${b >= 0 ? '+' : ''}${(b / MiB).toFixed(1)} MiB`;

/**
 * Makes every vector-index build use CHEAP_EXPANSION_ADD: wraps VectorIndex.build (builds on this
 * thread) and, where serving builds its indexes in a search thread, the options that thread is
 * sent. Returns what it wrapped.
 */
async function cheapIndexBuilds(): Promise<string[]> {
  const wrapped = ['VectorIndex.build'];
  const build = VectorIndex.build.bind(VectorIndex);
  VectorIndex.build = (factors, n, d, options) => build(factors, n, d, { ...options, expansionAdd: CHEAP_EXPANSION_ADD });
  // Imported by name at run time: the search thread is newer than this bench and may move.
  const clientModule = '../src/serving/engine/search-client.ts';
  const client = (await import(clientModule).catch(() => undefined)) as { SearchThread?: { prototype: Record<string, unknown> } } | undefined;
  const proto = client?.SearchThread?.prototype;
  const original = proto?.build;
  if (proto && typeof original === 'function') {
    proto.build = function (this: unknown, factors: unknown, n: unknown, d: unknown, options: unknown) {
      return (original as (...args: unknown[]) => unknown).call(this, factors, n, d, { ...(options as object), expansionAdd: CHEAP_EXPANSION_ADD });
    };
    wrapped.push('SearchThread.build');
  }
  return wrapped;
}

/** A typed array found on the servable by its field path, or undefined. */
function fieldAt(root: unknown, path: string): ArrayBufferView | undefined {
  let at: unknown = root;
  for (const key of path.split('.')) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return ArrayBuffer.isView(at) ? at : undefined;
}

/** Arrays an ALS servable holds (private fields, looked up by name; absent ones are skipped). */
const HELD_ARRAYS: [string, string][] = [
  ['engine.factors', 'item factors the engine scores from (exact engines only)'],
  ['foldIn.rows', 'fold-in scratch: the history items\' rows'],
  ['userFactors', 'trained user factors'],
  ['foldIn.gram', 'gram YᵀY'],
  ['popOrder', 'popularity order'],
  ['popScore', 'popularity scores'],
  ['items.toCatalog', 'ModelItems: model → catalog index'],
  ['items.toModel', 'ModelItems: catalog → model index'],
];

/** Runs this script again in a child with the allocator setting and --expose-gc; returns its exit code. */
function runClean(): number {
  const flags = process.execArgv.filter((a) => a !== '--expose-gc');
  const child = spawnSync(process.execPath, [...flags, '--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_MMAP_THRESHOLD_: String(CLEAN_MMAP_THRESHOLD) },
  });
  if (child.error) throw child.error;
  return child.status ?? 1;
}

/** Runs the bench. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'default-malloc': { type: 'boolean', default: false },
      items: { type: 'string', default: '1000000' },
      dim: { type: 'string', default: '64' },
      users: { type: 'string', default: '1000' },
      rows: { type: 'string', default: '5000' },
      'real-build': { type: 'boolean', default: false },
    },
  });
  if (process.env.MALLOC_MMAP_THRESHOLD_ === undefined && !values['default-malloc']) {
    process.exitCode = runClean();
    return;
  }
  if (!gc) throw new Error('run with: node --expose-gc --import tsx bench/serve-memory.ts');
  const realBuild = values['real-build'];
  const wrapped = realBuild ? [] : await cheapIndexBuilds();
  const numItems = Number(values.items);
  const dim = Number(values.dim);
  const started = performance.now();
  const log = (msg: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${msg}`);
  const s = await startInProcess();
  try {
    const db = s.attune.database.db;
    const { groupArn, datasetArn } = await interactionsGroup(s, 'mem', INTERACTIONS_SCHEMA);
    await importCsvText(s, datasetArn, 'mem.csv', smallCsv(Number(values.rows), Number(values.users)));
    const solutionArn = await activeSolution(s, { name: 'mem', recipeArn: `arn:attune:personalize:::recipe/${RECIPE}`, datasetGroupArn: groupArn });
    const tinyArn = await trainedVersion(s, solutionArn);
    const [tinyRow] = await db.select().from(t.solutionVersions).where(eq(t.solutionVersions.arn, tinyArn));
    const tiny = decodeModel(await readArtifact(s.attune.database, tinyRow!.artifactId!));
    log(`tiny model trained: ${tiny.userIds.length} users × ${tiny.itemIds.length} items; meta ${JSON.stringify(tiny.meta)}`);

    // The generated model, stored as a second version of the same solution.
    let model: ModelFile | undefined = generatedModel(tiny, numItems, dim);
    const userFactorBytes = model.arrays.userFactors!.byteLength;
    const itemFactorBytes = model.arrays.itemFactors!.byteLength;
    const versionArn = `${solutionArn}/${randomBytes(4).toString('hex')}`;
    let parts: Uint8Array[] | undefined = encodeModel(model);
    const modelBytes = parts.reduce((a, p) => a + p.byteLength, 0);
    log(`generated model: ${mib(modelBytes)} encoded; writing it`);
    const w0 = performance.now();
    const artifactId = await writeArtifact(s.attune.database, versionArn, 'model', parts);
    const writeSeconds = (performance.now() - w0) / 1000;
    parts = undefined;
    const [solution] = await db.select().from(t.solutions).where(eq(t.solutions.arn, solutionArn));
    const now = new Date();
    await db.insert(t.solutionVersions).values({
      arn: versionArn,
      name: 'generated',
      solutionId: solution!.id,
      recipe: RECIPE,
      eventType: null,
      performHpo: false,
      config: solution!.config,
      trainingMode: 'FULL',
      trainingType: 'MANUAL',
      status: 'ACTIVE',
      hyperParameters: tinyRow!.hyperParameters,
      metrics: tinyRow!.metrics,
      trainingStartedAt: now,
      trainingEndedAt: now,
      artifactId,
      createdAt: now,
      updatedAt: now,
    });
    const itemIds = model.itemIds;
    model = undefined;

    // The group's catalog with the model's items, as a group that has 1M items holds it.
    const groups = (s.attune.manager as unknown as { env: { groups: GroupRegistry } }).env.groups;
    const group = await groups.get(groupArn);
    const preCatalog = await sample(s.attune.database);
    for (const id of itemIds) group.catalog.ensure(id);
    itemIds.length = 0;
    const before = await sample(s.attune.database);
    log(`catalog filled: ${group.catalog.size} items; deploying`);

    // Deploy and answer one call.
    const peakReset = resetPeak();
    // Responsiveness while deploying: the longest gap between 10 ms timer ticks, and the slowest DescribeCampaign poll.
    let lastTick = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - lastTick);
      lastTick = now;
    }, 10);
    const d0 = performance.now();
    const { campaignArn } = await call<{ campaignArn: string }>(s.control, 'CreateCampaign', { name: 'mem', solutionVersionArn: versionArn });
    let slowestPoll = 0;
    let polls = 0;
    for (;;) {
      const p0 = performance.now();
      const { campaign } = await call<{ campaign: { status: string; failureReason: string } }>(s.control, 'DescribeCampaign', { campaignArn });
      slowestPoll = Math.max(slowestPoll, performance.now() - p0);
      polls++;
      if (campaign.status === 'ACTIVE') break;
      if (campaign.status.includes('FAILED')) throw new Error(`campaign did not deploy: ${campaign.failureReason}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const deploySeconds = (performance.now() - d0) / 1000;
    clearInterval(ticker);
    longestGap = Math.max(longestGap, performance.now() - lastTick);
    const afterActive = await sample(s.attune.database);
    const r0 = performance.now();
    const rec = await call<{ itemList: { itemId: string }[] }>(s.runtime, 'GetRecommendations', { campaignArn, userId: tiny.userIds[0], numResults: 25 });
    const firstCallMs = performance.now() - r0;
    const deployPeak = peakRss();
    const after = await sample(s.attune.database);
    const warm: number[] = [];
    for (let u = 1; u <= WARM_CALLS; u++) {
      const w0 = performance.now();
      await call(s.runtime, 'GetRecommendations', { campaignArn, userId: tiny.userIds[u % tiny.userIds.length], numResults: 25 });
      warm.push(performance.now() - w0);
    }
    const deployment = s.attune.manager.deployment(campaignArn);
    if (!deployment) throw new Error('the campaign is not loaded in this process');
    const servable = deployment.servable;
    log(`deployed in ${deploySeconds.toFixed(1)} s; first call ${firstCallMs.toFixed(1)} ms, ${rec.itemList.length} items`);

    // The read path on its own, after the deploy (whose own read is inside the deploy peak above).
    const atRead = await sample(s.attune.database);
    resetPeak();
    const a0 = performance.now();
    let data: Buffer | undefined = await readArtifact(s.attune.database, artifactId);
    const readSeconds = (performance.now() - a0) / 1000;
    const readPeak = peakRss();
    const readRss = process.memoryUsage().rss;
    resetPeak();
    let decoded: ModelFile | undefined = decodeModel(data);
    const decodePeak = peakRss();
    const views = decoded.arrays.itemFactors!.buffer === data.buffer;
    const decodedBody = decoded.arrays.itemFactors!.buffer.byteLength;
    data = undefined;
    decoded = undefined;
    const afterRead = await sample(s.attune.database);

    // The table.
    const rssDelta = after.rss - before.rss;
    const defaults = resolveVectorIndexOptions();
    // The native index's own count (graph, f16 vectors, lookups): what memoryBytes has beside the servable's arrays.
    const indexEstimate = servable.memoryBytes - userFactorBytes - numItems * 8;
    const wasmDelta = after.wasm - before.wasm;
    const abDelta = after.arrayBuffers - before.arrayBuffers;
    const heapDelta = after.heapUsed - before.heapUsed;
    const explained = wasmDelta + abDelta + heapDelta + indexEstimate;
    const catalogHeap = before.heapUsed - preCatalog.heapUsed;
    const catalogArrays = before.arrayBuffers - preCatalog.arrayBuffers;
    console.log(`\n${RECIPE} campaign, ${numItems.toLocaleString('en')} items × ${dim}, ${tiny.userIds.length} users, deployed through CreateCampaign (pglite://memory, in-process; MALLOC_MMAP_THRESHOLD_=${process.env.MALLOC_MMAP_THRESHOLD_ ?? 'unset'}); HNSW built with ${realBuild ? "the product's settings" : `expansion_add ${CHEAP_EXPANSION_ADD} (wrapped: ${wrapped.join(', ')}; same memory, --real-build for the real deploy time)`}\n`);
    console.log('| measure | value |');
    console.log('|---|---:|');
    console.log(`| raw item vectors (${numItems.toLocaleString('en')} × ${dim} × 4 B) | ${mib(itemFactorBytes)} |`);
    console.log(`| raw user vectors (${tiny.userIds.length.toLocaleString('en')} × ${dim} × 4 B) | ${mib(userFactorBytes)} |`);
    console.log(`| stored model (encoded artifact) | ${mib(modelBytes)} |`);
    console.log(`| RSS before CreateCampaign | ${mib(before.rss)} |`);
    console.log(`| RSS after ACTIVE, before any call | ${mib(afterActive.rss)} (${signedMib(afterActive.rss - before.rss)}) |`);
    console.log(`| RSS after ACTIVE + one GetRecommendations | ${mib(after.rss)} |`);
    console.log(`| **RSS delta** | **${mib(rssDelta)}** |`);
    console.log(`| **RSS delta / raw item vectors** (target ≤ 1.5) | **${(rssDelta / itemFactorBytes).toFixed(2)}** |`);
    console.log(`| live bytes the campaign keeps: JS array buffers + V8 heap + index estimate | ${mib(abDelta + heapDelta + indexEstimate)} (${((abDelta + heapDelta + indexEstimate) / itemFactorBytes).toFixed(2)} × raw) |`);
    console.log(`| servable.memoryBytes (its own estimate) | ${mib(servable.memoryBytes)} |`);
    console.log(`| servable.memoryBytes / raw item vectors | ${(servable.memoryBytes / itemFactorBytes).toFixed(2)} |`);
    console.log(`| peak RSS during deploy + first call (VmHWM${peakReset ? '' : ', not reset: since start'}) | ${mib(deployPeak)} (${signedMib(deployPeak - before.rss)} over before) |`);
    console.log(`| deploy time (CreateCampaign → ACTIVE) | ${deploySeconds.toFixed(1)} s |`);
    console.log(`| while deploying: longest gap between 10 ms timer ticks; slowest of ${polls} DescribeCampaign polls | ${(longestGap / 1000).toFixed(1)} s; ${(slowestPoll / 1000).toFixed(1)} s |`);
    console.log(`| first GetRecommendations; p50 of the next ${WARM_CALLS}${realBuild ? '' : ' (on the cheap graph)'} | ${firstCallMs.toFixed(1)} ms; ${quantile(warm, 0.5).toFixed(1)} ms |`);
    console.log(`| group catalog of ${numItems.toLocaleString('en')} item ids (filled before, not in the delta): V8 heap + array buffers | ${signedMib(catalogHeap + catalogArrays)} (${signedMib(catalogHeap)} + ${signedMib(catalogArrays)}) |`);
    console.log(`| writeArtifact of the model | ${writeSeconds.toFixed(1)} s |`);

    console.log('\nWhere the RSS delta goes (after − before, both after global.gc()):\n');
    console.log('| part | bytes | / raw item vectors |');
    console.log('|---|---:|---:|');
    const part = (name: string, b: number) => console.log(`| ${name} | ${signedMib(b)} | ${(b / itemFactorBytes).toFixed(2)} |`);
    part('PGlite WebAssembly heap growth (never shrinks)', wasmDelta);
    part('JS array buffers, shared ones included (the servable arrays below)', abDelta);
    part('V8 heap (objects, strings, maps)', heapDelta);
    part(`item index (native: HNSW graph M=${defaults.connectivity} + the only copy of the item vectors, f16), its memoryBytes`, indexEstimate);
    part(`  of which the f16 item vectors (${numItems.toLocaleString('en')} × ${dim} × 2 B)`, numItems * dim * 2);
    part('rest (memory freed before and reused by the deploy counts negative; native libraries; estimate error)', rssDelta - explained);
    part('**total RSS delta**', rssDelta);

    console.log(`\nTyped arrays the servable holds (found by field name; a view keeps its whole buffer alive):\n`);
    console.log('| field | what | bytes | buffer it keeps alive |');
    console.log('|---|---|---:|---:|');
    const buffers = new Set<ArrayBufferLike>();
    for (const [path, what] of HELD_ARRAYS) {
      const a = fieldAt(servable, path);
      if (!a) continue;
      const again = buffers.has(a.buffer);
      buffers.add(a.buffer);
      const shared = typeof SharedArrayBuffer !== 'undefined' && a.buffer instanceof SharedArrayBuffer ? ', shared' : '';
      console.log(`| ${path} | ${what} | ${mib(a.byteLength)} | ${again ? 'same as above' : `${mib(a.buffer.byteLength)}${shared}`} |`);
    }
    let held = 0;
    for (const b of buffers) held += b.byteLength;
    console.log(`| **distinct buffers** | | | **${mib(held)}** |`);
    console.log(`| exploration pool (Int32 per cold catalog item, built on the first call; default weight 0.3) | | up to ${mib(group.catalog.size * 4)} | |`);
    console.log('\nThe artifact read path on its own, run again after the deploy:\n');
    console.log('| step | value |');
    console.log('|---|---:|');
    console.log(`| RSS before | ${mib(atRead.rss)} |`);
    console.log(`| readArtifact: time, peak over before, RSS right after | ${readSeconds.toFixed(1)} s, ${signedMib(readPeak - atRead.rss)}, ${signedMib(readRss - atRead.rss)} |`);
    console.log(`| decodeModel: peak over before | ${signedMib(decodePeak - atRead.rss)} |`);
    console.log(`| decoded arrays are views into the read buffer? | ${views ? 'yes' : `no: decodeModel copies the body (${mib(decodedBody)}) into a new ArrayBuffer`} |`);
    console.log(`| PGlite WebAssembly heap: start of the bench → before deploy → after deploy → after this read | ${mib(preCatalog.wasm)} → ${mib(before.wasm)} → ${mib(after.wasm)} → ${mib(afterRead.wasm)} |`);
    console.log(`| RSS after the read path (gc) | ${mib(afterRead.rss)} (${signedMib(afterRead.rss - atRead.rss)}) |`);
    console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await s.close();
  }
}

await main();
// Exit explicitly: a process that has deployed an index-backed campaign does not exit by itself
// after attune.stop() (the search thread is not stopped, and its 'message' listener re-refs it).
process.exit(process.exitCode ?? 0);
