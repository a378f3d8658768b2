/** Generated benchmark data (written to a temporary folder, never committed). */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Writes `header` then `rows` lines made by `line(i)`, in 10,000-line chunks; returns the size in bytes. */
async function writeLines(path: string, header: string, rows: number, line: (i: number) => string): Promise<number> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  out.write(header);
  let bytes = header.length;
  let buf: string[] = [];
  for (let i = 0; i < rows; i++) {
    buf.push(line(i));
    if (buf.length === 10_000 || i === rows - 1) {
      const chunk = buf.join('\n') + '\n';
      bytes += chunk.length;
      buf = [];
      if (!out.write(chunk)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

const HEADER = 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE\n';

/** Writes an interactions CSV of `rows` rows; returns its size in bytes. */
export async function writeInteractionsCsv(path: string, rows: number, users = 100_000, items = 50_000): Promise<number> {
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const types = ['click', 'view', 'purchase', 'rate'];
  return writeLines(path, HEADER, rows, (i) => `u${next() % users},i${next() % items},${1_600_000_000 + i},${types[next() & 3]},${(next() % 50) / 10}`);
}

/**
 * Writes an interactions CSV with power-law item popularity (item rank ~ items·r³, so a few
 * items take most events) over uniformly chosen users; returns its size in bytes.
 */
export async function writePowerLawCsv(path: string, rows: number, users: number, items: number): Promise<number> {
  let seed = 777;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  return writeLines(path, HEADER, rows, (i) => {
    const item = Math.floor(items * next() ** 3);
    return `u${Math.floor(next() * users)},i${item},${1_600_000_000 + i},${next() < 0.9 ? 'click' : 'purchase'},${1 + Math.floor(next() * 5)}`;
  });
}

/**
 * Writes interactions with latent structure, like real taste: `clusters` groups of users each
 * favouring their own slice of the catalog (80% of a user's events), with power-law popularity
 * inside a slice. The first `items` rows touch every item once, so a model trained on it knows
 * the whole catalog. Users get `perUser` events each, in time order; returns the size in bytes.
 */
export async function writeClusteredCsv(path: string, users: number, items: number, perUser: number, clusters = 32): Promise<number> {
  let seed = 4242;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const slice = Math.floor(items / clusters);
  const rows = items + users * perUser;
  return writeLines(path, HEADER, rows, (i) => {
    if (i < items) return `u${i % users},i${i},${1_600_000_000 + i},click,1`;
    const j = i - items;
    const u = Math.floor(j / perUser);
    const home = u % clusters;
    const c = next() < 0.8 ? home : Math.floor(next() * clusters);
    const item = c * slice + Math.floor(slice * next() ** 2);
    return `u${u},i${item},${1_600_000_000 + i},${next() < 0.9 ? 'click' : 'purchase'},1`;
  });
}
