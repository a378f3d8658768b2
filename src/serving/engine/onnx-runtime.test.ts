import { describe, expect, it } from 'vitest';
import { Tensor } from 'onnxruntime-node';
import { buildProbeGraph } from '../../../native-models/onnx/graphs.mjs';
import { createSession, detectExecutionProviders, normaliseProviders } from './onnx-runtime.ts';

describe('detectExecutionProviders', () => {
  it('falls back to the CPU with a reason when CUDA is requested but absent', async () => {
    const lines: Array<{ msg: string; fields: object }> = [];
    const choice = await detectExecutionProviders(['cuda', 'cpu'], (msg, fields) => lines.push({ msg, fields }));
    expect(choice.providers).toEqual(['cpu']);
    expect(choice.fallbackReason).toMatch(/^cuda: /);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toContain('requested cuda, cpu');
    expect(lines[0]!.fields).toMatchObject({ component: 'onnx-runtime', providers: ['cpu'], requested: ['cuda', 'cpu'] });
  });

  it('probes once per distinct list and logs only then', async () => {
    const lines: string[] = [];
    const first = await detectExecutionProviders(['tensorrt', 'cuda'], (msg) => lines.push(msg));
    const second = await detectExecutionProviders([' TensorRT', 'CUDA', 'cpu'], (msg) => lines.push(msg));
    expect(second).toBe(first);
    expect(first.providers).toEqual(['cpu']);
    expect(first.fallbackReason).toMatch(/^tensorrt: .*; cuda: /);
    expect(lines).toHaveLength(1);
  });

  it('names unknown providers in the reason', async () => {
    const choice = await detectExecutionProviders(['nosuch']);
    expect(choice.providers).toEqual(['cpu']);
    expect(choice.fallbackReason).toMatch(/nosuch: not an execution provider/);
  });

  it('has no fallback reason when only the CPU is asked for', async () => {
    const choice = await detectExecutionProviders(['cpu']);
    expect(choice).toEqual({ providers: ['cpu'] });
  });

  it('normalises the requested list', () => {
    expect(normaliseProviders([])).toEqual(['cpu']);
    expect(normaliseProviders([' CUDA ', 'cuda', 'TensorRT'])).toEqual(['cuda', 'tensorrt', 'cpu']);
    expect(normaliseProviders(['cpu', 'cuda'])).toEqual(['cpu']);
  });
});

describe('createSession', () => {
  it('opens a working session on the detected providers', async () => {
    const session = await createSession(buildProbeGraph(), { intraOpThreads: 1 });
    const out = await session.run({ x: new Tensor('float32', Float32Array.of(1.5), [1]) });
    expect(Array.from(out['y']!.data as Float32Array)).toEqual([3]);
    await session.release();
  });

  it('rejects a bad thread count', async () => {
    await expect(createSession(buildProbeGraph(), { intraOpThreads: -1 })).rejects.toThrow(RangeError);
  });
});
