import { describe, expect, it } from 'vitest';
import { ScenarioError } from './scenario-error.js';
import type { ScenarioIssue } from './scenario-issue.js';
import { validateScenario } from './validate.js';

function port(daily?: unknown, sides = true) {
  return {
    calendar: { start: '2024-01-01T00:00+08:00', horizon: { days: 10 } },
    sides: sides
      ? [
          { id: 'china', utcOffset: '+08:00' },
          { id: 'kazakhstan', utcOffset: '+05:00' },
        ]
      : [],
    stations: [
      { id: 'cn', side: sides ? 'china' : undefined, lanes: 2, service: { deterministic: { minutes: 5 } } },
      { id: 'road', lanes: 'infinite', service: { deterministic: { minutes: 5 } } },
      {
        id: 'kz',
        side: sides ? 'kazakhstan' : undefined,
        lanes: 2,
        service: { deterministic: { minutes: 5 } },
      },
      { id: 'out', lanes: 'infinite', service: { deterministic: { minutes: 1 } } },
    ],
    classes: [{ id: 'car', arrivals: { rate: { perDay: 50 } }, route: ['cn', 'road', 'kz', 'out'] }],
    ...(daily === undefined ? {} : { daily }),
  };
}

function issuesOf(value: unknown): ScenarioIssue[] {
  try {
    validateScenario(value);
  } catch (error) {
    if (error instanceof ScenarioError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('daily settings', () => {
  it('default to the side of the last station that has one, the queue at 08:00 and no threshold', () => {
    expect(validateScenario(port()).daily).toEqual({ side: 'kazakhstan', queueHour: 8, threshold: null });
    expect(validateScenario(port(undefined, false)).daily.side).toBeNull();
  });

  it('take a named side, an hour and a threshold in cars by default', () => {
    expect(
      validateScenario(port({ side: 'china', queueHour: 0, threshold: { perDay: 1000 } })).daily,
    ).toEqual({
      side: 'china',
      queueHour: 0,
      threshold: { perDay: 1000, counts: 'cars' },
    });
  });

  it.each([
    [{ side: 'mongolia' }, 'daily.side', 'mongolia', 'china'],
    [{ queueHour: 24 }, 'daily.queueHour', 24, 'an integer from 0 to 23'],
    [{ queueHour: 7.5 }, 'daily.queueHour', 7.5, 'an integer from 0 to 23'],
    [{ threshold: { perDay: -1 } }, 'daily.threshold.perDay', -1, '>= 0'],
    [
      { threshold: { perDay: 10, counts: 'trucks' } },
      'daily.threshold.counts',
      'trucks',
      '"vehicles" or "cars"',
    ],
    [{ hour: 3 }, 'daily.hour', 3, ''],
  ])('rejects %j with the path, the value and what was expected', (daily, path, value, expected) => {
    const issues = issuesOf(port(daily));
    expect(issues.map((i) => i.message)).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    if (path !== 'daily.hour') expect(issues[0]!.value).toBe(value);
    expect(issues[0]!.expected).toContain(expected);
  });
});
