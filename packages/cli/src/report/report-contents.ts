import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Chart } from '@landport/experiment';
import {
  comparisonChart,
  costChart,
  dailyClearancesChart,
  dailyQueueChart,
  hourlyQueueChart,
  inPortChart,
  manyWayChart,
  queueChart,
  sizeChart,
  sweepChart,
  throughputChart,
  utilisationByHourChart,
  waitDistributionChart,
} from '@landport/experiment';
import { BatchError } from '../batch/batch-error.js';
import type { Manifest } from '../batch/manifest.js';
import { SUMMARY_FILE } from '../batch/outputs.js';
import { COMPARISON_FILE, readComparisonData } from './comparison-data.js';
import { MANY_WAY_FILE, readManyWayData } from './many-way-data.js';
import type { ReportPage } from './report-html.js';
import { readRunData } from './run-data.js';
import { readSizeData, SIZE_FILE } from './size-data.js';
import { comparisonHtml, manyWayHtml, runSummaryHtml, sizeHtml, sweepHtml } from './summary-tables.js';
import { readSweepData, SWEEP_FILE } from './sweep-data.js';

/** The command that made a results folder, told by the file it wrote. */
export type ReportKind = 'run' | 'compare' | 'many-way' | 'sweep' | 'size';

/**
 * What kind of results `folder` holds: size.json, sweep.json, comparisons.json (many-way),
 * comparison.json, or a run's summary.json (checked in that order: a sweep's point folders and a
 * comparison's a/, b/ or v0/, v1/… are runs themselves, but their parent is not). Throws a
 * BatchError for anything else.
 */
export function reportKind(folder: string): ReportKind {
  if (existsSync(join(folder, SIZE_FILE))) return 'size';
  if (existsSync(join(folder, SWEEP_FILE))) return 'sweep';
  if (existsSync(join(folder, MANY_WAY_FILE))) return 'many-way';
  if (existsSync(join(folder, COMPARISON_FILE))) return 'compare';
  if (existsSync(join(folder, SUMMARY_FILE))) return 'run';
  throw new BatchError(
    `${folder} is not a Landport results folder: it holds none of ${SUMMARY_FILE}, ${COMPARISON_FILE}, ${MANY_WAY_FILE}, ${SWEEP_FILE} or ${SIZE_FILE}. ` +
      'Give the --out folder of a finished run, compare, sweep or size.',
  );
}

/** The page of the report on `folder`: its tables, charts and scenario, whatever made it. */
export function reportContents(folder: string): ReportPage {
  switch (reportKind(folder)) {
    case 'run':
      return runPage(folder);
    case 'compare':
      return comparePage(folder);
    case 'many-way':
      return manyWayPage(folder);
    case 'sweep':
      return sweepPage(folder);
    case 'size':
      return sizePage(folder);
  }
}

/** Names of the charts of a run, in report order, with what each needs when it is missing. */
const RUN_CHARTS = [
  ['wait-distribution', 'waits: no station with finite lanes had a vehicle wait'],
  ['in-port', 'vehicles in the port: the results hold no inSystem series'],
  ['queues', 'queues over time: no station with finite lanes had a queue'],
  ['throughput', 'throughput: the summary has no throughput metrics'],
  ['daily-clearances', 'cars cleared per day: the summary has no daily section'],
  ['daily-queue', 'vehicles waiting per day: the summary has no daily queue'],
  ['utilisation-by-hour', 'lane utilisation by hour of day: no station with lanes was open'],
  ['hourly-queue', 'load by hour of day: no hourly waiting series with a queue'],
  ['costs', 'costs: no class paid anything'],
] as const;

function runPage(folder: string): ReportPage {
  const run = readRunData(folder);
  const built = [
    waitDistributionChart(run),
    inPortChart(run),
    queueChart(run),
    throughputChart(run),
    dailyClearancesChart(run),
    dailyQueueChart(run),
    utilisationByHourChart(run),
    hourlyQueueChart(run),
    costChart(run),
  ];
  const charts = built.filter((c): c is Chart => c !== null);
  const notes = RUN_CHARTS.filter((_, i) => built[i] === null).map(([, why]) => `No chart of ${why}.`);
  return {
    title: `${run.manifest.scenario.name}: ${run.summary.replications} replications`,
    facts: manifestFacts(run.manifest),
    scenarios: [{ heading: 'Scenario', record: run.scenario }],
    tableHeading: 'Summary',
    tableHtml: runSummaryHtml(run.summary),
    charts,
    notes,
  };
}

