/**
 * The on-store format of a trained model: a JSON header (metadata, array directory, id lists)
 * followed by the typed arrays' raw bytes, each 8-byte aligned. Arrays are never JSON-encoded.
 *
 *   "ATM1" | u32 header length | header JSON | padding | array bytes…
 */
import type { ModelArray, TrainedModel } from './recipes/recipe.ts';

const MAGIC = 'ATM1';

const DTYPES = {
  f32: Float32Array,
  f64: Float64Array,
  i32: Int32Array,
  u32: Uint32Array,
  u8: Uint8Array,
  i16: Int16Array,
} as const;
type DType = keyof typeof DTYPES;

/** A trained model with the ids its indexes stand for. */
export interface ModelFile extends TrainedModel {
  /** Name of the recipe that trained it. */
  recipe: string;
  userIds: string[];
  itemIds: string[];
}

interface Header {
  recipe: string;
  meta: Record<string, unknown>;
  userIds: string[];
  itemIds: string[];
  arrays: { name: string; dtype: DType; length: number; offset: number }[];
}

function dtypeOf(a: ModelArray): DType {
  for (const [name, ctor] of Object.entries(DTYPES)) if (a instanceof ctor) return name as DType;
  throw new Error('unsupported array type');
}

const align = (n: number) => (n + 7) & ~7;

/** Encodes a model into byte parts (the arrays' own memory, not copies). */
export function encodeModel(model: ModelFile): Uint8Array[] {
  const entries = Object.entries(model.arrays);
  let offset = 0;
  const arrays = entries.map(([name, a]) => {
    const entry = { name, dtype: dtypeOf(a), length: a.length, offset };
    offset = align(offset + a.byteLength);
    return entry;
  });
  const header: Header = { recipe: model.recipe, meta: model.meta, userIds: model.userIds, itemIds: model.itemIds, arrays };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(align(8 + json.byteLength));
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(json.byteLength, 4);
  json.copy(prefix, 8);
  const parts: Uint8Array[] = [prefix];
  for (const [, a] of entries) {
    parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    const pad = align(a.byteLength) - a.byteLength;
    if (pad > 0) parts.push(new Uint8Array(pad));
  }
  return parts;
}

/** Decodes a model; arrays are aligned views into one copy of the data. */
export function decodeModel(data: Uint8Array): ModelFile {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.byteLength < 8 || buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not an Attune model file');
  const length = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + length)) as Header;
  const base = align(8 + length);
  // One aligned copy of the body, so every array view is aligned whatever `data`'s offset.
  const body = new ArrayBuffer(buf.byteLength - base);
  new Uint8Array(body).set(buf.subarray(base));
  const arrays: Record<string, ModelArray> = {};
  for (const e of header.arrays) {
    const ctor = DTYPES[e.dtype];
    if (!ctor) throw new Error(`model array ${e.name} has unknown type ${e.dtype}`);
    arrays[e.name] = new ctor(body, e.offset, e.length);
  }
  return { recipe: header.recipe, meta: header.meta, userIds: header.userIds, itemIds: header.itemIds, arrays };
}
