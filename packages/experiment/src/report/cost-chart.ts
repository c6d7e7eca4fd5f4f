import { COST_COMPONENTS } from '@landport/sim-core/border';
import { CHART_WIDTH, type Chart, topLevelSpec } from './chart.js';
import type { DerivedMetric } from './derived-metric.js';
import type { RunData } from './run-data.js';
import { classesOf } from './run-ids.js';

/** Display names of the cost components, in stacking order. */
const COMPONENT_NAMES: Record<(typeof COST_COMPONENTS)[number], string> = {
  driverFees: 'driver fees',
  clearance: 'clearance',
  duty: 'duties',
  other: 'other fees',
  demurrage: 'demurrage',
};

/** One inlined segment (or total) of the cost chart. */
export interface CostRow {
  kind: 'component' | 'total';
  class: string;
  /** Component's display name; `total` for the total. */
  component: string;
  /** Stacking position of the component (its place in COST_COMPONENTS). */
  rank: number;
  /** Mean over replications of the cost per vehicle, reporting currency. */
  perVehicle: number;
  lower: number | null;
  upper: number | null;
  n: number;
}

/**
 * The cost ledger per vehicle by component, one stacked bar per vehicle class.
 *
 * A run records per class the total of each component (`class.<id>.cost.<component>`) and the
 * total per vehicle (`cost.perVehicle`, over the vehicles whose crossing was booked); a
 * component per vehicle is, in each replication, component × perVehicle / total (the same
 * vehicle count divides both), then averaged over replications. The segments of a bar therefore
 * add up to the mean cost per vehicle of summary.json, which is drawn with its interval at the
 * bar's end.
 */
export function costChart(run: RunData): Chart | null {
  const level = run.summary.level;
  const rows: CostRow[] = [];
  const classes: string[] = [];
  for (const cls of classesOf(run.summary, run.scenario)) {
    const recorded = [`class.${cls}.cost.total`, `class.${cls}.cost.perVehicle`].every((m) =>
      run.recorded.has(m),
    );
    const summary = run.summary.metrics[`class.${cls}.cost.perVehicle`];
    if (!recorded || summary === undefined || summary.n === 0) continue;
    for (const component of COST_COMPONENTS) {
      // Tallied while the run was read (see costShareMetrics): absent if the run did not record it.
      const s = run.derived.get(costShareName(cls, component));
      if (s === undefined || s.n === 0 || s.max === 0) continue;
      rows.push(row('component', cls, COMPONENT_NAMES[component], COST_COMPONENTS.indexOf(component), s));
    }
    rows.push(row('total', cls, 'total', COST_COMPONENTS.length, summary));
    classes.push(cls);
  }
  if (!rows.some((r) => r.kind === 'component')) return null;
  const currency = run.scenario?.scenario.costs.currency ?? 'reporting currency';
  const percent = Math.round(level * 100);
  const components = COST_COMPONENTS.map((c) => COMPONENT_NAMES[c]).filter((name) =>
    rows.some((r) => r.component === name),
  );
  const y = { field: 'class', type: 'nominal', sort: classes, title: 'Vehicle class', axis: { grid: false } };
  const spec = topLevelSpec('Cost per vehicle by component', {
    data: { values: rows },
    width: CHART_WIDTH,
    height: { step: 34 },
    layer: [
      {
        transform: [{ filter: "datum.kind === 'component'" }],
        mark: { type: 'bar', height: { band: 0.6 } },
        encoding: {
          y,
          x: {
            field: 'perVehicle',
            type: 'quantitative',
            stack: 'zero',
            title: `Cost per vehicle, ${currency}`,
          },
          color: {
            field: 'component',
            type: 'nominal',
            sort: components,
            scale: { domain: components },
            title: 'Component',
          },
          order: { field: 'rank', sort: 'ascending' },
          tooltip: [
            { field: 'class' },
            { field: 'component' },
            { field: 'perVehicle', format: ',.2f', title: `per vehicle, ${currency} (mean)` },
            { field: 'lower', format: ',.2f', title: `${percent}% CI from` },
            { field: 'upper', format: ',.2f', title: `${percent}% CI to` },
          ],
        },
      },
      {
        transform: [{ filter: "datum.kind === 'total' && isValid(datum.lower)" }],
        mark: { type: 'rule', color: 'black', strokeWidth: 1.5 },
        encoding: { y, x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } },
      },
      {
        transform: [{ filter: "datum.kind === 'total'" }],
        mark: { type: 'tick', color: 'black', thickness: 2, size: 22 },
        encoding: {
          y,
          x: { field: 'perVehicle', type: 'quantitative' },
          tooltip: [
            { field: 'class' },
            { field: 'perVehicle', format: ',.2f', title: `total per vehicle, ${currency}` },
            { field: 'lower', format: ',.2f', title: `${percent}% CI from` },
            { field: 'upper', format: ',.2f', title: `${percent}% CI to` },
            { field: 'n', title: 'replications' },
          ],
        },
      },
    ],
  });
  // Classes that paid nothing have a tick at 0 and no bar: said, so the empty row is not a puzzle.
  const unpaid = classes.filter((cls) =>
    rows.some((r) => r.kind === 'total' && r.class === cls && r.perVehicle === 0),
  );
  return {
    name: 'costs',
    title: 'Cost per vehicle by component',
    caption:
      `Each bar: what a vehicle of the class paid on average, split into ${listText(components)} (${currency}); components nobody paid are left out. ` +
      `Black tick: the total per vehicle, mean over ${run.summary.replications} replications, with its ${percent}% confidence interval.` +
      (unpaid.length === 0
        ? ''
        : ` Class${unpaid.length === 1 ? '' : 'es'} ${listText(unpaid)} paid nothing.`),
    spec,
  };
}

/** The name of the derived metric "component per vehicle" of a class. */
function costShareName(cls: string, component: string): string {
  return `class.${cls}.cost.${component} per vehicle`;
}

/**
 * The metrics the cost chart derives per replication: each component per vehicle of each class,
 * component × perVehicle / total (0 when the class paid nothing), for the components the run
 * recorded (`metricNames`) of the classes whose total and cost per vehicle it recorded.
 */
export function costShareMetrics(
  classes: readonly string[],
  metricNames: ReadonlySet<string>,
): DerivedMetric[] {
  const derived: DerivedMetric[] = [];
  for (const cls of classes) {
    const total = `class.${cls}.cost.total`;
    const perVehicle = `class.${cls}.cost.perVehicle`;
    if (!metricNames.has(total) || !metricNames.has(perVehicle)) continue;
    for (const component of COST_COMPONENTS) {
      const amount = `class.${cls}.cost.${component}`;
      if (!metricNames.has(amount)) continue;
      derived.push({
        name: costShareName(cls, component),
        valueOf: (m) => {
          const t = m[total] ?? Number.NaN;
          return t === 0 ? 0 : ((m[amount] ?? Number.NaN) * (m[perVehicle] ?? Number.NaN)) / t;
        },
      });
    }
  }
  return derived;
}

function row(
  kind: CostRow['kind'],
  cls: string,
  component: string,
  rank: number,
  s: { mean: number; lower: number; upper: number; halfWidth: number; n: number },
): CostRow {
  const finite = Number.isFinite(s.halfWidth);
  return {
    kind,
    class: cls,
    component,
    rank,
    perVehicle: s.mean,
    lower: finite ? s.lower : null,
    upper: finite ? s.upper : null,
    n: s.n,
  };
}

/** `a`, `a and b`, `a, b and c`. */
export function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
