import { DurationStats } from './duration-stats.js';

/**
 * One port of a scenario with several: what its vehicles did there. A vehicle is in the port from
 * choosing it on arrival (or reaching it on a diversion) until it exits, gives up or diverts away;
 * on the road between two ports it is in neither.
 *
 * The figures after the warm-up count vehicles that arrived after it (as a class's do); `flow`
 * counts the whole run, so that `arrived + divertedIn = exited + turnedAway + divertedOut + inPort`.
 */
export class PortModel {
  /** Chose this port on arrival (after the warm-up). */
  arrived = 0;
  /** Cleared: left through the exit of their route here. */
  exited = 0;
  cars = 0;
  /** Left the crossing here: a full storage that gives up, or a quota with no token left. */
  turnedAway = 0;
  /** Came from another port's full storage. */
  divertedIn = 0;
  /** Found a storage here full and drove on to another port. */
  divertedOut = 0;
  /** Minutes waited at this port's stations (reaching each to starting service), per vehicle cleared here. */
  readonly wait = new DurationStats();
  /** From entering this port to clearing it, minutes (a diverted vehicle's time at the first port excluded). */
  readonly crossing = new DurationStats();
  /** Over the whole run, warm-up included. */
  readonly flow = { arrived: 0, divertedIn: 0, exited: 0, turnedAway: 0, divertedOut: 0 };
  private inPortNow = 0;

  constructor(
    readonly id: string,
    /** Its position in the scenario's list of ports. */
    readonly index: number,
  ) {}

  /** Vehicles in the port now. */
  get inPort(): number {
    return this.inPortNow;
  }

  /** A vehicle chose this port on arrival. */
  arrive(counted: boolean): void {
    this.inPortNow++;
    this.flow.arrived++;
    if (counted) this.arrived++;
  }

  /** A diverted vehicle reached this port. */
  divertIn(counted: boolean): void {
    this.inPortNow++;
    this.flow.divertedIn++;
    if (counted) this.divertedIn++;
  }

  /** A vehicle found a full storage here and set off for another port. */
  divertOut(counted: boolean): void {
    this.inPortNow--;
    this.flow.divertedOut++;
    if (counted) this.divertedOut++;
  }

  /** A vehicle gave up here. */
  turnAway(counted: boolean): void {
    this.inPortNow--;
    this.flow.turnedAway++;
    if (counted) this.turnedAway++;
  }

  /** A vehicle cleared the port after `crossing` minutes in it, `wait` of them waiting at stations. */
  exit(counted: boolean, cars: number, crossing: number, wait: number): void {
    this.inPortNow--;
    this.flow.exited++;
    if (!counted) return;
    this.exited++;
    this.cars += cars;
    this.crossing.add(crossing);
    this.wait.add(wait);
  }
}
