/**
 * The units a model's outputs are in, for the CSV headers: a header names its column's unit in
 * parentheses (`carsPerDay (cars/day)`), so each file keeps one header row and a reader finds a
 * column by the text before ` (`.
 */
export interface OutputUnits {
  /** The unit of a metric, '' for none. */
  metric(name: string): string;
  /** The unit of every series' values ('' for none). */
  readonly seriesValue: string;
  /** The unit of the series' time axis ('' for none). */
  readonly seriesTime: string;
}

/** No units: the headers are the bare names (a model that states none). */
export const NO_UNITS: OutputUnits = { metric: () => '', seriesValue: '', seriesTime: '' };

/** `name (unit)`, or `name` alone without a unit. */
export function withUnit(name: string, unit: string): string {
  return unit === '' ? name : `${name} (${unit})`;
}
