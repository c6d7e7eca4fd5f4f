import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Schedule } from './schedule.js';
import type { ScheduleSpec } from './schedule-spec.js';

const DAY = 1440;

/** The chain of change points in (from, to], following nextChange. */
function changes(schedule: Schedule, from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = schedule.nextChange(from); t <= to; t = schedule.nextChange(t)) out.push(t);
  return out;
}

// Default epoch: simulated time 0 is Monday 00:00 UTC, the simulation counts minutes.
const office: ScheduleSpec = {
  capacity: 2,
  daily: [{ from: '09:00', to: '18:00' }],
  weekly: { sat: [{ from: 10, to: 14, capacity: 1 }], sun: [] },
};

describe('Schedule', () => {
  it('capacityAt follows weekly opening hours, [from, to) in local time', () => {
    const s = new Schedule(office);
    expect([s.capacityAt(539), s.capacityAt(540), s.capacityAt(1079), s.capacityAt(1080)]).toEqual([
      0, 2, 2, 0,
    ]);
    expect(s.capacityAt(5 * DAY + 700)).toBe(1); // Saturday 11:40
    expect(s.capacityAt(6 * DAY + 700)).toBe(0); // Sunday
    expect(s.capacityAt(7 * DAY + 600)).toBe(2); // next Monday 10:00
  });

  it('nextChange walks the week and skips the closed Sunday', () => {
    const s = new Schedule(office);
    expect(changes(s, 4 * DAY, 8 * DAY)).toEqual([
      4 * DAY + 540, // Fri opens
      4 * DAY + 1080, // Fri closes
      5 * DAY + 600, // Sat opens with 1
      5 * DAY + 840, // Sat closes
      7 * DAY + 540, // Mon opens
      7 * DAY + 1080,
    ]);
  });

  it('intervals may carry their own capacities; equal neighbours across midnight are no change', () => {
    const s = new Schedule({
      daily: [
        { from: 0, to: 8, capacity: 1 },
        { from: 8, to: 20, capacity: 3 },
        { from: 20, to: 24, capacity: 1 },
      ],
    });
    expect(changes(s, 0, 2 * DAY)).toEqual([480, 1200, DAY + 480, DAY + 1200]);
    expect(s.capacityAt(DAY)).toBe(1);
  });

  it('a capacity that never changes has no next change', () => {
    expect(new Schedule({ daily: [{ from: 0, to: 24, capacity: 4 }] }).nextChange(123)).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(new Schedule({}).nextChange(0)).toBe(Number.POSITIVE_INFINITY);
    expect(new Schedule({}).capacityAt(99)).toBe(0);
  });

  it('days off close whole local days, given as dates or as day counts', () => {
    // 1970-01-07 is the first Wednesday; day 8 is the second Tuesday.
    const s = new Schedule({ ...office, daysOff: ['1970-01-07', 8] });
    expect(s.capacityAt(2 * DAY + 600)).toBe(0);
    expect(s.capacityAt(8 * DAY + 600)).toBe(0);
    expect(s.capacityAt(3 * DAY + 600)).toBe(2);
    expect(changes(s, DAY + 1080, 3 * DAY + 1080)).toEqual([3 * DAY + 540, 3 * DAY + 1080]);
    // Open round the clock except one holiday a year ahead: the scan reaches it day by day.
    const holiday = new Schedule({ daily: [{ from: 0, to: 24 }], daysOff: ['1971-01-01'] });
    const start = (365 - 4) * DAY; // 1970-01-05 + 361 days = 1971-01-01
    expect(changes(holiday, 0, 400 * DAY)).toEqual([start, start + DAY]);
  });

  it('closures span days and may overlap; they merge into one closed range', () => {
    const s = new Schedule({
      ...office,
      closures: [
        { from: 2 * DAY + 600, to: 3 * DAY + 720, reason: 'storm' }, // Wed 10:00 to Thu 12:00
        { from: '1970-01-08T11:00Z', to: '1970-01-08T15:00Z' }, // Thu 11:00-15:00, overlapping
      ],
    });
    expect(s.capacityAt(3 * DAY + 750)).toBe(0);
    expect(changes(s, 2 * DAY + 540, 3 * DAY + 1080)).toEqual([2 * DAY + 600, 3 * DAY + 900, 3 * DAY + 1080]);
  });

  it('maps local opening hours through the UTC offset: 09:00-18:00 at UTC+8 is 01:00-10:00 UTC', () => {
    const s = new Schedule({
      daily: [{ from: '09:00', to: '18:00' }],
      utcOffset: 480,
      epoch: '2024-03-01T00:00Z',
    });
    expect([s.capacityAt(59), s.capacityAt(60), s.capacityAt(599), s.capacityAt(600)]).toEqual([0, 1, 1, 0]);
    expect(changes(s, 0, DAY + 600)).toEqual([60, 600, DAY + 60, DAY + 600]);
    const west = new Schedule({ daily: [{ from: '09:00', to: '18:00' }], utcOffset: -300 }); // UTC-5
    expect(changes(west, 0, DAY)).toEqual([840, 1380]);
  });

  it('handles a dated offset change: Kazakhstan, UTC+6 to UTC+5 on 1 March 2024', () => {
    const s = new Schedule({
      daily: [{ from: '09:00', to: '18:00' }],
      epoch: '2024-02-28T00:00Z',
      utcOffset: [{ offset: 360 }, { since: '2024-03-01T00:00+06:00', offset: 300 }],
    });
    // 09:00 local is 03:00Z before the change and 04:00Z after it.
    expect(changes(s, 0, 3 * DAY)).toEqual([180, 720, DAY + 180, DAY + 720, 2 * DAY + 240, 2 * DAY + 780]);
  });

  it('an offset change during opening hours moves the closing time, not the opening', () => {
    const s = new Schedule({
      daily: [{ from: '09:00', to: '18:00' }],
      epoch: '2024-02-28T00:00Z',
      utcOffset: [{ offset: 360 }, { since: '2024-02-29T12:00+06:00', offset: 300 }],
    });
    expect(changes(s, DAY, 2 * DAY)).toEqual([DAY + 180, DAY + 780]); // closes at 18:00 UTC+5
  });

  it('accepts an offset rule object, and stops scanning when only the offset keeps changing', () => {
    const everyTenDays = {
      offsetAt: (t: number) => (Math.floor(t / (10 * DAY)) % 2) * 60,
      nextChange: (t: number) => (Math.floor(t / (10 * DAY)) + 1) * 10 * DAY,
    };
    const s = new Schedule({ daily: [{ from: 9, to: 18 }], utcOffset: everyTenDays });
    expect(changes(s, 10 * DAY - 1, 11 * DAY)).toEqual([10 * DAY + 480, 10 * DAY + 1020]);
    const always = new Schedule({ daily: [{ from: 0, to: 24 }], utcOffset: everyTenDays });
    expect(always.nextChange(0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('works in other time units: a day of 24 hours', () => {
    const s = new Schedule({ dayLength: 24, daily: [{ from: '09:00', to: '17:30' }], utcOffset: 480 });
    expect(changes(s, 0, 24)).toEqual([1, 9.5]);
  });

  it('nextChange finds exactly the change points of a minute-by-minute scan', () => {
    const s = new Schedule({
      ...office,
      weekly: {
        ...office.weekly,
        wed: [
          { from: '07:30', to: '12:00', capacity: 3 },
          { from: '12:00', to: '19:15' },
        ],
      },
      utcOffset: [{ offset: 330 }, { since: 9 * DAY + 17, offset: 270 }],
      daysOff: [3, '1970-01-17'],
      closures: [
        { from: 4 * DAY + 600, to: 4 * DAY + 610 },
        { from: 11 * DAY, to: 12 * DAY + 1000 },
        { from: 12 * DAY + 900, to: 12 * DAY + 1100 },
      ],
    });
    const horizon = 21 * DAY;
    const scanned: number[] = [];
    for (let t = 1; t <= horizon; t++) if (s.capacityAt(t) !== s.capacityAt(t - 1)) scanned.push(t);
    expect(scanned.length).toBeGreaterThan(20);
    expect(changes(s, 0, horizon)).toEqual(scanned);
  });

  it('capacity is constant from t up to nextChange(t) and differs there', () => {
    const s = new Schedule({
      dayLength: 1, // days
      daily: [
        { from: '06:10', to: '11:00', capacity: 2 },
        { from: '11:00', to: '21:45' },
      ],
      utcOffset: [{ offset: 360 }, { since: 3.3, offset: 300 }],
      closures: [{ from: 1.2, to: 2.05 }],
    });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, f) => {
          const next = s.nextChange(t);
          expect(next).toBeGreaterThan(t);
          expect(s.capacityAt(next)).not.toBe(s.capacityAt(t));
          expect(s.capacityAt(t + f * (next - t) * (1 - 1e-12))).toBe(s.capacityAt(t));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('rejects a malformed spec naming the field and the value', () => {
    const bad = (spec: ScheduleSpec) => () => new Schedule(spec);
    expect(
      bad({
        daily: [
          { from: 9, to: 12 },
          { from: 11, to: 18 },
        ],
      }),
    ).toThrow(/schedule.daily: opening intervals overlap/);
    expect(bad({ daily: [{ from: '22:00', to: '06:00' }] })).toThrow(
      /schedule.daily\[0\]: to \("06:00"\) must be after from/,
    );
    expect(bad({ weekly: { monday: [] } as never })).toThrow(/unknown weekday "monday"/);
    expect(bad({ weekly: { tue: [{ from: 9, to: 10, capacity: 1.5 }] } })).toThrow(
      /schedule.weekly.tue\[0\].capacity: capacity must be an integer >= 0, got 1.5/,
    );
    expect(bad({ closures: [{ from: 10, to: 10 }] })).toThrow(
      /schedule.closures\[0\]: to \(10\) must be after from/,
    );
    expect(bad({ epoch: '2024-03-01' })).toThrow(/schedule.epoch: expected an instant/);
    expect(bad({ utcOffset: [{ since: 0, offset: 60 }] })).toThrow(
      /must start with an entry without `since`/,
    );
    expect(bad({ utcOffset: 8 * 60 * 60 })).toThrow(/minutes in \[-1080, 1080\], got 28800/);
    expect(bad({ dayLength: 0 })).toThrow(/dayLength must be a finite number > 0, got 0/);
    expect(bad({ daysOff: [1.5] })).toThrow(/schedule.daysOff\[0\]: expected a date/);
    expect(() => new Schedule({}).capacityAt(Number.NaN)).toThrow(/time must be finite, got NaN/);
  });
});
