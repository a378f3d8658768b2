import { describe, expect, it } from 'vitest';
import { batchScore } from './lines.ts';

describe('batchScore', () => {
  it('rounds to 7 decimal places, as Personalize’s batch output does', () => {
    // Scores from Personalize's documented USER_PERSONALIZATION output, and values behind them.
    expect(JSON.stringify([0.015223812345, 0.00639400001, 0.0034099999, 0.0406197].map(batchScore))).toBe('[0.0152238,0.006394,0.00341,0.0406197]');
    expect(batchScore(1)).toBe(1);
    expect(batchScore(0.99999996)).toBe(1);
    expect(batchScore(0)).toBe(0);
    expect(batchScore(4e-8)).toBe(0);
    expect(batchScore(6e-8)).toBe(1e-7);
    expect(batchScore(-0.5)).toBe(-0.5);
    expect(batchScore(12.345678949)).toBe(12.3456789);
  });

  it('is null for a missing or non-finite score', () => {
    for (const x of [null, undefined, Number.NaN, Infinity, -Infinity]) expect(batchScore(x)).toBeNull();
  });

  it('writes at most 7 decimals for any score in [0, 1]', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const x = random() ** 3;
      const text = JSON.stringify(batchScore(x));
      expect(text, String(x)).toMatch(/^(0|1|0\.\d{0,6}[1-9]|[1-9]e-7)$/);
      expect(Math.abs(Number(text) - x), String(x)).toBeLessThanOrEqual(5e-8 + 1e-16);
    }
  });
});
