import type { ScenarioInput } from '@landport/scenario-format';
import { parse } from 'yaml';
import { scenarioText } from './registry.js';

/** A scenario file as written: plain data straight from the YAML, units and dates unresolved. */
export type ScenarioDocument = Readonly<Record<string, unknown>>;

/** The parsed YAML of a shipped scenario (anchors and aliases expanded), before validation. */
export function scenarioDocument(name: string): ScenarioDocument {
  const document = parse(scenarioText(name));
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new RangeError(`scenario ${name}: the file does not hold a YAML mapping`);
  }
  return document as ScenarioDocument;
}

/**
 * Where each value of a shipped scenario comes from: its top-level `sources` map, from a path
 * such as `/stations/kz-control/lanes` to a fact-sheet row or `assumption: why`. Paths are
 * resolved by {@link valueAt}.
 */
export function scenarioSources(name: string): Readonly<Record<string, string>> {
  const sources = scenarioDocument(name).sources;
  if (sources === undefined) return {};
  return sources as Record<string, string>;
}

/**
 * A shipped scenario as a fresh, mutable `ScenarioInput`, for sweeps: change a value, then pass it
 * to `validateScenario`. Each call parses the file again, so changes never leak between calls.
 */
export function scenarioInput(name: string): ScenarioInput {
  return scenarioDocument(name) as ScenarioInput;
}
