import type { CostTotals } from './cost-ledger.js';
import type { DailyResult } from './daily-series.js';
import type { DurationSummary } from './duration-stats.js';

/**
 * What one replication of a border scenario reports: plain, JSON-safe data (no NaN: a statistic
 * with no observation is null). Times are in minutes; rates per day; money in the scenario's
 * reporting currency. Statistics cover the time after the warm-up: waits and crossings of
 * vehicles that arrived after it, time averages from its end, throughput of exits after it.
 * The `conservation` block counts over the whole run, warm-up included.
 */
export interface BorderReplicationResult {
  readonly scenario: string | null;
  readonly seed: number | string;
  readonly replication: number;
  /** Minutes simulated and discarded. */
  readonly horizon: number;
  readonly warmUp: number;
  /** Calendar entries processed. */
  readonly events: number;
  readonly classes: Readonly<Record<string, ClassResult>>;
  readonly stations: Readonly<Record<string, StationResult>>;
  readonly drivers: DriverResult | null;
  readonly quotas: Readonly<Record<string, { readonly used: number; readonly queueAtEnd: number }>>;
  /** Vehicles in the port (arrived, not yet exited or turned away). */
  readonly inSystem: { readonly mean: number | null; readonly max: number };
  readonly costs: { readonly currency: string; readonly totals: CostTotals; readonly total: number };
  readonly conservation: {
    readonly arrived: number;
    readonly exited: number;
    readonly turnedAway: number;
    readonly inSystemAtEnd: number;
    readonly byClass: Readonly<
      Record<string, { readonly arrived: number; readonly exited: number; readonly turnedAway: number }>
    >;
    /** Vehicles that reached each station, left it after service, or were turned away there. */
    readonly byStation: Readonly<
      Record<string, { readonly reached: number; readonly departed: number; readonly turnedAway: number }>
    >;
    /** Cars waiting for a driver at the end. */
    readonly waitingForDriverAtEnd: number;
  };
  readonly series: {
    /** Width of a series interval, minutes; point k covers [warmUp + k·interval, …). */
    readonly interval: number;
    readonly start: number;
    /** Time-weighted mean vehicles in the port per interval. */
    readonly inSystem: readonly number[];
    /** Time-weighted mean vehicles waiting per station per interval. */
    readonly waiting: Readonly<Record<string, readonly number[]>>;
  };
  /** Day by day, per local day of one side and per class (after the warm-up). */
  readonly daily: DailyResult;
}

/** A vehicle class's figures. */
export interface ClassResult {
  readonly arrived: number;
  readonly exited: number;
  readonly turnedAway: number;
  readonly carsExited: number;
  /** Arrival to exit, minutes, of vehicles that exited. */
  readonly crossing: DurationSummary;
  /** Exits per day after the warm-up. */
  readonly throughputPerDay: number;
  readonly carsPerDay: number;
  readonly costs: { readonly totals: CostTotals; readonly total: number; readonly perVehicle: number | null };
}

/** A station's figures. */
export interface StationResult {
  /** Wait from arriving at the station to starting service, all classes. */
  readonly wait: DurationSummary;
  readonly waitByClass: Readonly<Record<string, DurationSummary>>;
  readonly servedByClass: Readonly<Record<string, number>>;
  readonly turnedAwayByClass: Readonly<Record<string, number>>;
  readonly secondaryByClass: Readonly<Record<string, number>>;
  readonly served: number;
  readonly throughputPerDay: number;
  /** Vehicles waiting (not yet in service), time-weighted. */
  readonly queue: { readonly mean: number | null; readonly max: number };
  /** Busy lane-time over open lane-time; null for a pure delay or a station never open. */
  readonly utilisation: number | null;
  /**
   * The same by local hour of the day (24 values, 00:00 first, on the station's side's clock);
   * null for an hour the lanes were never open, or for a pure delay.
   */
  readonly utilisationByHour: readonly (number | null)[] | null;
  readonly secondaryUtilisation: number | null;
}

/** The driver pool's figures. */
export interface DriverResult {
  readonly trips: number;
  /** Share of drivers busy (waiting for a car to clear, driving, returning). */
  readonly utilisation: number | null;
  /** Cars waiting for a driver, time-weighted. */
  readonly queue: { readonly mean: number | null; readonly max: number };
  readonly fees: number;
  /** Mean trips per driver per 30 days. */
  readonly tripsPerDriverPerMonth: number | null;
}
