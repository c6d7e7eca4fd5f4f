import { setNumberAtSetPath, validateScenario, valueAtSetPath } from '@landport/scenario-format';
import { type BorderReplicationResult, runBorderReplication } from '@landport/sim-core/border';
import type { AssumptionRange } from './assumption-range.js';
import { meanCrossingHours } from './run-measures.js';

/** An output of a replication that the sensitivity analysis reports. */
export interface SensitivityMeasure {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly read: (result: BorderReplicationResult) => number;
}

/** The classes that carry cars: those that took at least one car out. */
function carClasses(result: BorderReplicationResult): string[] {
  return Object.entries(result.classes)
    .filter(([, c]) => c.carsExited > 0)
    .map(([id]) => id);
}

/**
 * The three outputs of the tornado charts, over the classes that carry cars: mean crossing time,
 * cars cleared a day, and the cost per car at the border (clearance, ferry fees, demurrage and
 * other fees; the import duty is left out because it is a fixed charge per car that no border
 * assumption moves, and it would dwarf the rest).
 */
export function carMeasures(currency: string): SensitivityMeasure[] {
  return [
    {
      id: 'crossing',
      title: 'Car crossing time',
      unit: 'h',
      read: (r) => meanCrossingHours(r, carClasses(r)),
    },
    {
      id: 'clearances',
      title: 'Cars cleared a day',
      unit: 'cars/day',
      read: (r) => carClasses(r).reduce((s, id) => s + r.classes[id]!.carsPerDay, 0),
    },
    {
      id: 'cost',
      title: 'Cost per car at the border (without duty)',
      unit: currency,
      read: (r) => {
        let cost = 0;
        let cars = 0;
        for (const id of carClasses(r)) {
          const c = r.classes[id]!;
          cost += c.costs.total - c.costs.totals.duty;
          cars += c.carsExited;
        }
        return cars === 0 ? Number.NaN : cost / cars;
      },
    },
  ];
}

/** One assumption swept to both ends of its range, the others at their values. */
export interface SensitivityRow {
  readonly range: AssumptionRange;
  /** The value in the scenario. */
  readonly value: number;
  /** Mean of each measure (in the order given) at the low and at the high end. */
  readonly low: readonly number[];
  readonly high: readonly number[];
}

/** The result of {@link oneAtATime}. */
export interface Sensitivity {
  readonly measures: readonly SensitivityMeasure[];
  /** Mean of each measure with every assumption at its value. */
  readonly base: readonly number[];
  readonly rows: readonly SensitivityRow[];
  readonly replications: number;
  readonly seed: number | string;
}

/** Options of {@link oneAtATime}. */
export interface OneAtATimeOptions {
  /** The scenario as written; never modified. */
  readonly document: unknown;
  readonly ranges: readonly AssumptionRange[];
  readonly measures: readonly SensitivityMeasure[];
  /** Replications 0 … R−1 of `seed` at every point (common random numbers). */
  readonly replications: number;
  readonly seed: number | string;
  readonly onRun?: (label: string) => void;
}

/**
 * One-at-a-time sensitivity: each assumption set to the low and to the high end of its stated
 * range with all others at their values, the measures averaged over R replications. Every point
 * runs the same seeds, so a difference from the base is the assumption's effect, not the draw's
 * (with one caveat: a change in the number of vehicles shifts which draws go to whom).
 *
 * @throws RangeError if a range's path holds no number.
 */
export function oneAtATime(options: OneAtATimeOptions): Sensitivity {
  const means = (document: unknown): number[] => {
    const scenario = validateScenario(document);
    const sums = options.measures.map(() => 0);
    for (let replication = 0; replication < options.replications; replication++) {
      const result = runBorderReplication(scenario, { seed: options.seed, replication });
      options.measures.forEach((m, k) => {
        sums[k]! += m.read(result);
      });
    }
    return sums.map((s) => s / options.replications);
  };
  const at = (range: AssumptionRange, value: number) => {
    const document = structuredClone(options.document);
    setNumberAtSetPath(document, range.path, value);
    options.onRun?.(`${range.path} = ${value}`);
    return means(document);
  };
  options.onRun?.('base');
  const base = means(options.document);
  const rows = options.ranges.map((range) => {
    const value = valueAtSetPath(options.document, range.path);
    if (typeof value !== 'number')
      throw new RangeError(`${range.path}: expected a number, found ${JSON.stringify(value)}`);
    return { range, value, low: at(range, range.low), high: at(range, range.high) };
  });
  return { measures: options.measures, base, rows, replications: options.replications, seed: options.seed };
}

/** The largest change of measure `k` between the two ends, relative to the base, by row. */
export function swing(sensitivity: Sensitivity, row: SensitivityRow, k: number): number {
  const base = sensitivity.base[k]!;
  return Math.abs(row.high[k]! - row.low[k]!) / (Math.abs(base) || 1);
}

/**
 * The assumptions ranked by how much they matter: by the largest relative swing over the
 * measures (a 40% swing in crossing time outranks a 5% swing in cost), largest first.
 */
export function rankAssumptions(sensitivity: Sensitivity): { row: SensitivityRow; swing: number }[] {
  return sensitivity.rows
    .map((row) => ({
      row,
      swing: Math.max(...sensitivity.measures.map((_, k) => swing(sensitivity, row, k))),
    }))
    .sort((a, b) => b.swing - a.swing);
}
