import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '@landport/experiment';
import {
  formatSummary,
  parseSummary,
  readDailyDetail,
  stringifyLossless,
  summarizeRun,
} from '@landport/experiment';
import { validateScenario } from '@landport/scenario-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_CSV } from './batch/daily-csv.js';
import { OrderedResults } from './batch/ordered-results.js';
import { SUMMARY_FILE, writeOutputs } from './batch/outputs.js';
import { ResultsLog } from './batch/results-log.js';
import { runReplication } from './border-replication.js';

/** Two directions through a shared bridge, inbound trucks booking an e-queue; no warm-up, so daily sums are run totals. */
const scenario = validateScenario({
  calendar: { start: '2024-03-04T00:00+05:00', horizon: { days: 6 } },
  sides: [{ id: 'kz', utcOffset: '+05:00', openingHours: ['07:00-22:00'] }],
  daily: { side: 'kz', queueHour: 9 },
  equeues: [{ id: 'eq', side: 'kz', perDay: 25, noShow: 0.1, arrival: 'uniform' }],
  stations: [
    { id: 'control', side: 'kz', lanes: 1, service: { exponential: { mean: { minutes: 12 } } } },
    { id: 'bridge', lanes: 2, shared: true, service: { exponential: { mean: { minutes: 8 } } } },
  ],
  classes: [
    { id: 'car', arrivals: { rate: { perHour: 2 } }, route: ['control', 'bridge'] },
    {
      id: 'carrier',
      carsPerVehicle: { discreteUniform: { min: 4, max: 8 } },
      arrivals: { rate: { perHour: 1 } },
      route: ['control', 'bridge'],
    },
    {
      id: 'truck',
      direction: 'inbound',
      equeue: 'eq',
      arrivals: { rate: { perDay: 30 } },
      route: ['bridge'],
    },
  ],
});

let folder: string;
let rows: Record<string, string>[];
let header: string[];
let summary: Summary;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'landport-daily-'));
  const log = ResultsLog.create(folder);
  for (let r = 0; r < 4; r++) log.append(runReplication({ scenario, seed: 5, replication: r } as never));
  log.close();
  summary = writeOutputs(folder, new OrderedResults([log.index]));
  const lines = readFileSync(join(folder, DAILY_CSV), 'utf8').trimEnd().split('\n');
  header = lines[0]!.split(',');
  rows = lines
    .slice(1)
    .map((line) => Object.fromEntries(line.split(',').map((cell, j) => [header[j]!, cell])));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('summarizeRun', () => {
  it('is the summary the run writes and `run --json` prints, value for value and byte for byte', () => {
    const outputs = [0, 1, 2, 3].map((r) => runReplication({ scenario, seed: 5, replication: r }));
    const direct = summarizeRun(outputs);
    expect(direct).toEqual(summary);
    expect(stringifyLossless(direct)).toBe(stringifyLossless(summary));
    expect(formatSummary(direct)).toBe(readFileSync(join(folder, SUMMARY_FILE), 'utf8'));
  });
});

/** Sum over the days of a group's column in daily.csv. */
function total(level: string, group: string, column: string): number {
  return rows
    .filter((r) => r.level === level && r.group === group)
    .reduce((sum, r) => sum + Number(r[column]), 0);
}

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9 * (1 + Math.abs(b)));
const mean = (name: string) => summary.metrics[name]!.mean;

