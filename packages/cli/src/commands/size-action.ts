import { join } from 'node:path';
import {
  estimatedEvents,
  fmt,
  laneVerdict,
  type SizePoint,
  searchLanes,
  stringifyLossless,
  type TargetValues,
} from '@landport/experiment';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { withFolderLock } from '../batch/folder-lock.js';
import type { ReplicationPool } from '../batch/worker-pool.js';
import { borderPool } from '../border-batch.js';
import { withInterrupt } from '../interrupt-signal.js';
import { MAX_REPLICATIONS, positiveInteger, seedOption } from '../options.js';
import { requireWritableFolder } from '../output-folder.js';
import { scenarioRecord, writeScenarioRecord } from '../report/scenario-record.js';
import { writeReport } from '../report/write-report.js';
import { loadScenarioSource, printScenarioNotes, type ScenarioSource } from '../scenario-source.js';
import { parseTarget, type Target } from '../target.js';
import { UsageError } from '../usage-error.js';
import type { SizeOptions } from './size.js';

/** Most lanes `--min-lanes` and `--max-lanes` accept: each lane count is a batch of replications. */
const MAX_LANES = 10_000;

/** `--level`: a confidence level strictly between 0.5 and 1, written as a plain decimal. */
function confidenceLevel(text: string): number {
  const level = Number(text);
  if (!/^\s*0?\.\d+\s*$/.test(text) || !(level > 0.5 && level < 1))
    throw new UsageError(
      `--level ${JSON.stringify(text)}: expected a probability between 0.5 and 1 (exclusive), e.g. 0.95.`,
    );
  return level;
}

/** `landport size`, once commander has parsed its arguments (declared in size.ts). */
export async function sizeAction(scenarioArg: string, options: SizeOptions): Promise<void> {
  const target = parseTarget(options.target, options.station);
  const level = confidenceLevel(options.level);
  const initial = positiveInteger('--initial', options.initial, 10_000);
  const step = positiveInteger('--step', options.step, 10_000);
  const cap = positiveInteger('--max-replications', options.maxReplications, MAX_REPLICATIONS);
  if (initial < 2 || cap < initial)
    throw new UsageError(
      `--initial ${initial} and --max-replications ${cap}: expected --initial >= 2 and --max-replications >= --initial.`,
    );
  const minLanes = positiveInteger('--min-lanes', options.minLanes, MAX_LANES);
  const maxLanes = positiveInteger('--max-lanes', options.maxLanes, MAX_LANES);
  if (maxLanes < minLanes)
    throw new UsageError(
      `--min-lanes ${minLanes} and --max-lanes ${maxLanes}: --max-lanes must be >= --min-lanes.`,
    );
  const seed = seedOption(options.seed);
  const common = {
    horizon: options.horizon,
    warmup: options.warmup,
    set: options.set,
    allowLargeRun: options.allowLargeRun,
    maxScenarioSize: options.maxScenarioSize,
  };
  const base = loadScenarioSource(scenarioArg, common);
  const station = base.scenario.stations.find((s) => s.id === options.station);
  if (station === undefined) {
    throw new UsageError(
      `--station ${options.station}: no such station; the scenario has ${base.scenario.stations.map((s) => s.id).join(', ')}.`,
    );
  }
  if (station.lanes === 'infinite')
    throw new UsageError(`--station ${options.station}: its lanes are infinite; there is nothing to size.`);
  const withLanes = (lanes: number) =>
    loadScenarioSource(scenarioArg, {
      ...common,
      set: [...options.set, `stations.${options.station}.lanes=${lanes}`],
    });
  withLanes(minLanes); // a bad path or value fails here, before any run
  const outDir = options.out ?? `results/size-${base.name}-${options.station}`;
  requireWritableFolder(outDir);
  printScenarioNotes(base);
  // One batch's work: how many lane counts the search tries is not known yet.
  const pool = borderPool(options.workers, cap, estimatedEvents([base.scenario]));
  const curve: SizePoint[] = [];
  const evaluate = async (lanes: number, signal: AbortSignal) => {
    const point = await laneVerdict(
      target,
      { level, initial, step, cap },
      targetValues(pool, withLanes(lanes), target, seed, signal),
    );
    curve.push({ ...point, lanes });
    if (options.quiet !== true && options.json !== true) {
      process.stderr.write(
        `lanes ${lanes}: ${target.metric} ${fmt(point.mean)} [${fmt(point.lower)}, ${fmt(point.upper)}] after ${point.replications} replications: ${point.verdict}\n`,
      );
    }
    return curve[curve.length - 1]!;
  };
  let answer: number | null = null;
  try {
    answer = await withInterrupt((signal) =>
      searchLanes(station.lanes as number, minLanes, maxLanes, (lanes) => evaluate(lanes, signal)),
    );
  } finally {
    await pool.destroy();
  }
  curve.sort((a, b) => a.lanes - b.lanes);
  const result = {
    schemaVersion: 1,
    station: options.station,
    target: { ...target },
    level,
    seed,
    lanes: answer,
    curve,
  };
  const report = await withFolderLock(outDir, 'output folder', async () => {
    writeFileAtomic(join(outDir, 'size.json'), `${stringifyLossless(result)}\n`);
    writeScenarioRecord(outDir, scenarioRecord(base, scenarioArg));
    return options.charts ? await writeReport(outDir) : null;
  });
  if (options.json === true) {
    process.stdout.write(`${stringifyLossless(result)}\n`);
    return;
  }
  const lines = curve.map(
    (p) =>
      `  ${String(p.lanes).padStart(4)}  ${fmt(p.mean).padStart(10)}  [${fmt(p.lower)}, ${fmt(p.upper)}]  n=${p.replications}  ${p.verdict}`,
  );
  process.stdout.write(
    `${target.metric} against lanes (target ${target.text}, ${Math.round(level * 100)}% confidence):\n${lines.join('\n')}\n` +
      (answer === null
        ? `no lane count from ${minLanes} to ${maxLanes} meets the target with that confidence\n`
        : `smallest lane count meeting the target: ${answer}\n`) +
      `results in ${outDir}\n${report === null ? '' : `report: ${report.html}\n`}`,
  );
}

/**
 * The target metric's values in replications `from` to `to − 1` of `source`, run on the pool
 * (see `laneVerdict`: the same seed at every lane count, for common random numbers).
 */
function targetValues(
  pool: ReplicationPool,
  source: ScenarioSource,
  target: Target,
  seed: number | string,
  signal: AbortSignal,
): TargetValues {
  return async (from, to) => {
    const batch: number[] = new Array(to - from);
    await pool.run({
      scenario: source.scenario,
      seed,
      replications: { from, to },
      signal,
      onResult: (out) => {
        const v = out.metrics[target.metric];
        if (v === undefined) {
          throw new UsageError(
            `--target: the metric ${target.metric} does not exist; see the metric names in a run's summary.json.`,
          );
        }
        batch[out.replication - from] = v;
      },
    });
    return batch;
  };
}
