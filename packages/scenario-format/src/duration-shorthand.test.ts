import { describe, expect, it } from 'vitest';
import { parseDurationShorthand, readDurationShorthand } from './duration-shorthand.js';
import { parseOverride } from './overrides.js';

describe('duration shorthand', () => {
  it('reads 30d, 12h, 90m and 1.5d as durations, and nothing else', () => {
    expect(parseDurationShorthand('30d')).toEqual({ days: 30 });
    expect(parseDurationShorthand(' 12h ')).toEqual({ hours: 12 });
    expect(parseDurationShorthand('90m')).toEqual({ minutes: 90 });
    expect(parseDurationShorthand('1.5d')).toEqual({ days: 1.5 });
    for (const text of ['30', 'd', '30 days', '-1d', '30s', ''])
      expect(parseDurationShorthand(text)).toBeNull();
  });

  it('rewrites only calendar.horizon and calendar.warmUp given in the short form', () => {
    expect(readDurationShorthand(parseOverride('calendar.horizon=20d')).value).toEqual({ days: 20 });
    expect(readDurationShorthand(parseOverride('calendar.warmUp=6h')).value).toEqual({ hours: 6 });
    const other = parseOverride('stations.gate.lanes=3');
    expect(readDurationShorthand(other)).toBe(other);
    const written = parseOverride('calendar.horizon={days: 20}');
    expect(readDurationShorthand(written)).toBe(written);
  });
});
