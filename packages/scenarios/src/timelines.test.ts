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

describe('horgos-2023-2025', () => {
  const timeline = loadScenario('horgos-2023-2025');
  const shorter = loadScenario('horgos-2023-2024');
  const in2024 = loadScenario('horgos-2024');
  const in2025 = loadScenario('horgos-2025');
  const minutesTo = (date: string) =>
    Date.parse(`${date}T00:00+08:00`) / 60_000 - timeline.calendar.startEpochMs / 60_000;
  const poisson = (s: Scenario, id: string) => {
    const a = arrivals(s, id);
    if (a.kind !== 'poisson') throw new Error('Poisson expected');
    return a;
  };

  it('is horgos-2023-2024 up to the end of 2024: the same network, start and shocks', () => {
    expect(timeline.stations).toEqual(shorter.stations);
    expect(timeline.classes).toEqual(shorter.classes);
    expect(timeline.drivers).toEqual(shorter.drivers);
    expect(timeline.calendar.startEpochMs).toBe(shorter.calendar.startEpochMs);
    const to2025 = minutesTo('2025-01-01');
    expect(timeline.shocks.filter((s) => s.at < to2025)).toEqual(shorter.shocks);
    expect(timeline.calendar.horizon).toBe(minutesTo('2026-01-01'));
  });

  it('has the 2025 month rates of horgos-2025, to 0.01%', () => {
    for (const id of ['carrier', 'driven']) {
      const file = poisson(timeline, id);
      const wanted = poisson(in2025, id);
      const months = timeline.shocks.filter(
        (s) => s.change === 'demand' && s.class === id && s.at >= minutesTo('2025-01-01'),
      );
      expect(months.map((s) => s.at)).toEqual(
        Array.from({ length: 12 }, (_, m) => minutesTo(`2025-${String(m + 1).padStart(2, '0')}-01`)),
      );
      months.forEach((shock, m) => {
        if (shock.change !== 'demand') return;
        const implied = shock.multiplier * file.ratePerMinute * file.monthly[m]!;
        expect(implied / (wanted.ratePerMinute * wanted.monthly[m]!)).toBeCloseTo(1, 3);
      });
    }
  });

  it('ends in the 2025 regime of horgos-2025 (but for its electronic queue)', () => {
    expect(last(timeline, 'driverPool').count).toBe(in2025.drivers!.count);
    expect(last(timeline, 'driverFee').feePerTrip.amount).toBe(in2025.drivers!.feePerTrip!.amount);
    const fee = (s: Scenario) => s.costs.fees.find((f) => f.id === 'recycling-fee')!.amount.amount;
    expect(last(timeline, 'fee').amount.amount).toBe(fee(in2025));
    const bypass = last(timeline, 'lanes', (s) => s.station === 'kz-control');
    const wanted = last(in2025, 'lanes', (s) => s.station === 'kz-control');
    expect(bypass.lanes).toBe(wanted.lanes);
    expect(bypass.at).toBe(minutesTo('2025-01-01') + wanted.at);
    for (const id of ['china', 'kazakhstan']) {
      expect(last(timeline, 'hours', (s) => s.side === id).openingHours).toEqual(
        side(in2025, id).openingHours,
      );
    }
    // No control step changed in 2025: the last service shock is 2024's, and the two years agree.
    const services = timeline.shocks.filter((s) => s.change === 'service');
    expect(Math.max(...services.map((s) => s.at))).toBeLessThan(minutesTo('2025-01-01'));
    for (const id of ['cn-gate', 'cn-customs', 'kz-control', 'cn-import']) {
      expect(station(in2025, id).serviceByClass).toEqual(station(in2024, id).serviceByClass);
    }
  });

  it('closes the Kazakh side on the holidays of 2024 and 2025', () => {
    const closures = (s: Scenario) =>
      side(s, 'kazakhstan').closures.map((c) => c.from + s.calendar.startEpochMs / 60_000);
    const mine = closures(timeline);
    for (const s of [in2024, in2025]) for (const at of closures(s)) expect(mine).toContain(at);
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
