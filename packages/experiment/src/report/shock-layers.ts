import type { Shock } from '@landport/sim-core/border';
import { withHalo } from './chart.js';
import type { SimulatedClock } from './simulated-clock.js';

/**
 * Longest label drawn beside a rule, with its `(+n)`, in characters; the full text is in the
 * tooltip. 34 characters of 9 px text are 245 px by Vega's estimate in Node (0.8 × 9 px each),
 * within the 250 px `limit` of a 260 px plot, so the count is never the part cut.
 */
const MAX_LABEL = 34;

/** One date with policy shocks, as inlined in a chart. */
export interface ShockMark {
  /** x value on the chart's time axis. */
  x: number;
  /** The date as text. */
  date: string;
  /** The labels of the shocks at that date, joined by `; `. */
  labels: string;
  /** What is drawn beside the rule: the first label, shortened, with a count of the others. */
  short: string;
}

/**
 * The policy shocks of a scenario as one mark per date. Demand shocks are left out: they are how
 * a timeline scenario follows the monthly counts (one a month per class), not policy, and would
 * bury the policy dates under a rule every month. Shocks less than `mergeHours` after the first
 * of a group share its rule: on a chart of daily means, changes on "1 January" of two sides'
 * clocks (hours apart) cannot be told apart and their labels would overprint.
 */
export function shockMarks(shocks: readonly Shock[], clock: SimulatedClock, mergeHours = 0): ShockMark[] {
  const groups: { at: number; labels: string[] }[] = [];
  const policy = shocks.filter((s) => s.change !== 'demand').sort((a, b) => a.at - b.at);
  for (const shock of policy) {
    const last = groups[groups.length - 1];
    if (last !== undefined && shock.at - last.at < mergeHours * 60 + 1e-9) last.labels.push(shock.label);
    else groups.push({ at: shock.at, labels: [shock.label] });
  }
  return groups.map(({ at, labels }) => {
    const more = labels.length > 1 ? ` (+${labels.length - 1})` : '';
    const room = MAX_LABEL - more.length;
    const first = labels[0]!.length > room ? `${labels[0]!.slice(0, room - 1).trimEnd()}…` : labels[0]!;
    return {
      x: clock.x(at / 60),
      date: clock.label(at / 60),
      labels: labels.join('; '),
      short: `${first}${more}`,
    };
  });
}

/**
 * Vega-Lite layers drawing `marks` as dashed vertical rules with their label written down the
 * rule from the top, cut to the plot's height; `x` is the chart's x encoding (field `x`). No
 * layers for no marks.
 */
export function shockLayers(
  marks: readonly ShockMark[],
  x: Record<string, unknown>,
  plotHeight = 260,
): object[] {
  if (marks.length === 0) return [];
  const tooltip = [
    { field: 'date', title: 'date' },
    { field: 'labels', title: 'policy change' },
  ];
  return [
    {
      data: { values: marks },
      mark: { type: 'rule', strokeDash: [4, 3], color: '#888', strokeWidth: 1.2 },
      encoding: { x, tooltip },
    },
    ...withHalo({
      data: { values: marks },
      mark: {
        type: 'text',
        angle: 90,
        align: 'left',
        baseline: 'bottom',
        dx: 4,
        dy: -3,
        fontSize: 9,
        color: '#555',
        // Never longer than the plot is tall: a longer label ran past the x axis and (by Vega's
        // text estimate in Node) left a blank band under the chart.
        limit: plotHeight - 10,
      },
      encoding: { x, y: { value: 0 }, text: { field: 'short' }, tooltip },
    }),
  ];
}
