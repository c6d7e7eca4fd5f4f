import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMaterial, SimulatedClock, suggestWarmup } from '@landport/experiment';
import type { Scenario } from '@landport/sim-core/border';
import { SERIES_CSV } from './batch/outputs.js';
import { shockChanges } from './warmup-series.js';
import { formatSimulatedTime, HEADLINE_SERIES } from './warmup-text.js';

/**
 * The one-line warning `run` prints when its warm-up looks too short, or null. Cheap: it reads
 * only the headline series' mean over replications from series.csv (exact numbers), which the run
 * wrote anyway, and runs MSER-5 on it. The series starts where the warm-up in use ends, so a
 * transient still in it means the warm-up is shorter than MSER-5 suggests; it warns only when the
 * suggestion is material (see `isMaterial`: inside the search, 20 batches or more, and at least
 * 10% of the standard error removed).
 */
export function warmupWarning(folder: string, scenario: Scenario, scenarioArg: string): string | null {
  const path = join(folder, SERIES_CSV);
  if (!existsSync(path)) return null;
  const times: number[] = [];
  const means: number[] = [];
  const prefix = `${HEADLINE_SERIES},`;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.startsWith(prefix)) continue;
    // series,index,time,n,mean,...
    const fields = line.split(',');
    times.push(Number(fields[2]));
    means.push(Number(fields[4]));
  }
  if (times.length < 2) return null;
  const suggestion = suggestWarmup(
    {
      name: HEADLINE_SERIES,
      label: 'vehicles in the port',
      unit: 'vehicles',
      start: times[0]!,
      interval: times[1]! - times[0]!,
      replications: [means],
    },
    shockChanges(scenario),
  );
  if (!isMaterial(suggestion) || suggestion.suggested === null) return null;
  const clock = new SimulatedClock(scenario);
  return (
    `landport: warning: the warm-up in use, ${formatSimulatedTime(scenario.calendar.warmUp / 60, null)}, is shorter than MSER-5 ` +
    `suggests for vehicles in the port (the headline series): ${formatSimulatedTime(suggestion.suggested, clock)}. ` +
    `Check it with \`landport warmup ${scenarioArg}\`.`
  );
}
