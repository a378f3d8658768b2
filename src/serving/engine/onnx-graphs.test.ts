import { describe, expect, it } from 'vitest';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { buildRankGraph, buildTopKGraph } from '../../../native-models/onnx/graphs.mjs';

// 4 items × 2 factors; user (1, 2) scores them 1, 2, 3, -3.
const itemFactors = Float32Array.of(1, 0, 0, 1, 1, 1, -1, -1);
const spec = { itemFactors, numItems: 4, dim: 2 };
const user = (rows: number): Tensor => new Tensor('float32', new Float32Array(rows * 2).map((_, i) => (i % 2) + 1), [rows, 2]);
const k = (value: number): Tensor => new Tensor('int64', BigInt64Array.of(BigInt(value)), [1]);

describe('ONNX graph builders', () => {
  it('top-k graph declares its inputs and outputs', async () => {
    const session = await InferenceSession.create(buildTopKGraph(spec));
    expect(session.inputNames).toEqual(['user', 'mask', 'k']);
    expect(session.outputNames).toEqual(['scores', 'indices']);
    expect(session.inputMetadata).toEqual([
      { name: 'user', isTensor: true, type: 'float32', shape: ['batch', 2] },
      { name: 'mask', isTensor: true, type: 'float32', shape: ['batch', 4] },
      { name: 'k', isTensor: true, type: 'int64', shape: [1] },
    ]);
    await session.release();
  });

  it('top-k graph adds the mask and returns the best k, sorted', async () => {
    const session = await InferenceSession.create(buildTopKGraph(spec));
    const mask = Float32Array.of(0, 0, -1e30, 0, 0, 0, 0, 0);
    const out = await session.run({ user: user(2), mask: new Tensor('float32', mask, [2, 4]), k: k(2) });
    expect(Array.from(out['indices']!.data as BigInt64Array)).toEqual([1n, 0n, 2n, 1n]);
    expect(Array.from(out['scores']!.data as Float32Array)).toEqual([2, 1, 3, 2]);
    await session.release();
  });

  it('top-k graph without mask takes only user and k', async () => {
    const session = await InferenceSession.create(buildTopKGraph({ ...spec, masked: false }));
    expect(session.inputNames).toEqual(['user', 'k']);
    const out = await session.run({ user: user(1), k: k(3) });
    expect(Array.from(out['indices']!.data as BigInt64Array)).toEqual([2n, 1n, 0n]);
    await session.release();
  });

  it('rank graph scores chosen items per row', async () => {
    const session = await InferenceSession.create(buildRankGraph(spec));
    expect(session.inputNames).toEqual(['user', 'items']);
    const items = new Tensor('int64', BigInt64Array.of(3n, 0n, 2n, 1n, 1n, 3n), [2, 3]);
    const out = await session.run({ user: user(2), items });
    expect(out['scores']!.dims).toEqual([2, 3]);
    expect(Array.from(out['scores']!.data as Float32Array)).toEqual([-3, 1, 3, 2, 2, -3]);
    await session.release();
  });

  it('rejects factors of the wrong length', () => {
    expect(() => buildTopKGraph({ itemFactors: new Float32Array(7), numItems: 4, dim: 2 })).toThrow(RangeError);
    expect(() => buildRankGraph({ itemFactors: new Float32Array(8), numItems: 0, dim: 2 })).toThrow(RangeError);
  });
});
