/**
 * A servable: one solution version loaded for serving (TensorFlow Serving's word). It answers
 * in the item indexes of its dataset group's catalog, so filters, promotions and metadata work
 * the same whatever the recipe. Each recipe family has its own implementation.
 */
import type { RecipeType } from '../../training/recipes/recipe.ts';
import type { GroupData } from '../catalog/group-data.ts';
import type { ItemConstraint } from '../filters/subject.ts';

/** Items best first, as catalog indexes, with their scores (NaN where the model gives none). */
export interface RankedItems {
  items: Int32Array;
  scores: Float32Array;
}

export interface Servable {
  readonly recipe: string;
  readonly type: RecipeType;
  readonly group: GroupData;
  /** The solution version this servable was loaded from. */
  readonly versionArn: string;
  /** Whether responses carry scores (Personalize returns them for user-personalization and ranking only). */
  readonly scored: boolean;
  /** Memory held by the servable's own arrays and index, in bytes (the group's data not included). */
  readonly memoryBytes: number;
  /** The k best allowed items for the user (user-personalization and popularity recipes). */
  recommend(userId: string, k: number, allowed: ItemConstraint): Promise<RankedItems>;
  /** The k best allowed items related to catalog item `item` (-1 when unknown: popular items instead). */
  related(item: number, k: number, allowed: ItemConstraint): Promise<RankedItems>;
  /** The user's scores of catalog items (NaN for items the model does not know). */
  rank(userId: string, items: Int32Array): Promise<Float32Array>;
  /** Items the model knows nothing about, or knows from very few interactions (exploration candidates). */
  isCold(item: number): boolean;
  /** Frees native resources (vector index, sessions). */
  close(): void;
}
