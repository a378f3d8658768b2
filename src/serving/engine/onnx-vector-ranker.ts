/**
 * GetPersonalizedRanking's scores for engines whose item vectors live in the vector index:
 * the items' vectors are gathered into a reused buffer and scored by the vector-rank graph
 * (native-models/onnx), so ranking holds no second copy of the factors. Runs one at a time
 * (onnxruntime-node reads the input buffers when the native run starts).
 */
import { type InferenceSession, Tensor } from 'onnxruntime-node';
import { buildVectorRankGraph } from '../../../native-models/onnx/graphs.mjs';
import { createSession, type SessionOptions } from './onnx-runtime.ts';

export class OnnxVectorRanker {
  private readonly user: Float32Array;
  private readonly userRow: Tensor;
  private vectors: Float32Array;
  private tail: Promise<unknown> = Promise.resolve();
  private released = false;

  private constructor(
    private readonly session: InferenceSession,
    readonly dim: number,
  ) {
    this.user = new Float32Array(dim);
    this.userRow = new Tensor('float32', this.user, [1, dim]);
    this.vectors = new Float32Array(256 * dim);
  }

  static async create(dim: number, opts: SessionOptions = {}): Promise<OnnxVectorRanker> {
    return new OnnxVectorRanker(await createSession(buildVectorRankGraph(dim), opts), dim);
  }

  /**
   * Scores of `count` items for `user`; `gather(out)` writes their vectors (count × dim) into
   * `out`, a buffer this ranker keeps between calls.
   */
  rank(user: Float32Array, count: number, gather: (out: Float32Array) => void): Promise<Float32Array> {
    const run = this.tail.then(async () => {
      if (this.released) throw new Error('OnnxVectorRanker: used after release()');
      if (user.length !== this.dim) throw new RangeError(`user has ${user.length} values, expected dim = ${this.dim}`);
      if (count === 0) return new Float32Array(0);
      if (this.vectors.length < count * this.dim) this.vectors = new Float32Array(2 ** Math.ceil(Math.log2(count)) * this.dim);
      const vectors = this.vectors.subarray(0, count * this.dim);
      gather(vectors);
      this.user.set(user);
      const out = await this.session.run({ user: this.userRow, vectors: new Tensor('float32', vectors, [1, count, this.dim]) });
      return out['scores']!.data as Float32Array;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  release(): Promise<void> {
    const run = this.tail.then(async () => {
      if (this.released) return;
      this.released = true;
      await this.session.release();
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}
