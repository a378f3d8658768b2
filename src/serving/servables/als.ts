/**
 * Serves the ALS models (aws-user-personalization, aws-personalized-ranking). A user's vector
 * is the trained one until their history changes; from then on it is the exact fold-in of
 * their whole current history (the stored rows plus the events that arrived since), computed
 * once per change. Users the model has never seen and who have no usable events get popular
 * items. Top-k runs on the item engine (vector index or exact scoring), ranking on ONNX.
 */
import type { RowFilter } from '../../data/snapshot/build.ts';
import type { UserHistory } from '../../data/snapshot/types.ts';
import type { ModelFile } from '../../training/model-file.ts';
import type { RecipeType } from '../../training/recipes/recipe.ts';
import { AlsFoldIn, type FoldInModel, foldInModelOf, type GatherRows } from '../../training/recipes/user-personalization/fold-in.ts';
import type { GroupData } from '../catalog/group-data.ts';
import type { ItemEngine } from '../engine/item-engine.ts';
import type { ItemConstraint } from '../filters/subject.ts';
import { ModelItems } from './model-items.ts';
import type { RankedItems, Servable } from './servable.ts';

/** At most this many folded-in user vectors are cached (the oldest are dropped first). */
const MAX_CACHED_USERS = 200_000;
/** Items with at most this many interactions count as cold for exploration. */
const COLD_INTERACTIONS = 5;

export interface AlsServableOptions {
  versionArn: string;
  type: RecipeType;
  /** The solution's event weights (events it does not train on weigh 0). */
  weigh: RowFilter;
  /** Users with real-time events in the store when the servable was loaded (their trained vectors may be stale). */
  staleUsers: Set<string>;
  engine: (factors: Float32Array, numItems: number, dim: number) => Promise<ItemEngine>;
}

/**
 * Fold-in's row source. Made here, not in the constructor: a closure there would share the
 * constructor's context with the popularity sort's comparator, which holds the decoded model,
 * and so keep the whole model buffer (every factor) alive as long as the servable.
 */
function gatherFrom(engine: ItemEngine): GatherRows {
  return (items, count, out) => engine.vectors(items, count, out);
}

export class AlsServable implements Servable {
  readonly scored = true;
  private readonly items: ModelItems;
  private readonly users: Map<string, number>;
  private readonly userFactors: Float32Array;
  private readonly dim: number;
  private readonly foldIn: AlsFoldIn;
  private readonly folded = new Map<string, { version: number; vector: Float32Array | null }>();
  private readonly scratch: Float64Array;
  private readonly popOrder: Int32Array;
  /** Popularity of each model item (the model's own array, copied). */
  private readonly popularity: Float32Array;
  private readonly typeWeights: number[] = [];

  private constructor(
    readonly recipe: string,
    readonly type: RecipeType,
    readonly group: GroupData,
    readonly versionArn: string,
    model: ModelFile,
    own: FoldInModel & { itemPopularity: Float32Array },
    private readonly engine: ItemEngine,
    private readonly options: AlsServableOptions,
  ) {
    const m = own;
    this.dim = m.k;
    this.items = new ModelItems(model.itemIds, group.catalog);
    this.users = new Map(model.userIds.map((u, i) => [u, i]));
    const uf = model.arrays.userFactors;
    if (!(uf instanceof Float32Array) || uf.length !== model.userIds.length * m.k) throw new Error('ALS model userFactors do not match its users');
    // Own copies, so that the artifact's buffer (every array of the model) can be freed.
    this.userFactors = Float32Array.from(uf);
    // Fold-in reads the item vectors from the engine: the servable keeps no copy of its own.
    this.foldIn = new AlsFoldIn(m, gatherFrom(engine));
    this.scratch = new Float64Array(m.k);
    this.popOrder = Int32Array.from(m.itemPopularity.keys()).sort((a, b) => m.itemPopularity[b]! - m.itemPopularity[a]! || a - b);
    this.popularity = Float32Array.from(m.itemPopularity);
  }

  /** Loads a servable from a decoded model. */
  static async create(model: ModelFile, group: GroupData, options: AlsServableOptions): Promise<AlsServable> {
    const m = foldInModelOf(model);
    // The engine keeps its own copy of the item factors (the vector index's f16 copy, or the
    // exact engine's f32 one) and reads the model's only while it is being built.
    const engine = await options.engine(m.itemFactors, m.numItems, m.k);
    const own = { ...m, itemFactors: new Float32Array(0), gram: Float64Array.from(m.gram) };
    return new AlsServable(model.recipe, options.type, group, options.versionArn, model, own, engine, options);
  }

  /** Which item engine answers top-k queries ('index' or 'exact'). */
  get engineKind(): 'index' | 'exact' {
    return this.engine.kind;
  }

  get memoryBytes(): number {
    return this.engine.memoryBytes + this.userFactors.byteLength + this.popOrder.byteLength + this.popularity.byteLength;
  }