function comparePage(folder: string): ReportPage {
  const data = readComparisonData(folder);
  const a = data.a.manifest;
  const b = data.b.manifest;
  const chart = comparisonChart(data);
  const same = a.scenario.name === b.scenario.name;
  return {
    title: `Comparison: A = ${a.scenario.name}, B = ${b.scenario.name}`,
    facts: [
      `${data.comparison.replications} paired replications, seed ${a.seed} (common random numbers)`,
      `A: ${a.scenario.name}${overridesText(a)}`,
      `B: ${b.scenario.name}${overridesText(b)}`,
      `Landport ${a.landportVersion}; each run's own report: landport report ${join(folder, 'a')} (and b)`,
    ],
    // One base scenario run twice (differing by --set-a/--set-b) is shown once: the sources are the same.
    scenarios: same
      ? [
          {
            heading:
              a.scenario.sha256 === b.scenario.sha256
                ? 'Scenario (A and B)'
                : 'Scenario (as run for A; B differs by its overrides)',
            record: data.a.scenario,
          },
        ]
      : [
          { heading: 'Scenario A', record: data.a.scenario },
          { heading: 'Scenario B', record: data.b.scenario },
        ],
    tableHeading: 'Paired differences A − B',
    tableHtml: comparisonHtml(data.comparison, a.scenario.name, b.scenario.name),
    charts: chart === null ? [] : [chart],
    notes: chart === null ? ['No comparison chart: no headline metric was finite in both runs.'] : [],
  };
}

function manyWayPage(folder: string): ReportPage {
  const data = readManyWayData(folder);
  const base = data.variants[0]!;
  const chart = manyWayChart(data.comparison, base.scenario?.scenario.costs.currency);
  return {
    title: `Comparison of ${data.comparison.variants.length} variants of ${base.manifest.scenario.name}`,
    facts: [
      `${data.comparison.replications} replications of each variant, seed ${base.manifest.seed} (common random numbers)`,
      ...data.variants.map((v, i) => `v${i}: ${v.manifest.scenario.name}${overridesText(v.manifest)}`),
      `Landport ${base.manifest.landportVersion}; each variant's own report: landport report ${join(folder, 'v0')} (and v1, …)`,
    ],
    scenarios: [
      { heading: 'Scenario (as run for v0; the others differ by their overrides)', record: base.scenario },
    ],
    tableHeading: 'Paired differences between the variants',
    tableHtml: manyWayHtml(data.comparison, data.selection),
    charts: chart === null ? [] : [chart],
    notes: chart === null ? ['No comparison chart: no headline metric differed in any pair.'] : [],
  };
}

function sweepPage(folder: string): ReportPage {
  const data = readSweepData(folder);
  const chart = sweepChart(data);
  const name = data.scenario?.name ?? 'scenario';
  return {
    title: `Sweep of ${name}: ${data.params.join(', ')}`,
    facts: [
      `${data.points.length} points, ${data.replications} replications each, seed ${data.seed} at every point`,
      `parameters: ${data.params.join(', ')}`,
      `each point's own report: landport report ${join(folder, '<point folder>')}`,
    ],
    scenarios: [{ heading: 'Scenario (at the first point)', record: data.scenario }],
    tableHeading: 'Results by point',
    tableHtml: sweepHtml(data),
    charts: chart === null ? [] : [chart],
    notes: chart === null ? ['No sweep chart: no default metric was finite at any point.'] : [],
  };
}

function sizePage(folder: string): ReportPage {
  const data = readSizeData(folder);
  const chart = sizeChart(data);
  const name = data.scenario?.name ?? 'scenario';
  return {
    title: `Lane sizing: ${name}, station ${data.station}`,
    facts: [
      `target ${data.target.text} (${data.target.metric}), ${Math.round(data.level * 100)}% confidence`,
      `seed ${data.seed}, the same random numbers at every lane count`,
      data.lanes === null ? 'no lane count in the range met the target' : `answer: ${data.lanes} lanes`,
    ],
    scenarios: [{ heading: 'Scenario (before the lane count was varied)', record: data.scenario }],
    tableHeading: 'Lane counts evaluated',
    tableHtml: sizeHtml(data),
    charts: chart === null ? [] : [chart],
    notes: chart === null ? ['No sizing chart: the target metric was missing at every lane count.'] : [],
  };
}

function manifestFacts(m: Manifest): string[] {
  return [
    `scenario ${m.scenario.name} (sha256 ${m.scenario.sha256.slice(0, 12)}…)${overridesText(m)}`,
    `${m.replications} replications, seed ${m.seed}${m.shard === null ? '' : `, shard ${m.shard.index}/${m.shard.count}`}`,
    `Landport ${m.landportVersion}`,
  ];
}

function overridesText(m: Manifest): string {
  return m.overrides.length === 0 ? '' : `, with ${m.overrides.join(', ')}`;
}
