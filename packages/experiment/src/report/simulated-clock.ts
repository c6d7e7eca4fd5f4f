import type { Scenario } from '@landport/sim-core/border';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * Turns simulated time (hours since the scenario start, as results store it) into what charts
 * show: a date on the scenario's clock, or a local hour of day on a side's clock.
 *
 * Dates are drawn on the clock of `calendar.start` (the UTC offset written with it, e.g. Beijing
 * time for Horgos): charts get the wall-clock instant as milliseconds and a UTC time scale, so
 * that axis labels read as that clock's dates whatever the viewer's time zone. Without a scenario
 * (a folder written before scenario.json existed) the axis is days since the start instead.
 */
export class SimulatedClock {
  /** Whether times become dates (a scenario is known) or days since the start. */
  readonly dated: boolean;
  private readonly startMs: number;
  private readonly startOffset: number;
  private readonly sides: ReadonlyMap<string, readonly { from: number; offset: number }[]>;

  constructor(scenario: Scenario | null) {
    this.dated = scenario !== null;
    this.startMs = scenario?.calendar.startEpochMs ?? 0;
    this.startOffset = scenario?.calendar.startUtcOffset ?? 0;
    this.sides = new Map((scenario?.sides ?? []).map((s) => [s.id, s.utcOffsets]));
  }

  /** The x value of `hours` since the start: wall-clock milliseconds (dated) or days. */
  x(hours: number): number {
    return this.dated ? this.startMs + hours * HOUR_MS + this.startOffset * MINUTE_MS : hours / 24;
  }

  /** `hours` since the start as text for tooltips, e.g. `2023-08-15 06:00` or `day 44.25`. */
  label(hours: number): string {
    if (!this.dated) return `day ${Number((hours / 24).toFixed(2))}`;
    return new Date(this.x(hours)).toISOString().slice(0, 16).replace('T', ' ');
  }

  /**
   * The d3 time format of axis labels for a chart spanning `spanHours`: Vega's default labels
   * drop the year except on January ticks, which a run from July to December never shows.
   */
  axisFormat(spanHours: number): string {
    if (spanHours > 120 * 24) return '%b %Y';
    if (spanHours > 4 * 24) return '%d %b %Y';
    return '%d %b %H:%M';
  }

  /** The axis title of simulated time. */
  get axisTitle(): string {
    if (!this.dated) return 'Days since the start';
    return `Date (clock of the scenario start, ${formatOffset(this.startOffset)})`;
  }

  /**
   * The local hour of day (0–23) at `hours` since the start on the clock of side `side` (its UTC
   * offset at that instant, so a dated change of offset is followed), or on the start's clock
   * for a station of no side. Without a scenario: hours since the start, modulo 24.
   */
  hourOfDay(hours: number, side: string | null): number {
    if (!this.dated) return Math.floor((((hours % 24) + 24) % 24) + 1e-9) % 24;
    const minute = hours * 60;
    let offset = this.startOffset;
    for (const period of (side === null ? undefined : this.sides.get(side)) ?? []) {
      if (period.from <= minute + 1e-9) offset = period.offset;
    }
    const wallMinutes = this.startMs / MINUTE_MS + minute + offset;
    return Math.floor((((wallMinutes % 1440) + 1440) % 1440) / 60 + 1e-9) % 24;
  }
}

/** `+08:00`-style text of an offset in minutes, as `UTC+08:00`. */
export function formatOffset(offset: number): string {
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${offset < 0 ? '−' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
