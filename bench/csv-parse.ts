/**
 * CSV reader throughput: 1,000,000 generated records fed in 1 MiB chunks, for plain fields,
 * quoted fields and two slower shapes (non-ASCII text, long ID fields). Prints a markdown table:
 * the median of 3 runs after a first (cold, JIT-warming) pass, whose rate is shown too.
 *
 *   npx tsx bench/csv-parse.ts
 */
import { readCsv } from '../src/data/csv/index.ts';

const RECORDS = 1_000_000;
const CHUNK = 1024 * 1024;
const RUNS = 3;

interface Variant {
  name: string;
  row: (i: number) => string;
}

const variants: Variant[] = [
  { name: 'plain', row: (i) => `u${i % 100_000},i${(i * 7) % 50_000},${1_700_000_000 + i},click,3.5` },
  {
    name: 'quoted',
    row: (i) => `"u${i % 100_000}","i${(i * 7) % 50_000}","${1_700_000_000 + i}","click, ""view""","3.5"`,
  },
  { name: 'non-ASCII', row: (i) => `u${i % 100_000},i${(i * 7) % 50_000},${1_700_000_000 + i},clické,3.5` },
  {
    name: 'long IDs',
    row: (i) => `user-${String(i).padStart(31, '0')},item-${String(i * 7).padStart(31, '0')},${1_700_000_000 + i},click,3.5`,
  },
];

/** The variant's file: a header row and RECORDS - 1 data rows, LF-terminated. */
function generate(variant: Variant): Buffer {
  const rows = ['USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE'];
  for (let i = 1; i < RECORDS; i++) rows.push(variant.row(i));
  return Buffer.from(`${rows.join('\n')}\n`, 'utf8');
}

async function* chunked(input: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < input.length; at += CHUNK) yield input.subarray(at, at + CHUNK);
}

/** Reads the whole input, returning the record count (header included) and the seconds taken. */
async function measure(input: Buffer): Promise<{ records: number; seconds: number }> {
  const started = performance.now();
  let records = 0;
  for await (const batch of readCsv(chunked(input), { fileName: 'bench.csv' })) records += batch.records.length;
  return { records, seconds: (performance.now() - started) / 1000 };
}

console.log(`| variant | records | MB | seconds | records/s | MB/s | records/s, first pass |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|`);
for (const variant of variants) {
  const input = generate(variant);
  const cold = await measure(input); // also warms up the JIT
  const runs: { records: number; seconds: number }[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(await measure(input));
  runs.sort((a, b) => a.seconds - b.seconds);
  const { records, seconds } = runs[Math.floor(RUNS / 2)]!;
  if (records !== RECORDS) throw new Error(`${variant.name}: read ${records} records, expected ${RECORDS}`);
  const perSecond = Math.round(records / seconds).toLocaleString('en-US');
  const mbPerSecond = (input.length / 1e6 / seconds).toFixed(1);
  const coldPerSecond = Math.round(cold.records / cold.seconds).toLocaleString('en-US');
  console.log(
    `| ${variant.name} | ${records.toLocaleString('en-US')} | ${(input.length / 1e6).toFixed(1)} | ${seconds.toFixed(3)} | ${perSecond} | ${mbPerSecond} | ${coldPerSecond} |`,
  );
}
