import type { DistributionSpec } from '../../random/spec.js';
import type { Direction } from './direction.js';

/*
 * The resolved scenario: what validateScenario returns and the model compiles. Plain, JSON-safe
 * data. Every time is in MINUTES: instants as minutes since the scenario start (minute 0 =
 * calendar.start), durations in minutes, rates per minute, distributions of times in minutes.
 * Local clock facts that repeat (opening hours, quota resets) stay local minutes of the day, with
 * each side's UTC offset schedule to place them. Defaults are filled; optional settings absent
 * from the file are null. Per-class maps hold every class.
 */

/** The calendar, resolved. */
export interface ScenarioCalendar {
  /** Start instant as UTC ISO 8601, `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly start: string;
  /** Start instant in milliseconds since the Unix epoch. */
  readonly startEpochMs: number;
  /** UTC offset (minutes) written with the start: the clock of shocks that concern no side. */
  readonly startUtcOffset: number;
  /** Length of the run, minutes. */
  readonly horizon: number;
  /** Minutes discarded at the start, < horizon. */
  readonly warmUp: number;
}

/** From minute `from` (since the start) on, a side's clock is UTC + `offset` minutes. */
export interface UtcOffsetPeriod {
  readonly from: number;
  readonly offset: number;
}

/** An open interval of a day, in local minutes after midnight; `0 <= from < to <= 1440`. */
export interface OpenInterval {
  readonly from: number;
  readonly to: number;
}

/** Seven days of opening hours, index 0 = Monday … 6 = Sunday; each sorted, non-overlapping. */
export type WeeklyHours = readonly (readonly OpenInterval[])[];

