/**
 * The runtime API (Personalize Runtime): GetRecommendations and GetPersonalizedRanking on a
 * deployed campaign. A call takes the campaign's current deployment for its whole life, turns
 * its filter into the set of allowed items, asks the servable, merges promoted and explored
 * items, and fills in ids, scores and metadata. Work stops once the call's deadline passes.
 */
import { randomUUID } from 'node:crypto';
import { checkArn } from '../common/arn.ts';
import { DeadlineExceeded, InvalidInput } from '../common/errors.ts';
import { optionalString, requireString, requireStrings } from '../common/names.ts';
import type { GroupData } from './catalog/group-data.ts';
import { sortBestFirst } from './engine/top-k-exact.ts';
import { ExplorationPool, pickExplored } from './exploration.ts';
import type { FilterCache } from './filter-cache.ts';
import type { CompiledFilter } from './filters/index.ts';
import { unconstrained } from './filters/constraint.ts';
import { ItemSet } from './filters/item-set.ts';
import type { ItemConstraint } from './filters/subject.ts';
import type { Deployment } from './loader.ts';
import type { CampaignManager } from './manager.ts';
import { interleave, type Placed, softmaxScores } from './placement.ts';
import {
  checkContext,
  checkFilterValues,
  checkMetadataColumns,
  checkNumResults,
  checkPromotions,
  type PromotionInput,
  RUNTIME_LIMITS,
} from './requests.ts';
import type { RankedItems, Servable } from './servables/servable.ts';

export interface GetRecommendationsInput {
  campaignArn?: string;
  recommenderArn?: string;
  userId?: string;
  itemId?: string;
  numResults?: number | null;
  context?: Record<string, string>;
  filterArn?: string;
  filterValues?: Record<string, string>;
  promotions?: PromotionInput[];
  metadataColumns?: Record<string, string[]>;
}

export interface GetPersonalizedRankingInput {
  campaignArn?: string;
  userId?: string;
  inputList?: string[];
  context?: Record<string, string>;
  filterArn?: string;
  filterValues?: Record<string, string>;
  metadataColumns?: Record<string, string[]>;
}

/** One item of a response (Personalize `PredictedItem`). */
export interface PredictedItem {
  itemId: string;
  score?: number;
  promotionName?: string;
  metadata?: Record<string, string>;
  reason?: string[];
}

export interface RecommendationsOutput {
  items: PredictedItem[];
  recommendationId: string;
}

export class Runtime {
  private readonly pools = new WeakMap<Servable, ExplorationPool>();
  /** Softmax scores of the response being presented. */
  private softmax = new Float64Array(32);

  constructor(
    private readonly manager: CampaignManager,
    private readonly filters: FilterCache,
  ) {}

