import { describe, expect, it } from 'vitest';
import { ScenarioError } from './scenario-error.js';
import type { ScenarioIssue } from './scenario-issue.js';
import { validateScenario } from './validate.js';

/** A port whose Kazakh side keeps a quota written as `quota`. */
function port(quota: Record<string, unknown>) {
  return {
    calendar: { start: '2024-01-01T00:00+08:00', horizon: { days: 10 } },
    sides: [
      { id: 'china', utcOffset: '+08:00' },
      { id: 'kazakhstan', utcOffset: '+05:00', quotas: [{ id: 'eq', perDay: 100, ...quota }] },
    ],
    stations: [{ id: 'kz', side: 'kazakhstan', lanes: 2, service: { deterministic: { minutes: 5 } } }],
    classes: [{ id: 'car', arrivals: { rate: { perDay: 50 } }, route: ['kz'] }],
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

describe('quota counting rules', () => {
  it("defaults to today's rule: a token on arrival, on the listing side's day, unserved vehicles carried", () => {
    const [quota] = validateScenario(port({})).quotas;
    expect(quota).toMatchObject({ side: 'kazakhstan', countedAt: 'arrival', leftover: 'carried' });
  });

  it('names what it counts, on whose day, and what is left over', () => {
    const [quota] = validateScenario(
      port({ countedAt: 'serviceStart', clock: 'china', leftover: 'lost', resetAt: '08:00' }),
    ).quotas;
    expect(quota).toMatchObject({ side: 'china', countedAt: 'serviceStart', leftover: 'lost', resetAt: 480 });
  });

  it('a quota counting an unknown event is an error with its path, value and what was expected', () => {
    const issues = issuesOf(port({ countedAt: 'departure' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: 'sides[1].quotas[0].countedAt',
      value: 'departure',
      expected:
        "the event that takes a token: 'arrival' (on reaching the station), 'serviceStart' or 'booking' (on booking an e-queue slot)",
    });
  });

  it('an unknown leftover rule or clock side is an error naming the field', () => {
    const leftover = issuesOf(port({ leftover: 'kept' }));
    expect(leftover[0]).toMatchObject({
      path: 'sides[1].quotas[0].leftover',
      value: 'kept',
      expected: "'carried' (wait for the next day) or 'lost' (turned away)",
    });
    const clock = issuesOf(port({ clock: 'russia' }));
    expect(clock[0]).toMatchObject({
      path: 'sides[1].quotas[0].clock',
      value: 'russia',
      expected: 'the id of a side ("china", "kazakhstan")',
    });
  });

  it("a quota shock's date is read on the clock of the quota's day", () => {
    const input = {
      ...port({ clock: 'china' }),
      shocks: [{ label: 'more', at: '2024-01-05T00:00', change: 'quota', quota: 'eq', perDay: 200 }],
    };
    // Midnight on Beijing time is 4 days after the start (which is Beijing midnight too).
    expect(validateScenario(input).shocks[0]!.at).toBe(4 * 1440);
  });
});

/** The port of `port`, with a class `booked` that books through e-queue `slots` and `quota` counted at booking. */
function bookingPort(quota: Record<string, unknown>, station: Record<string, unknown> = {}) {
  const base = port({ countedAt: 'booking', ...quota });
  return {
    ...base,
    equeues: [{ id: 'slots', side: 'kazakhstan', perDay: 80 }],
    stations: [{ ...base.stations[0]!, ...station }],
    classes: [
      ...base.classes,
      { id: 'booked', equeue: 'slots', arrivals: { rate: { perDay: 50 } }, route: ['kz'] },
    ],
  };
}

describe('a quota counted at booking', () => {
  it('applies by default to the classes that book through an e-queue, and to no other', () => {
    const [quota] = validateScenario(bookingPort({})).quotas;
    expect(quota).toMatchObject({ countedAt: 'booking', classes: ['booked'] });
  });

  it('naming a class without an e-queue is an error with its path, value and what was expected', () => {
    const issues = issuesOf(bookingPort({ classes: ['booked', 'car'] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: 'sides[1].quotas[0].classes[1]',
      value: 'car',
      expected:
        'a class that books through an electronic queue (its `equeue` field): quota "eq" counts bookings',
    });
  });

  it('in a scenario where no class books is an error on countedAt', () => {
    expect(issuesOf(port({ countedAt: 'booking' }))[0]).toMatchObject({
      path: 'sides[1].quotas[0].countedAt',
      value: 'booking',
      expected: "'arrival' or 'serviceStart': no class books through an electronic queue (`equeue`)",
    });
  });

  it('counting cars, or listed by a station, is an error', () => {
    expect(issuesOf(bookingPort({ counts: 'cars' }))[0]).toMatchObject({
      path: 'sides[1].quotas[0].counts',
      value: 'cars',
      expected: `'vehicles': quota "eq" is counted at booking, one token per booking`,
    });
    expect(issuesOf(bookingPort({}, { quotas: ['eq'] }))[0]).toMatchObject({
      path: 'stations[0].quotas[0]',
      value: 'eq',
      expected: `a quota counted at 'arrival' or 'serviceStart': quota "eq" counts bookings, before any station`,
    });
  });
});