/** A dated closure, minutes since the start, clipped to [0, horizon]. */
export interface Closure {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** Closures drawn at random: each local day of `months`, with `probabilityPerDay`, from local midnight. */
export interface RandomClosure {
  readonly label: string;
  /** Months 1–12, ascending. */
  readonly months: readonly number[];
  readonly probabilityPerDay: number;
  /** Closure length, minutes. */
  readonly duration: DistributionSpec;
}

/** One side of the border. */
export interface Side {
  readonly id: string;
  readonly name: string;
  /** Offset schedule, ascending; the first period starts at minute 0. */
  readonly utcOffsets: readonly UtcOffsetPeriod[];
  /** Weekly local opening hours, days off applied. */
  readonly openingHours: WeeklyHours;
  /** Dated closures, ascending by `from`. */
  readonly closures: readonly Closure[];
  readonly randomClosures: readonly RandomClosure[];
}

/** A daily quota: what it counts, on whose local day, and what happens to what is left over. */
export interface Quota {
  readonly id: string;
  /** The side whose local day it counts (the file's `clock`, else the side it is listed under). */
  readonly side: string;
  readonly perDay: number;
  /** Local minute of the day at which the tokens are renewed. */
  readonly resetAt: number;
  /** One token per vehicle or per car. */
  readonly counts: 'vehicles' | 'cars';
  /**
   * Classes that need a token (when the file names none: every class, or for a quota counted at
   * booking every class that books through an e-queue).
   */
  readonly classes: readonly string[];
  /** The event that takes a token: reaching the station, starting service there, or booking an e-queue slot. */
  readonly countedAt: 'arrival' | 'serviceStart' | 'booking';
  /** Vehicles a day's tokens cannot serve wait for the next day ('carried') or leave ('lost'). */
  readonly leftover: 'carried' | 'lost';
}

/** A count that may be unbounded. */
export type Capacity = number | 'infinite';

/** A road storage's length, metres (the file's `{km}` × 1000). */
export interface RoadLength {
  readonly metres: number;
}

/** Secondary inspection at a station. */
export interface SecondaryInspection {
  /** Probability by class id, for every class. */
  readonly probabilityByClass: Readonly<Record<string, number>>;
  /** Inspection time, minutes. */
  readonly service: DistributionSpec;
  readonly lanes: Capacity;
}

/** A crossing point of a scenario with several: its stations name it. */
export interface Port {
  readonly id: string;
  readonly name: string;
}

/** A full storage's diversion: vehicles travel `travel` minutes to port `to` and take their route there. */
export interface Diversion {
  readonly to: string;
  /** Extra travel time, minutes. */
  readonly travel: DistributionSpec;
}

/** How a vehicle of a class with routes at several ports picks one on arrival. */
export type PortChoice =
  | { readonly kind: 'shortestWait' }
  | {
      readonly kind: 'shares';
      readonly shares: readonly { readonly port: string; readonly probability: number }[];
    };

/** A station. */
export interface Station {
  readonly id: string;
  readonly name: string;
  /** The port it belongs to; null in a scenario without ports. */
  readonly port: string | null;
  /** Side whose hours and closures apply, or null for a station that never closes. */
  readonly side: string | null;
  readonly lanes: Capacity;
  /** Service time, minutes, by class id, for every class: the part that does not depend on the load. */
  readonly serviceByClass: Readonly<Record<string, DistributionSpec>>;
  /** Minutes added per car on board, by class id, for every class (0: none). */
  readonly perCarByClass: Readonly<Record<string, number>>;
  /**
   * Waiting room (not counting vehicles in service), in vehicles or as a road length in metres that
   * vehicles fill by their class's `lengthMetres`, and what happens when it is full ('turnAway' is
   * the file's 'giveUp' too).
   */
  readonly buffer: {
    readonly capacity: Capacity | RoadLength;
    readonly whenFull: 'wait' | 'turnAway' | 'divert';
    /** Where a vehicle that finds the storage full goes when `whenFull` is 'divert'; else null. */
    readonly divert: Diversion | null;
  };
  readonly secondary: SecondaryInspection | null;
  /** Quota ids whose tokens a vehicle needs before queueing here. */
  readonly quotas: readonly string[];
  /** Whether classes of both directions use it. */
  readonly shared: boolean;
}

/** A class's arrival process. */
export type Arrivals =
  | {
      /** Poisson with rate ratePerMinute × monthly[local month − 1] × hourly[local hour]. */
      readonly kind: 'poisson';
      readonly ratePerMinute: number;
      /** 12 multipliers, January first. */
      readonly monthly: readonly number[];
      /** 24 multipliers, 00:00 first. */
      readonly hourly: readonly number[];
      /** Side whose local time the profiles follow, or null for calendar.startUtcOffset. */
      readonly clock: string | null;
    }
  | {
      /** Non-homogeneous Poisson with a piecewise-constant rate. */
      readonly kind: 'rateTable';
      /** Rows ascending; the first starts at 0; each holds until the next (or the cycle end). */
      readonly rows: readonly { readonly from: number; readonly ratePerMinute: number }[];
      /** Cycle length in minutes, or null when the last row holds to the horizon. */
      readonly repeatEvery: number | null;
    }
  | {
      /** Renewal process: i.i.d. times between arrivals, the first one interarrival after 0. */
      readonly kind: 'renewal';
      readonly interarrival: DistributionSpec;
    };

/** A next step in a routing table: a station id or `'exit'`. */
export interface Transition {
  readonly to: string;
  readonly probability: number;
}

/** A route: a fixed sequence, or probabilistic routing (each list of transitions sums to 1). */
export type Route =
  | { readonly kind: 'sequence'; readonly stations: readonly string[] }
  | {
      readonly kind: 'probabilistic';
      readonly entry: readonly Transition[];
      /** Transitions by station id, for every station the class can reach. */
      readonly next: Readonly<Record<string, readonly Transition[]>>;
    };

/** A vehicle class. */
export interface VehicleClass {
  readonly id: string;
  readonly name: string;
  /** Cars per vehicle: whole numbers >= 1, or a fixed 0 for a vehicle that carries no cars. */
  readonly carsPerVehicle: DistributionSpec;
  /** Larger is served first. */
  readonly priority: number;
  readonly needsDriver: boolean;
  /** The electronic queue its vehicles book a slot in, or null: they come straight to the border. */
  readonly equeue: string | null;
  readonly direction: Direction;
  /** Metres of road one vehicle takes in a storage measured in km, the gap to the next included. */
  readonly lengthMetres: number;
  /** A fleet's return class has none of its own: a rate table with a zero rate. */
  readonly arrivals: Arrivals;
  /** The route at its first port (the only route in a scenario without ports). */
  readonly route: Route;
  /**
   * Its route at each port it may use, by port id, the port of `route` first; empty in a scenario
   * without ports.
   */
  readonly routesAt: Readonly<Record<string, Route>>;
  /** How it picks a port when it has routes at several; null when it has one or none. */
  readonly portChoice: PortChoice | null;
}

/** An electronic queue: daily slots on a side's local day, booked ahead. */
export interface EQueue {
  readonly id: string;
  readonly name: string;
  /** The side whose local day the slots follow. */
  readonly side: string;
  readonly perDay: number;
  /** Slots per day of single classes (only the classes the file limits). */
  readonly perClass: Readonly<Record<string, number>>;
  /** Local minute of the day at which a slot day begins. */
  readonly dayStart: number;
  /** Minutes from booking (the vehicle's arrival time) to being ready. */
  readonly leadTime: number;
  /** Where in its slot day a vehicle reaches the border. */
  readonly arrival: 'dayStart' | 'uniform';
  readonly noShow: number;
  /**
   * Minute (since the start) from which the classes naming it book; a vehicle that arrives
   * before it drives straight to the border, as without an e-queue. 0 when it runs from the start.
   */
  readonly opens: number;
  readonly late: {
    readonly share: number;
    /** Minutes after its planned arrival at which a late vehicle reaches the border. */
    readonly by: DistributionSpec;
    readonly action: 'admit' | 'rebook';
  };
}

/** Vehicles that cycle: out loaded as `class`, back empty as `returnsAs`. */
export interface Fleet {
  readonly id: string;
  readonly vehicles: number;
  /** The outbound class whose vehicles come from the fleet. */
  readonly class: string;
  /** The inbound class they come back as, with no cars on board. */
  readonly returnsAs: string;
  /** Minutes from leaving the port outbound to arriving back at it inbound. */
  readonly away: DistributionSpec;
  /** Minutes from leaving the port inbound until free to take a load again. */
  readonly home: DistributionSpec;
}

/** An amount of money, with its value in the reporting currency. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
  /** amount × the currency's exchange rate. */
  readonly reportingAmount: number;
}

