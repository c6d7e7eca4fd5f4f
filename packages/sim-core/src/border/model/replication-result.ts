import type { Direction } from '../scenario/direction.js';
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
  /** The port split by direction, for each direction that has classes. */
  readonly directions: Readonly<Partial<Record<Direction, DirectionResult>>>;
  readonly fleets: Readonly<Record<string, FleetResult>>;
  readonly quotas: Readonly<Record<string, { readonly used: number; readonly queueAtEnd: number }>>;
  /** Ports, by id; absent when the scenario lists none. */
  readonly ports?: Readonly<Record<string, PortResult>>;
  /** Electronic queues, by id; absent when the scenario has none. */
  readonly equeues?: Readonly<Record<string, EQueueResult>>;
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
    /** Vehicles that reached each station, left it after service, were turned away or diverted there. */
    readonly byStation: Readonly<
      Record<
        string,
        {
          readonly reached: number;
          readonly departed: number;
          readonly turnedAway: number;
          readonly diverted: number;
        }
      >
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

/**
 * An electronic queue's figures. The counts cover the whole run, warm-up included, so that
 * `booked = arrivedAtBorder + stillBooked + noShows` (a rebooking is not a new booking).
 */
export interface EQueueResult {
  readonly booked: number;
  readonly arrivedAtBorder: number;
  /** Booked, not yet at the border and not no-shows, at the end. */
  readonly stillBooked: number;
  readonly noShows: number;
  readonly late: number;
  /** Late vehicles that booked again. */
  readonly rebooked: number;
  /** Vehicles that gave up booking: a quota counted at booking (`leftover: 'lost'`) had no token left. */
  readonly refused: number;
  /** Vehicles booked and not yet at the border, time-weighted after the warm-up. */
  readonly backlog: { readonly mean: number | null; readonly max: number };
  /** Days from the current slot day to the first with a free slot: at the end, and the largest a booking met. */
  readonly daysToFreeSlot: { readonly atEnd: number; readonly max: number };
  /** From being ready to the planned arrival at the border, minutes, per booking after the warm-up. */
  readonly virtualWait: DurationSummary;
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
  /** A finite storage's overflow; absent when the station's buffer is unbounded. */
  readonly storage?: StorageResult;
}

/**
 * Vehicles (after the warm-up) that found a station's storage full, and what they did:
 * `overflow = waitedBeyond + gaveUp + diverted`, in total and per class.
 */
export interface StorageResult {
  readonly overflow: number;
  readonly waitedBeyond: number;
  readonly gaveUp: number;
  /** Drove on to another port (a storage whose `whenFull` diverts). */
  readonly diverted: number;
  readonly byClass: Readonly<
    Record<
      string,
      {
        readonly overflow: number;
        readonly waitedBeyond: number;
        readonly gaveUp: number;
        readonly diverted: number;
      }
    >
  >;
  /** Vehicles waiting beyond the storage (further back up the road), time-weighted. */
  readonly beyond: { readonly mean: number | null; readonly max: number };
}

/**
 * A port's figures (a scenario with ports). Counts and times cover vehicles that arrived after
 * the warm-up; `conservation` the whole run, where
 * `arrived + divertedIn = exited + turnedAway + divertedOut + inPortAtEnd`.
 */
export interface PortResult {
  /** Vehicles that chose this port on arrival. */
  readonly arrived: number;
  /** Vehicles that cleared it (left through the exit of their route here). */
  readonly exited: number;
  readonly cars: number;
  readonly turnedAway: number;
  /** Vehicles diverted here from another port's full storage. */
  readonly divertedIn: number;
  /** Vehicles that found a storage here full and drove on to another port. */
  readonly divertedOut: number;
  /** Minutes waited at the port's stations, per vehicle that cleared it. */
  readonly wait: DurationSummary;
  /** From entering the port (on arrival, or at the end of a diversion) to clearing it, minutes. */
  readonly crossing: DurationSummary;
  readonly throughputPerDay: number;
  readonly carsPerDay: number;
  readonly conservation: {
    readonly arrived: number;
    readonly divertedIn: number;
    readonly exited: number;
    readonly turnedAway: number;
    readonly divertedOut: number;
    readonly inPortAtEnd: number;
  };
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

/** One direction's figures: its classes' counts (after the warm-up) and crossing times together. */
export interface DirectionResult {
  readonly arrived: number;
  readonly exited: number;
  readonly turnedAway: number;
  /** Vehicles of this direction in the port at the end (its own count). */
  readonly inSystemAtEnd: number;
  /** Arrival to exit, minutes, of the direction's vehicles that exited. */
  readonly crossing: DurationSummary;
  readonly throughputPerDay: number;
  readonly carsPerDay: number;
  /** Vehicles of this direction in the port, time-weighted. */
  readonly inSystem: { readonly mean: number | null; readonly max: number };
  /** Over the whole run, warm-up included: arrived = exited + turnedAway + inSystemAtEnd. */
  readonly conservation: { readonly arrived: number; readonly exited: number; readonly turnedAway: number };
}

/** A fleet's figures. */
export interface FleetResult {
  readonly vehicles: number;
  /** Round trips completed (back through the inbound exit) after the warm-up. */
  readonly roundTrips: number;
  readonly roundTripsPerDay: number;
  /** Share of the fleet's vehicles in use (on a trip or coming home). */
  readonly utilisation: number | null;
  /** Loads waiting for a vehicle, time-weighted. */
  readonly queue: { readonly mean: number | null; readonly max: number };
  readonly waitingAtEnd: number;
}
