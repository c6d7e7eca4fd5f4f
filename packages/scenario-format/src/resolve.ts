import type {
  Closure,
  Costs,
  DailySettings,
  Money,
  Quota,
  Scenario,
  Shock,
  ShockChange,
  Side,
} from '@landport/sim-core/border';
import { formatUtc, parseDateTime, parseTimeOfDay } from './date-time.js';
import { resolveTimeDistribution } from './distribution.js';
import { resolveWeeklyHours } from './opening-hours.js';
import { resolveEQueue } from './resolve-equeue.js';
import { resolveClass, resolveStation } from './resolve-network.js';
import type { ParsedScenario } from './schema.js';
import { shockSide } from './shock-side.js';
import { closureInterval, fixedSchedule, instantOf, offsetAt, offsetSchedule } from './side-clock.js';
import { type DurationInput, type MoneyInput, toMinutes } from './units.js';

type ParsedSide = ParsedScenario['sides'][number];

/** Instants of the run: UTC minute of the start, its offset, the horizon in minutes. */
interface Frame {
  readonly startUtc: number;
  readonly startOffset: number;
  readonly horizon: number;
}

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function resolveSide(s: ParsedSide, frame: Frame): Side {
  const schedule = offsetSchedule(s);
  const closures: Closure[] = [];
  for (const c of s.closures) {
    const utc = closureInterval(schedule, c.from, c.to);
    const from = Math.max(0, utc.from - frame.startUtc);
    const to = Math.min(frame.horizon, utc.to - frame.startUtc);
    if (to > from)
      closures.push({ label: c.label ?? `closed ${c.from}${c.to ? ` to ${c.to}` : ''}`, from, to });
  }
  return {
    id: s.id,
    name: s.name ?? s.id,
    utcOffsets: [
      { from: 0, offset: offsetAt(schedule, frame.startUtc) },
      ...schedule
        .filter((p) => p.from > frame.startUtc)
        .map((p) => ({ from: p.from - frame.startUtc, offset: p.offset })),
    ],
    openingHours: resolveWeeklyHours(s.openingHours, s.daysOff),
    closures: closures.sort((a, b) => a.from - b.from),
    randomClosures: s.randomClosures.map((r) => ({
      label: r.label ?? 'random closure',
      months: r.months ? [...new Set(r.months)].sort((a, b) => a - b) : ALL_MONTHS,
      probabilityPerDay: r.probabilityPerDay,
      duration: resolveTimeDistribution(r.duration),
    })),
  };
}

function resolveQuotas(
  sides: readonly ParsedSide[],
  classIds: readonly string[],
  bookingClassIds: readonly string[],
): Quota[] {
  return sides.flatMap((s) =>
    s.quotas.map((q) => ({
      id: q.id,
      side: q.clock ?? s.id,
      perDay: q.perDay,
      resetAt: parseTimeOfDay(q.resetAt),
      counts: q.counts,
      classes: q.classes ? [...q.classes] : [...(q.countedAt === 'booking' ? bookingClassIds : classIds)],
      countedAt: q.countedAt,
      leftover: q.leftover,
    })),
  );
}

function resolveCosts(
  parsed: ParsedScenario,
  classIds: readonly string[],
): { costs: Costs; money: (m: MoneyInput) => Money } {
  const input = parsed.costs ?? { currency: 'USD', exchangeRates: {}, fees: [], demurrage: [] };
  const exchangeRates: Record<string, number> = { ...input.exchangeRates, [input.currency]: 1 };
  const money = (m: MoneyInput): Money => ({
    amount: m.amount,
    currency: m.currency,
    reportingAmount: m.amount * exchangeRates[m.currency]!,
  });
  const costs: Costs = {
    currency: input.currency,
    exchangeRates,
    fees: input.fees.map((f) => ({
      id: f.id,
      name: f.name ?? f.id,
      category: f.category,
      amount: money(f.amount),
      per: f.per,
      classes: f.classes ? [...f.classes] : [...classIds],
      station: f.station ?? null,
    })),
    demurrage: input.demurrage.map((d) => ({
      perDay: money(d.perDay),
      freeTime: toMinutes(d.freeTime),
      per: d.per,
      classes: d.classes ? [...d.classes] : [...classIds],
      charging: d.charging,
    })),
  };
  return { costs, money };
}

/**
 * Minutes since the start of a time written as a date-time on `side`'s clock (the start's clock
 * for no side) or as a duration from the start.
 */
function minuteOf(at: string | DurationInput, side: ParsedSide | undefined, frame: Frame): number {
  if (typeof at !== 'string') return toMinutes(at);
  const schedule = side === undefined ? fixedSchedule(frame.startOffset) : offsetSchedule(side);
  return instantOf(schedule, parseDateTime(at)!) - frame.startUtc;
}