/** The driver pool. */
export interface Drivers {
  readonly count: number;
  /** Minutes from handing a car over until free again. */
  readonly returnTrip: DistributionSpec;
  readonly feePerTrip: Money | null;
  /** Added to `feePerTrip`: per hour of the trip, and per car waiting per free driver. */
  readonly congestionFee: { readonly perHour: Money | null; readonly scarcity: Money | null } | null;
  /** The station on reaching which a car takes its driver; null: before its first station. */
  readonly takenAt: string | null;
  /** The station after whose service the driver is released; null: when the car leaves the port. */
  readonly releasedAt: string | null;
}

/** A fee, duty or recycling charge. */
export interface Fee {
  readonly id: string;
  readonly name: string;
  readonly category: 'clearance' | 'duty' | 'other';
  readonly amount: Money;
  readonly per: 'vehicle' | 'car';
  /** Classes that pay it (every class when the file names none). */
  readonly classes: readonly string[];
  /** Charged on finishing service at this station, or, when null, on leaving the crossing. */
  readonly station: string | null;
}

/** A demurrage charge on the time from arrival to exit beyond `freeTime`. */
export interface Demurrage {
  readonly perDay: Money;
  /** Minutes. */
  readonly freeTime: number;
  readonly per: 'vehicle' | 'car';
  readonly classes: readonly string[];
  readonly charging: 'perStartedDay' | 'proRata';
}

/** The cost model. */
export interface Costs {
  /** Reporting currency. */
  readonly currency: string;
  /** Value of one unit of each currency used, in the reporting currency (the reporting currency is 1). */
  readonly exchangeRates: Readonly<Record<string, number>>;
  readonly fees: readonly Fee[];
  readonly demurrage: readonly Demurrage[];
}

/** What a shock changes. Values replace the current ones; they never accumulate. */
export type ShockChange =
  | { readonly change: 'lanes'; readonly station: string; readonly lanes: Capacity }
  | { readonly change: 'hours'; readonly side: string; readonly openingHours: WeeklyHours }
  | { readonly change: 'quota'; readonly quota: string; readonly perDay: number }
  | {
      readonly change: 'service';
      readonly station: string;
      /** Classes whose service time changes (all when the file names none). */
      readonly classes: readonly string[];
      readonly service: DistributionSpec;
      /** The new minutes per car on board, or null to keep them. */
      readonly perCar: number | null;
    }
  | {
      readonly change: 'inspection';
      readonly station: string;
      readonly classes: readonly string[];
      readonly probability: number;
    }
  | { readonly change: 'fee'; readonly fee: string; readonly amount: Money }
  | { readonly change: 'driverFee'; readonly feePerTrip: Money }
  | { readonly change: 'driverPool'; readonly count: number }
  | { readonly change: 'demand'; readonly class: string; readonly multiplier: number };

/** A dated change: minutes since the start, in [0, horizon]. */
export type Shock = { readonly label: string; readonly at: number } & ShockChange;

/** A validated scenario with every unit resolved. */
export interface Scenario {
  readonly name: string | null;
  readonly description: string | null;
  readonly calendar: ScenarioCalendar;
  /** Ports in file order; empty when the file lists none (one crossing). */
  readonly ports: readonly Port[];
  readonly sides: readonly Side[];
  /** Quotas of every side, in file order. */
  readonly quotas: readonly Quota[];
  readonly stations: readonly Station[];
  readonly classes: readonly VehicleClass[];
  readonly equeues: readonly EQueue[];
  readonly fleets: readonly Fleet[];
  readonly drivers: Drivers | null;
  readonly costs: Costs;
  /** Shocks ascending by `at` (file order among equal times). */
  readonly shocks: readonly Shock[];
  readonly daily: DailySettings;
}

/** How the day-by-day results are cut, resolved. */
export interface DailySettings {
  /** Side whose local days they follow; null for the calendar start's clock (a scenario of no side). */
  readonly side: string | null;
  /** Local hour, 0–23, at which each day's queue is read. */
  readonly queueHour: number;
  /** Days clearing more than `perDay` (vehicles or cars) are counted; null for none. */
  readonly threshold: { readonly perDay: number; readonly counts: 'vehicles' | 'cars' } | null;
}