  /** GetRecommendations. `deadline` is the call's deadline in epoch ms (Infinity for none). */
  async getRecommendations(input: GetRecommendationsInput, deadline = Infinity): Promise<RecommendationsOutput> {
    if (input.recommenderArn) throw new InvalidInput('recommender_arn', 'recommenders (domain dataset groups) are not served; use campaign_arn');
    const campaignArn = checkArn('campaign_arn', input.campaignArn, 'campaign');
    const userId = optionalString('user_id', input.userId);
    const itemId = optionalString('item_id', input.itemId);
    checkContext(input.context);
    const columns = checkMetadataColumns(input.metadataColumns);
    const k = checkNumResults(input.numResults, columns.length > 0);
    const filterValues = checkFilterValues('filter_values', input.filterValues);
    const promotion = checkPromotions(input.promotions);
    if (input.filterArn) checkArn('filter_arn', input.filterArn, 'filter');

    return this.manager.use(campaignArn, async (d) => {
      const s = d.servable;
      checkDeadline(deadline);
      if (s.type === 'PERSONALIZED_RANKING') {
        throw new InvalidInput('campaign_arn', `campaign ${campaignArn} serves ${s.recipe}, which ranks given items: call GetPersonalizedRanking`);
      }
      if (s.type === 'RELATED_ITEMS' && !itemId) throw new InvalidInput('item_id', `is required: campaign ${campaignArn} serves ${s.recipe}, which recommends items related to an item`);
      if (s.type === 'USER_PERSONALIZATION') {
        if (itemId) throw new InvalidInput('item_id', `is not used by campaign ${campaignArn} (${s.recipe} recommends for a user): send user_id`);
        if (!userId) throw new InvalidInput('user_id', `is required: campaign ${campaignArn} serves ${s.recipe}, which recommends for a user`);
      }
      this.checkMetadataAllowed(d, columns);
      const group = s.group;
      const currentItem = itemId ? group.catalog.indexOf(itemId) : -1;
      const constraint = this.constraint(group, input.filterArn, 'filter_arn', userId, currentItem, filterValues);
      const allowed = constraint instanceof Promise ? await constraint : constraint;
      checkDeadline(deadline);

      const explore = d.config.explorationWeight > 0 && s.type === 'USER_PERSONALIZATION';
      if (!promotion && !explore) {
        // Most calls: the model's own list as it is.
        const base = await this.ask(s, userId, currentItem, k, allowed);
        checkDeadline(deadline);
        return { items: this.present(d, base.items, base.scores, base.items.length, columns), recommendationId: recommendationId() };
      }
      let promoted: Placed[] = [];
      let rest = allowed;
      if (promotion) {
        const promoAllowed = await this.constraint(group, promotion.filterArn, 'promotions[0].filter_arn', userId, currentItem, promotion.filterValues);
        const want = Math.max(1, Math.round((k * promotion.percent) / 100));
        const got = placed(await this.ask(s, userId, currentItem, want, promoAllowed));
        promoted = got.map((p) => ({ ...p, promotion: promotion.name, reason: 'Promoted item' }));
        rest = without(allowed, new Set(promoted.map((p) => p.item)));
        checkDeadline(deadline);
      }
      const base = placed(await this.ask(s, userId, currentItem, k - promoted.length, rest));
      checkDeadline(deadline);
      let explored: Placed[] = [];
      if (explore) {
        const pool = this.poolOf(s).candidates(d.config.explorationItemAgeCutOffDays);
        const taken = (item: number) => base.some((p) => p.item === item) || promoted.some((p) => p.item === item);
        explored = pickExplored(pool, k, d.config.explorationWeight, rest, taken).map((item): Placed => ({ item, score: Number.NaN, reason: 'Exploration' }));
      }
      // Explored items take the place of the tail of the model's own list, never of promoted items.
      const kept = base.slice(0, Math.max(0, k - promoted.length - explored.length));
      const list = interleave(interleave(kept, promoted, k), explored, k);
      const items = list.map((p) => p.item);
      const scores = list.map((p) => p.score);
      return { items: this.present(d, items, scores, list.length, columns, list), recommendationId: recommendationId() };
    });
  }

