import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_RECORD_SCHEMA_VERSION, type ScenarioRecord } from '@landport/experiment';
import { scenarioNames, scenarioText } from '@landport/scenarios/registry';
import type { Scenario } from '@landport/sim-core/border';
import { parse as parseYaml } from 'yaml';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { BatchError } from '../batch/batch-error.js';
import type { ScenarioSource } from '../scenario-source.js';

/** File name of the scenario record in a results folder. */
export const SCENARIO_FILE = 'scenario.json';

/**
 * The record of `source`, loaded from `arg` (a built-in name or a file path, as given on the
 * command line). The sources are read from the scenario's text again, as `ScenarioSource` does
 * not keep them; a file whose `sources` is missing or not a map of strings gives none.
 */
export function scenarioRecord(source: ScenarioSource, arg: string): ScenarioRecord {
  return {
    schemaVersion: SCENARIO_RECORD_SCHEMA_VERSION,
    name: source.name,
    scenario: source.scenario,
    sources: sourcesOf(arg),
  };
}

function sourcesOf(arg: string): Record<string, string> {
  let text: string;
  if (scenarioNames().includes(arg)) text = scenarioText(arg);
  else if (existsSync(arg)) text = readFileSync(arg, 'utf8');
  else return {};
  const document = parseYaml(text) as { sources?: unknown } | null;
  const sources = document?.sources;
  if (sources === null || typeof sources !== 'object' || Array.isArray(sources)) return {};
  return Object.fromEntries(Object.entries(sources).filter(([, v]) => typeof v === 'string'));
}

/** Writes `record` as `folder`/scenario.json (two-space indented, atomically). */
export function writeScenarioRecord(folder: string, record: ScenarioRecord): void {
  writeFileAtomic(join(folder, SCENARIO_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * Reads `folder`/scenario.json, or returns null if the folder has none (results written before
 * the file existed: their charts simply lack shock dates and the report the description).
 * Throws a BatchError for a file that is there but not a scenario record.
 */
export function readScenarioRecord(folder: string): ScenarioRecord | null {
  const path = join(folder, SCENARIO_FILE);
  if (!existsSync(path)) return null;
  let document: Partial<ScenarioRecord>;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BatchError(`Cannot read ${path}: ${(error as Error).message}. Delete it or rerun the batch.`);
  }
  const scenario = document.scenario as Partial<Scenario> | undefined;
  if (
    document.schemaVersion !== SCENARIO_RECORD_SCHEMA_VERSION ||
    typeof document.name !== 'string' ||
    typeof scenario?.calendar?.startEpochMs !== 'number' ||
    !Array.isArray(scenario.shocks) ||
    typeof document.sources !== 'object'
  ) {
    throw new BatchError(
      `${path} is not a Landport scenario record of schema version ${SCENARIO_RECORD_SCHEMA_VERSION}; it may come from another version or have been edited.`,
    );
  }
  return document as ScenarioRecord;
}
