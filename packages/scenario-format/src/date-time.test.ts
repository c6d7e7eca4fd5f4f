import { describe, expect, it } from 'vitest';
import { formatLocal, formatUtc, parseDateTime, parseTimeOfDay, parseUtcOffset } from './date-time.js';

describe('parseDateTime', () => {
  it('reads a bare date as midnight on an unspecified clock', () => {
    expect(parseDateTime('2024-03-01')).toEqual({
      wallMinutes: Date.UTC(2024, 2, 1) / 60_000,
      offset: null,
      dateOnly: true,
    });
  });

  it('reads date-times with T or a space, seconds, Z and offsets', () => {
    expect(parseDateTime('2024-03-01T08:30')?.wallMinutes).toBe(Date.UTC(2024, 2, 1, 8, 30) / 60_000);
    expect(parseDateTime('2024-03-01 08:30')?.wallMinutes).toBe(Date.UTC(2024, 2, 1, 8, 30) / 60_000);
    expect(parseDateTime('2024-03-01T08:30:30Z')).toMatchObject({ offset: 0, dateOnly: false });
    expect(parseDateTime('2024-03-01T08:30+05:45')?.offset).toBe(345);
    expect(parseDateTime('2024-03-01T08:30-03:00')?.offset).toBe(-180);
  });

  it('rejects impossible dates and malformed text', () => {
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024-01-01T24:00',
      '2024-1-1',
      'tomorrow',
      '2024-01-01T08:00+15:00',
    ]) {
      expect(parseDateTime(bad), bad).toBeNull();
    }
    expect(parseDateTime('2024-02-29')).not.toBeNull();
  });
});

describe('clock texts', () => {
  it('parseTimeOfDay accepts 00:00 to 24:00', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('09:30')).toBe(570);
    expect(parseTimeOfDay('24:00')).toBe(1440);
    expect(parseTimeOfDay('24:01')).toBeNaN();
    expect(parseTimeOfDay('9:30')).toBeNaN();
  });

  it('parseUtcOffset reads signed offsets within ±14:00', () => {
    expect(parseUtcOffset('+08:00')).toBe(480);
    expect(parseUtcOffset('-09:30')).toBe(-570);
    expect(parseUtcOffset('+14:30')).toBeNaN();
    expect(parseUtcOffset('8')).toBeNaN();
  });

  it('formats instants in UTC and on a local clock', () => {
    const ms = Date.UTC(2024, 1, 29, 18, 0);
    expect(formatUtc(ms)).toBe('2024-02-29T18:00:00Z');
    expect(formatLocal(ms / 60_000, 300)).toBe('2024-02-29T23:00+05:00');
    expect(formatLocal(ms / 60_000, -210)).toBe('2024-02-29T14:30-03:30');
  });
});
