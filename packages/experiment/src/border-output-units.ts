import type { OutputUnits } from './batch/output-units.js';
import { metricUnit } from './metric-unit.js';

/**
 * The units of a border run's outputs, for the CSV headers: each metric's (money in `currency`,
 * the scenario's reporting currency, when known); the series are vehicles (time-weighted means)
 * over hours since the scenario's start.
 */
export function borderOutputUnits(currency?: string): OutputUnits {
  return { metric: (name) => metricUnit(name, currency), seriesValue: 'vehicles', seriesTime: 'h' };
}

/** The reporting currency of a validated scenario given as plain data, if it states one. */
export function scenarioCurrency(scenario: unknown): string | undefined {
  const costs = (scenario as { costs?: { currency?: unknown } } | null)?.costs;
  return typeof costs?.currency === 'string' ? costs.currency : undefined;
}
