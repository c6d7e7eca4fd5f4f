import { compareCodeUnits } from '../batch/code-unit-order.js';
import { type Adjustment, adjustPValues, intervalLevels } from './multiplicity.js';
import { pairedHalfWidth, pairedTTest } from './paired-t-test.js';

/** Version of the {@link ManyWayComparison} format. */
export const MANY_WAY_SCHEMA_VERSION = 1;

/** Which pairs are compared: each variant against the first (the base), or every pair. */
export type PairSet = 'base' | 'all';

/** One variant's per-replication values, metric by metric, in replication order. */
export interface VariantValues {
  /** Name shown to people, e.g. "horgos-2024 stations.kz-control.lanes=10". */
  name: string;
  /** Per metric, the value of replication r at index r (NaN where missing). */
  metrics: Readonly<Record<string, readonly number[]>>;
}

/** The comparison of variant `a` with variant `b` on one metric: a − b. */
export interface PairComparison {
  /** Indices of the two variants. */
  a: number;
  b: number;
  /** Pairs with a finite value in both. */
  n: number;
  meanA: number;
  meanB: number;
  /** Mean paired difference a − b, in the metric's unit. */
  difference: number;
  /** Standard deviation of the differences. */
  sd: number;
  /** Unadjusted two-sided paired-t p-value. */
  p: number;
  /** p adjusted for the family (the pairs of this metric). */
  adjustedP: number;
  /** Confidence level of this pair's interval (see `intervalLevels`). */
  level: number;
  halfWidth: number;
  lower: number;
  upper: number;
  /** Declared different: adjustedP < α. */
  different: boolean;
}

/** A many-way comparison: plain data, written as `comparisons.json`. */
export interface ManyWayComparison {
  schemaVersion: number;
  /** The variants, in order; variant 0 is the base. */
  variants: string[];
  /** Replications per variant. */
  replications: number;
  pairs: PairSet;
  adjustment: Adjustment;
  /** Familywise error rate α: 1 − the nominal level. */
  familywiseErrorRate: number;
  /** Per metric in code-unit order, its family of pair comparisons. */
  metrics: Record<string, PairComparison[]>;
}

/** The pairs compared, as [a, b] (a − b), in a fixed order. */
export function comparedPairs(k: number, pairs: PairSet): [number, number][] {
  const out: [number, number][] = [];
  if (pairs === 'base') for (let i = 1; i < k; i++) out.push([i, 0]);
  else for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) out.push([j, i]);
  return out;
}

/**
 * Compares k ≥ 2 variants run on common random numbers (replication r of each saw the same
 * streams, so their values pair up by r). Per metric, each pair's paired-t test and interval,
 * adjusted for multiplicity within that metric's family of pairs (Holm or Bonferroni; see
 * multiplicity.ts). Families are per metric: comparing many metrics is not adjusted for.
 */
export function manyWayComparison(
  variants: readonly VariantValues[],
  options: { pairs: PairSet; adjustment: Adjustment; familywiseErrorRate: number },
): ManyWayComparison {
  if (variants.length < 2) throw new RangeError('manyWayComparison: needs at least two variants');
  const alpha = options.familywiseErrorRate;
  const pairList = comparedPairs(variants.length, options.pairs);
  const names = new Set<string>();
  for (const v of variants) for (const name of Object.keys(v.metrics)) names.add(name);
  const metrics: Record<string, PairComparison[]> = {};
  let replications = 0;
  for (const v of variants)
    for (const xs of Object.values(v.metrics)) replications = Math.max(replications, xs.length);
  for (const name of [...names].sort(compareCodeUnits)) {
    const tests = pairList.map(([a, b]) => {
      const xa = variants[a]!.metrics[name] ?? [];
      const xb = variants[b]!.metrics[name] ?? [];
      const da: number[] = [];
      const db: number[] = [];
      for (let r = 0; r < Math.min(xa.length, xb.length); r++) {
        if (Number.isFinite(xa[r]) && Number.isFinite(xb[r])) {
          da.push(xa[r]!);
          db.push(xb[r]!);
        }
      }
      return { a, b, da, db, test: pairedTTest(da.map((x, r) => x - db[r]!)) };
    });
    // A pair never finite in both (NaN p) is no test: it takes part in no adjustment.
    const tested = tests.filter((t) => Number.isFinite(t.test.p));
    const adjusted = adjustPValues(
      tested.map((t) => t.test.p),
      options.adjustment,
    );
    const levels = intervalLevels(
      tested.map((t) => t.test.p),
      alpha,
      options.adjustment,
    );
    metrics[name] = tests.map((t) => {
      const k = tested.indexOf(t);
      const level = k < 0 ? Number.NaN : levels[k]!;
      const adjustedP = k < 0 ? Number.NaN : adjusted[k]!;
      const halfWidth = k < 0 ? Number.NaN : pairedHalfWidth(t.test, level);
      return {
        a: t.a,
        b: t.b,
        n: t.test.n,
        meanA: mean(t.da),
        meanB: mean(t.db),
        difference: t.test.difference,
        sd: t.test.sd,
        p: t.test.p,
        adjustedP,
        level,
        halfWidth,
        lower: t.test.difference - halfWidth,
        upper: t.test.difference + halfWidth,
        different: adjustedP < alpha,
      };
    });
  }
  return {
    schemaVersion: MANY_WAY_SCHEMA_VERSION,
    variants: variants.map((v) => v.name),
    replications,
    pairs: options.pairs,
    adjustment: options.adjustment,
    familywiseErrorRate: alpha,
    metrics,
  };
}

function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return xs.length === 0 ? Number.NaN : sum / xs.length;
}
