import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paddedDomain, type SweepRow, sweepChart } from '@landport/experiment';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSvg } from './chart-svg.js';
import { specProblems } from './spec-problems.js';
import { readSweepData } from './sweep-data.js';
import { writeSyntheticFolders } from './test-model/synthetic-results.js';

const root = mkdtempSync(join(tmpdir(), 'landport-sweep-chart-'));
const folders = writeSyntheticFolders(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sweepChart', () => {
  const data = readSweepData(folders.sweep);
  const chart = sweepChart(data)!;
  const rows = (chart.spec as unknown as { data: { values: SweepRow[] } }).data.values;

  it('finds each point’s folder inside the sweep folder, whatever path sweep.json recorded', () => {
    expect(data.points.map((p) => p.folder)).toEqual(
      [2, 3, 4].map((n) => join(folders.sweep, `gate.lanes=${n}`)),
    );
  });

  it('draws the default metrics that vary, at each lane count, with the summaries’ means and intervals', () => {
    expect([...new Set(rows.map((r) => r.metric))]).toEqual([
      'throughputPerDay',
      'station.gate.waitHours.p95',
      'station.gate.utilisation',
    ]);
    for (const row of rows) {
      const point = data.points.find((p) => p.values['stations.gate.lanes'] === String(row.x))!;
      const s = point.summary.metrics[row.metric]!;
      expect(row).toMatchObject({ mean: s.mean, lower: s.lower, upper: s.upper, n: s.n, group: '' });
    }
    expect(rows.filter((r) => r.metric === 'station.gate.waitHours.p95').map((r) => r.x)).toEqual([2, 3, 4]);
  });

  it('is a valid Vega-Lite spec that renders to SVG with the parameter as axis title', async () => {
    expect(specProblems(chart.spec)).toEqual([]);
    expect(await renderSvg(chart.spec)).toContain('stations.gate.lanes');
  });

  it('gives each metric its own panel whose domain holds every interval, with the unit as axis title', () => {
    const panels = (chart.spec as any).concat as any[];
    expect(panels.map((p) => p.title.text)).toEqual([...new Set(rows.map((r) => r.metric))]);
    for (const p of panels) {
      const domain = p.layer[0].encoding.y.scale.domain as [number, number];
      for (const r of rows.filter((row) => row.metric === p.title.text)) {
        expect(domain[0]).toBeLessThan(r.lower ?? r.mean);
        expect(domain[1]).toBeGreaterThan(r.upper ?? r.mean);
      }
    }
    expect(panels.map((p) => p.layer[0].encoding.y.title)).toEqual(['vehicles/day', 'h', 'share']);
    expect((chart.spec as any).columns).toBe(2);
  });
});

describe('paddedDomain', () => {
  it('pads the span of means and intervals by 8%', () => {
    const d = paddedDomain([
      { mean: 10, lower: 8, upper: 12 },
      { mean: 20, lower: null, upper: null },
    ]);
    expect(d[0]).toBeCloseTo(8 - 0.96, 12);
    expect(d[1]).toBeCloseTo(20 + 0.96, 12);
  });

  it('keeps a near-constant metric at least ±0.5% of its level wide', () => {
    const d = paddedDomain([{ mean: 373.1, lower: 373.1, upper: 373.1 }]);
    expect(d[0]).toBeCloseTo(373.1 - 1.8655, 9);
    expect(d[1]).toBeCloseTo(373.1 + 1.8655, 9);
  });
});
