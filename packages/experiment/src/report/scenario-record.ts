import type { Scenario } from '@landport/sim-core/border';

/** Version of the {@link ScenarioRecord} format. */
export const SCENARIO_RECORD_SCHEMA_VERSION = 1;

/**
 * The scenario a results folder was run on, for charts (shock dates, the calendar, side clocks,
 * the currency) and the report (description, sources). The manifest holds only the scenario's
 * hash, so without this file a report could not say what was simulated.
 *
 * `scenario` is the resolved scenario exactly as given to the replications (overrides applied,
 * every time in minutes since the start); `sources` is the file's `sources` map as written,
 * which the resolved form drops. A wrapper rather than a `sources` field added to the scenario,
 * so that `scenario` stays the sim-core `Scenario` type.
 */
export interface ScenarioRecord {
  /** {@link SCENARIO_RECORD_SCHEMA_VERSION}. */
  schemaVersion: number;
  /** The built-in name or the file's base name, as in the manifest. */
  name: string;
  /** The resolved scenario. */
  scenario: Scenario;
  /** Where each value comes from (a path such as `/stations/kz-control/lanes` → a source); may be empty. */
  sources: Record<string, string>;
}
