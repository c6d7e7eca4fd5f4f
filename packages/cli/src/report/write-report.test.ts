import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Chart,
  CostRow,
  HourCell,
  SeriesRow,
  ThroughputRow,
  UtilisationCell,
  WaitRow,
} from '@landport/experiment';
import { parseSummary } from '@landport/experiment';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rasterise } from './chart-png.js';
import { findFontFiles } from './font-files.js';
import { readScenarioRecord } from './scenario-record.js';
import { specProblems } from './spec-problems.js';
import { landport } from './test-model/landport-command.js';

// One real run: horgos-2023-2024 over 60 days (the 15 August 2023 shock inside), 4 replications.
// 60 days of hourly points fit a chart, so the plotted series are series.csv's own points.
let root: string;
let dir: string;
let stdout: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'landport-report-'));
  dir = join(root, 'run');
  const out = await landport(...'run horgos-2023-2024 -r 4 --horizon 60d -w 2 -q -o'.split(' '), dir);
  expect(out.stderr).not.toMatch(/internal error/);
  expect(out.code).toBe(0);
  stdout = out.stdout;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CHARTS = [
  'wait-distribution',
  'in-port',
  'queues',
  'throughput',
  'daily-clearances',
  'daily-queue',
  'utilisation-by-hour',
  'hourly-queue',
  'costs',
];

function spec(name: string): Chart['spec'] & { data?: { values: unknown[] }; layer?: any[] } {
  return JSON.parse(readFileSync(join(dir, 'charts', `${name}.vl.json`), 'utf8'));
}

/** Rows of a CSV written by the batch (no quoted fields in this scenario's names), as records of numbers. */
function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
  // A header is the column's name, then its unit in parentheses.
  const names = header!.split(',').map((h) => h.split(' (')[0]!);
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])));
}

/** 4 significant digits, as the time series are inlined (see round4). */
const close = (a: number | null, b: number) =>
  expect(Math.abs((a ?? Number.NaN) - b)).toBeLessThanOrEqual(5e-4 * Math.abs(b) + 1e-12);

describe('landport run with charts', () => {
  it('writes scenario.json, every chart as .vl.json, .svg and .png, and report.html', () => {
    expect(stdout).toContain(`report: ${join(dir, 'report.html')}`);
    expect(readScenarioRecord(dir)?.name).toBe('horgos-2023-2024');
    const files = readdirSync(join(dir, 'charts')).sort();
    expect(files).toEqual(CHARTS.flatMap((c) => [`${c}.png`, `${c}.svg`, `${c}.vl.json`]).sort());
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
  });

  it('writes chart specs that follow the Vega-Lite schema and compile without a warning', () => {
    for (const name of CHARTS) expect(specProblems(spec(name)), name).toEqual([]);
  });
});

describe('inlined chart data', () => {
  it('the wait chart holds the summary’s means and intervals and replications.csv’s values', () => {
    const summary = parseSummary(readFileSync(join(dir, 'summary.json'), 'utf8'));
    const rows = spec('wait-distribution').data!.values as WaitRow[];
    const table = csv('replications.csv');
    const means = rows.filter((r) => r.kind === 'mean');
    expect(means.length).toBeGreaterThan(0);
    for (const r of means) {
      const m = summary.metrics[r.metric]!;
      expect([r.hours, r.lower, r.upper, r.n]).toEqual([m.mean, m.lower, m.upper, m.n]);
    }
    for (const r of rows.filter((x) => x.kind === 'replication')) {
      expect(r.hours).toBe(Number(table[r.replication!]![r.metric]));
    }
    // Every replication of every drawn quantile is there.
    expect(rows.length).toBe(means.length * 5);
  });

  it('the time series are series.csv’s means and bands (cut at 0), with the 15 August shock', () => {
    const series = csv('series.csv').filter((r) => r.series === 'inSystem');
    const s = spec('in-port');
    const rows = s.layer![0].data.values as SeriesRow[];
    expect(rows.length).toBe(series.length);
    rows.forEach((row, k) => {
      close(row.mean, Number(series[k]!.mean));
      close(row.upper, Number(series[k]!.upper));
      close(row.lower, Math.max(0, Number(series[k]!.lower)));
    });
    expect(rows[0]!.date).toBe('2023-07-01 00:00');
    expect(s.layer![1].data.values).toEqual([
      {
        x: Date.UTC(2023, 7, 15),
        date: '2023-08-15 00:00',
        labels: 'Horgos 24-hour, 7-day freight clearance trial',
        short: 'Horgos 24-hour, 7-day freight cle…',
      },
    ]);
  });

  it('throughput bars are the summary’s rates and intervals', () => {
    const summary = parseSummary(readFileSync(join(dir, 'summary.json'), 'utf8'));
    const rows = spec('throughput').data!.values as ThroughputRow[];
    // Vehicles a day for each of the 4 classes (carrier, driven, truck, truck-in) and all; cars the
    // same less the trucks, which carry none.
    expect(rows.filter((r) => r.measure === 'vehicles').length).toBe(5);
    expect(rows.filter((r) => r.measure === 'cars').map((r) => r.group)).toEqual([
      'carrier',
      'driven',
      'all classes',
    ]);
    for (const r of rows) {
      const m = summary.metrics[r.metric]!;
      expect([r.mean, r.lower, r.upper]).toEqual([m.mean, m.lower, m.upper]);
    }
  });

  it('cost components add up to the summary’s cost per vehicle', () => {
    const summary = parseSummary(readFileSync(join(dir, 'summary.json'), 'utf8'));
    const rows = spec('costs').data!.values as CostRow[];
    for (const cls of ['carrier', 'driven', 'truck']) {
      const total = summary.metrics[`class.${cls}.cost.perVehicle`]!.mean;
      const parts = rows.filter((r) => r.class === cls && r.kind === 'component');
      expect(parts.length).toBeGreaterThan(0);
      // Means are linear: the segments' means sum to the mean total, up to rounding (1e-9 relative).
      expect(Math.abs(parts.reduce((a, r) => a + r.perVehicle, 0) - total)).toBeLessThan(1e-9 * total);
      expect(rows.find((r) => r.class === cls && r.kind === 'total')?.perVehicle).toBe(total);
    }
  });

  it('the utilisation heat map inlines the summary’s utilisation by hour, each within [0, 1]', () => {
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as {
      metrics: Record<string, { mean: number | string }>;
    };
    const cells = spec('utilisation-by-hour').data!.values as UtilisationCell[];
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      const metric =
        summary.metrics[`station.${c.station}.utilisationByHour.${String(c.hour).padStart(2, '0')}`]!;
      expect(c.utilisation).toBe(Number(metric.mean));
      expect(c.utilisation).toBeGreaterThanOrEqual(0);
      expect(c.utilisation).toBeLessThanOrEqual(1);
    }
  });

  it('the hour-of-day cells average series.csv’s hourly waiting, all hours of the run counted once', () => {
    const series = csv('series.csv').filter((r) => r.series === 'station.kz-control.waiting');
    const cells = (spec('hourly-queue').data!.values as HourCell[]).filter((c) => c.station === 'kz-control');
    expect(cells.map((c) => c.hour)).toEqual([...Array(24).keys()]);
    expect(cells.reduce((a, c) => a + c.hours, 0)).toBe(series.length);
    const weighted = cells.reduce((a, c) => a + c.waiting * c.hours, 0) / series.length;
    const direct = series.reduce((a, r) => a + Number(r.mean), 0) / series.length;
    expect(Math.abs(weighted - direct)).toBeLessThan(1e-9 * direct);
  });
});

