import { confidenceInterval } from '@landport/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyTableRows } from './daily-table.js';
import type { ReplicationOutput } from './replication.js';
import { summarizeRun } from './run-summary.js';
import { formatSummary, parseSummary } from './summary-json.js';

/** A replication with one metric and two days of port figures (9 stored numbers a day). */
function output(replication: number, wait: number, exited: readonly number[]): ReplicationOutput {
  return {
    replication,
    metrics: { 'station.s.waitHours.mean': wait, throughputPerDay: exited[0]! + exited[1]! },
    detail: {
      daily: {
        side: null,
        queueHour: 9,
        firstDate: '2024-03-04',
        groups: [
          {
            level: 'port',
            id: 'port',
            rows: exited.map((e) => [e + 1, e, 0, e * 120, e * 60, 3, 5, null, 0]),
          },
        ],
        equeues: [],
      },
    },
  };
}

describe('summarizeRun(outputs, options)', () => {
  it('gives each metric the Student-t interval of its values (as sim-core computes it from the array)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 }),
        (waits) => {
          const summary = summarizeRun(waits.map((w, r) => output(r, w, [10, 12])));
          const ci = confidenceInterval(waits, 0.95);
          const m = summary.metrics['station.s.waitHours.mean']!;
          expect(m.n).toBe(waits.length);
          expect(m.mean).toBeCloseTo(ci.mean, 6);
          expect(m.halfWidth).toBeCloseTo(ci.halfWidth, 6);
        },
      ),
    );
  });

  it('adds the day-by-day bands, the level and a precision record, and survives summary.json', () => {
    const outputs = [output(0, 1, [10, 20]), output(1, 2, [14, 20]), output(2, 3, [12, 20])];
    const precision = { initialReplications: 3, maxReplications: 3, replications: 3 } as never;
    expect(Object.keys(summarizeRun(outputs, { precision }))).toEqual([
      'schemaVersion',
      'replications',
      'level',
      'metrics',
      'daily',
      'precision',
    ]);
    const summary = summarizeRun(outputs, { level: 0.9 });
    expect(summary.level).toBe(0.9);
    expect(summary.daily!.days).toBe(2);
    expect(summary.daily!.series.exited.mean).toEqual([12, 20]);
    // Every replication cleared 20 on day 2: no spread, a zero-width band.
    expect(summary.daily!.series.exited.lower[1]).toBe(20);
    expect(summary.daily!.series.meanWait.mean).toEqual([1, 1]);
    expect(parseSummary(formatSummary(summary))).toEqual(summary);
  });

  it('has no daily section for outputs without daily detail', () => {
    const summary = summarizeRun([{ replication: 0, metrics: { x: 1 } }]);
    expect(summary.daily).toBeUndefined();
    expect(summary.metrics.x!.halfWidth).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('dailyTableRows(daily)', () => {
  it('gives a header and one row per group and day, dates counted from the first', () => {
    const summary = summarizeRun([output(0, 1, [10, 20]), output(1, 2, [14, 20])]);
    const [header, ...rows] = [...dailyTableRows(summary.daily!)];
    expect(header!.slice(0, 7)).toEqual([
      'day',
      'date',
      'level',
      'group',
      'arrived (vehicles/day)',
      'arrived lower (vehicles/day)',
      'arrived upper (vehicles/day)',
    ]);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['0', '2024-03-04', 'port', 'port'],
      ['1', '2024-03-05', 'port', 'port'],
    ]);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });
});
