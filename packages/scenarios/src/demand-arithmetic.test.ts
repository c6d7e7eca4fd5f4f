import type { Scenario } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './registry.js';

/** Mean load of a carrier: discreteUniform 5–8, (5 + 8) / 2. */
const CARRIER_LOAD = 6.5;
const DAYS_IN_MONTH = {
  2023: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  2024: [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  2025: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
};

function poisson(scenario: Scenario, id: string) {
  const arrivals = scenario.classes.find((c) => c.id === id)?.arrivals;
  if (arrivals?.kind !== 'poisson') throw new Error(`${id}: expected Poisson arrivals`);
  return arrivals;
}

/** Cars a year the file's demand implies: Σ_month days × rate/day × monthly multiplier × load. */
function carsPerYear(scenario: Scenario, year: 2023 | 2024 | 2025, loads: Record<string, number>): number {
  let cars = 0;
  for (const [id, load] of Object.entries(loads)) {
    const { ratePerMinute, monthly } = poisson(scenario, id);
    DAYS_IN_MONTH[year].forEach((days, m) => {
      cars += days * ratePerMinute * 1440 * monthly[m]! * load;
    });
  }
  return cars;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// The rates and monthly profiles in the files are rounded to 4–5 significant digits, so the
// implied totals match the customs figures to within 0.05%; 0.1% catches any real slip.
describe('demand arithmetic in the scenario files', () => {
  it('horgos-2023 implies the 304,000 cars of the 2023 customs count', () => {
    const cars = carsPerYear(loadScenario('horgos-2023'), 2023, { carrier: CARRIER_LOAD, driven: 1 });
    expect(Math.abs(cars / 304_000 - 1)).toBeLessThan(0.001);
  });

  it('horgos-2024 implies the 421,000 cars of the 2024 customs count', () => {
    const cars = carsPerYear(loadScenario('horgos-2024'), 2024, { carrier: CARRIER_LOAD, driven: 1 });
    expect(Math.abs(cars / 421_000 - 1)).toBeLessThan(0.001);
  });

  it('horgos-2024 with its demand shocks (September surge, October dip) implies the 421,000 cars', () => {
    // Day by day: days × rate × monthly multiplier × the demand shock in force (the file's rate × 1
    // before the first shock), so the surge moves volume between months without changing the year.
    const scenario = loadScenario('horgos-2024');
    let cars = 0;
    for (const [id, load] of [
      ['carrier', CARRIER_LOAD],
      ['driven', 1],
    ] as const) {
      const { ratePerMinute, monthly } = poisson(scenario, id);
      const shocks = scenario.shocks.filter((s) => s.change === 'demand' && s.class === id);
      let day = 0;
      DAYS_IN_MONTH[2024].forEach((days, m) => {
        for (let d = 0; d < days; d++, day++) {
          const inForce = shocks.filter((s) => s.at <= day * 1440).at(-1);
          const multiplier = inForce?.change === 'demand' ? inForce.multiplier : 1;
          cars += ratePerMinute * 1440 * monthly[m]! * multiplier * load;
        }
      });
    }
    expect(Math.abs(cars / 421_000 - 1)).toBeLessThan(0.001);
  });

  it('horgos-2025 implies the 450,000 cars of the 2025 customs count', () => {
    const cars = carsPerYear(loadScenario('horgos-2025'), 2025, { carrier: CARRIER_LOAD, driven: 1 });
    expect(Math.abs(cars / 450_000 - 1)).toBeLessThan(0.001);
  });

  it('splits Horgos cars 70% carried, 30% driven', () => {
    for (const [name, year] of [
      ['horgos-2023', 2023],
      ['horgos-2024', 2024],
    ] as const) {
      const scenario = loadScenario(name);
      const carried = carsPerYear(scenario, year, { carrier: CARRIER_LOAD });
      const driven = carsPerYear(scenario, year, { driven: 1 });
      expect(carried / (carried + driven)).toBeCloseTo(0.7, 3);
    }
  });

  it('kashgar-2023 implies the 40,000 Torugart cars of 2023 and 60,000 through Irkeshtam', () => {
    const scenario = loadScenario('kashgar-2023');
    expect(Math.abs(carsPerYear(scenario, 2023, { 'tor-carrier': CARRIER_LOAD }) / 40_000 - 1)).toBeLessThan(
      0.001,
    );
    expect(Math.abs(carsPerYear(scenario, 2023, { 'irk-carrier': CARRIER_LOAD }) / 60_000 - 1)).toBeLessThan(
      0.001,
    );
  });

  it('keeps every hour-of-day profile at a mean of 1, so daily volumes equal the rates', () => {
    for (const name of ['horgos-2023', 'horgos-2024', 'kashgar-2023', 'kashgar-2024']) {
      for (const cls of loadScenario(name).classes) {
        if (cls.arrivals.kind === 'poisson') expect(mean(cls.arrivals.hourly)).toBeCloseTo(1, 10);
      }
    }
  });
});
