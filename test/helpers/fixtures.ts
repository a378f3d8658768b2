/** Schemas and generated data for tests (tests make their own data; no external files). */

export const INTERACTIONS_SCHEMA = JSON.stringify({
  type: 'record',
  name: 'Interactions',
  namespace: 'com.amazonaws.personalize.schema',
  fields: [
    { name: 'USER_ID', type: 'string' },
    { name: 'ITEM_ID', type: 'string' },
    { name: 'TIMESTAMP', type: 'long' },
    { name: 'EVENT_TYPE', type: 'string' },
    { name: 'EVENT_VALUE', type: ['null', 'float'] },
  ],
  version: '1.0',
});

export const INTERACTIONS_WITH_METADATA_SCHEMA = JSON.stringify({
  type: 'record',
  name: 'Interactions',
  fields: [
    { name: 'USER_ID', type: 'string' },
    { name: 'ITEM_ID', type: 'string' },
    { name: 'TIMESTAMP', type: 'long' },
    { name: 'EVENT_TYPE', type: 'string' },
    { name: 'DEVICE', type: ['null', 'string'], categorical: true },
  ],
});

export const ITEMS_SCHEMA = JSON.stringify({
  type: 'record',
  name: 'Items',
  fields: [
    { name: 'ITEM_ID', type: 'string' },
    { name: 'GENRES', type: 'string', categorical: true },
    { name: 'PRICE', type: ['null', 'double'] },
    { name: 'CREATION_TIMESTAMP', type: ['null', 'long'] },
    { name: 'DESCRIPTION', type: ['null', 'string'], textual: true },
  ],
});

export const USERS_SCHEMA = JSON.stringify({
  type: 'record',
  name: 'Users',
  fields: [
    { name: 'USER_ID', type: 'string' },
    { name: 'AGE', type: ['null', 'int'] },
    { name: 'OCCUPATION', type: 'string', categorical: true },
  ],
});

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An interactions CSV of `rows` rows over `users` users and `items` items. */
export function interactionsCsv(rows: number, options: { users?: number; items?: number; seed?: number; header?: string } = {}): string {
  const r = rng(options.seed ?? 1);
  const users = options.users ?? 100;
  const items = options.items ?? 200;
  const lines = [options.header ?? 'USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE'];
  for (let i = 0; i < rows; i++) {
    const u = Math.floor(r() * users);
    const it = Math.floor(r() * items);
    lines.push(`u${u},i${it},${1_700_000_000 + i},${r() < 0.8 ? 'click' : 'purchase'},${(1 + Math.floor(r() * 5)).toFixed(1)}`);
  }
  return lines.join('\n') + '\n';
}
