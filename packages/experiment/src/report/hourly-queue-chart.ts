import { CHART_WIDTH, type Chart, topLevelSpec } from './chart.js';
import type { RunData } from './run-data.js';
import { stationsOf } from './run-ids.js';
import { formatOffset, SimulatedClock } from './simulated-clock.js';

/** One inlined cell of the heat map. */
export interface HourCell {
  station: string;
  /** Row label: the station with its lane utilisation over the run. */
  label: string;
  /** Local hour of day on the station's side's clock, 0–23. */
  hour: number;
  /** Mean vehicles waiting in that hour of the day, over days and replications. */
  waiting: number;
  /** Hours of the run averaged into the cell. */
  hours: number;
}

/**
 * Load by station and hour of day: a heat map of the vehicles waiting at each station in each
 * local hour, averaged over the days of the run and over replications, with each station's lane
 * utilisation over the whole run beside its name.
 *
 * The companion of the utilisation heat map (`utilisation-by-hour-chart.ts`): utilisation says
 * when the lanes are busy, this says when vehicles wait for them, from the series
 * `station.<id>.waiting`.
 *
 * Hours are those of the station's side (a station of no side: the start's clock), following a
 * dated change of UTC offset, so opening hours line up with the columns.
 */
export function hourlyQueueChart(run: RunData): Chart | null {
  const clock = new SimulatedClock(run.scenario?.scenario ?? null);
  const cells: HourCell[] = [];
  const labels: string[] = [];
  // Per station: its vehicle-hours of waiting and the share the busiest 1% of hours hold.
  const concentration: Concentration[] = [];
  for (const station of stationsOf(run.summary, run.scenario)) {
    const series = run.series.get(`station.${station.id}.waiting`);
    if (!station.queues || series === undefined || series.interval > 1) continue;
    const sum = new Float64Array(24);
    const count = new Float64Array(24);
    for (const p of series.fine) {
      if (!Number.isFinite(p.mean)) continue;
      const h = clock.hourOfDay(p.time, station.side);
      sum[h]! += p.mean;
      count[h]!++;
    }
    if (!sum.some((x) => x > 0)) continue;
    // The same share if every day repeated the hour-of-day means: what a daily pattern alone gives.
    const daily = series.fine.map((p) =>
      Number.isFinite(p.mean)
        ? sum[clock.hourOfDay(p.time, station.side)]! / count[clock.hourOfDay(p.time, station.side)]!
        : p.mean,
    );
    concentration.push({
      station: station.id,
      ...busiestHoursShare(series.fine.map((p) => p.mean)),
      dailyShare: busiestHoursShare(daily).topShare,
    });
    const utilisation = run.summary.metrics[`station.${station.id}.utilisation`];
    const label =
      utilisation !== undefined && Number.isFinite(utilisation.mean)
        ? `${station.id}: lanes ${Math.round(utilisation.mean * 100)}% busy`
        : station.id;
    labels.push(label);
    for (let h = 0; h < 24; h++) {
      if (count[h] === 0) continue;
      cells.push({ station: station.id, label, hour: h, waiting: sum[h]! / count[h]!, hours: count[h]! });
    }
  }
  if (cells.length === 0) return null;
  const largest = Math.max(...cells.map((c) => c.waiting));
  // Dark cells get white numbers: the top of the orange-red scheme is too dark for black text.
  const darkFrom = 0.55 * largest;
  // Queues under 0.05 vehicles in every hour would all print 0.0, dark cells included: the cells
  // then carry no numbers, and the colour scale and the tooltips give the values.
  const numbered = largest >= 0.05;
  const clocks = clockNote(run);
  const spec = topLevelSpec('Vehicles waiting by station and hour of day', {
    data: { values: cells },
    width: CHART_WIDTH,
    height: { step: 34 },
    encoding: {
      // No grid on a heat map: the shared config's grid lines ran through the cells' numbers.
      x: {
        field: 'hour',
        type: 'ordinal',
        sort: 'ascending',
        title: `Hour of day (local time${clocks})`,
        axis: { grid: false },
      },
      y: {
        field: 'label',
        type: 'nominal',
        sort: labels,
        title: null,
        axis: { labelLimit: 320, grid: false },
      },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: {
          color: {
            field: 'waiting',
            type: 'quantitative',
            scale: { scheme: 'orangered', zero: true },
            title: 'Vehicles waiting',
          },
          tooltip: [
            { field: 'station' },
            { field: 'hour', title: 'hour of day' },
            { field: 'waiting', format: ',.2f', title: 'mean vehicles waiting' },
            { field: 'hours', title: 'hours averaged (per replication)' },
          ],
        },
      },
      ...(numbered
        ? [
            {
              mark: { type: 'text', fontSize: 10 },
              encoding: {
                // One decimal while the queues are short, so that 0.4 and 0.0 do not both read 0.
                text: { field: 'waiting', type: 'quantitative', format: largest < 10 ? '.1f' : '.0f' },
                color: {
                  condition: [
                    { test: `datum.waiting > ${darkFrom}`, value: 'white' },
                    { test: 'datum.waiting > 0', value: '#222' },
                  ],
                  value: '#bbb',
                },
              },
            },
          ]
        : []),
    ],
  });
  return {
    name: 'hourly-queue',
    title: 'Load by station and hour of day',
    caption:
      'Each cell: vehicles waiting at the station in that local hour, averaged over every day of the run and over the replications; ' +
      `beside each station, the share of its open lane-time that was busy over the whole run. ${queueFacts(cells, concentration)}` +
      (numbered
        ? ''
        : ' Every mean is under 0.05 vehicles, so the cells carry no numbers: read them by colour or tooltip.'),
    spec,
  };
}

