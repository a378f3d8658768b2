/**
 * The training snapshot: a compact, read-only copy of a dataset group's data in typed arrays,
 * ids mapped to dense indexes. The main thread builds it once per training; its arrays live in
 * SharedArrayBuffers so worker threads read them without copies. Ids stay on the main thread:
 * workers see only indexes.
 */

/** Interactions in CSR form by user. Row u is `[userPtr[u], userPtr[u + 1])`, oldest first. */
export interface InteractionMatrix {
  numUsers: number;
  numItems: number;
  /** Row pointers, length numUsers + 1. */
  userPtr: Int32Array;
  /** Item index of each interaction, length nnz. */
  itemIdx: Int32Array;
  /** TIMESTAMP in Unix epoch seconds, ascending within a row (ties keep arrival order). */
  timestamp: Float64Array;
  /** Weight from the solution's events_config (1 when it has none); always > 0. */
  weight: Float32Array;
  /** EVENT_VALUE, or NaN where the event has none. */
  value: Float32Array;
  /** Index into TrainingSnapshot.eventTypes, or -1 where the event has no type. */
  eventType: Int16Array;
}

/** Categorical item metadata as item × feature incidence (CSR by item). */
export interface ItemFeatures {
  /** Distinct `field=value` features. */
  numFeatures: number;
  /** Row pointers by item, length numItems + 1. */
  itemPtr: Int32Array;
  /** Feature index of each (item, feature) pair, ascending within a row. */
  featureIdx: Int32Array;
  /** The categorical field each feature belongs to (index into fieldNames). */
  featureField: Int32Array;
  fieldNames: string[];
}

/** Everything a recipe trains on. Items in the Items dataset but never interacted with are included. */
export interface TrainingSnapshot {
  interactions: InteractionMatrix;
  /** Event type names, indexed by InteractionMatrix.eventType. */
  eventTypes: string[];
  /** Present when the group has an Items dataset with categorical fields. */
  itemFeatures?: ItemFeatures;
  /** CREATION_TIMESTAMP of each item (epoch seconds), NaN where unknown; absent without an Items dataset. */
  itemCreated?: Float64Array;
  /** Latest interaction timestamp in the data (epoch seconds): "now" for recency and trends. */
  latestTimestamp: number;
}

/** One user's interactions, oldest first (a row of an InteractionMatrix, or events at serving). */
export interface UserHistory {
  itemIdx: Int32Array;
  timestamp: Float64Array;
  weight: Float32Array;
  value: Float32Array;
}
