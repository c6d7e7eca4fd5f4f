import type { RunData } from '@landport/experiment';
import {
  runData,
  summarize,
  summarizeDerived,
  type ThroughputRow,
  throughputChart,
  throughputTarget,
} from '@landport/experiment';
import { describe, expect, it } from 'vitest';
import { createManifest } from '../batch/manifest.js';
import { shippedCalibration } from './shipped-calibration.js';
import { specProblems } from './spec-problems.js';

/** A run of `name` with three classes over three replications (no series: the chart reads none). */
function run(name: string): RunData {
  const perReplication = [
    { carrier: 560, driven: 240, truck: 0 },
    { carrier: 580, driven: 250, truck: 0 },
    { carrier: 570, driven: 235, truck: 0 },
  ];
  const outputs = perReplication.map((cars, replication) => {
    const metrics: Record<string, number> = {};
    for (const [cls, n] of Object.entries(cars)) {
      metrics[`class.${cls}.arrived`] = 1;
      metrics[`class.${cls}.carsPerDay`] = n;
      metrics[`class.${cls}.throughputPerDay`] = cls === 'carrier' ? n / 6.5 : cls === 'truck' ? 80 : n;
    }
    metrics.carsPerDay = cars.carrier + cars.driven;
    return { replication, metrics };
  });
  const summary = summarize(outputs);
  const names = Object.keys(summary.metrics).sort();
  return runData({
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
    metricNames: names,
    outputs,
    calibration: shippedCalibration(name),
  });
}

describe('throughputChart', () => {
  it('draws each class’s rates from the summary, in vehicles and in cars', () => {
    const data = run('my-port');
    const rows = (throughputChart(data)!.spec as unknown as { data: { values: ThroughputRow[] } }).data
      .values;
    for (const r of rows) {
      const m = data.summary.metrics[r.metric]!;
      expect([r.mean, r.lower, r.upper, r.n]).toEqual([m.mean, m.lower, m.upper, m.n]);
    }
    expect(rows.map((r) => `${r.group}/${r.measure}`)).toContain('all classes/cars');
    expect(throughputChart(data)!.caption).toContain('no calibration target');
  });

  it('gives each panel only its own rows: no target row in vehicles, no carless class in cars', () => {
    const chart = throughputChart(run('horgos-2023'))!;
    const rows = (chart.spec as unknown as { data: { values: ThroughputRow[] } }).data.values;
    expect(rows.filter((r) => r.measure === 'cars').map((r) => r.group)).toEqual([
      'carrier',
      'driven',
      'all classes',
      'carrier + driven (target)',
    ]);
    const [vehicles, cars] = (chart.spec as any).vconcat;
    const sortOf = (panel: any) => panel.layer.at(-2).encoding.y.sort;
    expect(sortOf(vehicles)).toEqual(['carrier', 'driven', 'truck']);
    expect(sortOf(cars)).toEqual(['carrier', 'driven', 'all classes', 'carrier + driven (target)']);
    expect(cars.layer[0].encoding.y.sort).toEqual(sortOf(cars));
    expect(chart.caption).toContain('truck carries no cars');
  });

  it('adds the cars the Horgos 2023 target counts, with its accepted range per day', () => {
    const data = run('horgos-2023');
    const chart = throughputChart(data)!;
    const rows = (chart.spec as unknown as { data: { values: ThroughputRow[] } }).data.values;
    const counted = rows.find((r) => r.group === 'carrier + driven (target)')!;
    // Per replication: carrier + driven cars a day, then the interval across replications.
    const expected = summarizeDerived([800, 830, 805], 0.95);
    expect([counted.mean, counted.lower, counted.upper]).toEqual([
      expected.mean,
      expected.lower,
      expected.upper,
    ]);
    const target = throughputTarget(shippedCalibration('horgos-2023'), ['carrier', 'driven', 'truck'])!;
    const band = (chart.spec as any).vconcat[1].layer[0].data.values[0];
    expect([band.lower, band.upper]).toEqual([target.lowerPerDay, target.upperPerDay]);
    expect(chart.caption).toContain('304,000 ± 5%');
    expect(specProblems(chart.spec)).toEqual([]);
  });
});
