/**
 * A precision target of `run --precision <metric>=<target>`: the 95 % half-width a metric's
 * confidence interval must reach. Relative (`crossingHours.mean=2%`: half-width ≤ 2 % of |mean|)
 * or absolute (`crossingHours.mean=0.5`: half-width ≤ 0.5 in the metric's own unit).
 */
export interface PrecisionTarget {
  /** The metric, as named in summary.json. */
  metric: string;
  /** 'relative': `value` is a fraction of |mean|; 'absolute': `value` is in the metric's unit. */
  kind: 'relative' | 'absolute';
  /** The fraction (0.02 for 2 %) or the half-width in the metric's unit. */
  value: number;
  /** The target as given, e.g. "2%". */
  text: string;
}

const NUMBER = /^(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads `<metric>=<rel%|abs>`; throws a RangeError naming `option`, the text and what was
 * expected (the CLI turns it into a usage error). Percentages from 0 to 100 exclusive; absolute
 * half-widths positive and finite, written in plain decimals.
 */
export function parsePrecisionTarget(text: string, option = '--precision'): PrecisionTarget {
  const at = text.lastIndexOf('=');
  const metric = at < 0 ? '' : text.slice(0, at).trim();
  const target = at < 0 ? '' : text.slice(at + 1).trim();
  const fail = (why: string): never => {
    throw new RangeError(
      `${option} ${JSON.stringify(text)}: ${why}; expected <metric>=<half-width>, the half-width relative ` +
        "(e.g. crossingHours.mean=2%, 0 to 100 %) or absolute in the metric's unit (e.g. crossingHours.mean=0.5).",
    );
  };
  if (metric === '') fail('no metric name before "="');
  const relative = target.endsWith('%');
  const digits = relative ? target.slice(0, -1).trim() : target;
  if (!NUMBER.test(digits)) fail(`${JSON.stringify(target)} is not a plain positive number`);
  const number = Number(digits);
  if (!(number > 0)) fail('the half-width must be above 0');
  if (relative && !(number < 100)) fail('a relative half-width must be below 100 %');
  return relative
    ? { metric, kind: 'relative', value: number / 100, text: target }
    : { metric, kind: 'absolute', value: number, text: target };
}

/** The half-width, in the metric's unit, that `target` asks for at this mean. */
export function requiredHalfWidth(target: PrecisionTarget, mean: number): number {
  return target.kind === 'relative' ? target.value * Math.abs(mean) : target.value;
}

/** Refuses the same metric named twice (the second would silently replace the first). */
export function checkDistinctTargets(targets: readonly PrecisionTarget[], option = '--precision'): void {
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.metric)) {
      throw new RangeError(`${option}: the metric ${t.metric} is named twice; expected each metric once.`);
    }
    seen.add(t.metric);
  }
}
