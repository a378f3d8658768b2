/**
 * Serves the related-items recipes (aws-sims, aws-similar-items): an item's precomputed
 * neighbour list, best first, minus what the filter removes, topped up with popular items
 * when the list runs short or the item is unknown (as Personalize does). No scores: Personalize
 * returns none for these recipes.
 */
import type { ModelFile } from '../../training/model-file.ts';
import type { RecipeType } from '../../training/recipes/recipe.ts';
import type { GroupData } from '../catalog/group-data.ts';
import type { ItemConstraint } from '../filters/subject.ts';
import { ModelItems } from './model-items.ts';
import type { RankedItems, Servable } from './servable.ts';

function array<T>(model: ModelFile, name: string, ctor: new (n: number) => T): T {
  const a = model.arrays[name];
  if (!(a instanceof ctor)) throw new Error(`${model.recipe} model array ${name} is missing or has the wrong type`);
  return a;
}

export class NeighbourServable implements Servable {
  readonly scored = false;
  readonly type: RecipeType = 'RELATED_ITEMS';
  private readonly items: ModelItems;
  private readonly nbrPtr: Int32Array;
  private readonly nbrIdx: Int32Array;
  private readonly popOrder: Int32Array;

  constructor(
    model: ModelFile,
    readonly group: GroupData,
    readonly versionArn: string,
  ) {
    this.items = new ModelItems(model.itemIds, group.catalog);
    this.nbrPtr = array(model, 'nbrPtr', Int32Array);
    this.nbrIdx = array(model, 'nbrIdx', Int32Array);
    this.popOrder = array(model, 'popOrder', Int32Array);
    this.recipe = model.recipe;
  }

  readonly recipe: string;

  get memoryBytes(): number {
    return this.nbrPtr.byteLength + this.nbrIdx.byteLength + this.popOrder.byteLength + this.items.toCatalog.byteLength * 2;
  }

  async recommend(): Promise<RankedItems> {
    throw new Error(`${this.recipe} recommends items related to an item, not to a user`);
  }

  async related(item: number, k: number, allowed: ItemConstraint): Promise<RankedItems> {
    const allows = this.items.allows(allowed);
    const m = this.items.modelOf(item);
    const self = new Set<number>(m >= 0 ? [m] : []);
    const first =
      m >= 0 ? this.items.takeAllowed(this.nbrIdx.subarray(this.nbrPtr[m]!, this.nbrPtr[m + 1]!), null, k, allows, self) : undefined;
    if (first && first.items.length >= k) return first;
    for (const c of first?.items ?? []) self.add(this.items.modelOf(c));
    const more = this.items.takeAllowed(this.popOrder, null, k - (first?.items.length ?? 0), allows, self);
    if (!first) return more;
    return { items: Int32Array.from([...first.items, ...more.items]), scores: new Float32Array(first.items.length + more.items.length).fill(Number.NaN) };
  }

  async rank(): Promise<Float32Array> {
    throw new Error(`${this.recipe} does not rank items for a user`);
  }

  isCold(): boolean {
    return false;
  }

  close(): void {}
}
