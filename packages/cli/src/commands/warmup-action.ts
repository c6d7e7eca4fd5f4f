import { join } from 'node:path';
import { estimatedEvents, warmupChart } from '@landport/experiment';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { createProgress } from '../batch/progress.js';
import { ensureFolder } from '../batch/results-folder.js';
import { borderThreads, runBorderBatch } from '../border-batch.js';
import { withInterrupt } from '../interrupt-signal.js';
import { replicationsOption, seedOption } from '../options.js';
import { requireFolderPath } from '../output-folder.js';
import { rasterise } from '../report/chart-png.js';
import { renderSvg } from '../report/chart-svg.js';
import { findFontFiles } from '../report/font-files.js';
import { CHARTS_FOLDER } from '../report/write-report.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import { analyseWarmupSeries, shockChanges } from '../warmup-series.js';
import { formatWarmupReport, HEADLINE_SERIES } from '../warmup-text.js';
import type { WarmupOptions } from './warmup.js';

/** File of the warm-up suggestions in the results folder. */
export const WARMUP_FILE = 'warmup.json';
/** The series drawn as Welch charts: the headline, and the daily clearances. */
const CHARTED = [HEADLINE_SERIES, 'daily.exited'];

/** `landport warmup`, once commander has parsed its arguments (declared in warmup.ts). */
export async function warmupAction(scenarioArg: string, options: WarmupOptions): Promise<void> {
  const replications = replicationsOption(options.replications);
  const source = loadScenarioSource(scenarioArg, options);
  const threads = borderThreads(options.workers, replications, estimatedEvents([source.scenario]));
  const seed = seedOption(options.seed);
  const outDir = options.out ?? `results/${source.name}-warmup-seed${seed}`;
  requireFolderPath(outDir);
  printScenarioNotes(source);
  const warmUpInUse = source.scenario.calendar.warmUp / 60;
  // Started empty and recorded from minute 0: the transient is what is being looked for.
  const scenario = { ...source.scenario, calendar: { ...source.scenario.calendar, warmUp: 0 } };
  const empty = { ...source, scenario, overrides: [...source.overrides, 'calendar.warmUp=0m'] };
  const quiet = options.quiet === true || options.json === true;
  const result = await withInterrupt((signal) =>
    runBorderBatch({
      outDir,
      source: empty,
      scenarioArg,
      seed,
      replications,
      threads,
      progress: createProgress({ quiet }),
      signal,
    }),
  );
  const changes = shockChanges(scenario);
  const series = analyseWarmupSeries(result.folder, scenario, changes);
  const suggestions = series.map((s) => s.suggestion());
  writeFileAtomic(
    join(result.folder, WARMUP_FILE),
    `${JSON.stringify({ method: 'MSER-5 (White 1997)', replications, warmUpInUseHours: warmUpInUse, suggestions }, null, 2)}\n`,
  );
  const charts = join(result.folder, CHARTS_FOLDER);
  ensureFolder(charts, 'charts folder');
  const fonts = findFontFiles();
  for (const name of CHARTED) {
    const i = suggestions.findIndex((s) => s.name === name);
    if (i < 0) continue;
    const chart = warmupChart({
      suggestion: suggestions[i]!,
      pooled: series[i]!.pooledMean(),
      warmUpInUse,
      replications,
      scenario,
    });
    writeFileAtomic(join(charts, `${chart.name}.vl.json`), `${JSON.stringify(chart.spec, null, 2)}\n`);
    const svg = await renderSvg(chart.spec);
    writeFileAtomic(join(charts, `${chart.name}.svg`), svg);
    if (fonts.length > 0) writeFileAtomic(join(charts, `${chart.name}.png`), rasterise(svg, fonts).png);
  }
  if (options.json === true) {
    process.stdout.write(`${JSON.stringify({ warmUpInUseHours: warmUpInUse, suggestions })}\n`);
    return;
  }
  process.stdout.write(
    `${formatWarmupReport(suggestions, warmUpInUse, replications, scenario)}` +
      (changes.some((c) => c.at > 0)
        ? 'The scenario changes over time (dated shocks or monthly demand): MSER-5 looks only for the initial transient, before the first change; a change later is a change of the system, not a warm-up, and no suggestion goes past it.\n'
        : '') +
      `results in ${result.folder} (${WARMUP_FILE}, charts/warmup-*.svg)\n`,
  );
}
