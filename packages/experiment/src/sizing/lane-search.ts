import type { SizePoint } from '../report/size-data.js';

/** The evidence at a lane count (see `laneVerdict`), asked for one lane count at a time. */
export type EvaluateLanes = (lanes: number) => Promise<SizePoint>;

/**
 * The smallest lane count in [minLanes, maxLanes] whose verdict is 'meets', or null if none is
 * found. The search starts from `start` (the scenario's own lane count, clamped to the range):
 * down one lane at a time while it meets, else up one at a time until one meets. Each lane count
 * is evaluated at most once, in the order the CLI prints them.
 */
export async function searchLanes(
  start: number,
  minLanes: number,
  maxLanes: number,
  evaluate: EvaluateLanes,
): Promise<number | null> {
  let lanes = Math.min(Math.max(start, minLanes), maxLanes);
  let point = await evaluate(lanes);
  let answer: number | null = null;
  if (point.verdict === 'meets') {
    answer = lanes;
    while (lanes > minLanes && (point = await evaluate(lanes - 1)).verdict === 'meets') answer = --lanes;
  } else {
    while (lanes < maxLanes && (point = await evaluate(++lanes)).verdict !== 'meets');
    if (point.verdict === 'meets') answer = lanes;
  }
  return answer;
}
