/** One swept parameter: a path of the scenario (as for `--set`) and its values as written. */
export interface SweepParam {
  readonly path: string;
  readonly values: readonly string[];
}

/**
 * Reads `path=v1,v2,...` (values trimmed, none empty); throws a RangeError saying what was
 * expected for anything else.
 */
export function parseSweepParam(text: string): SweepParam {
  const eq = text.indexOf('=');
  const values =
    eq > 0
      ? text
          .slice(eq + 1)
          .split(',')
          .map((v) => v.trim())
      : [];
  if (eq <= 0 || values.length === 0 || values.some((v) => v === '')) {
    throw new RangeError(
      `--param ${JSON.stringify(text)}: expected path=v1,v2,..., e.g. --param stations.kz-control.lanes=6,8,10.`,
    );
  }
  return { path: text.slice(0, eq), values };
}
