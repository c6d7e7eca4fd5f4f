import type { Sensitivity } from '@landport/scenarios';
import { type Chart, round4, topLevelSpec } from './chart.js';

/** One bar of a tornado: an assumption at one end of its range, for one output. */
export interface TornadoRow {
  measure: string;
  /** The assumption and its range, e.g. `stations.kz-control.lanes (6–10)`. */
  assumption: string;
  end: 'low end' | 'high end';
  /** The end's value of the assumption, for the tooltip. */
  setTo: number;
  /** The output with every assumption at its value, and at this end. */
  base: number | null;
  value: number | null;
}

/**
 * A short label for an assumption: its path without the `stations.`/`classes.` prefix and with a
 * distribution's `.lognormal.mean.minutes` said as ` mean`, then its range (the unit is in it).
 */
export function assumptionLabel(path: string, low: number, high: number, unit: string): string {
  const short = path.replace(/^(stations|classes)\./, '').replace(/\.[a-zA-Z]+\.mean\.[a-z]+$/, ' mean');
  return `${short} (${low}–${high}${unit === '' ? '' : ` ${unit}`})`;
}

/**
 * Tornado charts of a one-at-a-time sensitivity analysis, one panel per output: a bar per
 * assumption from the base value to the output at the low end (light) and at the high end
 * (dark) of the assumption's stated range, the assumptions with the widest swing on top, and a
 * rule at the base. Each panel has its own scale and order.
 */
export function tornadoChart(sensitivity: Sensitivity, scenario: string): Chart {
  const rows: TornadoRow[] = [];
  sensitivity.measures.forEach((m, k) => {
    for (const row of sensitivity.rows) {
      const assumption = assumptionLabel(row.range.path, row.range.low, row.range.high, row.range.unit);
      const base = round4(sensitivity.base[k]!);
      rows.push({
        measure: m.id,
        assumption,
        end: 'low end',
        setTo: row.range.low,
        base,
        value: round4(row.low[k]!),
      });
      rows.push({
        measure: m.id,
        assumption,
        end: 'high end',
        setTo: row.range.high,
        base,
        value: round4(row.high[k]!),
      });
    }
  });
  const panel = (k: number) => {
    const m = sensitivity.measures[k]!;
    const order = [...sensitivity.rows]
      .sort((a, b) => Math.abs(b.high[k]! - b.low[k]!) - Math.abs(a.high[k]! - a.low[k]!))
      .map((r) => assumptionLabel(r.range.path, r.range.low, r.range.high, r.range.unit));
    const x = {
      field: 'value',
      type: 'quantitative',
      title: `${m.title} (${m.unit})`,
      scale: { zero: false },
    };
    return {
      title: { text: `${m.title}: base ${round4(sensitivity.base[k]!)} ${m.unit}`, fontSize: 12, limit: 0 },
      width: 360,
      height: { step: 16 },
      transform: [{ filter: { field: 'measure', equal: m.id } }],
      layer: [
        {
          mark: { type: 'bar', opacity: 0.85 },
          encoding: {
            y: {
              field: 'assumption',
              type: 'nominal',
              sort: order,
              title: null,
              // No limit: a cut label ("…perDay (21.07–50.57 carriers a d…") loses the range and its
              // unit, the part a reader needs; the plot is pushed right instead.
              axis: { labelLimit: 0 },
            },
            x,
            x2: { field: 'base' },
            yOffset: { field: 'end', sort: ['low end', 'high end'] },
            color: {
              field: 'end',
              type: 'nominal',
              title: 'Assumption at',
              scale: { domain: ['low end', 'high end'], range: ['#9ecae1', '#08519c'] },
              legend: { orient: 'bottom' },
            },
            tooltip: [
              { field: 'assumption' },
              { field: 'end', title: 'at' },
              { field: 'setTo', title: 'set to' },
              { field: 'value', format: '.4~r', title: `${m.title} (${m.unit})` },
              { field: 'base', format: '.4~r', title: `base (${m.unit})` },
            ],
          },
        },
        { mark: { type: 'rule', color: 'black' }, encoding: { x: { field: 'base', type: 'quantitative' } } },
      ],
    };
  };
  // An output that no assumption moves by more than 0.1% gets no panel (its bars would have no
  // visible length; what is left are a few vehicles still queueing at the end of the horizon): the
  // title says so instead, with its value.
  const moves = sensitivity.measures.map((_, k) => {
    const base = sensitivity.base[k]!;
    const tolerance = 0.001 * (Math.abs(base) || 1);
    return sensitivity.rows.some(
      (r) => Math.abs(r.low[k]! - base) > tolerance || Math.abs(r.high[k]! - base) > tolerance,
    );
  });
  const still = sensitivity.measures
    .filter((_, k) => !moves[k])
    .map(
      (m) =>
        `${m.title.toLowerCase()} (${round4(sensitivity.base[sensitivity.measures.indexOf(m)]!)} ${m.unit})`,
    );
  const title = `Sensitivity of ${scenario} to its assumptions`;
  const spec = topLevelSpec(title, {
    ...(still.length === 0
      ? {}
      : {
          title: {
            text: title,
            subtitle: `No assumption within its range moves ${still.join(' or ')}.`,
            anchor: 'start',
            fontSize: 14,
          },
        }),
    data: { values: rows },
    vconcat: sensitivity.measures.flatMap((_, k) => (moves[k] ? [panel(k)] : [])),
    spacing: 28,
    resolve: { scale: { x: 'independent', y: 'independent', color: 'shared' } },
  });
  return {
    name: 'sensitivity',
    title: 'Sensitivity to the assumptions',
    caption:
      `Each assumption set to the low and the high end of its stated range, one at a time, the others at their values: ` +
      `means over ${sensitivity.replications} replications (seed ${sensitivity.seed}), the same random numbers at every point. ` +
      'Bars run from the base value (black rule) to the value at each end; the widest swings are on top.',
    spec,
  };
}
