import { CHART_WIDTH, type Chart, topLevelSpec } from './chart.js';
import type { RunData } from './run-data.js';
import { stationsOf } from './run-ids.js';

/** One inlined cell of the heat map. */
export interface UtilisationCell {
  station: string;
  /** Local hour of day on the station's side's clock, 0–23. */
  hour: number;
  /** Mean over replications of the share of open lane-time that was busy in that hour. */
  utilisation: number;
  lower: number;
  upper: number;
  /** Replications in which the lanes were open in that hour. */
  n: number;
}

/**
 * Lane utilisation by station and local hour of the day: a heat map of the summary's
 * `station.<id>.utilisationByHour.<hh>` metrics (busy over open lane-time in that hour, over all
 * days of a replication, then averaged over replications with a 95% interval in the tooltip).
 * Hours in which a station was never open have no cell. Planners read the peak hours off it.
 */
export function utilisationByHourChart(run: RunData): Chart | null {
  const cells: UtilisationCell[] = [];
  const stations: string[] = [];
  for (const station of stationsOf(run.summary, run.scenario)) {
    let any = false;
    for (let hour = 0; hour < 24; hour++) {
      const m =
        run.summary.metrics[`station.${station.id}.utilisationByHour.${String(hour).padStart(2, '0')}`];
      if (m === undefined || m.n === 0 || !Number.isFinite(m.mean)) continue;
      cells.push({ station: station.id, hour, utilisation: m.mean, lower: m.lower, upper: m.upper, n: m.n });
      any = true;
    }
    if (any) stations.push(station.id);
  }
  if (cells.length === 0) return null;
  const spec = topLevelSpec('Lane utilisation by station and hour of day', {
    data: { values: cells },
    width: CHART_WIDTH,
    height: { step: 34 },
    encoding: {
      x: {
        field: 'hour',
        type: 'ordinal',
        sort: 'ascending',
        title: "Hour of day (local time of the station's side)",
        // No grid on a heat map: the shared config's grid lines ran through the cells' numbers.
        axis: { grid: false },
      },
      y: { field: 'station', type: 'nominal', sort: stations, title: null, axis: { grid: false } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: {
          color: {
            field: 'utilisation',
            type: 'quantitative',
            scale: { scheme: 'blues', domain: [0, 1] },
            title: 'Lanes busy',
            legend: { format: '.0%' },
          },
          tooltip: [
            { field: 'station' },
            { field: 'hour', title: 'hour of day' },
            { field: 'utilisation', format: '.1%', title: 'lanes busy (mean)' },
            { field: 'lower', format: '.1%', title: '95% CI from' },
            { field: 'upper', format: '.1%', title: '95% CI to' },
            { field: 'n', title: 'replications' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 8 },
        encoding: {
          text: { field: 'utilisation', type: 'quantitative', format: '.0%' },
          color: { condition: { test: 'datum.utilisation > 0.6', value: 'white' }, value: '#222' },
        },
      },
    ],
  });
  return {
    name: 'utilisation-by-hour',
    title: 'Lane utilisation by station and hour of day',
    caption:
      'Each cell: the share of the open lane-time of the station that was busy in that local hour, over every day of the run, averaged over the replications. ' +
      'Hours with no cell were never open. Lanes finishing vehicles after closing time count as open while busy.',
    spec,
  };
}