  /** The user's current vector, or null when nothing is known about them. */
  userVector(userId: string): Float32Array | null {
    const version = this.group.histories.versionOf(userId);
    const u = this.users.get(userId);
    if (version === 0 && u !== undefined && !this.options.staleUsers.has(userId) && !this.group.isForgotten(userId)) {
      return this.userFactors.subarray(u * this.dim, (u + 1) * this.dim);
    }
    // A user removed by a data deletion job is never served from the cache: a vector folded in
    // before the deletion (at the same history version) would still hold the deleted events.
    const forgotten = this.group.isForgotten(userId);
    const cached = forgotten ? undefined : this.folded.get(userId);
    if (cached && cached.version === version) return cached.vector;
    const history = this.historyOf(userId);
    const vector = this.foldIn.solve(history, this.scratch) ? Float32Array.from(this.scratch) : null;
    if (this.folded.size >= MAX_CACHED_USERS) this.folded.delete(this.folded.keys().next().value!);
    this.folded.set(userId, { version, vector });
    return vector;
  }

  async recommend(userId: string, k: number, allowed: ItemConstraint): Promise<RankedItems> {
    const vector = this.userVector(userId);
    const allows = this.items.allows(allowed);
    // Nothing known about the user: popular items, without a relevance score (Personalize's cold start).
    if (!vector) return this.items.takeAllowed(this.popOrder, null, k, allows);
    const list = allowed.list();
    const hint = Math.max(0, this.group.numItems - allowed.maxAllowed);
    const top = await this.engine.topK(vector, k, allows, list ? this.items.modelList(list) : null, hint);
    return { items: this.items.toCatalogInPlace(top.items), scores: top.scores };
  }

  async related(): Promise<RankedItems> {
    throw new Error(`${this.recipe} does not recommend related items`);
  }

  async rank(userId: string, catalogItems: Int32Array): Promise<Float32Array> {
    // Plain loops: typed-array from/filter with a callback cost more than the scoring here.
    const n = catalogItems.length;
    const model = new Int32Array(n);
    const known = new Int32Array(n);
    let count = 0;
    for (let j = 0; j < n; j++) {
      const m = this.items.modelOf(catalogItems[j]!);
      model[j] = m;
      if (m >= 0) known[count++] = m;
    }
    const vector = this.userVector(userId);
    let scores: Float32Array;
    if (!vector) {
      scores = new Float32Array(count);
      for (let s = 0; s < count; s++) scores[s] = this.popularity[known[s]!]!;
    } else scores = count > 0 ? await this.engine.rank(vector, known.subarray(0, count)) : new Float32Array(0);
    const out = new Float32Array(n);
    for (let j = 0, s = 0; j < n; j++) out[j] = model[j]! >= 0 ? scores[s++]! : Number.NaN;
    return out;
  }

  isCold(item: number): boolean {
    return this.items.modelOf(item) < 0 || this.group.catalog.interactionCount(item) <= COLD_INTERACTIONS;
  }

  close(): void {
    this.engine.close();
  }

  /** The user's whole current history in model item indexes, weighted as the solution trains. */
  private historyOf(userId: string): UserHistory {
    const item: number[] = [];
    const time: number[] = [];
    const weight: number[] = [];
    const value: number[] = [];
    this.group.histories.forEachNewest(userId, (c, type, v, ts) => {
      const m = this.items.modelOf(c);
      if (m < 0) return true;
      const w = this.weightOf(type, v);
      if (w <= 0) return true;
      item.push(m);
      time.push(ts);
      weight.push(w);
      value.push(v);
      return true;
    });
    item.reverse();
    time.reverse();
    weight.reverse();
    value.reverse();
    return { itemIdx: Int32Array.from(item), timestamp: Float64Array.from(time), weight: Float32Array.from(weight), value: Float32Array.from(value) };
  }

  private weightOf(type: number, value: number): number {
    if (!Number.isNaN(value)) return this.options.weigh(type < 0 ? null : (this.group.eventTypes[type] ?? null), value);
    let w = this.typeWeights[type + 1];
    if (w === undefined) {
      w = this.options.weigh(type < 0 ? null : (this.group.eventTypes[type] ?? null), Number.NaN);
      this.typeWeights[type + 1] = w;
    }
    return w;
  }

  /**
   * Read-only, for batch segment jobs: the trained users (id → row), their trained factors
   * (row-major, `dim` floats a row; the servable's own copy, not to be written), and `dim`.
   */
  trainedUsers(): { users: ReadonlyMap<string, number>; factors: Float32Array; dim: number } {
    return { users: this.users, factors: this.userFactors, dim: this.dim };
  }

  /** Read-only, for batch segment jobs: writes catalog item `item`'s vector to `out`; false when the model does not know it. */
  itemVector(item: number, out: Float32Array): boolean {
    const m = this.items.modelOf(item);
    if (m < 0) return false;
    this.engine.vectors(Int32Array.of(m), 1, out);
    return true;
  }
}
