import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

const DAY = 1440;
const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** One station, one class, a quota counted at service start; local time = minutes since the start. */
const settings = fc.record({
  perDay: fc.integer({ min: 1, max: 8 }),
  lanes: fc.integer({ min: 1, max: 3 }),
  service: fc.integer({ min: 5, max: 300 }),
  perHour: fc.double({ min: 0.2, max: 4, noNaN: true }),
  open: fc.integer({ min: 0, max: 12 }),
  length: fc.integer({ min: 1, max: 12 }),
  closedDay: fc.integer({ min: 0, max: 5 }),
  resetHour: fc.integer({ min: 0, max: 23 }),
  leftover: fc.constantFrom('carried' as const, 'lost' as const),
  seed: fc.integer({ min: 0, max: 10_000 }),
});
type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

const HORIZON = 6 * DAY;

function scenario(p: Settings) {
  // The calendar starts at local midnight of the side, so a local time of day is t mod 1440.
  const closed = new Date(Date.UTC(2024, 2, 4 + p.closedDay)).toISOString().slice(0, 10);
  return validateScenario({
    calendar: { start: '2024-03-04T00:00+05:00', horizon: { minutes: HORIZON } },
    sides: [
      {
        id: 'kz',
        utcOffset: '+05:00',
        openingHours: [`${hhmm(p.open)}-${hhmm(p.open + p.length)}`],
        closures: [{ label: 'holiday', from: closed }],
        quotas: [
          {
            id: 'starts',
            perDay: p.perDay,
            resetAt: hhmm(p.resetHour),
            countedAt: 'serviceStart',
            leftover: p.leftover,
          },
        ],
      },
    ],
    stations: [
      {
        id: 'gate',
        side: 'kz',
        lanes: p.lanes,
        service: { deterministic: { minutes: p.service } },
        quotas: ['starts'],
      },
    ],
    classes: [{ id: 'car', arrivals: { rate: { perHour: p.perHour } }, route: ['gate'] }],
  } satisfies ScenarioInput);
}

/**
 * The same station computed by hand, vehicle by vehicle in arrival order (one class: first come,
 * first served): a vehicle starts at the first moment from its arrival, and not before the
 * vehicle ahead of it, at which the station is open, a lane is free and its quota day has had
 * fewer than perDay starts. Under 'lost' it is turned away instead as soon as a quota day it
 * waits in (from its arrival's) has its starts used up: on arrival, or at the start that used the
 * last one.
 */
function reference(p: Settings, arrivals: readonly number[]) {
  const openFrom = p.open * 60;
  const openTo = (p.open + p.length) * 60;
  const isOpen = (t: number) => {
    const day = Math.floor(t / DAY);
    const minute = t - day * DAY;
    return day !== p.closedDay && minute >= openFrom && minute < openTo;
  };
  const nextOpen = (t: number) => {
    for (let day = Math.floor(t / DAY); ; day++) {
      const at = Math.max(t, day * DAY + openFrom);
      if (day !== p.closedDay && at < day * DAY + openTo) return at;
    }
  };
  const reset = p.resetHour * 60;
  const quotaDay = (t: number) => Math.floor((t - reset) / DAY);
  const startsOn = new Map<number, number[]>();
  const starts: number[] = [];
  let lost = 0;
  let previous = 0;
  for (const arrival of arrivals) {
    let t = Math.max(arrival, previous);
    // Under 'lost': the quota days seen while waiting, from the arrival's on.
    let checked = quotaDay(arrival) - 1;
    while (t < HORIZON) {
      if (p.leftover === 'lost') {
        let usedUp: number[] | undefined;
        for (let day = checked + 1; day <= quotaDay(t) && usedUp === undefined; day++) {
          const on = startsOn.get(day) ?? [];
          if (on.length >= p.perDay) usedUp = on;
        }
        checked = quotaDay(t);
        if (usedUp !== undefined) {
          if (Math.max(arrival, usedUp[usedUp.length - 1]!) < HORIZON) lost++;
          break;
        }
      }
      if (!isOpen(t)) {
        t = nextOpen(t);
        continue;
      }
      const day = quotaDay(t);
      const today = startsOn.get(day) ?? [];
      if (today.length >= p.perDay) {
        t = (day + 1) * DAY + reset;
        continue;
      }
      const busyUntil = starts.map((s) => s + p.service).filter((end) => end > t);
      if (busyUntil.length >= p.lanes) {
        t = Math.min(...busyUntil);
        continue;
      }
      starts.push(t);
      startsOn.set(day, [...today, t]);
      previous = t;
      break;
    }
  }
  return { starts, lost };
}

describe('a quota counted at service start', () => {
  it('starts at most perDay vehicles a local day and matches a hand computation', () => {
    fc.assert(
      fc.property(settings, (p) => {
        const arrivals: number[] = [];
        const starts: number[] = [];
        const result = runBorderReplication(scenario(p), {
          seed: p.seed,
          replication: 0,
          trace: (r) => {
            if (r.kind === 'process-start' && r.process === 'vehicle:car') arrivals.push(r.time);
            if (r.kind === 'grant' && r.resource === 'gate') starts.push(r.time);
          },
        });
        const perDay = new Map<number, number>();
        for (const t of starts) {
          const day = Math.floor((t - p.resetHour * 60) / DAY);
          perDay.set(day, (perDay.get(day) ?? 0) + 1);
        }
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(p.perDay);
        const expected = reference(p, arrivals);
        expect(starts).toEqual(expected.starts);
        expect(result.stations.gate!.turnedAwayByClass.car).toBe(expected.lost);
        expect(result.quotas.starts!.used).toBe(starts.length);
      }),
      { numRuns: 200, seed: 20250611 },
    );
  });

  it('holds back only the classes it applies to', () => {
    // One lane, 20-minute service, 2 truck starts a day; a truck and a car arrive together every
    // hour. Trucks beyond the day's two wait at the gate, and the cars go past them: every car
    // is served within the hour (a gate that held everyone behind the first waiting truck would
    // stop them all).
    const result = runBorderReplication(
      validateScenario({
        calendar: { start: '2024-03-04T00:00Z', horizon: { days: 3 } },
        sides: [
          {
            id: 'kz',
            utcOffset: '+00:00',
            quotas: [{ id: 'trucks', perDay: 2, countedAt: 'serviceStart', classes: ['truck'] }],
          },
        ],
        stations: [
          {
            id: 'gate',
            side: 'kz',
            lanes: 1,
            service: { deterministic: { minutes: 20 } },
            quotas: ['trucks'],
          },
        ],
        classes: [
          { id: 'truck', arrivals: { interarrival: { deterministic: { minutes: 60 } } }, route: ['gate'] },
          {
            id: 'car',
            arrivals: { interarrival: { deterministic: { minutes: 60 } } },
            route: ['gate'],
          },
        ],
      }),
      { seed: 1, replication: 0 },
    );
    const gate = result.stations.gate!;
    expect(gate.servedByClass.truck).toBe(6); // 2 a day for 3 days
    expect(gate.servedByClass.car).toBe(result.classes.car!.arrived);
    expect(result.quotas.trucks!.queueAtEnd).toBe(result.classes.truck!.arrived - 6);
  });
});