  /** GetPersonalizedRanking. */
  async getPersonalizedRanking(input: GetPersonalizedRankingInput, deadline = Infinity): Promise<RecommendationsOutput> {
    const campaignArn = checkArn('campaign_arn', input.campaignArn, 'campaign');
    const userId = requireString('user_id', input.userId);
    checkContext(input.context);
    const columns = checkMetadataColumns(input.metadataColumns);
    const inputList = input.inputList ?? [];
    const max = columns.length > 0 ? RUNTIME_LIMITS.maxResultsWithMetadata : RUNTIME_LIMITS.maxResults;
    if (inputList.length < 1 || inputList.length > max) {
      throw new InvalidInput('input_list', `must hold 1 to ${max} items${columns.length > 0 ? ' when metadata_columns is set' : ''} (got ${inputList.length})`);
    }
    requireStrings('input_list', inputList);
    const filterValues = checkFilterValues('filter_values', input.filterValues);
    if (input.filterArn) checkArn('filter_arn', input.filterArn, 'filter');

    return this.manager.use(campaignArn, async (d) => {
      const s = d.servable;
      if (s.type !== 'PERSONALIZED_RANKING') {
        throw new InvalidInput('campaign_arn', `campaign ${campaignArn} serves ${s.recipe}; GetPersonalizedRanking needs a PERSONALIZED_RANKING recipe (aws-personalized-ranking)`);
      }
      this.checkMetadataAllowed(d, columns);
      const group = s.group;
      const allowed = await this.constraint(group, input.filterArn, 'filter_arn', userId, -1, filterValues);
      checkDeadline(deadline);
      // Each distinct id once, in the order given; a filter drops the items it does not allow.
      const { ids, items } = distinctItems(inputList, group);
      const raw = await s.rank(userId, items);
      checkDeadline(deadline);
      const knownItems = new Int32Array(ids.length);
      const knownScores = new Float32Array(ids.length);
      let n = 0;
      const unknown: string[] = [];
      for (let j = 0; j < ids.length; j++) {
        const item = items[j]!;
        if (item >= 0 && !allowed.allows(item)) continue;
        if (item < 0 || Number.isNaN(raw[j]!)) unknown.push(ids[j]!);
        else {
          knownItems[n] = item;
          knownScores[n++] = raw[j]!;
        }
      }
      const sortedItems = knownItems.subarray(0, n);
      const sortedScores = knownScores.subarray(0, n);
      sortBestFirst(sortedItems, sortedScores);
      // Items the model has never seen go last, in input order, without a score.
      const out = this.present(d, sortedItems, sortedScores, n, columns);
      for (const id of unknown) out.push(columns.length > 0 ? { itemId: id, metadata: this.metadataOf(group, group.catalog.indexOf(id), columns) } : { itemId: id });
      return { items: out, recommendationId: recommendationId() };
    });
  }

  private async ask(s: Servable, userId: string | undefined, currentItem: number, k: number, allowed: ItemConstraint): Promise<RankedItems> {
    if (k <= 0) return NOTHING;
    return s.type === 'RELATED_ITEMS' ? await s.related(currentItem, k, allowed) : await s.recommend(userId ?? '', k, allowed);
  }

  /**
   * The items the filter allows for this request: at once when the filter is compiled and
   * cached (the hot path, no promise), else once it is loaded.
   */
  private constraint(
    group: GroupData,
    filterArn: string | undefined,
    field: string,
    userId: string | undefined,
    currentItem: number,
    values: Record<string, string>,
  ): ItemConstraint | Promise<ItemConstraint> {
    if (!filterArn) return unconstrained(group.numItems);
    const cached = this.filters.cached(filterArn, group, field);
    if (cached) return evaluateFilter(cached, filterArn, field, group, userId, currentItem, values);
    return this.filters.get(filterArn, group, field).then((c) => evaluateFilter(c, filterArn, field, group, userId, currentItem, values));
  }

  private checkMetadataAllowed(d: Deployment, columns: string[]): void {
    if (columns.length === 0) return;
    if (!d.config.enableMetadataWithRecommendations) {
      throw new InvalidInput('metadata_columns', `campaign ${d.campaignArn} does not return metadata: set campaign_config.enable_metadata_with_recommendations`);
    }
    const group = d.servable.group;
    if (!group.datasets.items) throw new InvalidInput('metadata_columns', `dataset group ${group.groupArn} has no Items dataset`);
    const known = new Set(group.datasets.items.fields.map((f) => f.name));
    columns.forEach((c, i) => {
      if (!known.has(c)) throw new InvalidInput(`metadata_columns.ITEMS[${i}]`, `${c} is not a field of the Items schema (${[...known].join(', ')})`);
    });
  }

