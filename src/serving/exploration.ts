/**
 * Item exploration for aws-user-personalization campaigns: new items (younger than
 * `explorationItemAgeCutOff` days, counted back from the latest interaction in the group, as
 * Personalize does) that the model knows nothing or little about get slots in a
 * recommendation list, in proportion to `explorationWeight`. On average a share
 * weight × MAX_EXPLORATION_SHARE of the list is explored: 15% at the default weight 0.3, half
 * the list at weight 1, nothing at 0. Explored items carry the reason "Exploration" and no score.
 */
import type { ItemConstraint } from './filters/subject.ts';
import type { Servable } from './servables/servable.ts';

/** Share of a list explored at exploration weight 1. */
export const MAX_EXPLORATION_SHARE = 0.5;

const DAY = 86_400;

/** Exploration candidates of one servable, recomputed when the catalog changes. */
export class ExplorationPool {
  private version = -1;
  private cutOffDays = Number.NaN;
  private latest = Number.NaN;
  private items = new Int32Array(0);

  constructor(private readonly servable: Servable) {}

  /** Cold items younger than the cut-off (catalog indexes). */
  candidates(cutOffDays: number): Int32Array {
    const group = this.servable.group;
    if (group.catalogVersion !== this.version || cutOffDays !== this.cutOffDays || group.latestTimestamp !== this.latest) {
      const catalog = group.catalog;
      const oldest = group.latestTimestamp - cutOffDays * DAY;
      const out: number[] = [];
      for (let i = 0; i < catalog.size; i++) {
        // An item with no CREATION_TIMESTAMP and no interaction counts as new (Personalize ages it to the latest interaction).
        const created = catalog.creationOf(i);
        if ((Number.isNaN(created) || created >= oldest) && this.servable.isCold(i)) out.push(i);
      }
      this.items = Int32Array.from(out);
      this.version = group.catalogVersion;
      this.cutOffDays = cutOffDays;
      this.latest = group.latestTimestamp;
    }
    return this.items;
  }
}

/**
 * Picks the items to explore for a list of k: a random number of slots with mean
 * k × weight × MAX_EXPLORATION_SHARE, filled with distinct random candidates that the filter
 * allows and that `taken` does not claim.
 */
export function pickExplored(
  candidates: Int32Array,
  k: number,
  weight: number,
  allowed: ItemConstraint,
  taken: (item: number) => boolean,
  random: () => number = Math.random,
): number[] {
  if (weight <= 0 || candidates.length === 0) return [];
  const mean = k * weight * MAX_EXPLORATION_SHARE;
  const slots = Math.min(k, Math.floor(mean) + (random() < mean - Math.floor(mean) ? 1 : 0));
  const out: number[] = [];
  // Rejection sampling: cheap while the allowed candidates are plentiful; bounded tries otherwise.
  // The lists are at most k long, so membership is a scan (no Set per call).
  for (let tries = 0; out.length < slots && tries < slots * 20; tries++) {
    const item = candidates[Math.floor(random() * candidates.length)]!;
    if (out.includes(item) || taken(item) || !allowed.allows(item)) continue;
    out.push(item);
  }
  return out;
}