describe('daily.csv', () => {
  it('has a row per group and day, units in the headers', () => {
    expect(header.slice(0, 4)).toEqual(['day', 'date', 'level', 'group']);
    expect(header).toContain('meanWait (h)');
    expect(header).toContain('backlogAtHour (vehicles)');
    expect(header).toContain('queueMax upper (vehicles)');
    const groups = [...new Set(rows.map((r) => `${r.level}:${r.group}`))];
    expect(groups).toEqual([
      'port:port',
      'direction:outbound',
      'direction:inbound',
      'class:car',
      'class:carrier',
      'class:truck',
      'equeue:eq',
    ]);
    expect(rows).toHaveLength(groups.length * summary.daily!.days);
    // An e-queue row has no vehicle quantities, a vehicle row no backlog.
    const eq = rows.find((r) => r.level === 'equeue')!;
    expect(eq['cars (cars/day)']).toBe('');
    expect(rows[0]!['booked (vehicles/day)']).toBe('');
  });

  it('adds up to the summary totals per class, direction, port and e-queue', () => {
    for (const c of ['car', 'carrier', 'truck']) {
      close(total('class', c, 'arrived (vehicles/day)'), mean(`class.${c}.arrived`));
      close(total('class', c, 'exited (vehicles/day)'), mean(`class.${c}.exited`));
    }
    for (const d of ['outbound', 'inbound']) {
      close(total('direction', d, 'arrived (vehicles/day)'), mean(`direction.${d}.arrived`));
      close(total('direction', d, 'exited (vehicles/day)'), mean(`direction.${d}.exited`));
    }
    close(total('port', 'port', 'exited (vehicles/day)'), mean('throughputPerDay') * 6);
    close(total('port', 'port', 'cars (cars/day)'), mean('carsPerDay') * 6);
    close(total('equeue', 'eq', 'booked (vehicles/day)'), mean('equeue.eq.booked'));
    close(total('equeue', 'eq', 'admitted (vehicles/day)'), mean('equeue.eq.arrivedAtBorder'));
    close(total('equeue', 'eq', 'noShows (vehicles/day)'), mean('equeue.eq.noShows'));
    expect(mean('equeue.eq.noShows')).toBeGreaterThan(0);
  });

  it('gives per day a port queue maximum no larger than the sum of its classes’, and classes adding up to the port', () => {
    const days = summary.daily!.days;
    const at = (level: string, group: string, d: number, column: string) =>
      Number(rows.find((r) => r.level === level && r.group === group && r.day === String(d))![column]);
    for (let d = 0; d < days; d++) {
      const classes = ['car', 'carrier', 'truck'];
      const sumOf = (column: string) => classes.reduce((s, c) => s + at('class', c, d, column), 0);
      close(sumOf('arrived (vehicles/day)'), at('port', 'port', d, 'arrived (vehicles/day)'));
      close(sumOf('queueAtHour (vehicles)'), at('port', 'port', d, 'queueAtHour (vehicles)'));
      expect(at('port', 'port', d, 'queueMax (vehicles)')).toBeLessThanOrEqual(
        sumOf('queueMax (vehicles)') + 1e-9,
      );
      const wait = at('port', 'port', d, 'meanWait (h)');
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThanOrEqual(at('port', 'port', d, 'meanCrossing (h)'));
    }
  });

  it('matches summary.json, whose daily section has every group and reads back exactly', () => {
    const daily = summary.daily!;
    expect(Object.keys(daily.byDirection!)).toEqual(['outbound', 'inbound']);
    expect(Object.keys(daily.byClass!)).toEqual(['car', 'carrier', 'truck']);
    expect(daily.equeues!.eq!.backlogMax.unit).toBe('vehicles');
    expect(daily.series.meanWait.unit).toBe('h');
    expect(Number(rows[2]!['exited (vehicles/day)'])).toBe(daily.series.exited.mean[2]);
    expect(parseSummary(readFileSync(join(folder, SUMMARY_FILE), 'utf8'))).toEqual(summary);
  });
});

describe('readDailyDetail', () => {
  it('reads a line written before groups as the port group, without waits', () => {
    const detail = readDailyDetail({
      daily: { side: null, queueHour: 8, firstDate: '2024-01-01', rows: [[3, 2, 5, 120, 1, 4]] },
    })!;
    expect(detail.groups).toEqual([{ level: 'port', id: 'port', rows: [[3, 2, 5, 120, null, 1, 4]] }]);
    expect(detail.equeues).toEqual([]);
  });
});