describe('SVG and PNG files', () => {
  it('every SVG is a drawing holding the chart’s axis and legend titles', () => {
    for (const name of CHARTS) {
      const svg = readFileSync(join(dir, 'charts', `${name}.svg`), 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      const titles = axisTitles(spec(name));
      expect(titles.length, name).toBeGreaterThan(0);
      for (const title of titles) expect(svg, `${name}: ${title}`).toContain(escapeXml(title));
    }
  });

  it('every PNG is a non-empty image', () => {
    for (const name of CHARTS) {
      const png = readFileSync(join(dir, 'charts', `${name}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
    }
  });

  it('PNGs draw text: blanking one title in the SVG removes hundreds of dark pixels, all on one line', () => {
    const fonts = findFontFiles();
    for (const [name, title] of [
      ['in-port', 'Date (clock of the scenario start, UTC+08:00)'],
      ['costs', 'Cost per vehicle by component'],
    ] as const) {
      const svg = readFileSync(join(dir, 'charts', `${name}.svg`), 'utf8');
      expect(svg).toContain(`>${title}</text>`);
      const a = rasterise(svg, fonts);
      const b = rasterise(svg.replace(`>${title}</text>`, '></text>'), fonts);
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      const rows: number[] = [];
      for (let p = 0; p < a.pixels.length; p += 4) {
        const lum = (x: Buffer) => (x[p]! + x[p + 1]! + x[p + 2]!) / 3;
        if (lum(b.pixels) - lum(a.pixels) > 100) rows.push(Math.floor(p / 4 / a.width));
      }
      // A 12–14 px title at 2× covers well over 300 pixels; its glyphs span one line (< 40 px at 2×).
      expect(rows.length, name).toBeGreaterThan(300);
      expect(Math.max(...rows) - Math.min(...rows), name).toBeLessThan(40);
    }
  });
});

describe('landport report', () => {
  it('redraws the same charts and report from the folder alone', async () => {
    const before = CHARTS.map((c) => readFileSync(join(dir, 'charts', `${c}.vl.json`), 'utf8'));
    const svg = readFileSync(join(dir, 'charts', 'in-port.svg'), 'utf8');
    rmSync(join(dir, 'charts'), { recursive: true });
    rmSync(join(dir, 'report.html'));
    const out = await landport('report', dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('9 charts (Vega-Lite, SVG and PNG)');
    expect(CHARTS.map((c) => readFileSync(join(dir, 'charts', `${c}.vl.json`), 'utf8'))).toEqual(before);
    expect(readFileSync(join(dir, 'charts', 'in-port.svg'), 'utf8')).toBe(svg);
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
  });

  it('says what is wrong with a folder that holds no results', async () => {
    const out = await landport('report', root);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('is not a Landport results folder');
  });
});

/** The titles of the x, y and colour channels anywhere in a spec (tooltip titles are not drawn). */
function axisTitles(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) axisTitles(x, found);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, any>;
    for (const channel of ['x', 'y', 'color']) {
      const title = record.encoding?.[channel]?.title;
      if (typeof title === 'string' && !found.includes(title)) found.push(title);
    }
    for (const value of Object.values(record)) axisTitles(value, found);
  }
  return found;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
