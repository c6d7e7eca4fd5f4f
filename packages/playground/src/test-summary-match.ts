/**
 * Test support: how a summary computed in a browser compares with the CLI's, field by field.
 *
 * Why not byte equality: the page runs the CLI's code on the same inputs (summary-in-node.test.ts
 * shows that code gives the CLI's summary byte for byte in Node), but a browser's JavaScript engine
 * computes Math.log, Math.exp, Math.pow and the trigonometric functions with its own library, whose
 * last bit differs from Node 20's for a few per cent of arguments (Chromium 156 against Node
 * 20.20: Math.log on 6.5% of a sample of arguments, Math.exp on 9.5%). Lognormal and Weibull
 * service times, the quantile sketch and the Student-t quantile use them, so continuous statistics
 * differ in their last bits while every count is equal. Exact equality across engines needs the
 * engine to compute these functions in JavaScript itself (see docs/playground.md).
 */
export interface SummaryMatch {
  /** Numeric fields equal to the last bit. */
  readonly exact: number;
  /** Fields that differ by at most `relative` (relative to the larger magnitude), as `metric.field`. */
  readonly lastBits: readonly string[];
  /** Anything else: a missing metric or field, a different count, a difference beyond `relative`. */
  readonly different: readonly string[];
}

/** Fields that count something: equal, or the runs are not the same. */
const COUNT_FIELDS = new Set(['n', 'missing', 'replications', 'schemaVersion', 'level']);

/** Compares two summary texts (summary.json or `run --json`), every value at every depth. */
export function matchSummaries(page: string, cli: string, relative = 1e-9): SummaryMatch {
  const lastBits: string[] = [];
  const different: string[] = [];
  let exact = 0;
  const walk = (u: unknown, v: unknown, path: string) => {
    if (Object.is(u, v)) {
      if (typeof u === 'number') exact++;
      return;
    }
    if (typeof u === 'number' && typeof v === 'number') {
      const field = path.slice(path.lastIndexOf('.') + 1);
      const close = Math.abs(u - v) <= relative * Math.max(Math.abs(u), Math.abs(v));
      if (close && !COUNT_FIELDS.has(field)) lastBits.push(path);
      else different.push(`${path}: ${u} ≠ ${v}`);
      return;
    }
    if (u !== null && v !== null && typeof u === 'object' && typeof v === 'object') {
      if (Array.isArray(u) !== Array.isArray(v)) different.push(`${path}: a list against an object`);
      const a = u as Record<string, unknown>;
      const b = v as Record<string, unknown>;
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!(key in a) || !(key in b))
          different.push(`${path}.${key}: only in the ${key in a ? 'page' : 'CLI'}`);
        else walk(a[key], b[key], path === '' ? key : `${path}.${key}`);
      }
      return;
    }
    different.push(`${path}: ${JSON.stringify(u)} ≠ ${JSON.stringify(v)}`);
  };
  walk(JSON.parse(page), JSON.parse(cli), '');
  return { exact, lastBits, different };
}
