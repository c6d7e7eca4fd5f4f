import { describe, expect, it } from 'vitest';
import type { Chart } from './chart.js';
import { busiestHoursShare, hourlyQueueChart, queueText } from './hourly-queue-chart.js';
import type { RunData } from './run-data.js';

describe('busiestHoursShare', () => {
  it('is 1% for a queue spread evenly over the hours', () => {
    const r = busiestHoursShare(new Array(1000).fill(2));
    expect(r).toEqual({ total: 2000, topShare: 0.01, topHours: 10 });
  });

  it('is the busiest hours’ part of the total when a few hours dominate, NaN hours left out', () => {
    // 990 hours with 1 vehicle, 10 hours with 100: the 10 busiest hold 1000 of 1990.
    const values = [...new Array(990).fill(1), ...new Array(10).fill(100), Number.NaN];
    const r = busiestHoursShare(values);
    expect(r.topHours).toBe(10);
    expect(r.topShare).toBeCloseTo(1000 / 1990, 12);
  });

  it('takes at least one hour, and a share of 0 for a queue that never formed', () => {
    expect(busiestHoursShare([0, 0, 0])).toEqual({ total: 0, topShare: 0, topHours: 1 });
    expect(busiestHoursShare([1, 3]).topShare).toBe(0.75);
  });
});

/** A run of one station whose hourly waiting series is `perHour(h)` over `days` days, no scenario (hours since start). */
function run(perHour: (h: number) => number, days = 3): RunData {
  return runOf((k) => perHour(k % 24), days);
}

/** The same, with the series given hour by hour since the start. */
function runOf(atHour: (k: number) => number, days: number): RunData {
  const fine = Array.from({ length: 24 * days }, (_, k) => ({
    index: k,
    time: k,
    n: 2,
    mean: atHour(k),
  }));
  const summary = {
    schemaVersion: 1,
    replications: 2,
    level: 0.95,
    metrics: { 'station.gate.served': { mean: 10 }, 'station.gate.utilisation': { mean: 0.3 } },
  };
  const series = new Map([
    [
      'station.gate.waiting',
      { name: 'station.gate.waiting', interval: 1, bucketHours: 1, points: fine, fine },
    ],
  ]);
  return { summary, scenario: null, series, values: new Map(), replications: [0, 1] } as unknown as RunData;
}

const textLayers = (chart: Chart) =>
  (chart.spec as unknown as { layer: { mark: { type: string } }[] }).layer.filter(
    (l) => l.mark.type === 'text',
  );

describe('hourlyQueueChart', () => {
  it('prints no numbers in the cells when every mean would read 0.0, and its caption says so with the real values', () => {
    // 0.02 vehicles at 17:00, 0.001 otherwise.
    const chart = hourlyQueueChart(run((h) => (h === 17 ? 0.02 : 0.001)))!;
    expect(textLayers(chart)).toEqual([]);
    expect(chart.caption).toContain('The largest mean queue is at gate at 17:00 (0.02 vehicles)');
    expect(chart.caption).toContain('its smallest is at 00:00 (0.001 vehicles)');
    expect(chart.caption).toContain('the cells carry no numbers');
  });

  it('prints one decimal in the cells for short queues, and says nothing of missing numbers', () => {
    const chart = hourlyQueueChart(run((h) => (h === 8 ? 3.7 : 0.4)))!;
    const [text] = textLayers(chart) as unknown as { encoding: { text: { format: string } } }[];
    expect(text!.encoding.text.format).toBe('.1f');
    expect(chart.caption).toContain('(3.7 vehicles)');
    expect(chart.caption).not.toContain('no numbers');
  });

  it('says a few days dominate only when the busiest hours hold far more than a daily pattern would', () => {
    // 100 days, a queue at 08:00 every day: the busiest 24 hours (1%) hold 24% of the waiting,
    // exactly what the hour-of-day means repeated daily give. A daily pattern, not a few days.
    const daily = hourlyQueueChart(run((h) => (h === 8 ? 1 : 0), 100))!;
    expect(daily.caption).toContain(
      'Its busiest 24 hours (1% of the run) hold 24% of its vehicle-hours of waiting.',
    );
    expect(daily.caption).not.toContain('dominate');
    // The same, plus a closure: 100 vehicles waiting through day 50. Its 24 hours hold 2,400 of 2,499.
    const closure = hourlyQueueChart(
      runOf((k) => (Math.floor(k / 24) === 50 ? 100 : k % 24 === 8 ? 1 : 0), 100),
    )!;
    expect(closure.caption).toContain('hold 96% of its vehicle-hours of waiting, against');
    expect(closure.caption).toContain('a few days dominate them.');
  });
});

describe('queueText', () => {
  it('gives two significant digits below 10 and whole vehicles above', () => {
    expect([0, 0.0213, 0.4, 3.74, 12.6].map(queueText)).toEqual(['0', '0.021', '0.4', '3.7', '13']);
  });
});