function clockNote(run: RunData): string {
  const scenario = run.scenario?.scenario;
  if (scenario === undefined) return ': hours since the start, modulo 24';
  const offsets = scenario.sides.map(
    (s) => `${s.id} ${s.utcOffsets.map((o) => formatOffset(o.offset)).join('→')}`,
  );
  return offsets.length === 0 ? '' : ` of each station's side: ${offsets.join(', ')}`;
}

/**
 * The share of the vehicle-hours of waiting that the busiest 1% of the series' hours hold (at
 * least one hour): near 1% when the queue is spread over the run, large when a few days (a
 * closure, a surge) dominate the hour-of-day means.
 */
export function busiestHoursShare(values: readonly number[]): {
  total: number;
  topShare: number;
  topHours: number;
} {
  const finite = values.filter((x) => Number.isFinite(x)).sort((a, b) => b - a);
  const total = finite.reduce((sum, x) => sum + x, 0);
  const topHours = Math.max(1, Math.round(finite.length / 100));
  const top = finite.slice(0, topHours).reduce((sum, x) => sum + x, 0);
  return { total, topShare: total > 0 ? top / total : 0, topHours };
}

/** How concentrated a station's queue is: see `busiestHoursShare`; `dailyShare` is its value for the hour-of-day means repeated every day. */
interface Concentration {
  station: string;
  total: number;
  topShare: number;
  topHours: number;
  dailyShare: number;
}

/** What the cells show, computed from them: the largest and smallest mean queue, and how concentrated it is. */
function queueFacts(cells: readonly HourCell[], concentration: readonly Concentration[]): string {
  const largest = cells.reduce((a, b) => (b.waiting > a.waiting ? b : a));
  const own = cells.filter((c) => c.station === largest.station);
  const smallest = own.reduce((a, b) => (b.waiting < a.waiting ? b : a));
  const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
  const vehicles = (x: number) => `${queueText(x)} ${queueText(x) === '1' ? 'vehicle' : 'vehicles'}`;
  const c = concentration.find((x) => x.station === largest.station);
  const spread =
    c === undefined
      ? ''
      : ` Its busiest ${c.topHours} hours (1% of the run) hold ${Math.round(c.topShare * 100)}% of its vehicle-hours of waiting` +
        (c.topShare >= 0.2 && c.topShare >= 2 * c.dailyShare
          ? `, against ${Math.round(c.dailyShare * 100)}% if every day repeated these hourly means: a few days dominate them.`
          : '.');
  return (
    `The largest mean queue is at ${largest.station} at ${hour(largest.hour)} (${vehicles(largest.waiting)}); ` +
    `its smallest is at ${hour(smallest.hour)} (${vehicles(smallest.waiting)}).${spread}`
  );
}

/** A mean queue for the caption: two significant digits below 10 (0.021, 0.4, 3.7), whole vehicles above. */
export function queueText(x: number): string {
  if (x === 0) return '0';
  return x < 10 ? String(Number(x.toPrecision(2))) : x.toFixed(0);
}
