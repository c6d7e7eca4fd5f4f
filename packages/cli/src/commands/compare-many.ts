import { join } from 'node:path';
import type { Adjustment } from '@landport/experiment';
import {
  DEFAULT_LEVEL,
  estimatedEvents,
  manyWayComparison,
  type PairSet,
  type SelectDirection,
  type Selection,
  selectBest,
  stringifyLossless,
  type VariantValues,
} from '@landport/experiment';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { withFolderLock } from '../batch/folder-lock.js';
import { LogIndex } from '../batch/log-index.js';
import { OrderedResults } from '../batch/ordered-results.js';
import { createProgress } from '../batch/progress.js';
import { LOG_FILE } from '../batch/results-log.js';
import { borderPool, runBorderBatch } from '../border-batch.js';
import { withInterrupt } from '../interrupt-signal.js';
import { formatManyWayTable } from '../many-way-table.js';
import { MANY_WAY_FILE } from '../report/many-way-data.js';
import { type WrittenReport, writeReport } from '../report/write-report.js';
import type { ScenarioSource } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';

/** What `compare` with more than two variants runs. */
export interface ManyWayRun {
  variants: { source: ScenarioSource; arg: string; label: string }[];
  outDir: string;
  seed: number | string;
  replications: number;
  workers: string | undefined;
  quiet: boolean;
  pairs: PairSet;
  adjustment: Adjustment;
  select: { metric: string; direction: SelectDirection; delta: number | null; pStar: number } | null;
  charts: boolean;
}

/**
 * `landport compare` with several variants: runs each into `<out>/v<i>` on common random numbers
 * (one seed, the same replication indices), then writes `comparisons.json` (the many-way
 * comparison, and the selection when asked) and, unless `charts` is false, the report (charts/
 * and report.html, as `landport report` draws them). Returns the text printed and the report.
 */
export async function runManyWay(
  o: ManyWayRun,
): Promise<{ text: string; json: unknown; report: WrittenReport | null }> {
  const pool = borderPool(
    o.workers,
    o.replications,
    estimatedEvents(o.variants.map((v) => v.source.scenario)),
  );
  try {
    await withInterrupt(async (signal) => {
      for (const [i, v] of o.variants.entries()) {
        await runBorderBatch({
          outDir: join(o.outDir, `v${i}`),
          source: v.source,
          scenarioArg: v.arg,
          seed: o.seed,
          replications: o.replications,
          pool,
          progress: createProgress({ quiet: o.quiet, label: `v${i}: ${v.label}` }),
          signal,
        });
      }
    });
  } finally {
    await pool.destroy();
  }
  const values = o.variants.map((v, i) => variantValues(join(o.outDir, `v${i}`), v.label));
  const comparison = manyWayComparison(values, {
    pairs: o.pairs,
    adjustment: o.adjustment,
    familywiseErrorRate: 1 - DEFAULT_LEVEL,
  });
  let selection: Selection | null = null;
  if (o.select !== null) {
    const { metric, direction, delta, pStar } = o.select;
    const columns = values.map((v) => v.metrics[metric]);
    if (columns.some((c) => c === undefined)) {
      throw new UsageError(
        `--select ${metric}=${direction}: the runs have no metric named ${metric}; expected one of the metrics of summary.json (the comparison is kept in ${o.outDir}).`,
      );
    }
    if (columns.some((c) => c!.some((x) => !Number.isFinite(x)))) {
      throw new UsageError(
        `--select ${metric}=${direction}: ${metric} is missing in some replications; expected a metric every replication reports.`,
      );
    }
    selection = selectBest(metric, columns as number[][], direction, pStar, delta);
  }
  const json = { ...comparison, selection };
  const report = await withFolderLock(o.outDir, 'output folder', async () => {
    writeFileAtomic(join(o.outDir, MANY_WAY_FILE), `${stringifyLossless(json)}\n`);
    return o.charts ? await writeReport(o.outDir) : null;
  });
  return { text: formatManyWayTable(comparison, selection), json, report };
}

/** A variant's per-replication values from its results folder, in replication order. */
function variantValues(folder: string, name: string): VariantValues {
  const results = new OrderedResults([LogIndex.scan(join(folder, LOG_FILE))]);
  const metrics: Record<string, number[]> = {};
  for (const name of results.metricNames) metrics[name] = [];
  for (const output of results.outputs()) {
    for (const name of results.metricNames) metrics[name]!.push(output.metrics[name] ?? Number.NaN);
  }
  return { name, metrics };
}
