import { join } from 'node:path';
import type { Summary } from '@landport/experiment';
import {
  defaultSweepMetrics,
  estimatedEvents,
  fmt,
  parseSweepParam,
  type SweepParam,
  stringifyLossless,
  sweepCsv,
  sweepGrid,
  sweepPointName,
  sweepPointSettings,
  sweepPointValues,
} from '@landport/experiment';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { withFolderLock } from '../batch/folder-lock.js';
import { createProgress } from '../batch/progress.js';
import { borderPool, runBorderBatch } from '../border-batch.js';
import { withInterrupt } from '../interrupt-signal.js';
import { replicationsOption, seedOption } from '../options.js';
import { requireFolderPath } from '../output-folder.js';
import { writeReport } from '../report/write-report.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';
import type { SweepOptions } from './sweep.js';

/** `landport sweep`, once commander has parsed its arguments (declared in sweep.ts). */
export async function sweepAction(scenarioArg: string, options: SweepOptions): Promise<void> {
  const params = options.param.map(parseParam);
  if (params.length < 1 || params.length > 2) {
    throw new UsageError(`--param: give one or two parameters to sweep, got ${params.length}.`);
  }
  const points = sweepGrid(params);
  const replications = replicationsOption(options.replications);
  const seed = seedOption(options.seed);
  const common = {
    horizon: options.horizon,
    warmup: options.warmup,
    allowLargeRun: options.allowLargeRun,
    maxScenarioSize: options.maxScenarioSize,
  };
  // Validate every point before running any, so a bad value fails fast with nothing written.
  const sources = points.map((p) =>
    loadScenarioSource(scenarioArg, {
      ...common,
      set: [...options.set, ...sweepPointSettings(params, p)],
    }),
  );
  const outDir = options.out ?? `results/sweep-${sources[0]!.name}`;
  requireFolderPath(outDir);
  const quiet = options.quiet === true || options.json === true;
  printScenarioNotes(...sources);
  const pool = borderPool(options.workers, replications, estimatedEvents(sources.map((s) => s.scenario)));
  const results: { values: Record<string, string>; folder: string; summary: Summary }[] = [];
  try {
    await withInterrupt(async (signal) => {
      for (let k = 0; k < points.length; k++) {
        const values = sweepPointValues(params, points[k]!);
        const folder = join(outDir, sweepPointName(params, points[k]!));
        const source = sources[k]!;
        const batch = await runBorderBatch({
          outDir: folder,
          source,
          scenarioArg,
          seed,
          replications,
          pool,
          progress: createProgress({
            quiet,
            label: Object.entries(values)
              .map(([p, v]) => `${p}=${v}`)
              .join(' '),
          }),
          signal,
        });
        results.push({ values, folder, summary: batch.summary });
      }
    });
  } finally {
    await pool.destroy();
  }
  const metrics = options.metric.length > 0 ? options.metric : defaultSweepMetrics(results[0]!.summary);
  const sweep = {
    schemaVersion: 1,
    params: params.map((p) => p.path),
    replications,
    seed,
    points: results,
  };
  const report = await withFolderLock(outDir, 'output folder', async () => {
    writeFileAtomic(join(outDir, 'sweep.json'), `${stringifyLossless(sweep)}\n`);
    writeFileAtomic(
      join(outDir, 'sweep.csv'),
      sweepCsv(
        params,
        results,
        Object.keys(results[0]!.summary.metrics),
        sources[0]!.scenario.costs.currency,
      ),
    );
    return options.charts ? await writeReport(outDir) : null;
  });
  if (options.json === true) process.stdout.write(`${stringifyLossless(sweep)}\n`);
  else
    process.stdout.write(
      `${sweepTable(params, results, metrics)}\nresults in ${outDir}\n${report === null ? '' : `report: ${report.html}\n`}`,
    );
}

/** `--param`: a usage error for a malformed one. */
function parseParam(text: string): SweepParam {
  try {
    return parseSweepParam(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function sweepTable(
  params: readonly SweepParam[],
  results: readonly { values: Record<string, string>; summary: Summary }[],
  metrics: readonly string[],
): string {
  const rows = [[...params.map((p) => p.path), ...metrics]];
  for (const r of results) {
    rows.push([
      ...params.map((p) => r.values[p.path]!),
      ...metrics.map((m) => {
        const s = r.summary.metrics[m];
        return s === undefined ? '-' : `${fmt(s.mean)} ±${fmt(s.halfWidth)}`;
      }),
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((c, i) => c.padStart(widths[i]!)).join('  ')).join('\n');
}
