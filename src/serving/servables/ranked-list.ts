/**
 * Serves the popular-items recipes (aws-popularity-count, aws-trending-now): one best-first
 * list for everyone, minus what the filter removes. No scores (Personalize returns none).
 */
import type { ModelFile } from '../../training/model-file.ts';
import type { RecipeType } from '../../training/recipes/recipe.ts';
import type { GroupData } from '../catalog/group-data.ts';
import type { ItemConstraint } from '../filters/subject.ts';
import { ModelItems } from './model-items.ts';
import type { RankedItems, Servable } from './servable.ts';

export class RankedListServable implements Servable {
  readonly scored = false;
  readonly type: RecipeType = 'POPULAR_ITEMS';
  readonly recipe: string;
  private readonly items: ModelItems;
  private readonly order: Int32Array;

  constructor(
    model: ModelFile,
    readonly group: GroupData,
    readonly versionArn: string,
  ) {
    const order = model.arrays.order;
    if (!(order instanceof Int32Array)) throw new Error(`${model.recipe} model has no Int32Array order`);
    this.order = order;
    this.items = new ModelItems(model.itemIds, group.catalog);
    this.recipe = model.recipe;
  }

  get memoryBytes(): number {
    return this.order.byteLength + this.items.toCatalog.byteLength * 2;
  }

  async recommend(_userId: string, k: number, allowed: ItemConstraint): Promise<RankedItems> {
    return this.items.takeAllowed(this.order, null, k, this.items.allows(allowed));
  }

  async related(): Promise<RankedItems> {
    throw new Error(`${this.recipe} does not recommend related items`);
  }

  async rank(): Promise<Float32Array> {
    throw new Error(`${this.recipe} does not rank items for a user`);
  }

  isCold(): boolean {
    return false;
  }

  close(): void {}
}
