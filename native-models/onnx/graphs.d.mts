/** Declarations for graphs.mjs: ONNX graph builders for serving factor models (see README.md). */

/** ONNX IR version written into every model. */
export declare const IR_VERSION: 8;
/** Default-domain opset every model imports. */
export declare const OPSET_VERSION: 13;
/** Value of an additive mask entry that blocks an item (finite, far below any real score). */
export declare const BLOCKED_SCORE: -1e30;

/** Trained item factors: row-major `numItems × dim`. */
export interface ItemFactorsSpec {
  readonly itemFactors: Float32Array;
  readonly numItems: number;
  readonly dim: number;
}

/**
 * Exact top-k by inner product. Inputs `user` float [B, dim], `mask` float [B, numItems]
 * (additive; only when `masked`, the default), `k` int64 [1]; outputs `scores` float [B, k] and
 * `indices` int64 [B, k], best first. Throws on factors whose length is not numItems × dim.
 */
export declare function buildTopKGraph(spec: ItemFactorsSpec & { readonly masked?: boolean }): Uint8Array;

/**
 * Scores of chosen items. Inputs `user` float [B, dim], `items` int64 [B, M] (each in
 * [0, numItems)); output `scores` float [B, M] with scores[b][m] = user[b] · itemFactors[items[b][m]].
 */
export declare function buildRankGraph(spec: ItemFactorsSpec): Uint8Array;

/**
 * Scores of item vectors given with the request. Inputs `user` float [B, dim], `vectors` float
 * [B, M, dim]; output `scores` float [B, M] with scores[b][m] = user[b] · vectors[b][m].
 */
export declare function buildVectorRankGraph(dim: number): Uint8Array;

/** A one-node model (`y = x + x`, x float [1]) for probing whether execution providers load. */
export declare function buildProbeGraph(): Uint8Array;
