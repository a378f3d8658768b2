/** Every registered recipe passes the same known-answer checks on generated community data. */
import { describe } from 'vitest';
import { RECIPES } from '../../src/training/recipes/registry.ts';
import { conformanceSuite } from './harness.ts';

for (const recipe of RECIPES) {
  describe(`recipe ${recipe.name} (${recipe.type})`, () => conformanceSuite(recipe));
}
