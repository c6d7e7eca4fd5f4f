import { IntervalSeries } from '../../stats/interval-series.js';
import { TimeWeighted } from '../../stats/time-weighted.js';

/**
 * The vehicles in the port (arrived, not yet exited or turned away): whole-run counts for the
 * conservation checks, and the time-weighted number and its interval series after the warm-up.
 */
export class PortOccupancy {
  /** Over the whole run, warm-up included. */
  readonly counts = { arrived: 0, exited: 0, turnedAway: 0 };
  readonly inSystem: TimeWeighted;
  series: IntervalSeries;
  private now = 0;

  constructor(private readonly seriesInterval: number) {
    this.inSystem = new TimeWeighted(0, 0);
    this.series = new IntervalSeries(seriesInterval, 0, 0);
  }

  /** Vehicles in the port now. */
  get current(): number {
    return this.now;
  }

  /** A vehicle arrived at `time`. */
  enter(time: number): void {
    this.counts.arrived++;
    this.change(time, 1);
  }

  /** A vehicle left at `time`, through the exit or turned away. */
  leave(time: number, outcome: 'exited' | 'turnedAway'): void {
    this.change(time, -1);
    if (outcome === 'exited') this.counts.exited++;
    else this.counts.turnedAway++;
  }

  /** Restarts the statistics at the end of the warm-up. */
  resetStats(time: number): void {
    this.inSystem.reset(time);
    this.series = new IntervalSeries(this.seriesInterval, time, this.now);
  }

  private change(time: number, delta: number): void {
    this.now += delta;
    this.inSystem.update(time, this.now);
    this.series.update(time, this.now);
  }
}
