import type { Scenario, Shock } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './registry.js';

/** The last shock of a kind that matches, i.e. the value in force at the end of the run. */
function last<C extends Shock['change']>(
  scenario: Scenario,
  change: C,
  match: (s: Extract<Shock, { change: C }>) => boolean = () => true,
): Extract<Shock, { change: C }> {
  const ofKind = (s: Shock): s is Extract<Shock, { change: C }> => s.change === change;
  const shocks = scenario.shocks.filter(ofKind).filter((s) => match(s));
  const shock = shocks.at(-1);
  if (shock === undefined) throw new Error(`no ${change} shock`);
  return shock;
}

const station = (scenario: Scenario, id: string) => scenario.stations.find((s) => s.id === id)!;
const side = (scenario: Scenario, id: string) => scenario.sides.find((s) => s.id === id)!;
const arrivals = (scenario: Scenario, id: string) => scenario.classes.find((c) => c.id === id)!.arrivals;

describe('horgos-2023-2024', () => {
  const timeline = loadScenario('horgos-2023-2024');
  const before = loadScenario('horgos-2023');
  const after = loadScenario('horgos-2024');

  it('starts in the 2023 regime', () => {
    expect(side(timeline, 'china').openingHours).toEqual(side(before, 'china').openingHours);
    expect(side(timeline, 'kazakhstan').openingHours).toEqual(side(before, 'kazakhstan').openingHours);
    for (const id of ['cn-gate', 'cn-customs', 'kz-control', 'cn-import']) {
      expect(station(timeline, id).serviceByClass).toEqual(station(before, id).serviceByClass);
      expect(station(timeline, id).perCarByClass).toEqual(station(before, id).perCarByClass);
      expect(station(timeline, id).lanes).toEqual(station(before, id).lanes);
    }
    expect(timeline.drivers).toEqual(before.drivers);
  });

  it('ends in the 2024 regime', () => {
    expect(last(timeline, 'hours', (s) => s.side === 'china').openingHours).toEqual(
      side(after, 'china').openingHours,
    );
    expect(last(timeline, 'hours', (s) => s.side === 'kazakhstan').openingHours).toEqual(
      side(after, 'kazakhstan').openingHours,
    );
    for (const id of ['cn-gate', 'cn-customs', 'cn-import']) {
      for (const cls of after.classes.map((c) => c.id)) {
        const wanted = station(after, id).serviceByClass[cls];
        if (wanted === undefined) continue; // the class does not pass this station
        const shock = last(timeline, 'service', (s) => s.station === id && s.classes.includes(cls));
        expect(shock.service).toEqual(wanted);
        if (shock.perCar !== null) expect(shock.perCar).toBe(station(after, id).perCarByClass[cls]);
      }
    }
    expect(last(timeline, 'driverFee').feePerTrip.amount).toBe(after.drivers!.feePerTrip!.amount);
    expect(last(timeline, 'fee').amount.amount).toBe(556_200);
    expect(last(timeline, 'demand', (s) => s.class === 'carrier').multiplier).toBe(1);
    expect(last(timeline, 'demand', (s) => s.class === 'driven').multiplier).toBe(1);
  });

  it('sets the 2023 months to the rates of horgos-2023', () => {
    // Multiplier × the file's 2024 rate for the month = the 2023 rate for the month, to 0.01%.
    const rate23 = arrivals(before, 'carrier');
    const rate24 = arrivals(timeline, 'carrier');
    if (rate23.kind !== 'poisson' || rate24.kind !== 'poisson') throw new Error('Poisson expected');
    const months = timeline.shocks.filter((s) => s.change === 'demand' && s.class === 'carrier').slice(0, 6);
    months.forEach((shock, i) => {
      if (shock.change !== 'demand') return;
      const m = 6 + i; // July = index 6
      const implied = shock.multiplier * rate24.ratePerMinute * rate24.monthly[m]!;
      expect(implied / (rate23.ratePerMinute * rate23.monthly[m]!)).toBeCloseTo(1, 3);
    });
  });
});

describe('kashgar-2023-2025', () => {
  const timeline = loadScenario('kashgar-2023-2025');
  const first = loadScenario('kashgar-2023');
  const middle = loadScenario('kashgar-2024');
  const end = loadScenario('kashgar-2025');
  const rate = (s: Scenario, id: string) => {
    const a = arrivals(s, id);
    if (a.kind === 'poisson') return a.ratePerMinute;
    if (a.kind === 'rateTable') return Math.max(...a.rows.map((r) => r.ratePerMinute));
    return Number.NaN;
  };
  const multiplier = (cls: string, before = Number.POSITIVE_INFINITY) =>
    last(timeline, 'demand', (s) => s.class === cls && s.at < before && s.multiplier > 0).multiplier;
  const startOf = (s: Scenario) => s.calendar.startEpochMs / 60_000;
  const minutesTo = (date: string) => Date.parse(`${date}T00:00+08:00`) / 60_000 - startOf(timeline);

  it('starts in the 2023 regime', () => {
    for (const s of timeline.stations) expect(s).toEqual(first.stations.find((x) => x.id === s.id));
    for (const c of timeline.classes) expect(c.arrivals).toEqual(arrivals(first, c.id));
  });

  it('has the rates of kashgar-2024 during 2024 and those of kashgar-2025 at its end', () => {
    const in2024 = minutesTo('2024-03-01');
    expect(
      (rate(timeline, 'tor-truck') * multiplier('tor-truck', in2024)) / rate(middle, 'tor-truck'),
    ).toBeCloseTo(1, 3);
    expect(
      (rate(timeline, 'tor-return') * multiplier('tor-return', in2024)) / rate(middle, 'tor-return'),
    ).toBeCloseTo(1, 3);
    for (const id of ['irk-truck', 'tor-truck', 'irk-return', 'tor-return', 'irk-carrier', 'tor-carrier']) {
      expect((rate(timeline, id) * multiplier(id)) / rate(end, id)).toBeCloseTo(1, 3);
    }
    expect(last(timeline, 'lanes', (s) => s.station === 'tor-kg').lanes).toBe(
      station(middle, 'tor-kg').lanes,
    );
    expect(last(timeline, 'hours', (s) => s.side === 'irkeshtam-cn').openingHours).toEqual(
      last(end, 'hours', (s) => s.side === 'irkeshtam-cn').openingHours,
    );
  });

  it('has the re-export rush and collapse of kashgar-2024 on the same dates', () => {
    const carriers = (s: Scenario) =>
      s.shocks
        .filter((x) => x.change === 'demand' && x.class.endsWith('carrier'))
        .map((x) => ({ ...x, at: x.at + startOf(s) }));
    expect(carriers(timeline)).toEqual(carriers(middle));
  });
});
