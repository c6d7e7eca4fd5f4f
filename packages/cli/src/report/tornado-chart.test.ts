import { assumptionLabel, type TornadoRow, tornadoChart } from '@landport/experiment';
import type { Sensitivity } from '@landport/scenarios';
import { describe, expect, it } from 'vitest';
import { renderSvg } from './chart-svg.js';
import { specProblems } from './spec-problems.js';

const sensitivity: Sensitivity = {
  measures: [
    { id: 'crossing', title: 'Car crossing time', unit: 'h', read: () => 0 },
    { id: 'cost', title: 'Cost per car', unit: 'CNY', read: () => 0 },
  ],
  base: [4, 900],
  rows: [
    {
      range: { source: '/a', path: 'stations.gate.lanes', low: 2, high: 6, unit: '' },
      value: 4,
      low: [9, 950],
      high: [3, 890],
    },
    {
      range: {
        source: '/b',
        path: 'classes.truck.arrivals.rate.perDay',
        low: 40,
        high: 160,
        unit: 'trucks a day',
      },
      value: 80,
      low: [3.9, 800],
      high: [4.2, 1100],
    },
  ],
  replications: 3,
  seed: 2024,
};

describe('tornadoChart', () => {
  const chart = tornadoChart(sensitivity, 'demo');
  const rows = (chart.spec as unknown as { data: { values: TornadoRow[] } }).data.values;

  it('has a bar per assumption, end and output, from the base to the value at that end', () => {
    expect(rows).toHaveLength(2 * 2 * 2);
    expect(rows[0]).toEqual({
      measure: 'crossing',
      assumption: 'gate.lanes (2–6)',
      end: 'low end',
      setTo: 2,
      base: 4,
      value: 9,
    });
    expect(rows.find((r) => r.measure === 'cost' && r.end === 'high end' && r.setTo === 160)).toMatchObject({
      assumption: 'truck.arrivals.rate.perDay (40–160 trucks a day)',
      base: 900,
      value: 1100,
    });
  });

  it('puts the widest swing on top of each panel', () => {
    const panels = (
      chart.spec as unknown as { vconcat: { layer: { encoding: { y?: { sort: string[] } } }[] }[] }
    ).vconcat;
    expect(panels[0]!.layer[0]!.encoding.y!.sort[0]).toBe('gate.lanes (2–6)');
    expect(panels[1]!.layer[0]!.encoding.y!.sort[0]).toBe('truck.arrivals.rate.perDay (40–160 trucks a day)');
  });

  it('shortens a distribution mean in the labels', () => {
    expect(assumptionLabel('stations.cn-gate.service.lognormal.mean.seconds', 10, 30, 's')).toBe(
      'cn-gate.service mean (10–30 s)',
    );
  });

  it('leaves out an output no assumption moves by more than 0.1%, and says so', async () => {
    const still = {
      ...sensitivity,
      rows: sensitivity.rows.map((r) => ({ ...r, high: [r.high[0]!, 900.5], low: [r.low[0]!, 899.5] })),
    };
    const spec = tornadoChart(still, 'demo').spec as unknown as {
      vconcat: unknown[];
      title: { subtitle: string };
    };
    expect(spec.vconcat).toHaveLength(1);
    expect(spec.title.subtitle).toBe('No assumption within its range moves cost per car (900 CNY).');
    expect(specProblems(spec as never)).toEqual([]);
  });

  it('draws a long assumption label whole, its range and unit included', async () => {
    const long = 'irk-carrier.arrivals.rate.perDay (21.07–50.57 carriers a day)';
    const wide: Sensitivity = {
      ...sensitivity,
      rows: [
        {
          ...sensitivity.rows[1]!,
          range: {
            ...sensitivity.rows[1]!.range,
            path: 'classes.irk-carrier.arrivals.rate.perDay',
            low: 21.07,
            high: 50.57,
            unit: 'carriers a day',
          },
        },
      ],
    };
    const svg = await renderSvg(tornadoChart(wide, 'demo').spec);
    expect(svg).toContain(long);
    expect(svg).not.toContain('…');
  });

  it('is a valid Vega-Lite spec that renders to SVG', async () => {
    expect(specProblems(chart.spec)).toEqual([]);
    const svg = await renderSvg(chart.spec);
    expect(svg).toContain('Sensitivity of demo');
    expect(svg).toContain('Car crossing time: base 4 h');
  });
});
