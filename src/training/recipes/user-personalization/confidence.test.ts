import { describe, expect, it } from 'vitest';
import { buildUserConfidence, strengthOf, transposeConfidence, valueScaleOf } from './confidence.ts';
import type { ConfidenceParams } from './hyperparameters.ts';
import { NOW, snapshotFrom } from './testing.ts';

const BASE: ConfidenceParams = { alpha: 2, eventValue: 'ignore', recencyMask: false, recencyHalfLifeDays: 10, latestTimestamp: NOW, valueScale: 1 };

describe('confidence', () => {
  it('sums duplicate (user, item) events into one pair with c = 1 + alpha · Σ strength', () => {
    const data = snapshotFrom(
      [
        { user: 0, item: 2, timestamp: NOW - 3, weight: 1 },
        { user: 0, item: 1, timestamp: NOW - 2, weight: 0.5 },
        { user: 0, item: 2, timestamp: NOW - 1, weight: 2 },
        { user: 1, item: 2, timestamp: NOW, weight: 1 },
      ],
      3,
      4,
    );
    const byUser = buildUserConfidence(data.interactions, BASE);
    expect([...byUser.ptr]).toEqual([0, 2, 3, 3]);
    expect([...byUser.idx]).toEqual([2, 1, 2]);
    expect([...byUser.conf]).toEqual([1 + 2 * 3, 1 + 2 * 0.5, 1 + 2]);
    const byItem = transposeConfidence(byUser);
    expect([...byItem.ptr]).toEqual([0, 0, 1, 3, 3]);
    expect([...byItem.idx]).toEqual([0, 0, 1]);
    expect([...byItem.conf]).toEqual([2, 7, 3]);
  });

  it('scales values by their mean so alpha keeps its meaning, and counts value-less events as 1', () => {
    const values = Float32Array.of(1, 3, Number.NaN, 5, -2);
    expect(valueScaleOf(values, 'linear')).toBeCloseTo((1 + 3 + 5 + 0) / 4, 6);
    expect(valueScaleOf(values, 'log')).toBeCloseTo((Math.log1p(1) + Math.log1p(3) + Math.log1p(5)) / 4, 6);
    expect(valueScaleOf(values, 'ignore')).toBe(1);
    const linear = strengthOf({ ...BASE, eventValue: 'linear', valueScale: 2 });
    expect(linear(1, 5, NOW)).toBeCloseTo(2.5, 6);
    expect(linear(2, Number.NaN, NOW)).toBe(2);
    expect(linear(1, -3, NOW)).toBe(0);
  });

  it('halves strength every half-life before the latest event when recency_mask is on', () => {
    const recency = strengthOf({ ...BASE, recencyMask: true, recencyHalfLifeDays: 10 });
    expect(recency(1, Number.NaN, NOW)).toBe(1);
    expect(recency(1, Number.NaN, NOW - 10 * 86_400)).toBeCloseTo(0.5, 9);
    expect(recency(1, Number.NaN, NOW - 30 * 86_400)).toBeCloseTo(0.125, 9);
    // events after the training data's latest timestamp (at serving) are not boosted
    expect(recency(1, Number.NaN, NOW + 86_400)).toBe(1);
    expect(strengthOf(BASE)(1, Number.NaN, NOW - 1e9)).toBe(1);
  });
});
