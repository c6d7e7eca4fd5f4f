import type { BorderReplicationResult, Scenario } from '@landport/sim-core/border';
import { hoursAtStation } from './run-measures.js';

/**
 * Mean hours at a control, pooled over several (station, class) pairs weighted by the vehicles
 * served: the figure a survey of all trucks through two ports' controls would report. Each pair's
 * hours are {@link hoursAtStation}'s (wait, mean service, mean secondary inspection).
 */
export function pooledHoursAtStations(
  run: { scenario: Scenario; result: BorderReplicationResult },
  pairs: readonly (readonly [station: string, cls: string])[],
): number {
  let total = 0;
  let count = 0;
  for (const [station, cls] of pairs) {
    const served = run.result.stations[station]?.waitByClass[cls]?.count ?? 0;
    if (served === 0) continue;
    total += hoursAtStation(run, station, cls) * served;
    count += served;
  }
  if (count === 0)
    throw new RangeError(`no vehicle was served at ${pairs.map((p) => p.join('/')).join(', ')}`);
  return total / count;
}
