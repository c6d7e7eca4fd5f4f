import { readFileSync } from 'node:fs';
import type { Scenario } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseScenario } from './parse.js';
import { validateScenario } from './validate.js';

const yamlText = readFileSync(new URL('./fixtures/two-sided-port.yaml', import.meta.url), 'utf8');
const fromYaml = parseScenario(yamlText, { fileName: 'two-sided-port.yaml' });

// Hand arithmetic below: the start is 2023-06-01T00:00+08:00 = 2023-05-31T16:00Z, and from
// 31 May to 29 Feb there are 30+31+31+30+31+30+31+31+29 = 274 days.
const DAY = 1440;

describe('a two-sided port scenario', () => {
  it('JSON and YAML texts of the same scenario resolve identically', () => {
    const jsonText = JSON.stringify(parseYaml(yamlText), null, 2);
    expect(parseScenario(jsonText, { fileName: 'two-sided-port.json' })).toEqual(fromYaml);
  });

  it('the resolved scenario survives a JSON round trip without loss', () => {
    expect(JSON.parse(JSON.stringify(fromYaml)) as Scenario).toEqual(fromYaml);
  });

  it('validateScenario on the parsed object gives the same result', () => {
    expect(validateScenario(parseYaml(yamlText))).toEqual(fromYaml);
  });

  it('resolves the calendar to minutes', () => {
    expect(fromYaml.calendar).toEqual({
      start: '2023-05-31T16:00:00Z',
      startEpochMs: Date.UTC(2023, 4, 31, 16),
      startUtcOffset: 480,
      horizon: 366 * DAY,
      warmUp: 14 * DAY,
    });
  });

  it("places Kazakhstan's move to UTC+5 and the closures on each side's clock", () => {
    const [china, kazakhstan] = fromYaml.sides;
    // 2024-03-01T00:00 at UTC+6 = 2024-02-29T18:00Z: 274 days and 2 hours after the start.
    expect(kazakhstan?.utcOffsets).toEqual([
      { from: 0, offset: 360 },
      { from: 274 * DAY + 120, offset: 300 },
    ]);
    expect(china?.utcOffsets).toEqual([{ from: 0, offset: 480 }]);
    // National Day 1–3 Oct 2023, Beijing time: 2023-09-30T16:00Z (122 days) to 2023-10-03T16:00Z.
    expect(china?.closures).toEqual([{ label: 'National Day', from: 122 * DAY, to: 125 * DAY }]);
    expect(kazakhstan?.closures).toEqual([
      // 2023-07-10 14:00–18:30 at UTC+6 = 08:00–12:30Z, 40 days after 31 May, minus 8 hours.
      { label: 'Power cut', from: 40 * DAY - 480, to: 40 * DAY - 210 },
      // Nauryz 21–23 Mar 2024 at UTC+5 = 2024-03-20T19:00Z (294 days and 3 hours) for 3 days.
      { label: 'Nauryz', from: 294 * DAY + 180, to: 297 * DAY + 180 },
    ]);
  });

  it('keeps opening hours as local minutes of the day, Monday first, days off applied', () => {
    const [china, kazakhstan] = fromYaml.sides;
    const chinaDay = [
      { from: 570, to: 810 },
      { from: 930, to: 1200 },
    ];
    expect(china?.openingHours).toEqual([chinaDay, chinaDay, chinaDay, chinaDay, chinaDay, chinaDay, []]);
    expect(kazakhstan?.openingHours[0]).toEqual([{ from: 480, to: 1200 }]);
    expect(kazakhstan?.openingHours[6]).toEqual([]);
    expect(kazakhstan?.randomClosures).toEqual([
      {
        label: 'Dust storm',
        months: [4, 5],
        probabilityPerDay: 0.01,
        duration: { type: 'uniform', min: 120, max: 360 },
      },
    ]);
  });

  it('resolves stations with per-class settings for every class', () => {
    const [gate, customs, neutral, kz] = fromYaml.stations;
    expect(gate?.serviceByClass.truck).toEqual({ type: 'lognormal', mean: 0.75, cv: 0.5 });
    expect(customs?.serviceByClass).toEqual({
      carrier: { type: 'lognormal', mean: 240, cv: 1 },
      driven: { type: 'lognormal', mean: 180, cv: 1.2 },
      truck: { type: 'lognormal', mean: 180, cv: 1.2 },
    });
    expect(customs?.buffer).toEqual({ capacity: 600, whenFull: 'wait', divert: null });
    expect(neutral).toMatchObject({
      side: null,
      lanes: 'infinite',
      buffer: { capacity: 'infinite', whenFull: 'wait', divert: null },
      port: null,
    });
    expect(kz?.secondary).toEqual({
      probabilityByClass: { carrier: 0.03, driven: 0.03, truck: 0.05 },
      service: { type: 'uniform', min: 30, max: 90 },
      lanes: 2,
    });
    expect(kz?.quotas).toEqual(['kz-eqs']);
    expect(fromYaml.quotas).toEqual([
      {
        id: 'kz-eqs',
        side: 'kazakhstan',
        perDay: 1000,
        resetAt: 0,
        counts: 'vehicles',
        classes: ['carrier', 'driven', 'truck'],
        countedAt: 'arrival',
        leftover: 'carried',
      },
    ]);
  });

  it('resolves arrival processes to rates per minute', () => {
    const [carrier, driven, truck] = fromYaml.classes;
    expect(carrier?.arrivals).toMatchObject({ kind: 'poisson', ratePerMinute: 60 / DAY, clock: 'china' });
    expect(carrier?.carsPerVehicle).toEqual({ type: 'discrete-uniform', min: 5, max: 8 });
    expect(carrier?.priority).toBe(1);
    expect(driven).toMatchObject({
      needsDriver: true,
      priority: 0,
      carsPerVehicle: { type: 'deterministic', value: 1 },
    });
    expect(driven?.arrivals).toEqual({
      kind: 'poisson',
      ratePerMinute: 0.2,
      monthly: new Array(12).fill(1),
      hourly: new Array(24).fill(1),
      clock: 'china',
    });
    expect(truck?.arrivals).toEqual({
      kind: 'rateTable',
      rows: [
        { from: 0, ratePerMinute: 2 / 60 },
        { from: 480, ratePerMinute: 10 / 60 },
        { from: 1200, ratePerMinute: 4 / 60 },
      ],
      repeatEvery: DAY,
    });
    expect(truck?.route).toEqual({
      kind: 'sequence',
      stations: ['cn-gate', 'cn-customs', 'neutral-zone', 'kz-customs'],
    });
  });

  it('converts money to the reporting currency', () => {
    expect(fromYaml.drivers?.feePerTrip).toEqual({ amount: 2000, currency: 'CNY', reportingAmount: 280 });
    expect(fromYaml.costs.exchangeRates).toEqual({ CNY: 0.14, RUB: 0.011, USD: 1 });
    const [declaration, clearance, recycling] = fromYaml.costs.fees;
    expect(declaration).toMatchObject({
      per: 'vehicle',
      category: 'clearance',
      station: 'cn-customs',
      classes: ['carrier', 'driven', 'truck'],
    });
    expect(clearance?.amount).toEqual({ amount: 300, currency: 'USD', reportingAmount: 300 });
    expect(recycling).toMatchObject({ per: 'car', category: 'duty', station: null });
    expect(recycling?.amount.reportingAmount).toBeCloseTo(556_200 * 0.011, 9);
    expect(fromYaml.costs.demurrage).toEqual([
      {
        perDay: { amount: 250, currency: 'USD', reportingAmount: 250 },
        freeTime: 2 * DAY,
        per: 'vehicle',
        classes: ['carrier'],
        charging: 'perStartedDay',
      },
    ]);
  });

  it('dates shocks on the clock of the side they change and sorts them', () => {
    expect(fromYaml.shocks.map((s) => [s.change, s.at])).toEqual([
      ['hours', 75 * DAY], // 2023-08-15 Beijing time = 08-14T16:00Z
      ['quota', 200 * DAY],
      ['lanes', 289 * DAY - 780], // 2024-03-15T08:00 at UTC+5 = 03:00Z
      ['driverFee', 305 * DAY], // no side: read at the start's UTC+8
      ['demand', 305 * DAY],
    ]);
    const hours = fromYaml.shocks[0];
    expect(hours?.change === 'hours' && hours.openingHours).toEqual(
      new Array(7).fill([{ from: 0, to: 1440 }]),
    );
    expect(fromYaml.shocks[3]).toMatchObject({
      feePerTrip: { amount: 500, currency: 'CNY', reportingAmount: 70 },
    });
  });
});
