/**
 * Civil-time notation used by schedules: calendar dates, instants and times of day, parsed by hand.
 *
 * Why not `Date.parse`: outside the one format ECMAScript pins down, parsing is engine-specific,
 * and a date-only string is read as UTC by some engines and as local time by others. A schedule
 * must mean the same instant in every browser and in Node, so these functions accept a strict
 * subset of ISO 8601 and do the calendar arithmetic themselves (proleptic Gregorian, no leap
 * seconds, like JavaScript's own time values).
 */

const MINUTES_PER_DAY = 1440;
const DATE = /^(-?\d{4,6})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(-?\d{4,6})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})$/;

/**
 * Days from 1970-01-01 to the given proleptic Gregorian date (negative before it).
 * Howard Hinnant's `days_from_civil`: shifting the year to start in March puts the leap day last,
 * so the day of the year follows from the month by one linear formula.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO weekday index of a day number from {@link daysFromCivil}: 0 = Monday … 6 = Sunday. */
export function weekdayOfDay(dayNumber: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Parses a calendar date `YYYY-MM-DD` into a day number; `name` names the parameter in errors. */
export function parseDate(text: string, name: string): number {
  const m = DATE.exec(text);
  if (m === null) throw new RangeError(`${name}: expected a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return checkedDay(Number(m[1]), Number(m[2]), Number(m[3]), text, name);
}

/**
 * Parses an instant `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or a UTC offset `±HH:MM`, into
 * minutes since 1970-01-01T00:00Z. The zone is required: a bare local date-time is ambiguous.
 */
export function parseInstant(text: string, name: string): number {
  const m = INSTANT.exec(text);
  if (m === null) {
    throw new RangeError(
      `${name}: expected an instant like 2024-03-01T09:00+05:00 or 2024-03-01T04:00Z (zone required), got ${JSON.stringify(text)}`,
    );
  }
  const day = checkedDay(Number(m[1]), Number(m[2]), Number(m[3]), text, name);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) {
    throw new RangeError(`${name}: time of day out of range in ${JSON.stringify(text)}`);
  }
  let offset = 0;
  if (m[7] !== 'Z') {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    if (oh > 18 || om > 59)
      throw new RangeError(`${name}: UTC offset out of range in ${JSON.stringify(text)}`);
    offset = (m[8] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return day * MINUTES_PER_DAY + hour * 60 + minute + second / 60 - offset;
}

/**
 * Reads a time of day as minutes after midnight, in [0, 1440]: a string `HH:MM` (`24:00` is the
 * end of the day) or a number of hours (`9.5` is 09:30).
 */
export function parseTimeOfDay(value: number | string, name: string): number {
  let minutes: number;
  if (typeof value === 'number') {
    minutes = value * 60;
  } else {
    const m = TIME_OF_DAY.exec(value);
    if (m === null || Number(m[2]) > 59) {
      throw new RangeError(`${name}: expected a time of day HH:MM, got ${JSON.stringify(value)}`);
    }
    minutes = Number(m[1]) * 60 + Number(m[2]);
  }
  if (!(minutes >= 0 && minutes <= MINUTES_PER_DAY)) {
    throw new RangeError(
      `${name}: a time of day must lie in [00:00, 24:00] (hours 0 to 24), got ${JSON.stringify(value)}`,
    );
  }
  return minutes;
}

function checkedDay(year: number, month: number, day: number, text: string, name: string): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > lengths[month - 1]!) {
    throw new RangeError(`${name}: no such calendar date in ${JSON.stringify(text)}`);
  }
  return daysFromCivil(year, month, day);
}

/**
 * The proleptic Gregorian date of a day number from {@link daysFromCivil}: its inverse, Howard
 * Hinnant's `civil_from_days`. Returns the month (1–12); the year and day are rarely needed by
 * models, which read months for seasonal profiles.
 */
export function monthOfDay(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return mp < 10 ? mp + 3 : mp - 9;
}
