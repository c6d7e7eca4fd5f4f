import { describe, expect, it } from 'vitest';
import { MAX_ARRIVALS_PER_MINUTE, MAX_HORIZON_DAYS } from './run-limits.js';
import { ScenarioError } from './scenario-error.js';
import { validateScenario } from './validate.js';

const HOURLY_PEAK_1000 = [...Array(23).fill(1), 1000];

/** A one-station scenario whose class arrives as `arrivals`, with `extra` top-level fields. */
function scenario(arrivals: unknown, extra: Record<string, unknown> = {}, horizon: unknown = { days: 2 }) {
  return {
    calendar: { start: '2024-01-01T00:00Z', horizon },
    stations: [{ id: 'server', lanes: 2, service: { exponential: { mean: { minutes: 1 } } } }],
    classes: [{ id: 'cars', arrivals, route: ['server'] }],
    ...extra,
  };
}

function surge(multiplier: number) {
  return {
    shocks: [{ label: 'surge', at: '2024-01-02T00:00Z', change: 'demand', class: 'cars', multiplier }],
  };
}

/** Every problem as `path: message`, [] for a valid scenario. */
function problems(raw: unknown): string[] {
  try {
    validateScenario(raw);
    return [];
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.issues.map((i) => i.message);
  }
}

// Each limit: a scenario just inside it (valid) and one just outside (one problem, stating the limit).
const LIMITS: [string, unknown, unknown, string][] = [
  [
    'a rate of at most a million a minute',
    scenario({ rate: { perDay: MAX_ARRIVALS_PER_MINUTE * 1440 } }),
    scenario({ rate: { perDay: 1e300 } }),
    'classes[0].arrivals.rate: expected a rate of at most 1,000,000 arrivals a minute (1.44e+9 a day), found {"perDay":1e+300} (6.944444e+296 a minute)',
  ],
  [
    'a profile peak of at most a million a minute',
    scenario({ rate: { perMinute: 1000 }, hourly: HOURLY_PEAK_1000 }),
    scenario({ rate: { perMinute: 1001 }, hourly: HOURLY_PEAK_1000 }),
    'classes[0].arrivals.rate: expected a rate whose peak (rate × largest monthly × largest hourly multiplier) is at most 1,000,000 arrivals a minute (1.44e+9 a day), found {"perMinute":1001} (1001000 a minute)',
  ],
  [
    'a rate-table row of at most a million a minute',
    scenario({ rateTable: { rows: [{ from: { minutes: 0 }, rate: { perMinute: 1e6 } }] } }),
    scenario({
      rateTable: {
        rows: [
          { from: { minutes: 0 }, rate: { perMinute: 1 } },
          { from: { hours: 1 }, rate: { perHour: 6.0001e7 } },
        ],
      },
    }),
    'classes[0].arrivals.rateTable.rows[1].rate: expected a rate of at most 1,000,000 arrivals a minute (1.44e+9 a day), found {"perHour":60001000} (1000017 a minute)',
  ],
  [
    'interarrival times with a mean of at least 1e-6 minutes',
    scenario({ interarrival: { exponential: { mean: { minutes: 1e-6 } } } }),
    scenario({ interarrival: { deterministic: { minutes: 0 } } }),
    'classes[0].arrivals.interarrival: expected times between arrivals with a mean of at least 0.000001 minutes, i.e. at most 1,000,000 arrivals a minute (1.44e+9 a day), found {"deterministic":{"minutes":0}} (an unbounded rate)',
  ],
  [
    'a demand shock that keeps the peak within a million a minute',
    scenario({ rate: { perMinute: 1000 } }, surge(1000)),
    scenario({ rate: { perMinute: 1000 } }, surge(1e300)),
    'shocks[0].multiplier: expected a multiplier of at most 1000 for class cars, whose peak rate is 1000 a minute: the peak may reach at most 1,000,000 arrivals a minute (1.44e+9 a day), found 1e+300',
  ],
  [
    'a horizon of at most 100 years',
    scenario({ rate: { perDay: 1 } }, {}, { days: MAX_HORIZON_DAYS }),
    scenario({ rate: { perDay: 1 } }, {}, { days: 1e15 }),
    'calendar.horizon: expected a duration of at most 36525 days (100 years), found {"days":1000000000000000}',
  ],
  [
    'a horizon of at most 100 years in any unit',
    scenario({ rate: { perDay: 1 } }, {}, { hours: MAX_HORIZON_DAYS * 24 }),
    scenario({ rate: { perDay: 1 } }, {}, { minutes: MAX_HORIZON_DAYS * 1440 + 1 }),
    'calendar.horizon: expected a duration of at most 36525 days (100 years), found {"minutes":52596001}',
  ],
];

describe('the scale a scenario may have', () => {
  it.each(LIMITS)('%s: just inside is valid', (_label, inside) => {
    expect(problems(inside)).toEqual([]);
  });

  it.each(LIMITS)('%s: just outside is one problem', (_label, _inside, outside, message) => {
    expect(problems(outside)).toEqual([message]);
  });

  it('the limit leaves more than 100 clock steps between arrivals at the longest horizon', () => {
    const longest = MAX_HORIZON_DAYS * 1440;
    // The spacing of float64 numbers just below the longest horizon: 2^(exponent - 52).
    const clockStep = 2 ** (Math.floor(Math.log2(longest)) - 52);
    expect(longest + clockStep / 2).toBe(longest);
    expect(1 / MAX_ARRIVALS_PER_MINUTE / clockStep).toBeGreaterThan(100);
  });
});
