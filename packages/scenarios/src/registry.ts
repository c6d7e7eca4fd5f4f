import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '@landport/scenario-format';
import type { Scenario } from '@landport/sim-core/border';

/**
 * The data folder, found relative to this module: `data/` sits beside `src/` when the tests run
 * the TypeScript source and beside `dist/` in the built package, so `../data/` works from both.
 */
const DATA_FOLDER = new URL('../data/', import.meta.url);

/** The shipped scenarios and their files in `data/`, steady states first, then timelines. */
const FILES = {
  'horgos-2023': 'horgos-2023.yaml',
  'horgos-2024': 'horgos-2024.yaml',
  'horgos-2025': 'horgos-2025.yaml',
  'horgos-2023-2024': 'horgos-2023-2024.yaml',
  'horgos-2023-2025': 'horgos-2023-2025.yaml',
  'kashgar-2023': 'kashgar-2023.yaml',
  'kashgar-2024': 'kashgar-2024.yaml',
  'kashgar-2025': 'kashgar-2025.yaml',
  'kashgar-2023-2025': 'kashgar-2023-2025.yaml',
} as const;

/** The name of a shipped scenario, e.g. `'horgos-2024'`. */
export type ScenarioName = keyof typeof FILES;

/** A shipped scenario as listed by {@link listScenarios}. */
export interface ScenarioEntry {
  readonly name: ScenarioName;
  /** The file's `name` field. */
  readonly title: string;
  /** The file's `description` field. */
  readonly description: string;
  /** Absolute path of the YAML file. */
  readonly file: string;
}

/** The names of the shipped scenarios, in registry order (plain strings, to test any input). */
export function scenarioNames(): string[] {
  return Object.keys(FILES);
}

/** Whether `name` is the name of a shipped scenario. */
export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(FILES, name);
}

/**
 * Absolute path of a scenario's YAML file.
 *
 * @throws RangeError for a name that is not registered, listing the names that are.
 */
export function scenarioFile(name: string): string {
  if (!isScenarioName(name)) {
    throw new RangeError(
      `scenario: unknown name ${JSON.stringify(name)}; expected one of ${scenarioNames().join(', ')}`,
    );
  }
  return fileURLToPath(new URL(FILES[name], DATA_FOLDER));
}

/** The YAML text of a scenario, as shipped (with its comments and `sources`). */
export function scenarioText(name: string): string {
  return readFileSync(scenarioFile(name), 'utf8');
}

/**
 * Reads, validates and resolves a shipped scenario, ready for `runBorderReplication`. A fresh
 * object each call; the model never modifies it, so callers may also keep one.
 *
 * @throws RangeError for an unknown name; ScenarioError if the file does not validate.
 */
export function loadScenario(name: string): Scenario {
  const file = scenarioFile(name);
  return parseScenario(readFileSync(file, 'utf8'), { fileName: file });
}

/** Every shipped scenario with its title and description (read from its file) and its path. */
export function listScenarios(): ScenarioEntry[] {
  return (Object.keys(FILES) as ScenarioName[]).map((name) => {
    const scenario = loadScenario(name);
    return {
      name,
      title: scenario.name ?? name,
      description: scenario.description ?? '',
      file: scenarioFile(name),
    };
  });
}
