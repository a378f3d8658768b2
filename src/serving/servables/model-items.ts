/**
 * The mapping between a model's item indexes and its group's catalog indexes. Every item the
 * model knows is in the catalog; items added to the catalog later have no model index.
 */
import type { ItemCatalog } from '../catalog/item-catalog.ts';
import type { ItemConstraint } from '../filters/subject.ts';

export class ModelItems {
  /** Catalog index of each model item. */
  readonly toCatalog: Int32Array;
  private readonly toModel: Int32Array;

  constructor(itemIds: readonly string[], catalog: ItemCatalog) {
    this.toCatalog = Int32Array.from(itemIds, (id) => catalog.ensure(id));
    this.toModel = new Int32Array(catalog.size).fill(-1);
    this.toCatalog.forEach((c, m) => {
      this.toModel[c] = m;
    });
  }

  get size(): number {
    return this.toCatalog.length;
  }

  /** The model index of a catalog item, or -1. */
  modelOf(item: number): number {
    return item >= 0 && item < this.toModel.length ? this.toModel[item]! : -1;
  }

  /** A predicate over model indexes from a constraint over catalog indexes (null: everything is allowed). */
  allows(c: ItemConstraint): ((m: number) => boolean) | null {
    const toCatalog = this.toCatalog;
    return c.unconstrained ? null : (m) => c.allows(toCatalog[m]!);
  }

  /** Catalog indexes → model indexes, dropping items the model does not know. */
  modelList(items: Int32Array): Int32Array {
    const out = new Int32Array(items.length);
    let n = 0;
    for (let j = 0; j < items.length; j++) {
      const m = this.modelOf(items[j]!);
      if (m >= 0) out[n++] = m;
    }
    return out.subarray(0, n);
  }

  /** Model indexes → catalog indexes, in place. */
  toCatalogInPlace(items: Int32Array): Int32Array {
    for (let j = 0; j < items.length; j++) items[j] = this.toCatalog[items[j]!]!;
    return items;
  }

  /** The first k entries of a best-first model list (with scores) that pass `allows`. */
  takeAllowed(order: Int32Array, scores: Float32Array | null, k: number, allows: ((m: number) => boolean) | null, skip?: Set<number>) {
    const items: number[] = [];
    const out: number[] = [];
    for (let j = 0; j < order.length && items.length < k; j++) {
      const m = order[j]!;
      if ((allows && !allows(m)) || skip?.has(m)) continue;
      items.push(this.toCatalog[m]!);
      out.push(scores ? scores[j]! : Number.NaN);
    }
    return { items: Int32Array.from(items), scores: Float32Array.from(out) };
  }
}
