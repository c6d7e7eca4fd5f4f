import * as z from 'zod';
import { parseDateTime, parseTimeOfDay, parseUtcOffset } from './date-time.js';

/*
 * String fields that name a moment or a time of day. Each checks its text with the hand-written
 * parsers of date-time.ts so that the schema and the resolver accept exactly the same strings.
 */

const LOCAL_EXPECTED =
  'a date "YYYY-MM-DD" or date-time "YYYY-MM-DDTHH:MM", local unless it ends in Z or ±HH:MM';

/** A date or date-time, read on a side's local clock unless it carries its own offset. */
export const dateTimeText = z
  .string({ error: LOCAL_EXPECTED })
  .refine((text) => parseDateTime(text) !== null, { error: LOCAL_EXPECTED })
  .meta({
    pattern: '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:\\d{2})?$',
    examples: ['2024-02-10', '2026-02-16T22:00', '2024-03-01T00:00+06:00'],
  });

const INSTANT_EXPECTED =
  'an ISO 8601 date-time with its UTC offset, e.g. "2024-01-01T00:00+08:00" or "2024-01-01T00:00Z"';

/** A date-time that names one instant everywhere: its offset (or `Z`) is required. */
export const instantText = z
  .string({ error: INSTANT_EXPECTED })
  .refine(
    (text) => {
      const parsed = parseDateTime(text);
      return parsed !== null && parsed.offset !== null && !parsed.dateOnly;
    },
    { error: INSTANT_EXPECTED },
  )
  .meta({
    pattern: '^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$',
    examples: ['2024-01-01T00:00+08:00'],
  });

const TIME_EXPECTED = 'a local time "HH:MM" between 00:00 and 24:00';

/** A local time of day, `HH:MM`. Quote it in YAML 1.1 tools, which read 08:00 as a number. */
export const timeOfDayText = z
  .string({ error: TIME_EXPECTED })
  .refine((text) => !Number.isNaN(parseTimeOfDay(text)), { error: TIME_EXPECTED })
  .meta({ pattern: '^\\d{2}:\\d{2}$', examples: ['00:00', '08:30'] });

const OFFSET_EXPECTED = 'a UTC offset "+HH:MM" or "-HH:MM" between -14:00 and +14:00';

/** A UTC offset, `+08:00`. */
export const utcOffsetText = z
  .string({ error: OFFSET_EXPECTED })
  .refine((text) => !Number.isNaN(parseUtcOffset(text)), { error: OFFSET_EXPECTED })
  .meta({ pattern: '^[+-]\\d{2}:\\d{2}$', examples: ['+08:00', '+05:00'] });

const INTERVAL_EXPECTED =
  'an opening interval "HH:MM-HH:MM" that ends after it starts (at 24:00 at the latest)';

/**
 * An opening interval within one day, `08:00-18:00`. Intervals crossing midnight are written as two
 * (`22:00-24:00` on one day, `00:00-02:00` on the next) so each weekday's hours stand alone.
 */
export const intervalText = z
  .string({ error: INTERVAL_EXPECTED })
  .refine((text) => parseInterval(text) !== null, { error: INTERVAL_EXPECTED })
  .meta({ pattern: '^\\d{2}:\\d{2}-\\d{2}:\\d{2}$', examples: ['08:00-12:00'] });

/** Parses `HH:MM-HH:MM` into local minutes of the day, or null if malformed or empty. */
export function parseInterval(text: string): { from: number; to: number } | null {
  const parts = text.split('-');
  if (parts.length !== 2) return null;
  const from = parseTimeOfDay(parts[0]!);
  const to = parseTimeOfDay(parts[1]!);
  return from < to ? { from, to } : null;
}
