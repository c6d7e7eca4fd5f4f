import { describe, expect, it } from 'vitest';
import { chosenLabelSide, sizeChart, yTitle } from './size-chart.js';
import type { SizeData, SizePoint } from './size-data.js';

const point = (lanes: number, mean: number, verdict: SizePoint['verdict']): SizePoint => ({
  lanes,
  replications: 4,
  mean,
  lower: mean - 1.5,
  upper: mean + 1.5,
  verdict,
});

const data = (lanes: number | null, curve: SizePoint[]): SizeData => ({
  folder: '/tmp/size',
  station: 'gate',
  target: { metric: 'station.gate.waitHours.p95', op: '<', text: 'p95 wait < 4h', value: 4 },
  level: 0.95,
  seed: 1,
  lanes,
  curve,
  scenario: null,
});

type Layer = { mark?: Record<string, unknown>; encoding?: Record<string, any>; layer?: Layer[] };
const layersOf = (d: SizeData) => (sizeChart(d)!.spec as unknown as { layer: Layer[] }).layer;

describe('sizeChart', () => {
  it('puts the verdict legend below the plot, clear of the chosen lane count’s label', () => {
    const points = layersOf(data(3, [point(2, 6, 'fails'), point(3, 2, 'meets')])).at(-1)!;
    expect(points.encoding!.color.legend).toMatchObject({ orient: 'bottom' });
  });

  it('puts the chosen label left of its rule when the rule is in the right half', () => {
    // The largest lane count chosen: a label to the right would run past the plot.
    const curve = [point(2, 9, 'fails'), point(3, 7, 'fails'), point(4, 2, 'meets')];
    const label = layersOf(data(4, curve))[2]!;
    expect(label.mark).toMatchObject({ type: 'text', align: 'right', dx: -4 });
    expect(chosenLabelSide(curve, 2)).toEqual({ align: 'left', dx: 4 });
    expect(chosenLabelSide(curve, 3)).toEqual({ align: 'left', dx: 4 });
  });

  it('names the metric with its unit and cuts a wait’s axis at 0, saying so only when an interval reaches below it', () => {
    const low = sizeChart(data(3, [point(2, 6, 'fails'), point(3, 1, 'meets')]))!;
    const ci = (low.spec as unknown as { layer: Layer[] }).layer.at(-1)!.layer![0]!;
    expect(ci.encoding!.y.title).toBe('waitHours.p95 (h)');
    // Vega's estimate of text width in Node (0.8 × 12 px a character) fits the 280 px plot.
    expect(ci.encoding!.y.title.length * 0.8 * 12).toBeLessThanOrEqual(280);
    expect(ci.encoding!.y.scale).toMatchObject({ domainMin: 0 });
    expect(low.caption).toContain('cut at 0');
    const high = sizeChart(data(3, [point(2, 6, 'fails'), point(3, 2, 'meets')]))!;
    expect(high.caption).not.toContain('cut at 0');
  });

  it('titles the y axis with the metric less its station, even a station id with dots', () => {
    expect(yTitle('station.cn.gate.waitHours.p95', 'h')).toBe('waitHours.p95 (h)');
    expect(yTitle('station.gate.queue.mean', 'vehicles')).toBe('queue.mean (vehicles)');
    expect(yTitle('class.truck.crossingHours.mean', 'h')).toBe('class.truck.crossingHours.mean (h)');
  });
});
