import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparisonChart, type DifferenceRow, runLabel } from '@landport/experiment';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSvg } from './chart-svg.js';
import { readComparisonData } from './comparison-data.js';
import { specProblems } from './spec-problems.js';
import { comparison, writeSyntheticFolders } from './test-model/synthetic-results.js';

const root = mkdtempSync(join(tmpdir(), 'landport-compare-chart-'));
const folders = writeSyntheticFolders(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('comparisonChart', () => {
  const data = readComparisonData(folders.compare);
  const chart = comparisonChart(data)!;
  const rows = (chart.spec as unknown as { data: { values: DifferenceRow[] } }).data.values;

  it('reads comparison.json back exactly, NaN included', () => {
    expect(data.comparison).toEqual(comparison());
    expect(data.a.manifest.scenario.name).toBe('port-a');
    expect(data.b.scenario).toBeNull();
  });

  it('draws each headline metric’s paired difference with its interval, as in comparison.json', () => {
    // Not drawn: `events` (not a headline), a wait equal in every pair, a cost never finite in both.
    expect(rows.map((r) => r.metric)).toEqual(['throughputPerDay', 'station.gate.waitHours.mean']);
    for (const row of rows) {
      const m = data.comparison.metrics[row.metric]!;
      expect(row).toMatchObject({
        difference: m.difference,
        lower: m.lower,
        upper: m.upper,
        meanA: m.meanA,
        meanB: m.meanB,
        n: m.n,
      });
    }
    expect(rows.map((r) => r.differs)).toEqual([true, false]);
  });

  it('is a valid Vega-Lite spec that renders to SVG with both scenario names', async () => {
    expect(specProblems(chart.spec)).toEqual([]);
    const svg = await renderSvg(chart.spec);
    expect(svg).toContain('A = port-a');
    expect(svg).toContain('B = port-b');
    // Each metric named in full with its unit, and the colours explained in a legend.
    expect(svg).toContain('throughputPerDay (vehicles/day)');
    expect(svg).toContain('station.gate.waitHours.mean (h)');
    expect(svg).toContain('interval excludes 0: A and B differ');
    expect(svg).toContain('interval includes 0: no difference shown');
  });

  it('names a run by its scenario and its overrides', () => {
    expect(runLabel({ scenario: { name: 'horgos-2024', sha256: '' }, overrides: [] })).toBe('horgos-2024');
    expect(
      runLabel({
        scenario: { name: 'horgos-2024', sha256: '' },
        overrides: ['stations.kz-control.lanes=12'],
      }),
    ).toBe('horgos-2024 (stations.kz-control.lanes=12)');
  });
});
