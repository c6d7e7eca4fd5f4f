import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

const DAY = 1440;
const HORIZON = 6 * DAY;
const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** One class booking through an e-queue with room to spare; a quota of bookings on the side's day. */
const settings = fc.record({
  perDay: fc.integer({ min: 1, max: 8 }),
  perHour: fc.double({ min: 0.1, max: 2, noNaN: true }),
  resetHour: fc.integer({ min: 0, max: 23 }),
  leftover: fc.constantFrom('carried' as const, 'lost' as const),
  seed: fc.integer({ min: 0, max: 10_000 }),
});
type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

function scenario(p: Settings) {
  // The calendar starts at local midnight of the side, so a local time of day is t mod 1440. The
  // e-queue's slots never run out and a vehicle comes at once (no lead time, a slot from the day's
  // start): it reaches the border, where a station of many lanes grants at once, when it books.
  return validateScenario({
    calendar: { start: '2024-03-04T00:00+05:00', horizon: { minutes: HORIZON } },
    sides: [
      {
        id: 'kz',
        utcOffset: '+05:00',
        quotas: [
          {
            id: 'bookings',
            perDay: p.perDay,
            resetAt: hhmm(p.resetHour),
            countedAt: 'booking',
            leftover: p.leftover,
          },
        ],
      },
    ],
    equeues: [{ id: 'eq', side: 'kz', perDay: 100_000, arrival: 'dayStart' }],
    stations: [{ id: 'gate', lanes: 1000, service: { deterministic: { minutes: 1 } } }],
    classes: [
      { id: 'car', equeue: 'eq', arrivals: { rate: { perHour: p.perHour } }, route: ['gate'] },
      { id: 'walk-in', arrivals: { rate: { perHour: 0.5 } }, route: ['gate'] },
    ],
  } satisfies ScenarioInput);
}

/**
 * The same bookings computed by hand, vehicle by vehicle in order of arrival (first come, first
 * served): under 'carried' a vehicle books at the first moment from its arrival, and not before
 * the vehicle ahead of it, whose quota day (from resetHour to resetHour) has had fewer than perDay
 * bookings; tokens a day leaves unused are gone. Under 'lost' it books at its arrival if its day
 * still has a token, and otherwise never.
 */
function reference(p: Settings, arrivals: readonly number[]) {
  const reset = p.resetHour * 60;
  const quotaDay = (t: number) => Math.floor((t - reset) / DAY);
  const bookedOn = new Map<number, number>();
  const bookings: number[] = [];
  let refused = 0;
  let previous = 0;
  for (const arrival of arrivals) {
    let t = p.leftover === 'carried' ? Math.max(arrival, previous) : arrival;
    for (;;) {
      const day = quotaDay(t);
      if ((bookedOn.get(day) ?? 0) < p.perDay) {
        bookedOn.set(day, (bookedOn.get(day) ?? 0) + 1);
        bookings.push(t);
        previous = t;
        break;
      }
      if (p.leftover === 'lost') {
        refused++;
        break;
      }
      t = (day + 1) * DAY + reset;
      if (t >= HORIZON) break;
    }
  }
  return { bookings, refused };
}

describe('a quota counted at booking', () => {
  it('lets at most perDay vehicles book a local day and matches a hand computation', () => {
    fc.assert(
      fc.property(settings, (p) => {
        const arrivals: number[] = [];
        const result = runBorderReplication(scenario(p), {
          seed: p.seed,
          replication: 0,
          trace: (r) => {
            if (r.kind === 'process-start' && r.process === 'vehicle:car') arrivals.push(r.time);
          },
        });
        const ref = reference(p, arrivals);
        const queue = result.equeues!.eq!;
        expect(queue.booked).toBe(ref.bookings.length);
        expect(queue.refused).toBe(ref.refused);
        expect(queue.arrivedAtBorder).toBe(ref.bookings.length);
        expect(result.quotas.bookings!.used).toBe(ref.bookings.length);
        // Carried vehicles still waiting for a day's token at the end.
        const waiting = p.leftover === 'carried' ? arrivals.length - ref.bookings.length : 0;
        expect(result.quotas.bookings!.queueAtEnd).toBe(waiting);
        // Never more than perDay bookings on a quota day; the walk-in class takes no token.
        const perDay = new Map<number, number>();
        for (const t of ref.bookings) {
          const day = Math.floor((t - p.resetHour * 60) / DAY);
          perDay.set(day, (perDay.get(day) ?? 0) + 1);
        }
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(p.perDay);
        // Each vehicle comes to the border as it books (no virtual wait).
        expect(result.classes.car!.arrived).toBe(ref.bookings.length);
        expect(queue.virtualWait.max ?? 0).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('caps bookings, not arrivals at the border: a busy day books up to perDay and carries the rest', () => {
    // 12 vehicles a day for 5 days, 5 bookings a day carried: 25 booked, the rest still waiting.
    const result = runBorderReplication(
      validateScenario({
        calendar: { start: '2024-03-04T00:00+05:00', horizon: { days: 5 } },
        sides: [
          {
            id: 'kz',
            utcOffset: '+05:00',
            quotas: [{ id: 'bookings', perDay: 5, countedAt: 'booking' }],
          },
        ],
        equeues: [{ id: 'eq', side: 'kz', perDay: 100 }],
        stations: [{ id: 'gate', lanes: 10, service: { deterministic: { minutes: 1 } } }],
        classes: [
          {
            id: 'car',
            equeue: 'eq',
            arrivals: { interarrival: { deterministic: { hours: 2 } } },
            route: ['gate'],
          },
        ],
      } satisfies ScenarioInput),
      { seed: 1, replication: 0 },
    );
    expect(result.equeues!.eq!.booked).toBe(25);
    expect(result.quotas.bookings).toEqual({ used: 25, queueAtEnd: 59 - 25 });
  });
});
