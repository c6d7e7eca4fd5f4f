import { stringifyLossless } from '@landport/experiment';
import {
  adjustOption,
  deltaOption,
  pairsOption,
  pcsOption,
  selectOption,
  variantOverrides,
} from '../many-way-options.js';
import { seedOption } from '../options.js';
import { requireFolderPath } from '../output-folder.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';
import { runManyWay } from './compare-many.js';

/** The options of `compare` that the many-way form reads. */
export interface ManyWayOptions {
  seed: string;
  workers?: string;
  horizon?: string;
  warmup?: string;
  set: string[];
  setA: string[];
  setB: string[];
  out?: string;
  quiet?: boolean;
  json?: boolean;
  charts: boolean;
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
  variant: string[];
  pairs?: string;
  adjust?: string;
  select?: string;
  delta?: string;
  pcs?: string;
}

/**
 * Whether `compare` is many-way: more than two scenarios, a --variant, or an option only the
 * many-way form has. Two scenarios alone keep the two-way comparison (comparison.json, a/ and b/).
 */
export function isManyWay(others: readonly string[], o: ManyWayOptions): boolean {
  const many =
    others.length > 1 ||
    o.variant.length > 0 ||
    [o.pairs, o.adjust, o.select, o.delta, o.pcs].some((x) => x !== undefined);
  if (!many && others.length === 0) {
    throw new UsageError(
      'compare: expected a second scenario B, or --variant <path=value> for variants of A.',
    );
  }
  return many;
}

/** `landport compare <a> [more...] [--variant ...]`: parses the many-way options and runs it. */
export async function compareMany(aArg: string, others: string[], o: ManyWayOptions, replications: number) {
  if (o.setB.length > 0) {
    throw new UsageError(
      '--set-b: not used by a many-way comparison; expected --variant <path=value> for each variant.',
    );
  }
  if ((o.delta !== undefined || o.pcs !== undefined) && o.select === undefined) {
    throw new UsageError(
      `${o.delta !== undefined ? '--delta' : '--pcs'}: only meaningful with --select <metric>=min|max.`,
    );
  }
  const pairs = pairsOption(o.pairs ?? 'base');
  const adjustment = adjustOption(o.adjust ?? 'holm');
  const select = o.select === undefined ? null : selectOption(o.select);
  const delta = o.delta === undefined ? null : deltaOption(o.delta);
  const pStar = pcsOption(o.pcs ?? '0.95');
  const common = {
    horizon: o.horizon,
    warmup: o.warmup,
    allowLargeRun: o.allowLargeRun,
    maxScenarioSize: o.maxScenarioSize,
  };
  const variants = [aArg, ...others].map((arg, i) => {
    const set = [...o.set, ...(i === 0 ? o.setA : [])];
    const source = loadScenarioSource(arg, { ...common, set });
    return { source, arg, label: [source.name, ...set].join(' ') };
  });
  for (const v of o.variant) {
    const set = [...o.set, ...o.setA, ...variantOverrides(v)];
    const source = loadScenarioSource(aArg, { ...common, set });
    variants.push({ source, arg: aArg, label: [source.name, ...set].join(' ') });
  }
  if (variants.length < 2) throw new UsageError('compare: expected at least two variants.');
  const seed = seedOption(o.seed);
  const outDir = o.out ?? `results/compare-${variants[0]!.source.name}-${variants.length}-variants`;
  requireFolderPath(outDir);
  printScenarioNotes(...variants.map((v) => v.source));
  const quiet = o.quiet === true || o.json === true;
  const { text, json, report } = await runManyWay({
    variants,
    outDir,
    seed,
    replications,
    workers: o.workers,
    quiet,
    pairs,
    adjustment,
    select: select === null ? null : { ...select, delta, pStar },
    charts: o.charts,
  });
  if (o.json === true) process.stdout.write(`${stringifyLossless(json)}\n`);
  else
    process.stdout.write(
      `${text}\nresults in ${outDir}\n${report === null ? '' : `report: ${report.html}\n`}`,
    );
}
