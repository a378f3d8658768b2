import { describe, expect, it } from 'vitest';
import { checkSchedule, autoTrainingDays } from '../control/solution-config.ts';
import { DAY_MS, nextDueAfter } from './auto-training-schedule.ts';

describe('automatic training schedule', () => {
  it('keeps its anchor: the next time is the first one after now, a whole number of periods after the due time', () => {
    const due = new Date('2024-01-01T10:00:00.000Z');
    expect(nextDueAfter(due, 7, new Date('2024-01-01T10:00:05.000Z')).toISOString()).toBe('2024-01-08T10:00:00.000Z');
    // A process that was down for three weeks does not train three times: it moves on to the next time.
    expect(nextDueAfter(due, 7, new Date('2024-01-22T11:00:00.000Z')).toISOString()).toBe('2024-01-29T10:00:00.000Z');
    expect(nextDueAfter(due, 1, new Date(due.getTime() + DAY_MS)).toISOString()).toBe('2024-01-03T10:00:00.000Z');
  });

  it('reads rate(N day|days) with N from 1 to 30', () => {
    expect(checkSchedule('rate(1 day)', 'f')).toBe(1);
    expect(checkSchedule('rate(30 days)', 'f')).toBe(30);
    for (const bad of ['rate(0 days)', 'rate(31 days)', 'rate(7 hours)', 'rate(7days)', 'cron(0 0 * * ? *)', '', 'rate(000000007 days)']) {
      expect(() => checkSchedule(bad, 'solution_config.auto_training_config.scheduling_expression'), bad).toThrow(/^solution_config\.auto_training_config\.scheduling_expression: must be rate\(N days\) with N from 1 to 30/);
    }
    expect(autoTrainingDays({ autoTrainingConfig: { schedulingExpression: 'rate(3 days)' } })).toBe(3);
    expect(autoTrainingDays({})).toBe(7);
  });
});
