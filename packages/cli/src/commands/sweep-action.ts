import { join } from 'node:path';
import type { Summary } from '@landport/experiment';
import {
  csvRecord,
  defaultSweepMetrics,
  fmt,
  formatNumber,
  metricUnit,
  stringifyLossless,
} from '@landport/experiment';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { withFolderLock } from '../batch/folder-lock.js';
import { withUnit } from '../batch/outputs.js';
import { createProgress } from '../batch/progress.js';
import { borderPool, runBorderBatch } from '../border-batch.js';
import { withInterrupt } from '../interrupt-signal.js';
import { replicationsOption, seedOption } from '../options.js';
import { requireFolderPath } from '../output-folder.js';
import { writeReport } from '../report/write-report.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';
import type { SweepOptions } from './sweep.js';

/** One swept parameter: a path and its values as written. */
interface Param {
  readonly path: string;
  readonly values: readonly string[];
}

/** `landport sweep`, once commander has parsed its arguments (declared in sweep.ts). */
export async function sweepAction(scenarioArg: string, options: SweepOptions): Promise<void> {
  const params = options.param.map(parseParam);
  if (params.length < 1 || params.length > 2) {
    throw new UsageError(`--param: give one or two parameters to sweep, got ${params.length}.`);
  }
  const points = grid(params);
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
      set: [...options.set, ...p.map((v, i) => `${params[i]!.path}=${v}`)],
    }),
  );
  const outDir = options.out ?? `results/sweep-${sources[0]!.name}`;
  requireFolderPath(outDir);
  const quiet = options.quiet === true || options.json === true;
  printScenarioNotes(...sources);
  const pool = borderPool(options.workers, replications);
  const results: { values: Record<string, string>; folder: string; summary: Summary }[] = [];
  try {
    await withInterrupt(async (signal) => {
      for (let k = 0; k < points.length; k++) {
        const values = Object.fromEntries(points[k]!.map((v, i) => [params[i]!.path, v]));
        const folder = join(
          outDir,
          points[k]!.map((v, i) => `${lastSegment(params[i]!.path)}=${v}`).join(','),
        );
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

function parseParam(text: string): Param {
  const eq = text.indexOf('=');
  const values =
    eq > 0
      ? text
          .slice(eq + 1)
          .split(',')
          .map((v) => v.trim())
      : [];
  if (eq <= 0 || values.length === 0 || values.some((v) => v === '')) {
    throw new UsageError(
      `--param ${JSON.stringify(text)}: expected path=v1,v2,..., e.g. --param stations.kz-control.lanes=6,8,10.`,
    );
  }
  return { path: text.slice(0, eq), values };
}

function grid(params: readonly Param[]): string[][] {
  let points: string[][] = [[]];
  for (const p of params) points = points.flatMap((point) => p.values.map((v) => [...point, v]));
  return points;
}

function lastSegment(path: string): string {
  return path.split('.').slice(-2).join('.');
}

function sweepTable(
  params: readonly Param[],
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

function sweepCsv(
  params: readonly Param[],
  results: readonly { values: Record<string, string>; summary: Summary }[],
  metrics: readonly string[],
  currency: string,
): string {
  // A parameter's column holds its values as written (with their units, where they take one).
  const header = [
    ...params.map((p) => p.path),
    ...metrics.flatMap((m) => {
      const unit = metricUnit(m, currency);
      return [withUnit(`${m}.mean`, unit), withUnit(`${m}.lower`, unit), withUnit(`${m}.upper`, unit)];
    }),
  ];
  const lines = [csvRecord(header)];
  for (const r of results) {
    lines.push(
      csvRecord([
        ...params.map((p) => r.values[p.path]!),
        ...metrics.flatMap((m) => {
          const s = r.summary.metrics[m];
          return s === undefined
            ? ['', '', '']
            : [formatNumber(s.mean), formatNumber(s.lower), formatNumber(s.upper)];
        }),
      ]),
    );
  }
  return lines.join(''); // each record ends with its own newline
}
