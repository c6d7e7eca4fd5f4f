import type { Scenario } from '@landport/sim-core/border';

/**
 * What a shortened `--horizon` leaves out that matters. A 30-day run of a calendar year is a quick
 * look at January, not at the year: its waits can be a fraction of the year's, because the busy
 * months, the holiday closures and the dated policy changes come later. The note names them, so
 * that nobody reads a short run as the whole scenario.
 *
 * `full` is the scenario as its file has it; `run` the scenario that will run; `option` the flag
 * that shortened it, as given (`--horizon 30d`). Returns null when the run is not shorter, or
 * leaves out nothing of the kinds above.
 */
export function horizonNote(full: Scenario, run: Scenario, option: string): string | null {
  const end = run.calendar.horizon;
  if (end >= full.calendar.horizon) return null;
  const left: string[] = [];
  // A holiday that closes both sides of a crossing is one closure: count labels and dates.
  const closures = new Set(
    full.sides
      .flatMap((side) => side.closures)
      .filter((c) => c.from >= end)
      .map((c) => `${c.label} ${localDate(full, c.from)}`),
  );
  if (closures.size > 0) left.push(count(closures.size, 'closure'));
  const coveredMonths = monthsBetween(full, 0, end);
  const randomOnlyLater = full.sides
    .flatMap((side) => side.randomClosures)
    .filter((r) => !r.months.some((m) => coveredMonths.has(m)));
  for (const r of randomOnlyLater) left.push(`the random closures "${r.label}" (${monthList(r.months)})`);
  const shocks = full.shocks.filter((s) => s.at >= end);
  if (shocks.length > 0)
    left.push(`${count(shocks.length, 'shock')} (${labelList(shocks.map((s) => s.label))})`);
  const busier = busierMonths(full, end);
  if (busier !== null) left.push(busier);
  if (left.length === 0) return null;
  const period = (horizon: number) => {
    const [first, last] = [localDate(full, 0), localDate(full, horizon - 1)];
    return first === last ? first : `${first} to ${last}`;
  };
  return (
    `note: ${option} covers ${period(end)} of the scenario's ${period(full.calendar.horizon)}; ` +
    `it leaves out ${joinAnd(left)}. Leave out --horizon for the whole scenario.`
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 1440;

/**
 * The months after `end` (none of whose days the run covers) with a higher mean daily arrival rate
 * than every month the run covers, as "N months of higher demand (Apr–Dec 2024, up to 2.1× …)".
 * Rates are the scenario's Poisson and rate-table arrivals, with their monthly profiles and
 * demand shocks, sampled at each local noon; renewal arrivals have no calendar and are skipped.
 */
function busierMonths(full: Scenario, end: number): string | null {
  const byMonth = new Map<string, { sum: number; days: number; covered: boolean; key: number }>();
  for (let day = 0; day * DAY < full.calendar.horizon; day++) {
    const t = day * DAY + DAY / 2;
    const date = localParts(full, t, full.calendar.startUtcOffset);
    const name = `${MONTHS[date.month - 1]} ${date.year}`;
    const entry = byMonth.get(name) ?? {
      sum: 0,
      days: 0,
      covered: false,
      key: date.year * 12 + date.month - 1,
    };
    entry.sum += dailyDemand(full, t);
    entry.days++;
    if (day * DAY < end) entry.covered = true;
    byMonth.set(name, entry);
  }
  const mean = (e: { sum: number; days: number }) => e.sum / e.days;
  const covered = [...byMonth.values()].filter((e) => e.covered);
  const busiestCovered = Math.max(...covered.map(mean));
  if (!(busiestCovered > 0)) return null;
  const busier = [...byMonth.entries()].filter(
    ([, e]) => !e.covered && mean(e) > busiestCovered * (1 + 1e-9),
  );
  if (busier.length === 0) return null;
  const ratio = Math.max(...busier.map(([, e]) => mean(e))) / busiestCovered;
  const ranges = monthRanges(busier.map(([name, e]) => ({ name, key: e.key })));
  return `${count(busier.length, 'month')} of higher demand (${ranges}: up to ${ratio.toFixed(1)}× the busiest month it covers)`;
}

/** Expected arrivals a day at time `t`, summed over the classes. */
function dailyDemand(full: Scenario, t: number): number {
  let total = 0;
  for (const c of full.classes) {
    const multiplier = full.shocks.reduce(
      (m, s) => (s.change === 'demand' && s.class === c.id && s.at <= t ? s.multiplier : m),
      1,
    );
    const arrivals = c.arrivals;
    if (arrivals.kind === 'poisson') {
      const side = full.sides.find((s) => s.id === arrivals.clock);
      const offset = side === undefined ? full.calendar.startUtcOffset : offsetAt(side.utcOffsets, t);
      const month = localParts(full, t, offset).month;
      const hourly = arrivals.hourly.reduce((a, b) => a + b, 0) / arrivals.hourly.length;
      total += arrivals.ratePerMinute * DAY * arrivals.monthly[month - 1]! * hourly * multiplier;
    } else if (arrivals.kind === 'rateTable') {
      const cycle = arrivals.repeatEvery;
      const at = cycle === null ? t : t % cycle;
      const row = arrivals.rows.filter((r) => r.from <= at).at(-1);
      total += (row?.ratePerMinute ?? 0) * DAY * multiplier;
    }
  }
  return total;
}

function offsetAt(periods: readonly { from: number; offset: number }[], t: number): number {
  return periods.filter((p) => p.from <= t).at(-1)?.offset ?? periods[0]?.offset ?? 0;
}

function localParts(full: Scenario, t: number, offset: number) {
  const d = new Date(full.calendar.startEpochMs + (t + offset) * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The local date (on the start's clock) of minute `t`, as YYYY-MM-DD. */
function localDate(full: Scenario, t: number): string {
  const { year, month, day } = localParts(full, t, full.calendar.startUtcOffset);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Month numbers (1–12) with at least one day in [from, to), on the start's clock. */
function monthsBetween(full: Scenario, from: number, to: number): Set<number> {
  const months = new Set<number>();
  for (let t = from; t < to; t += DAY) months.add(localParts(full, t, full.calendar.startUtcOffset).month);
  months.add(localParts(full, to - 1, full.calendar.startUtcOffset).month);
  return months;
}

/** Consecutive months as ranges: "Apr–Dec 2024", "Nov 2023–Feb 2024", "Sep 2024, Nov 2024". */
function monthRanges(months: { name: string; key: number }[]): string {
  const sorted = [...months].sort((a, b) => a.key - b.key);
  const ranges: string[] = [];
  let first = sorted[0]!;
  let last = first;
  const close = () => {
    if (first === last) ranges.push(first.name);
    else if (first.name.slice(4) === last.name.slice(4))
      ranges.push(`${first.name.slice(0, 3)}–${last.name}`);
    else ranges.push(`${first.name}–${last.name}`);
  };
  for (const m of sorted.slice(1)) {
    if (m.key !== last.key + 1) {
      close();
      first = m;
    }
    last = m;
  }
  close();
  return ranges.join(', ');
}

function monthList(months: readonly number[]): string {
  return months.map((m) => MONTHS[m - 1]).join(', ');
}

function labelList(labels: readonly string[]): string {
  const shown = labels.slice(0, 3).map((l) => JSON.stringify(l));
  return labels.length > 3 ? `${shown.join(', ')} and ${labels.length - 3} more` : shown.join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function joinAnd(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
