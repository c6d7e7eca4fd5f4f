import type { SweepParam } from './sweep-param.js';

/**
 * Every combination of the parameters' values, the first parameter varying slowest: each point
 * is one value per parameter, in the parameters' order.
 */
export function sweepGrid(params: readonly SweepParam[]): string[][] {
  let points: string[][] = [[]];
  for (const p of params) points = points.flatMap((point) => p.values.map((v) => [...point, v]));
  return points;
}

/** A point's overrides, `path=value` per parameter (to follow the user's own `--set`s). */
export function sweepPointSettings(params: readonly SweepParam[], point: readonly string[]): string[] {
  return point.map((v, i) => `${params[i]!.path}=${v}`);
}

/** A point's values keyed by parameter path. */
export function sweepPointValues(
  params: readonly SweepParam[],
  point: readonly string[],
): Record<string, string> {
  return Object.fromEntries(point.map((v, i) => [params[i]!.path, v]));
}

/**
 * A short, readable name of a point, e.g. `kz-control.lanes=6,quota.perDay=400`: each parameter by
 * the last two segments of its path. The CLI names a point's run folder with it.
 */
export function sweepPointName(params: readonly SweepParam[], point: readonly string[]): string {
  return point.map((v, i) => `${params[i]!.path.split('.').slice(-2).join('.')}=${v}`).join(',');
}
