import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, parseDate, parseInstant, parseTimeOfDay, weekdayOfDay } from './civil-time.js';

describe('civil time', () => {
  it('daysFromCivil agrees with Date.UTC over four centuries of dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(daysFromCivil(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
        },
      ),
      { seed: 20240301, numRuns: 500 },
    );
  });

  it('weekdayOfDay counts from Monday: 2024-03-01 was a Friday, 1970-01-05 a Monday', () => {
    expect(weekdayOfDay(parseDate('2024-03-01', 'd'))).toBe(4);
    expect(weekdayOfDay(parseDate('1970-01-05', 'd'))).toBe(0);
    expect(weekdayOfDay(parseDate('1969-12-28', 'd'))).toBe(6); // before the epoch: a Sunday
  });

  it('parseInstant honours the zone: Kazakhstan midnight at UTC+6 is 18:00Z the day before', () => {
    expect(parseInstant('2024-03-01T00:00+06:00', 'i')).toBe(parseInstant('2024-02-29T18:00Z', 'i'));
    expect(parseInstant('2024-03-01T00:00:30Z', 'i') - parseInstant('2024-03-01T00:00Z', 'i')).toBe(0.5);
    expect(parseInstant('1970-01-01T00:00Z', 'i')).toBe(0);
  });

  it('parseTimeOfDay reads HH:MM and hours, and rejects what is not a time of day', () => {
    expect(parseTimeOfDay('09:30', 't')).toBe(570);
    expect(parseTimeOfDay(9.5, 't')).toBe(570);
    expect(parseTimeOfDay('24:00', 't')).toBe(1440);
    expect(() => parseTimeOfDay('25:00', 'open.from')).toThrow(
      /open.from: a time of day must lie in \[00:00, 24:00\]/,
    );
    expect(() => parseTimeOfDay('9h', 'open.to')).toThrow(/open.to: expected a time of day HH:MM, got "9h"/);
    expect(() => parseTimeOfDay(-1, 't')).toThrow(RangeError);
  });

  it('rejects impossible dates and instants without a zone', () => {
    expect(() => parseDate('2023-02-29', 'holiday')).toThrow(
      /holiday: no such calendar date in "2023-02-29"/,
    );
    expect(parseDate('2024-02-29', 'holiday')).toBe(parseDate('2024-03-01', 'h') - 1);
    expect(() => parseInstant('2024-03-01T09:00', 'epoch')).toThrow(
      /epoch: expected an instant .* \(zone required\)/,
    );
    expect(() => parseInstant('2024-03-01T25:00Z', 'epoch')).toThrow(/time of day out of range/);
  });
});
