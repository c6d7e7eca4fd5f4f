import type { Summary } from '../batch/aggregate.js';
import type { ScenarioRecord } from './scenario-record.js';

/** A station as charts label and place it. */
export interface StationInfo {
  readonly id: string;
  /** The station's side, whose clock its hour of day follows; null for none (or unknown). */
  readonly side: string | null;
  /** Whether its lanes are finite: a station with infinite lanes is a delay, where nobody waits. */
  readonly queues: boolean;
}

/**
 * The stations of a run, in the scenario's order. Ids may contain dots, so without the scenario
 * they are read off the one metric every station has, `station.<id>.served`, whose suffix
 * cannot be confused with another metric's.
 */
export function stationsOf(summary: Summary, record: ScenarioRecord | null): StationInfo[] {
  if (record !== null) {
    return record.scenario.stations.map((s) => ({ id: s.id, side: s.side, queues: s.lanes !== 'infinite' }));
  }
  return idsOf(summary, /^station\.(.+)\.served$/).map((id) => ({ id, side: null, queues: true }));
}

/** The vehicle classes of a run, in the scenario's order (without it, from `class.<id>.arrived`). */
export function classesOf(summary: Summary, record: ScenarioRecord | null): string[] {
  if (record !== null) return record.scenario.classes.map((c) => c.id);
  return idsOf(summary, /^class\.(.+)\.arrived$/);
}

function idsOf(summary: Summary, pattern: RegExp): string[] {
  const ids: string[] = [];
  for (const name of Object.keys(summary.metrics)) {
    const m = pattern.exec(name);
    if (m !== null) ids.push(m[1]!);
  }
  return ids;
}
