import {
  fmt,
  laneVerdict,
  parseTarget,
  SCENARIO_RECORD_SCHEMA_VERSION,
  type SizeData,
  type SizePoint,
  searchLanes,
  sizeChart,
} from '@landport/experiment';
import type { Scenario } from '@landport/sim-core/border';
import type { Result } from 'vega-embed';
import { drawChart } from './chart-view.js';
import { htmlTable, paragraph } from './html-table.js';
import type { TaskRunner } from './task-runner.js';

/** What to size, as `landport size` takes it. */
export interface SizingRequest {
  readonly name: string;
  readonly station: string;
  /** e.g. `p95 wait < 1h`. */
  readonly target: string;
  readonly minLanes: number;
  readonly maxLanes: number;
  readonly initial: number;
  readonly step: number;
  readonly cap: number;
  readonly level: number;
  readonly seed: number | string;
  readonly sources: Record<string, string>;
  /** The scenario with the page's overrides, at its own lane count. */
  readonly scenario: Scenario;
  /** The scenario with the page's overrides and `stations.<station>.lanes=<lanes>`, or why not. */
  withLanes(lanes: number): Scenario | string;
}

let shownChart: Result | null = null;

/**
 * The lane-sizing search of `landport size`, on the page's workers: the experiment layer's
 * `searchLanes` walks the lane counts and its `laneVerdict` adds replications at each until the
 * target metric's interval lies on one side of the target; replication i uses the streams of
 * (seed, i) at every lane count (common random numbers). Shows each lane count as it is judged,
 * then the answer with the report's sizing chart. Throws a RangeError for a target it cannot read
 * or a station it cannot size.
 */
export async function sizeLanes(target: HTMLElement, request: SizingRequest, run: TaskRunner): Promise<void> {
  shownChart?.finalize();
  shownChart = null;
  target.replaceChildren();
  target.dataset.complete = 'false';
  const goal = parseTarget(request.target, request.station);
  const station = request.scenario.stations.find((s) => s.id === request.station);
  if (station === undefined || typeof station.lanes !== 'number')
    throw new RangeError(`station ${request.station}: no station with a number of lanes has that id`);
  if (
    !(
      request.initial >= 2 &&
      request.cap >= request.initial &&
      request.maxLanes >= request.minLanes &&
      request.minLanes >= 1
    )
  )
    throw new RangeError('expected lanes from ≥ 1 up to ≥ from, first replications ≥ 2 and at most ≥ first');
  const curve: SizePoint[] = [];
  const progress = paragraph('');
  target.append(progress);
  const answer = await searchLanes(station.lanes, request.minLanes, request.maxLanes, async (lanes) => {
    const scenario = request.withLanes(lanes);
    if (typeof scenario === 'string') throw new RangeError(scenario);
    const point = await laneVerdict(goal, request, async (from, to) => {
      const tasks = Array.from({ length: to - from }, (_, k) => ({
        scenario,
        seed: request.seed,
        replication: from + k,
      }));
      const outputs = await run(tasks);
      return outputs.map((o) => o.metrics[goal.metric] ?? Number.NaN);
    });
    curve.push({ ...point, lanes });
    progress.textContent = curve
      .map(
        (p) =>
          `${p.lanes} lanes: ${fmt(p.mean)} [${fmt(p.lower)}, ${fmt(p.upper)}] after ${p.replications} replications, ${p.verdict}`,
      )
      .join('; ');
    return curve[curve.length - 1]!;
  });
  curve.sort((a, b) => a.lanes - b.lanes);
  const data: SizeData = {
    folder: '',
    station: request.station,
    target: goal,
    level: request.level,
    seed: request.seed,
    lanes: answer,
    curve,
    scenario: {
      schemaVersion: SCENARIO_RECORD_SCHEMA_VERSION,
      name: request.name,
      scenario: request.scenario,
      sources: request.sources,
    },
  };
  const level = `${Math.round(request.level * 100)}% CI`;
  const figure = document.createElement('figure');
  const verdict = paragraph(
    answer === null
      ? `No lane count from ${request.minLanes} to ${request.maxLanes} meets ${goal.text} (${goal.metric}).`
      : `Answer: ${answer} lanes at ${request.station} meet ${goal.text} (${goal.metric}), with ${Math.round(request.level * 100)}% confidence.`,
  );
  verdict.id = 'sizing-answer';
  target.replaceChildren(
    verdict,
    htmlTable(
      'sizing-table',
      ['lanes', 'replications', goal.metric, level, 'verdict'],
      curve.map((p) => [
        String(p.lanes),
        String(p.replications),
        fmt(p.mean),
        `${fmt(p.lower)} – ${fmt(p.upper)}`,
        p.verdict,
      ]),
    ),
    figure,
  );
  const chart = sizeChart(data);
  if (chart === null)
    figure.replaceWith(paragraph('No sizing chart: the target metric was missing at every lane count.'));
  else shownChart = await drawChart(figure, chart, `${request.name}-size-${request.station}`);
  target.dataset.answer = answer === null ? 'none' : String(answer);
  target.dataset.complete = 'true';
}
