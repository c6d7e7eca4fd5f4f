import { makeDistribution } from '@landport/sim-core';
import { resolveTimeDistribution } from './distribution.js';
import { MAX_ARRIVALS_PER_MINUTE } from './run-limits.js';
import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';
import { toPerMinute } from './units.js';

/**
 * The limit as the messages state it. A function, not a module constant: the first
 * `toLocaleString` of a process loads ICU's number formats (~20 ms), which every `landport validate`
 * and `run` paid at start-up for a text that only a rejected file shows.
 */
function limitText(): string {
  return `at most ${MAX_ARRIVALS_PER_MINUTE.toLocaleString('en')} arrivals a minute (${(MAX_ARRIVALS_PER_MINUTE * 1440).toExponential(2)} a day)`;
}

function largest(values: readonly number[] | undefined): number {
  return values === undefined || values.length === 0 ? 1 : values.reduce((a, b) => Math.max(a, b));
}

/**
 * Each class's peak arrival rate, the base rate times its largest monthly and hourly multipliers
 * times its largest demand shock, is at most {@link MAX_ARRIVALS_PER_MINUTE}; for a renewal
 * process the rate is one over the mean gap. Above it the clock cannot separate the arrivals.
 * The problem is put on the shock when the file's own rate is within the limit and a demand shock
 * takes it over.
 */
export function checkRates(parts: ScenarioParts): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  for (const { index, value: c } of parts.classes) {
    const arrivals = c.arrivals;
    if (arrivals === undefined) continue;
    const at = ['classes', index, 'arrivals'];
    let fileRate: number;
    let where: (string | number)[];
    let what: string;
    if (arrivals.rate !== undefined) {
      fileRate = toPerMinute(arrivals.rate) * largest(arrivals.monthly) * largest(arrivals.hourly);
      where = [...at, 'rate'];
      what =
        arrivals.monthly || arrivals.hourly
          ? 'a rate whose peak (rate × largest monthly × largest hourly multiplier) is'
          : 'a rate of';
    } else if (arrivals.rateTable !== undefined) {
      const rows = arrivals.rateTable.rows.map((row) => toPerMinute(row.rate));
      const peak = rows.reduce((best, rate, i) => (rate > rows[best]! ? i : best), 0);
      fileRate = rows[peak]!;
      where = [...at, 'rateTable', 'rows', peak, 'rate'];
      what = 'a rate of';
    } else if (arrivals.interarrival !== undefined) {
      fileRate = 1 / makeDistribution(resolveTimeDistribution(arrivals.interarrival)).mean;
      where = [...at, 'interarrival'];
      what = `times between arrivals with a mean of at least ${1 / MAX_ARRIVALS_PER_MINUTE} minutes, i.e.`;
    } else continue;
    if (!(fileRate <= MAX_ARRIVALS_PER_MINUTE)) {
      problems.push({
        segments: where,
        value: valueAt(parts, index, where),
        kind: 'invalid',
        expected: `${what} ${limitText()}`,
        note: `(${describeRate(fileRate)})`,
      });
      continue;
    }
    for (const { index: k, value: shock } of parts.shocks) {
      if (shock.change !== 'demand' || shock.class !== c.id) continue;
      const multiplier = shock.multiplier;
      if (multiplier === undefined || multiplier * fileRate <= MAX_ARRIVALS_PER_MINUTE) continue;
      problems.push({
        segments: ['shocks', k, 'multiplier'],
        value: multiplier,
        kind: 'invalid',
        expected: `a multiplier of at most ${MAX_ARRIVALS_PER_MINUTE / fileRate} for class ${c.id}, whose peak rate is ${describeRate(fileRate)}: the peak may reach ${limitText()}`,
      });
    }
  }
  return problems;
}

function describeRate(perMinute: number): string {
  return Number.isFinite(perMinute) ? `${Number(perMinute.toPrecision(7))} a minute` : 'an unbounded rate';
}

/** The file's value at a class-relative path, for the problem's "found". */
function valueAt(parts: ScenarioParts, index: number, where: readonly (string | number)[]): unknown {
  let node: unknown = parts.classes.find((c) => c.index === index)?.value;
  for (const key of where.slice(2)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
