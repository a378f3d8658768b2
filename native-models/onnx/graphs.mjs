/**
 * ONNX graph builders for serving factor models, with a zero-dependency protobuf writer.
 *
 * Every builder returns the bytes of a complete `.onnx` model (IR version 8, default-domain
 * opset 13) that `InferenceSession.create(bytes)` loads directly. Large initializers are stored
 * as `raw_data` (little-endian), so serialising a 100k × 64 catalog costs one copy of the
 * factors. Field numbers are those of onnx/onnx.proto; only the fields used here are written.
 * Inputs, outputs and shapes of each graph are listed in ./README.md.
 *
 * Plain JavaScript (with graphs.d.mts beside it) so that src/ can import it relatively from both
 * src/ and dist/ without the file being part of the TypeScript build.
 */

export const IR_VERSION = 8;
export const OPSET_VERSION = 13;

/** TensorProto.DataType values used here. */
const FLOAT = 1;
const INT64 = 7;
/** AttributeProto.AttributeType.INT. */
const ATTR_INT = 2;
/** Additive mask value for a blocked item: far below any real score, still finite. */
export const BLOCKED_SCORE = -1e30;

const utf8 = new TextEncoder();
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// ------------------------------------------------------------------------------------------------
// Protobuf writer. A message is a list of byte chunks plus their total length; nesting a message
// appends its chunks by reference, and `finish` copies everything once into the final buffer.

class Message {
  constructor() {
    /** @type {Uint8Array[]} */
    this.chunks = [];
    this.length = 0;
  }

  /** @param {Uint8Array} bytes */
  push(bytes) {
    this.chunks.push(bytes);
    this.length += bytes.length;
    return this;
  }

  /** Varint-typed field (wire type 0); negative values are written as 64-bit two's complement. */
  int(field, value) {
    return this.push(concatSmall(varint(field << 3), varint(value)));
  }

  /** Length-delimited field (wire type 2) holding raw bytes. */
  bytes(field, bytes) {
    this.push(concatSmall(varint((field << 3) | 2), varint(bytes.length)));
    return this.push(bytes);
  }

  string(field, text) {
    return this.bytes(field, utf8.encode(text));
  }

  /** Length-delimited field holding a nested message (its chunks are shared, not copied). */
  message(field, msg) {
    this.push(concatSmall(varint((field << 3) | 2), varint(msg.length)));
    for (const chunk of msg.chunks) this.chunks.push(chunk);
    this.length += msg.length;
    return this;
  }

