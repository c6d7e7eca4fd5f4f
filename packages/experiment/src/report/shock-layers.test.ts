import { loadScenario } from '@landport/scenarios';
import { describe, expect, it } from 'vitest';
import { shockLayers, shockMarks } from './shock-layers.js';
import { SimulatedClock } from './simulated-clock.js';

const scenario = loadScenario('horgos-2023-2024');
const clock = new SimulatedClock(scenario);

describe('shockMarks', () => {
  it('marks the policy shocks with their dates and leaves the monthly demand shocks out', () => {
    const marks = shockMarks(scenario.shocks, clock);
    const policy = scenario.shocks.filter((s) => s.change !== 'demand');
    expect(policy.length).toBeLessThan(scenario.shocks.length);
    expect(marks.flatMap((m) => m.labels.split('; '))).toEqual(policy.map((s) => s.label));
    expect(marks[0]).toMatchObject({
      date: '2023-08-15 00:00',
      labels: 'Horgos 24-hour, 7-day freight clearance trial',
      x: Date.UTC(2023, 7, 15),
    });
  });

  it('shares one rule among shocks closer than the chart’s resolution, with a count in the label', () => {
    const fine = shockMarks(scenario.shocks, clock, 0);
    const daily = shockMarks(scenario.shocks, clock, 24);
    // 1 January 2024: four changes at Chinese midnight, the Kazakh 24-hour opening two hours later.
    expect(daily.length).toBe(fine.length - 1);
    const newYear = daily.find((m) => m.date.startsWith('2024-01-01'))!;
    expect(newYear.labels.split('; ')).toHaveLength(5);
    expect(newYear.short).toBe('QR-code auto-recognition at… (+4)');
    // Every label, count included, fits the 250 px limit by Vega's estimate (0.8 × 9 px a character).
    for (const m of daily) expect(m.short.length * 0.8 * 9).toBeLessThanOrEqual(250);
    for (let i = 1; i < daily.length; i++)
      expect(daily[i]!.x - daily[i - 1]!.x).toBeGreaterThanOrEqual(24 * 3_600_000);
  });

  it('draws nothing for a scenario without policy shocks', () => {
    expect(shockLayers(shockMarks([], clock), { field: 'x' })).toEqual([]);
  });

  it('cuts the labels to the plot’s height, so none runs past the x axis', () => {
    const layers = shockLayers(shockMarks(scenario.shocks, clock, 24), { field: 'x' }, 260) as {
      mark: { type: string; limit?: number };
    }[];
    const labels = layers.filter((l) => l.mark.type === 'text');
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(l.mark.limit).toBeLessThanOrEqual(260);
  });
});