  /**
   * The response items for items[0 .. n) (catalog indexes) with raw scores (NaN: none); `placed`,
   * when given, is the same list with promotion names and reasons.
   */
  private present(
    d: Deployment,
    items: ArrayLike<number>,
    rawScores: ArrayLike<number>,
    n: number,
    columns: string[],
    placed?: readonly Placed[],
  ): PredictedItem[] {
    const s = d.servable;
    let scores: Float64Array | undefined;
    if (s.scored) {
      // Softmax in a buffer kept for it (this runs to the end without yielding).
      if (this.softmax.length < n) this.softmax = new Float64Array(Math.max(n, this.softmax.length * 2));
      scores = this.softmax;
      for (let j = 0; j < n; j++) scores[j] = rawScores[j]!;
      softmaxScores(scores.subarray(0, n), scores);
    }
    const ids = s.group.catalog.ids;
    const out = new Array<PredictedItem>(n);
    for (let j = 0; j < n; j++) {
      const item: PredictedItem = { itemId: ids[items[j]!]! };
      const score = scores?.[j];
      if (score !== undefined && !Number.isNaN(score)) item.score = score;
      const p = placed?.[j];
      if (p?.promotion) item.promotionName = p.promotion;
      if (p?.reason) item.reason = [p.reason];
      if (columns.length > 0) item.metadata = this.metadataOf(s.group, items[j]!, columns);
      out[j] = item;
    }
    return out;
  }

  private metadataOf(group: GroupData, item: number, columns: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    if (item < 0) return out;
    for (const c of columns) {
      const v = group.catalog.metadataValue(item, c);
      if (v !== undefined) out[c] = v;
    }
    return out;
  }

  private poolOf(s: Servable): ExplorationPool {
    let pool = this.pools.get(s);
    if (!pool) {
      pool = new ExplorationPool(s);
      this.pools.set(s, pool);
    }
    return pool;
  }
}

/**
 * The distinct ids of a ranking request in the order given, with their catalog indexes (-1:
 * unknown). Known items are told apart by index, so only unknown ids are compared as strings.
 */
function distinctItems(inputList: readonly string[], group: GroupData): { ids: string[]; items: Int32Array } {
  const ids: string[] = [];
  const items = new Int32Array(inputList.length);
  const known = new ItemSet(inputList.length);
  let unknown: Set<string> | undefined;
  for (const id of inputList) {
    const item = group.catalog.indexOf(id);
    if (item >= 0) {
      if (known.has(item)) continue;
      known.add(item);
    } else {
      unknown ??= new Set();
      if (unknown.has(id)) continue;
      unknown.add(id);
    }
    items[ids.length] = item;
    ids.push(id);
  }
  return { ids, items: items.subarray(0, ids.length) };
}

/** A compiled filter's constraint for one request (an ItemID filter only). */
function evaluateFilter(
  compiled: CompiledFilter,
  filterArn: string,
  field: string,
  group: GroupData,
  userId: string | undefined,
  currentItem: number,
  values: Record<string, string>,
): ItemConstraint {
  if (compiled.target !== 'ItemID') throw new InvalidInput(field, `filter ${filterArn} selects ${compiled.target}s; item recommendations need an ItemID filter`);
  return compiled.evaluate(group, userId !== undefined ? { userId, currentItem, values } : { currentItem, values });
}

const NOTHING: RankedItems = { items: new Int32Array(0), scores: new Float32Array(0) };

/** A servable's answer as entries to place (promotions, exploration). */
function placed(r: RankedItems): Placed[] {
  const out: Placed[] = new Array(r.items.length);
  for (let j = 0; j < r.items.length; j++) out[j] = { item: r.items[j]!, score: r.scores[j]! };
  return out;
}

/** A constraint that also rejects `items`. */
function without(c: ItemConstraint, items: ReadonlySet<number>): ItemConstraint {
  if (items.size === 0) return c;
  return {
    allows: (i) => !items.has(i) && c.allows(i),
    maxAllowed: c.maxAllowed,
    list: () => {
      const l = c.list();
      return l ? l.filter((i) => !items.has(i)) : null;
    },
    unconstrained: false,
  };
}

function checkDeadline(deadline: number): void {
  if (Date.now() >= deadline) throw new DeadlineExceeded('the recommendations were computed');
}

function recommendationId(): string {
  return `RID-${randomUUID()}`;
}