  /** @returns {Uint8Array} the serialised message */
  finish() {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** @param {number | bigint} value */
function varint(value) {
  let v = BigInt.asUintN(64, BigInt(value));
  const out = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

function concatSmall(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Little-endian bytes of a typed array (a view when the host is little-endian, as x86/ARM are). */
function rawBytes(array) {
  if (littleEndian) return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const out = new Uint8Array(array.byteLength);
  const view = new DataView(out.buffer);
  const width = array.BYTES_PER_ELEMENT;
  for (let i = 0; i < array.length; i++) {
    if (array instanceof Float32Array) view.setFloat32(i * width, array[i], true);
    else view.setBigInt64(i * width, array[i], true);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// ONNX messages.

/** TensorProto{dims=1, data_type=2, name=8, raw_data=9}. */
function tensor(name, dataType, dims, array) {
  const t = new Message();
  for (const d of dims) t.int(1, d);
  t.int(2, dataType);
  t.string(8, name);
  t.bytes(9, rawBytes(array));
  return t;
}

/**
 * ValueInfoProto{name=1, type=2 → TypeProto{tensor_type=1 → {elem_type=1, shape=2 → dim=1 →
 * {dim_value=1 | dim_param=2}}}}. A number is a fixed dimension, a string a symbolic one.
 */
function valueInfo(name, elemType, shape) {
  const tensorShape = new Message();
  for (const d of shape) {
    const dim = new Message();
    if (typeof d === 'number') dim.int(1, d);
    else dim.string(2, d);
    tensorShape.message(1, dim);
  }
  const tensorType = new Message().int(1, elemType).message(2, tensorShape);
  const type = new Message().message(1, tensorType);
  return new Message().string(1, name).message(2, type);
}

/** NodeProto{input=1, output=2, name=3, op_type=4, attribute=5}; attributes are all INT here. */
function node(opType, inputs, outputs, intAttributes = {}) {
  const n = new Message();
  for (const i of inputs) n.string(1, i);
  for (const o of outputs) n.string(2, o);
  n.string(3, `${opType}_${outputs[0]}`);
  n.string(4, opType);
  for (const [name, value] of Object.entries(intAttributes)) {
    // AttributeProto{name=1, i=3, type=20}
    n.message(5, new Message().string(1, name).int(3, value).int(20, ATTR_INT));
  }
  return n;
}

/**
 * ModelProto{ir_version=1, producer_name=2, producer_version=3, doc_string=6, graph=7,
 * opset_import=8 → OperatorSetIdProto{domain=1, version=2}} around
 * GraphProto{node=1, name=2, initializer=5, doc_string=10, input=11, output=12}.
 */
function model({ name, doc, nodes, initializers, inputs, outputs }) {
  const graph = new Message();
  for (const n of nodes) graph.message(1, n);
  graph.string(2, name);
  for (const t of initializers) graph.message(5, t);
  graph.string(10, doc);
  for (const i of inputs) graph.message(11, i);
  for (const o of outputs) graph.message(12, o);
  return new Message()
    .int(1, IR_VERSION)
    .string(2, 'attune')
    .string(3, '1')
    .message(7, graph)
    .message(8, new Message().string(1, '').int(2, OPSET_VERSION))
    .finish();
}

// ------------------------------------------------------------------------------------------------
// Graph builders.

function checkFactors(spec, builder) {
  const { itemFactors, numItems, dim } = spec;
  if (!(itemFactors instanceof Float32Array)) throw new TypeError(`${builder}: itemFactors must be a Float32Array`);
  if (!Number.isInteger(numItems) || numItems < 1) throw new RangeError(`${builder}: numItems must be a positive integer, got ${numItems}`);
  if (!Number.isInteger(dim) || dim < 1) throw new RangeError(`${builder}: dim must be a positive integer, got ${dim}`);
  if (itemFactors.length !== numItems * dim) {
    throw new RangeError(`${builder}: itemFactors has ${itemFactors.length} values, expected numItems × dim = ${numItems * dim}`);
  }
}

/**
 * Exact top-k by inner product: Gemm(user, items, transB) (+ mask) → TopK. The factors are stored
 * as given ([numItems, dim]); Gemm's transB spares a transpose here, and ONNX Runtime packs the
 * constant operand once at session creation either way. See README.md for the contract.
 */
export function buildTopKGraph(spec) {
  checkFactors(spec, 'buildTopKGraph');
  const { itemFactors, numItems, dim } = spec;
  const masked = spec.masked ?? true;

  const nodes = [node('Gemm', ['user', 'item_factors'], [masked ? 'raw_scores' : 'all_scores'], { transB: 1 })];
  if (masked) nodes.push(node('Add', ['raw_scores', 'mask'], ['all_scores']));
  nodes.push(node('TopK', ['all_scores', 'k'], ['scores', 'indices'], { axis: -1, largest: 1, sorted: 1 }));

  const inputs = [valueInfo('user', FLOAT, ['batch', dim])];
  if (masked) inputs.push(valueInfo('mask', FLOAT, ['batch', numItems]));
  inputs.push(valueInfo('k', INT64, [1]));

  return model({
    name: masked ? 'attune_topk_masked' : 'attune_topk',
    doc: `exact top-k by inner product over ${numItems} items × ${dim} factors`,
    nodes,
    initializers: [tensor('item_factors', FLOAT, [numItems, dim], itemFactors)],
    inputs,
    outputs: [valueInfo('scores', FLOAT, ['batch', 'k']), valueInfo('indices', INT64, ['batch', 'k'])],
  });
}

/** Scores of given items: Gather(items) · user, batched. See README.md for the contract. */
export function buildRankGraph(spec) {
  checkFactors(spec, 'buildRankGraph');
  const { itemFactors, numItems, dim } = spec;
  const axis2 = BigInt64Array.of(2n);
  return model({
    name: 'attune_rank',
    doc: `inner-product scores of chosen items among ${numItems} items × ${dim} factors`,
    nodes: [
      node('Gather', ['item_factors', 'items'], ['gathered'], { axis: 0 }), // [B, M, dim]
      node('Unsqueeze', ['user', 'axis_2'], ['user_col']), // [B, dim, 1]
      node('MatMul', ['gathered', 'user_col'], ['scores_col']), // [B, M, 1]
      node('Squeeze', ['scores_col', 'axis_2'], ['scores']), // [B, M]
    ],
    initializers: [tensor('item_factors', FLOAT, [numItems, dim], itemFactors), tensor('axis_2', INT64, [1], axis2)],
    inputs: [valueInfo('user', FLOAT, ['batch', dim]), valueInfo('items', INT64, ['batch', 'candidates'])],
    outputs: [valueInfo('scores', FLOAT, ['batch', 'candidates'])],
  });
}

/**
 * Scores of given item vectors (gathered by the caller from an index that holds the only copy
 * of the factors): MatMul(vectors, Unsqueeze(user, 2)) → Squeeze. No initializer, so one
 * session serves any catalog of this dim. See README.md for the contract.
 */
export function buildVectorRankGraph(dim) {
  if (!Number.isInteger(dim) || dim < 1) throw new RangeError(`buildVectorRankGraph: dim must be a positive integer, got ${dim}`);
  return model({
    name: 'attune_vector_rank',
    doc: `inner-product scores of ${dim}-dimensional item vectors given with the request`,
    nodes: [
      node('Unsqueeze', ['user', 'axis_2'], ['user_col']), // [B, dim, 1]
      node('MatMul', ['vectors', 'user_col'], ['scores_col']), // [B, M, 1]
      node('Squeeze', ['scores_col', 'axis_2'], ['scores']), // [B, M]
    ],
    initializers: [tensor('axis_2', INT64, [1], BigInt64Array.of(2n))],
    inputs: [valueInfo('user', FLOAT, ['batch', dim]), valueInfo('vectors', FLOAT, ['batch', 'candidates', dim])],
    outputs: [valueInfo('scores', FLOAT, ['batch', 'candidates'])],
  });
}

/** A one-node model (y = x + x, x float [1]) for probing whether execution providers load. */
export function buildProbeGraph() {
  return model({
    name: 'attune_probe',
    doc: 'execution-provider probe',
    nodes: [node('Add', ['x', 'x'], ['y'])],
    initializers: [],
    inputs: [valueInfo('x', FLOAT, [1])],
    outputs: [valueInfo('y', FLOAT, [1])],
  });
}
