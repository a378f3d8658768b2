import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../../common/errors.ts';
import { excluding, historyOf, snapshotFrom, testContext, type Event } from '../shared/test-snapshot.ts';
import { trendingNow } from './index.ts';

const HOUR = 3600;
const NOW = 1_000_000;

/** `count` events on `item` spread over (start, start + span], each by a new user from `user`. */
function burst(item: number, count: number, start: number, span: number, user: { next: number }): Event[] {
  return Array.from({ length: count }, (_, k) => [user.next++, item, start + ((k + 1) * span) / count] as Event);
}

/** Data over the last 6 hours, ending at NOW: item 0 steady and popular, item 1 surging, item 2 going 0 → 1. */
function surgeData(): ReturnType<typeof snapshotFrom> {
  const user = { next: 0 };
  const events: Event[] = [
    ...burst(0, 30, NOW - 6 * HOUR, 2 * HOUR, user),
    ...burst(0, 30, NOW - 4 * HOUR, 2 * HOUR, user),
    ...burst(0, 30, NOW - 2 * HOUR, 2 * HOUR, user),
    ...burst(1, 2, NOW - 4 * HOUR, 2 * HOUR, user),
    ...burst(1, 15, NOW - 2 * HOUR, 2 * HOUR, user),
    ...burst(2, 1, NOW - 2 * HOUR, 2 * HOUR, user),
    ...burst(3, 5, NOW - 100 * HOUR, HOUR, user),
  ];
  return snapshotFrom(events, user.next, 5);
}

describe('aws-trending-now', () => {
  it('ranks a sharply rising item over a steadily popular one and a tiny newcomer', async () => {
    const trained = await trendingNow.train(surgeData(), {}, testContext);
    expect(trained.meta.fallback).toBe(false);
    const got = trendingNow.load(trained).recommend(historyOf([]), 5);
    // Smoothing m = mean (c0 + c1) / 2 over active items = (60 + 17 + 1) / 2 / 3 = 13.
    // Item 1: (15 − 2) / (2 + 13) = 0.867; item 2: 1 / 13 = 0.077; item 0: 0 (not rising).
    expect(Array.from(got.items)).toEqual([1, 2, 0, 3]);
    expect(got.scores[0]).toBeCloseTo(13 / 15, 5);
    expect(got.scores[1]).toBeCloseTo(1 / 13, 5);
  });

  it('compares windows of trend_discovery_frequency', async () => {
    // Over 1-day windows nothing precedes the last 6 hours, so every active item is rising
    // and item 0 (90 events) leads.
    const trained = await trendingNow.train(surgeData(), { trend_discovery_frequency: '1 day' }, testContext);
    expect(trained.meta.windowSeconds).toBe(86400);
    expect(Array.from(trendingNow.load(trained).recommend(historyOf([]), 2).items)).toEqual([0, 1]);
  });

  it('falls back to popular items when the last two windows are empty', async () => {
    const user = { next: 0 };
    const events = [...burst(0, 2, NOW - 50 * HOUR, HOUR, user), ...burst(1, 4, NOW - 40 * HOUR, HOUR, user)];
    const trained = await trendingNow.train(snapshotFrom(events, user.next, 3, undefined, NOW), {}, testContext);
    expect(trained.meta.fallback).toBe(true);
    const got = trendingNow.load(trained).recommend(historyOf([]), 3);
    expect(Array.from(got.items)).toEqual([1, 0]);
  });

  it('honours exclusions and rejects unknown frequencies', async () => {
    const model = trendingNow.load(await trendingNow.train(surgeData(), {}, testContext));
    expect(Array.from(model.recommend(historyOf([]), 2, excluding(5, [1])).items)).toEqual([2, 0]);
    expect(() => trendingNow.train(surgeData(), { trend_discovery_frequency: '4 hours' }, testContext)).toThrow(InvalidInput);
  });
});
