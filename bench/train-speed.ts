/**
 * Training speed of the implicit ALS recipe (aws-user-personalization) on generated data:
 * power-law item popularity, uniform users, seeded. Each measurement runs in its own child
 * process so its peak RSS is its own. Prints per-iteration and whole-training times for the
 * native kernel and the TypeScript fallback, and time + peak RSS for 100k / 1M / 10M interactions.
 *
 *   npx tsx bench/train-speed.ts [--factors 64] [--iterations 10] [--threads 2] [--ts-10m]
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { TrainingSnapshot } from '../src/data/snapshot/types.ts';

interface Size {
  label: string;
  interactions: number;
  users: number;
  items: number;
}

const SIZES: Size[] = [
  { label: '100k', interactions: 100_000, users: 6_000, items: 4_000 },
  { label: '1M', interactions: 1_000_000, users: 6_000, items: 4_000 },
  { label: '10M', interactions: 10_000_000, users: 60_000, items: 40_000 },
];

interface Result {
  kernel: string;
  /** Distinct (user, item) pairs after summing duplicates: the nonzeros ALS iterates over. */
  pairs: number;
  perIteration: number;
  train: number;
  maxRssMiB: number;
}

/** Generates `n` interactions: uniform users, Zipf(0.8) items, increasing timestamps; CSR by user. */
export function generateSnapshot(n: number, users: number, items: number, seed: number): TrainingSnapshot {
  let s = seed >>> 0 || 1;
  const rand = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const cdf = new Float64Array(items);
  let total = 0;
  for (let i = 0; i < items; i++) cdf[i] = total += 1 / Math.pow(i + 1, 0.8);
  const user = new Int32Array(n);
  const item = new Int32Array(n);
  const userPtr = new Int32Array(users + 1);
  for (let j = 0; j < n; j++) {
    const u = Math.floor(rand() * users);
    const target = rand() * total;
    let lo = 0;
    let hi = items - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    user[j] = u;
    item[j] = lo;
    userPtr[u + 1]!++;
  }
  for (let u = 0; u < users; u++) userPtr[u + 1] = userPtr[u + 1]! + userPtr[u]!;
  const fill = userPtr.slice(0, users);
  const itemIdx = new Int32Array(n);
  const timestamp = new Float64Array(n);
  const value = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    const at = fill[user[j]!]!++;
    itemIdx[at] = item[j]!;
    timestamp[at] = 1_600_000_000 + j;
    value[at] = 1 + (j % 5);
  }
  return {
    interactions: {
      numUsers: users,
      numItems: items,
      userPtr,
      itemIdx,
      timestamp,
      weight: new Float32Array(n).fill(1),
      value,
      eventType: new Int16Array(n).fill(-1),
    },
    eventTypes: [],
    latestTimestamp: 1_600_000_000 + n,
  };
}

/** Child: generates one size, trains once, prints a JSON Result. */
async function child(size: Size, factors: number, iterations: number, threads: number): Promise<void> {
  const { trainAls } = await import('../src/training/recipes/user-personalization/train.ts');
  const { alsKernel } = await import('../src/training/recipes/user-personalization/kernel/index.ts');
  const { buildUserConfidence } = await import('../src/training/recipes/user-personalization/confidence.ts');
  const data = generateSnapshot(size.interactions, size.users, size.items, 7);
  const conf = { alpha: 1, eventValue: 'ignore', recencyMask: false, recencyHalfLifeDays: 1, latestTimestamp: 0, valueScale: 1 } as const;
  const pairs = buildUserConfidence(data.interactions, conf).idx.length;
  const marks: number[] = [];
  const t0 = performance.now();
  await trainAls(data, { hidden_dimension: factors, num_iterations: iterations }, { threads, seed: 1, progress: () => marks.push(performance.now()) });
  const train = (performance.now() - t0) / 1000;
  const gaps = marks.slice(1).map((m, i) => m - marks[i]!);
  const perIteration = gaps.length > 0 ? gaps.reduce((a, b) => a + b, 0) / gaps.length / 1000 : train;
  const result: Result = { kernel: alsKernel.name, pairs, perIteration, train, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(result));
}

/** Runs one measurement in a child process and parses its result. */
function measure(size: Size, ts: boolean, factors: number, iterations: number, threads: number): Result {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', process.argv[1]!, '--child', size.label, '--factors', `${factors}`, '--iterations', `${iterations}`, '--threads', `${threads}`],
    { env: { ...process.env, ATTUNE_NATIVE: ts ? 'off' : (process.env.ATTUNE_NATIVE ?? '') }, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const last = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Result;
}

/** Runs the bench from the command line. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      factors: { type: 'string', default: '64' },
      iterations: { type: 'string', default: '10' },
      threads: { type: 'string', default: '2' },
      'ts-10m': { type: 'boolean', default: false },
    },
  });
  const factors = Number(values.factors);
  const iterations = Number(values.iterations);
  const threads = Number(values.threads);
  if (values.child !== undefined) {
    const size = SIZES.find((s) => s.label === values.child);
    if (!size) throw new Error(`unknown size ${values.child}`);
    await child(size, factors, iterations, threads);
    return;
  }
  console.log(`ALS training, ${factors} factors, ${iterations} iterations, ${threads} threads, default confidence settings\n`);
  console.log('| interactions | users × items | distinct pairs | kernel | s / iteration | training s | peak RSS MiB | TS ÷ native |');
  console.log('|---:|---:|---:|---|---:|---:|---:|---:|');
  for (const size of SIZES) {
    const native = measure(size, false, factors, iterations, threads);
    const row = (r: Result, ratio: string): void =>
      console.log(
        `| ${size.label} | ${size.users.toLocaleString('en')} × ${size.items.toLocaleString('en')} | ${r.pairs.toLocaleString('en')} | ${r.kernel} | ${r.perIteration.toFixed(3)} | ${r.train.toFixed(2)} | ${r.maxRssMiB.toFixed(0)} | ${ratio} |`,
      );
    row(native, '');
    if (size.label !== '10M' || values['ts-10m']) {
      const ts = measure(size, true, factors, iterations, threads);
      row(ts, (ts.perIteration / native.perIteration).toFixed(1));
    }
  }
}

await main();