function resolveShocks(
  parsed: ParsedScenario,
  frame: Frame,
  money: (m: MoneyInput) => Money,
  classIds: readonly string[],
): Shock[] {
  const shocks = parsed.shocks.map((s): Shock => {
    const at = minuteOf(s.at, shockSide(s, parsed.stations, parsed.sides), frame);
    let change: ShockChange;
    switch (s.change) {
      case 'lanes':
        change = { change: s.change, station: s.station, lanes: s.lanes };
        break;
      case 'hours':
        change = {
          change: s.change,
          side: s.side,
          openingHours: resolveWeeklyHours(s.openingHours, s.daysOff),
        };
        break;
      case 'quota':
        change = { change: s.change, quota: s.quota, perDay: s.perDay };
        break;
      case 'service':
        change = {
          change: s.change,
          station: s.station,
          classes: s.class ? [s.class] : [...classIds],
          service: resolveTimeDistribution(s.service),
          perCar: s.perCar ? toMinutes(s.perCar) : null,
        };
        break;
      case 'inspection':
        change = {
          change: s.change,
          station: s.station,
          classes: s.class ? [s.class] : [...classIds],
          probability: s.probability,
        };
        break;
      case 'fee':
        change = { change: s.change, fee: s.fee, amount: money(s.amount) };
        break;
      case 'driverFee':
        change = { change: s.change, feePerTrip: money(s.feePerTrip) };
        break;
      case 'driverPool':
        change = { change: s.change, count: s.count };
        break;
      case 'demand':
        change = { change: s.change, class: s.class, multiplier: s.multiplier };
        break;
    }
    return { label: s.label, at, ...change };
  });
  // Array.prototype.sort is stable (ES2019), so equal times keep file order.
  return shocks.sort((a, b) => a.at - b.at);
}

/**
 * Resolves a scenario that passed the schema and the cross-field checks: units to minutes, dates
 * to minutes since the start, defaults filled.
 */
export function resolveScenario(parsed: ParsedScenario): Scenario {
  const start = parseDateTime(parsed.calendar.start)!;
  const startOffset = start.offset ?? 0;
  const startUtc = start.wallMinutes - startOffset;
  const frame: Frame = { startUtc, startOffset, horizon: toMinutes(parsed.calendar.horizon) };
  const classIds = parsed.classes.map((c) => c.id);
  const { costs, money } = resolveCosts(parsed, classIds);
  const drivers = parsed.drivers;
  return {
    name: parsed.name ?? null,
    description: parsed.description ?? null,
    calendar: {
      start: formatUtc(startUtc * 60_000),
      startEpochMs: startUtc * 60_000,
      startUtcOffset: startOffset,
      horizon: frame.horizon,
      warmUp: toMinutes(parsed.calendar.warmUp),
    },
    ports: (parsed.ports ?? []).map((p) => ({ id: p.id, name: p.name ?? p.id })),
    sides: parsed.sides.map((s) => resolveSide(s, frame)),
    quotas: resolveQuotas(
      parsed.sides,
      classIds,
      parsed.classes.filter((c) => c.equeue !== undefined).map((c) => c.id),
    ),
    stations: parsed.stations.map((st) => resolveStation(st, classIds)),
    classes: parsed.classes.map((c) => resolveClass(c, parsed.stations)),
    // An e-queue's opening is read on its side's clock, like a shock on that side.
    equeues: parsed.equeues.map((q) =>
      resolveEQueue(
        q,
        q.opens === undefined
          ? 0
          : minuteOf(
              q.opens,
              parsed.sides.find((s) => s.id === q.side),
              frame,
            ),
      ),
    ),
    fleets: parsed.fleets.map((f) => ({
      id: f.id,
      vehicles: f.vehicles,
      class: f.class,
      returnsAs: f.returnsAs,
      away: resolveTimeDistribution(f.away),
      home: resolveTimeDistribution(f.home),
    })),
    drivers: drivers
      ? {
          count: drivers.count,
          returnTrip: resolveTimeDistribution(drivers.returnTrip),
          feePerTrip: drivers.feePerTrip ? money(drivers.feePerTrip) : null,
          congestionFee: drivers.congestionFee
            ? {
                perHour: drivers.congestionFee.perHour ? money(drivers.congestionFee.perHour) : null,
                scarcity: drivers.congestionFee.scarcity ? money(drivers.congestionFee.scarcity) : null,
              }
            : null,
          takenAt: drivers.takenAt ?? null,
          releasedAt: drivers.releasedAt ?? null,
        }
      : null,
    costs,
    shocks: resolveShocks(parsed, frame, money, classIds),
    daily: resolveDaily(parsed),
  };
}

/**
 * The daily settings with their defaults: the side is that of the last station that has one
 * (where vehicles clear the port), else the first side, else none (the start's clock).
 */
function resolveDaily(parsed: ParsedScenario): DailySettings {
  const d = parsed.daily;
  let lastSide: string | undefined;
  for (const st of parsed.stations) lastSide = st.side ?? lastSide;
  return {
    side: d?.side ?? lastSide ?? parsed.sides[0]?.id ?? null,
    queueHour: d?.queueHour ?? 8,
    threshold: d?.threshold ? { perDay: d.threshold.perDay, counts: d.threshold.counts } : null,
  };
}
