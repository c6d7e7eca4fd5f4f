/*
 * ISO 8601 texts used in scenario files, parsed by hand: `Date.parse` reads a date-time without an
 * offset in the machine's own time zone, which would make a scenario mean different things on
 * different computers. All arithmetic below is on "wall minutes": minutes since 1970-01-01T00:00
 * read on some clock, which become UTC minutes once that clock's offset is subtracted.
 */

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** A date or date-time read from a file, not yet placed on a clock. */
export interface ParsedDateTime {
  /** Minutes since 1970-01-01T00:00 on the clock the text was written in. */
  readonly wallMinutes: number;
  /** The explicit UTC offset in minutes (`Z` is 0), or null when the text carries none. */
  readonly offset: number | null;
  /** True when the text is a bare date (`2024-02-10`), i.e. midnight at the start of that day. */
  readonly dateOnly: boolean;
}

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS][offset]` (a space may replace the `T`).
 * Returns null for anything else, including impossible dates such as 2023-02-29.
 */
export function parseDateTime(text: string): ParsedDateTime | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = m[7] === undefined ? null : m[7] === 'Z' ? 0 : parseUtcOffset(m[7]);
  if (Number.isNaN(offset)) return null;
  const wallMinutes = Date.UTC(year, month - 1, day, hour, minute, second) / 60_000;
  return { wallMinutes, offset, dateOnly: m[4] === undefined };
}

/** Parses `+HH:MM` / `-HH:MM` into minutes east of UTC; NaN outside −14:00…+14:00 or malformed. */
export function parseUtcOffset(text: string): number {
  const m = OFFSET.exec(text);
  if (!m) return Number.NaN;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (Number(m[3]) > 59 || minutes > 14 * 60) return Number.NaN;
  return m[1] === '-' ? -minutes : minutes;
}

/** Parses a local time of day `HH:MM` (00:00 to 24:00 inclusive) into minutes after midnight; NaN otherwise. */
export function parseTimeOfDay(text: string): number {
  const m = TIME_OF_DAY.exec(text);
  if (!m) return Number.NaN;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) > 59 || minutes > 24 * 60 ? Number.NaN : minutes;
}

/** Formats UTC milliseconds as `YYYY-MM-DDTHH:MM:SSZ` (seconds kept, milliseconds dropped). */
export function formatUtc(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats a UTC minute on a clock of the given offset: `YYYY-MM-DDTHH:MM+HH:MM`. */
export function formatLocal(utcMinutes: number, offset: number): string {
  const wall = new Date((utcMinutes + offset) * 60_000).toISOString().slice(0, 16);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
