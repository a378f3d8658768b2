/**
 * aws-trending-now: the items whose interactions rise fastest between the two latest windows of
 * length `trend_discovery_frequency`, ending at snapshot.latestTimestamp.
 *
 * With c1 = an item's interactions in (now − W, now] and c0 those in (now − 2W, now − W], its
 * trend is `(c1 − c0) / (c0 + m)`: growth relative to the previous window, smoothed by m = the
 * mean of (c0 + c1) / 2 over items active in either window (at least 1), so an item going
 * 0 → 1 scores only 1/m while one going 2 → 15 scores 13/(2 + m). Items with a positive trend
 * come first (ties: higher c1, then lower index), then the rest by distinct users over all data.
 * With no interactions in either window, the list is the popular items alone.
 */
import type { HyperParameterSpec, Recipe } from '../recipe.ts';
import { categoricalParam } from '../shared/params.ts';
import { distinctUserCounts, rankItems } from '../shared/popularity.ts';
import { RankedListScorer, rankedListModel } from '../shared/ranked-list.ts';
import { trendOrder } from './trend.ts';

/** Window length in seconds of each trend_discovery_frequency value. */
export const TREND_WINDOWS: Readonly<Record<string, number>> = {
  '30 minutes': 1800,
  '1 hour': 3600,
  '2 hours': 7200,
  '3 hours': 10800,
  '1 day': 86400,
};

const hyperParameters: HyperParameterSpec[] = [
  {
    name: 'trend_discovery_frequency',
    kind: 'categorical',
    default: '2 hours',
    values: Object.keys(TREND_WINDOWS),
    tunable: false,
    description: 'Length of the windows whose interaction counts are compared.',
  },
];

/** The aws-trending-now recipe. */
export const trendingNow: Recipe = {
  name: 'aws-trending-now',
  algorithm: 'aws-trending-now-custom',
  type: 'POPULAR_ITEMS',
  description: 'Items whose interactions grow fastest between the two latest windows; popular items when there are none.',
  hyperParameters,
  train(data, params, ctx) {
    ctx.signal?.throwIfAborted();
    const frequency = categoricalParam(params, hyperParameters, 'trend_discovery_frequency');
    const windowSeconds = TREND_WINDOWS[frequency]!;
    const popularity = distinctUserCounts(data.interactions);
    const trend = trendOrder(data.interactions, data.latestTimestamp, windowSeconds, popularity);
    ctx.progress?.(1);
    const order = trend?.order ?? rankItems(popularity);
    const scores = trend?.scores ?? new Float32Array(order.length);
    return rankedListModel(order, scores, data.interactions.numItems, {
      windowSeconds,
      latestTimestamp: data.latestTimestamp,
      fallback: trend === undefined,
      trendingItems: trend?.trending ?? 0,
    });
  },
  load(model) {
    return new RankedListScorer(model);
  },
};
