/**
 * aws-similar-items: related items from co-interaction and categorical item metadata, so items
 * with few or no interactions still get neighbours.
 *
 * - Item-ID embedding e (dimension `item_id_hidden_dim`): the item's row of V·Σ from a truncated
 *   SVD of the users × items matrix with item columns scaled to unit norm, so e_i·e_j is a
 *   low-rank estimate of cos(i,j), the co-interaction cosine co(i,j)/√(n_i·n_j) (n = distinct users).
 * - Metadata embedding (dimension `item_metadata_hidden_dim`): the item's categorical features
 *   weighted by IDF, projected on the top singular directions of the items × features matrix
 *   (as is when there are no more features than the dimension), L2-normalized; cos_meta is
 *   their dot product (0 when either item has no metadata).
 * - Co-interaction score: cf(i,j) = (co·cos(i,j) + 3·e_i·e_j) / (co + 3), so pairs seen together
 *   by few users lean on the embedding; 0 when either item has no users.
 * - Score of j for query i: t·cf(i,j) + (1 − t)·cos_meta(i,j) with t = n_i / (n_i +
 *   `metadata_blend_interactions`), plus 1e-3·log(1 + n_j)/log(1 + max n) to break ties towards
 *   popular items. A cold query (t = 0) is placed by its metadata alone.
 * - Candidates for i: its 200 best co-interacted items by cosine, and the ⌈200·(1 − t)⌉ most
 *   popular items of each of its features; the best `max_neighbours` with a positive score are
 *   stored. Items with no neighbours, and unknown items, get the most popular items.
 */
import type { HyperParameterSpec, Recipe } from '../recipe.ts';
import { NeighbourScorer } from '../shared/neighbours.ts';
import { numberParam } from '../shared/params.ts';
import { trainSimilarItems } from './train.ts';

const hyperParameters: HyperParameterSpec[] = [
  {
    name: 'item_id_hidden_dim',
    kind: 'integer',
    default: 100,
    min: 30,
    max: 200,
    tunable: true,
    description: 'Dimension of the item embeddings learned from co-interactions.',
  },
  {
    name: 'item_metadata_hidden_dim',
    kind: 'integer',
    default: 100,
    min: 30,
    max: 200,
    tunable: true,
    description: 'Dimension of the item embeddings learned from categorical metadata.',
  },
  {
    name: 'metadata_blend_interactions',
    kind: 'continuous',
    default: 5,
    min: 0,
    max: 1000,
    tunable: false,
    description: 'Users at which an item’s co-interactions and its metadata weigh equally (Attune extension).',
  },
  {
    name: 'max_neighbours',
    kind: 'integer',
    default: 100,
    min: 10,
    max: 1000,
    tunable: false,
    description: 'Neighbours stored per item (Attune extension).',
  },
];

/** The aws-similar-items recipe. */
export const similarItems: Recipe = {
  name: 'aws-similar-items',
  algorithm: 'aws-similar-items',
  type: 'RELATED_ITEMS',
  description: 'Related items from co-interactions blended with categorical item metadata; handles cold items.',
  hyperParameters,
  train(data, params, ctx) {
    return trainSimilarItems(
      data,
      {
        idDim: numberParam(params, hyperParameters, 'item_id_hidden_dim'),
        metadataDim: numberParam(params, hyperParameters, 'item_metadata_hidden_dim'),
        blendInteractions: numberParam(params, hyperParameters, 'metadata_blend_interactions'),
        maxNeighbours: numberParam(params, hyperParameters, 'max_neighbours'),
      },
      ctx,
    );
  },
  load(model) {
    return new NeighbourScorer(model);
  },
};
