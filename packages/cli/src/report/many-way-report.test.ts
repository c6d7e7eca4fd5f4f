import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ManyWayComparison,
  manyWayChart,
  type PairComparison,
  type Selection,
  stringifyLossless,
} from '@landport/experiment';
import { afterAll, describe, expect, it } from 'vitest';
import { createManifest, writeManifest } from '../batch/manifest.js';
import { renderSvg } from './chart-svg.js';
import { MANY_WAY_FILE, readManyWayData } from './many-way-data.js';
import { reportKind } from './report-contents.js';
import { specProblems } from './spec-problems.js';
import { writeReport } from './write-report.js';

const root = mkdtempSync(join(tmpdir(), 'landport-many-way-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pair = (a: number, difference: number, halfWidth: number): PairComparison => ({
  a,
  b: 0,
  n: 6,
  meanA: 3 + difference,
  meanB: 3,
  difference,
  sd: 1,
  p: 0.001,
  adjustedP: 0.002,
  level: 0.975,
  halfWidth,
  lower: difference - halfWidth,
  upper: difference + halfWidth,
  different: Number.isFinite(halfWidth) && difference - halfWidth > 0,
});

const comparison: ManyWayComparison = {
  schemaVersion: 1,
  variants: ['port', 'port stations.gate.lanes=3', 'port stations.gate.lanes=4'],
  replications: 6,
  pairs: 'base',
  adjustment: 'holm',
  familywiseErrorRate: 0.05,
  metrics: {
    // v2's interval is undefined (NaN half-width): kept through the file, drawn as a dot alone.
    'station.gate.waitHours.mean': [pair(1, 1.5, 0.4), pair(2, 0.7, Number.NaN)],
    events: [pair(1, 10, 1), pair(2, 20, 1)],
  },
};

const selection: Selection = {
  metric: 'station.gate.waitHours.mean',
  direction: 'min',
  pStar: 0.95,
  delta: 0.5,
  replications: 6,
  best: 0,
  means: [3, 4.5, 3.7],
  subset: [0, 2],
  largestHalfWidth: 0.4,
  declared: true,
  replicationsForDelta: 6,
  procedure: 'test',
};

function writeFolder(): string {
  const folder = join(root, 'many');
  for (const [i, lanes] of [null, 3, 4].entries()) {
    const v = join(folder, `v${i}`);
    mkdirSync(v, { recursive: true });
    writeManifest(
      v,
      createManifest({
        scenarioName: 'port',
        scenario: { lanes },
        seed: 1,
        replications: 6,
        landportVersion: '0.0.0-test',
        ...(lanes === null ? {} : { overrides: [`stations.gate.lanes=${lanes}`] }),
      }),
    );
  }
  writeFileSync(join(folder, MANY_WAY_FILE), `${stringifyLossless({ ...comparison, selection })}\n`);
  return folder;
}

describe('the report of a many-way comparison', () => {
  const folder = writeFolder();

  it('reads comparisons.json back exactly, the NaN of an undefined interval included', () => {
    expect(reportKind(folder)).toBe('many-way');
    const data = readManyWayData(folder);
    expect(data.comparison).toEqual(comparison);
    expect(data.selection).toEqual(selection);
    expect(data.variants.map((v) => v.manifest.overrides)).toEqual([
      [],
      ['stations.gate.lanes=3'],
      ['stations.gate.lanes=4'],
    ]);
  });

  it('draws the many-way chart, a valid spec, into report.html with the pairs table and the selection', async () => {
    const chart = manyWayChart(comparison)!;
    expect(specProblems(chart.spec)).toEqual([]);
    const svg = await renderSvg(chart.spec);
    expect(svg).toContain('station.gate.waitHours.mean (h)');
    expect(svg).toContain('v2 − v0');
    const written = await writeReport(folder, { png: false });
    expect(written.charts).toEqual(['comparisons']);
    const html = readFileSync(written.html, 'utf8');
    expect(html).toContain('id="chart-comparisons"');
    expect(html).toContain('Comparison of 3 variants of port');
    expect(html).toContain('v1: port, with stations.gate.lanes=3');
    expect(html).toContain('Selection on station.gate.waitHours.mean (minimum best)');
  });
});
