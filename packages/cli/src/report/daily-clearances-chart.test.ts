import type { DailySummary, RunData } from '@landport/experiment';
import {
  type DailyClearanceRow,
  type DailyQueueRow,
  dailyClearancesChart,
  dailyQueueChart,
  summarize,
  throughputTarget,
} from '@landport/experiment';
import { describe, expect, it } from 'vitest';
import { createManifest } from '../batch/manifest.js';
import { shippedCalibration } from './shipped-calibration.js';
import { specProblems } from './spec-problems.js';

const band = (unit: string, mean: number[]) => ({
  unit,
  mean,
  lower: mean.map((m) => m - 10),
  upper: mean.map((m) => m + 10),
});

/** Five days: the first and last partial (no scenario record: they may be). */
const DAILY: DailySummary = {
  side: 'kz',
  queueHour: 8,
  firstDate: '2023-12-31',
  days: 5,
  series: {
    arrived: band('vehicles/day', [10, 400, 420, 410, 200]),
    exited: band('vehicles/day', [1, 390, 415, 405, 190]),
    cars: band('cars/day', [1, 800, 850, 5, 400]),
    meanCrossing: band('h', [1, 4, 5, 6, 3]),
    meanWait: band('h', [0.5, 2, 3, 4, 1]),
    queueAtHour: band('vehicles', [Number.NaN, 3, 250, 4, 2]),
    queueMax: band('vehicles', [2, 12, 610, 9, 7]),
    queueAtHourKm: band('km', [Number.NaN, 0.06, 5, 0.08, 0.04]),
    queueMaxKm: band('km', [0.04, 0.24, 12.2, 0.18, 0.14]),
  },
};

/** A run of `name` with the classes of Horgos; `truckCars`: the truck class's cars a day. */
function run(name: string, daily: DailySummary | undefined, truckCars = 0): RunData {
  const outputs = [0, 1, 2].map((replication) => ({
    replication,
    metrics: {
      'class.carrier.arrived': 1,
      'class.driven.arrived': 1,
      'class.truck.arrived': 1,
      'class.carrier.carsPerDay': 560,
      'class.driven.carsPerDay': 240,
      'class.truck.carsPerDay': truckCars,
    },
  }));
  const summary = summarize(outputs);
  if (daily !== undefined) summary.daily = daily;
  return {
    folder: '/nowhere',
    manifest: createManifest({
      scenarioName: name,
      scenario: {},
      seed: 1,
      replications: 3,
      landportVersion: '0',
    }),
    summary,
    scenario: null,
    recorded: new Set(),
    derived: new Map(),
    sample: { of: 3, replications: [], values: new Map() },
    series: new Map(),
    calibration: shippedCalibration(name),
  };
}

type Layered = { layer: { data?: { values: unknown[] }; layer?: unknown[] }[] };

describe('dailyClearancesChart', () => {
  it('draws the summary’s cars a day with their band, partial days left out, units on the axis', () => {
    const chart = dailyClearancesChart(run('my-port', DAILY))!;
    const spec = chart.spec as unknown as Layered;
    expect(spec.layer).toHaveLength(1);
    const rows = spec.layer[0]!.data!.values as DailyClearanceRow[];
    expect(rows.map((r) => r.date)).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    for (const r of rows) {
      expect(r.mean).toBe(DAILY.series.cars.mean[r.day]);
      expect(r.lower).toBe(Math.max(0, DAILY.series.cars.lower[r.day]!));
      expect(r.upper).toBe(DAILY.series.cars.upper[r.day]);
      expect(r.vehicles).toBe(DAILY.series.exited.mean[r.day]);
    }
    expect(JSON.stringify(chart.spec)).toContain('Cars cleared (cars/day)');
    expect(JSON.stringify(chart.spec)).toContain('Local day (kz local time)');
    expect(chart.caption).toContain('lowest 5 on 2024-01-03, highest 850 on 2024-01-02');
    expect(chart.caption).toContain('Left out: 2023-12-31 and 2024-01-04');
    expect(chart.caption).toContain('no calibration target');
    expect(specProblems(chart.spec)).toEqual([]);
  });

  it('draws the calibration target per day when it counts every car cleared', () => {
    const chart = dailyClearancesChart(run('horgos-2023', DAILY))!;
    const target = throughputTarget(shippedCalibration('horgos-2023'), ['carrier', 'driven', 'truck'])!;
    const layers = (chart.spec as unknown as Layered).layer;
    expect(layers).toHaveLength(2);
    const rect = layers[0]!.data!.values[0] as { lower: number; upper: number };
    expect([rect.lower, rect.upper]).toEqual([target.lowerPerDay, target.upperPerDay]);
    expect(chart.caption).toContain('304,000 ± 5%');
    expect(chart.caption).toContain('2 of the 3 days’ means fall inside it');
    expect(specProblems(chart.spec)).toEqual([]);
  });

  it('does not draw a target that counts fewer cars than the line, and says why', () => {
    const chart = dailyClearancesChart(run('horgos-2023', DAILY, 80))!;
    expect((chart.spec as unknown as Layered).layer).toHaveLength(1);
    expect(chart.caption).toContain('counts only the cars of carrier and driven');
    expect(chart.caption).toContain('truck (80 cars/day over the run)');
  });

  it('gives no chart for a summary without a daily section', () => {
    expect(dailyClearancesChart(run('my-port', undefined))).toBeNull();
    expect(dailyQueueChart(run('my-port', undefined))).toBeNull();
  });
});

describe('dailyQueueChart', () => {
  it('draws the queue at the hour and the daily maximum from the summary, in vehicles', () => {
    const chart = dailyQueueChart(run('my-port', DAILY))!;
    const rows = (chart.spec as unknown as { data: { values: DailyQueueRow[] } }).data.values;
    for (const r of rows) {
      const b = DAILY.series[r.quantity];
      expect([r.mean, r.lower, r.upper]).toEqual([
        b.mean[r.day],
        Math.max(0, b.lower[r.day]!),
        b.upper[r.day],
      ]);
    }
    expect(rows.filter((r) => r.quantity === 'queueMax').map((r) => r.day)).toEqual([1, 2, 3]);
    expect(rows.filter((r) => r.quantity === 'queueAtHour').map((r) => r.series)).toEqual(
      Array(3).fill('queue at 08:00'),
    );
    expect(JSON.stringify(chart.spec)).toContain('Vehicles waiting (vehicles)');
    expect(chart.caption).toContain('highest 610 on 2024-01-02');
    expect(chart.caption).toContain('At 08:00: 85.7 vehicles on average, highest 250 on 2024-01-02');
    expect(specProblems(chart.spec)).toEqual([]);
  });

  it('gives no chart when no day has a finite queue', () => {
    const empty = { ...DAILY.series.queueMax, mean: DAILY.series.queueMax.mean.map(() => Number.NaN) };
    const daily = { ...DAILY, series: { ...DAILY.series, queueAtHour: empty, queueMax: empty } };
    expect(dailyQueueChart(run('my-port', daily))).toBeNull();
  });
});
