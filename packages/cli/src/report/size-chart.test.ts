import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SizeRow, sizeChart } from '@landport/experiment';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSvg } from './chart-svg.js';
import { readSizeData } from './size-data.js';
import { specProblems } from './spec-problems.js';
import { sizeDocument, writeSyntheticFolders } from './test-model/synthetic-results.js';

const root = mkdtempSync(join(tmpdir(), 'landport-size-chart-'));
const folders = writeSyntheticFolders(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sizeChart', () => {
  const data = readSizeData(folders.size);
  const chart = sizeChart(data)!;
  const layers = (chart.spec as unknown as { layer: { data: { values: unknown[] } }[] }).layer;

  it('reads size.json back exactly, the NaN of a lane count that served nobody included', () => {
    const { schemaVersion: _, ...expected } = sizeDocument();
    expect(data).toEqual({ ...expected, folder: folders.size, scenario: null });
  });

  it('draws every lane count with an interval, the target line and the chosen lane count', () => {
    const rows = layers.at(-1)!.data.values as SizeRow[];
    expect(rows).toEqual(data.curve.filter((p) => p.lanes !== 2));
    // The chosen lane count's rule and label first, then the target's, then the points on top.
    expect(layers[0]!.data.values).toEqual([{ lanes: 5, text: 'chosen: 5 lanes' }]);
    expect(layers[3]!.data.values).toEqual([{ value: 2, text: 'target: p95 wait < 2h' }]);
  });

  it('is a valid Vega-Lite spec whose SVG shows the target and the choice', async () => {
    expect(specProblems(chart.spec)).toEqual([]);
    const before = structuredClone(chart.spec);
    const svg = await renderSvg(chart.spec);
    // Drawing leaves the spec as it was (Vega tags the data objects it renders, on a copy).
    expect(chart.spec).toEqual(before);
    expect(svg).toContain('target: p95 wait &lt; 2h');
    expect(svg).toContain('chosen: 5 lanes');
    expect(svg).toContain('Lanes at gate');
  });
});
