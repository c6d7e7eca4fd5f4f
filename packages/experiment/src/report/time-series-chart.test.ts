import { describe, expect, it } from 'vitest';
import type { RunData } from './run-data.js';
import { inPortChart, queueChart } from './time-series-chart.js';

/** A run with no scenario record: an inSystem series and one station's waiting, 48 hourly points. */
function run(): RunData {
  const points = Array.from({ length: 48 }, (_, k) => ({
    index: k,
    time: k,
    n: 2,
    mean: 1 + (k % 5),
    lower: 0.5,
    upper: 7,
  }));
  const plotted = (name: string) => ({ name, interval: 1, bucketHours: 1, points, fine: points });
  const series = new Map([
    ['inSystem', plotted('inSystem')],
    ['station.gate.waiting', plotted('station.gate.waiting')],
  ]);
  const summary = { schemaVersion: 1, replications: 2, level: 0.95, metrics: { 'station.gate.served': {} } };
  return { summary, series, scenario: null, values: new Map(), replications: [0, 1] } as unknown as RunData;
}

type Spec = { height: number; layer: { layer: { encoding: { y: { title?: string } } }[] }[] };

describe('time-series charts', () => {
  it('have a y title that fits the plot’s height by Vega’s text estimate, so no gap opens under the title', () => {
    for (const chart of [inPortChart(run())!, queueChart(run())!]) {
      const spec = chart.spec as unknown as Spec;
      const title = spec.layer[0]!.layer[1]!.encoding.y.title!;
      // Vega in Node, without font metrics, takes 0.8 × font size (12 px) per character.
      expect(title.length * 0.8 * 12, title).toBeLessThanOrEqual(spec.height);
    }
  });

  it('draws the station legend’s symbols as lines at full strength', () => {
    const spec = queueChart(run())!.spec as unknown as {
      layer: { encoding: { color?: { legend: object } } }[];
    };
    // One station: no legend at all; the legend settings are checked on a two-station run below.
    expect(spec.layer[0]!.encoding.color).toBeUndefined();
    const two = run();
    (two.series as Map<string, unknown>).set('station.gate2.waiting', two.series.get('station.gate.waiting'));
    (two.summary.metrics as Record<string, unknown>)['station.gate2.served'] = {};
    const both = queueChart(two)!.spec as unknown as { layer: { encoding: { color: { legend: object } } }[] };
    expect(both.layer[0]!.encoding.color.legend).toMatchObject({ symbolType: 'stroke', symbolOpacity: 1 });
  });
});
