import type { Simulation } from '../../simulation.js';
import type { Closure, Side, WeeklyHours } from '../scenario/types.js';
import { LaneControl } from './lane-control.js';
import type { LocalClock } from './local-clock.js';
import { sideSchedule } from './side-schedule.js';

/**
 * A side as it runs: its clock, this replication's closures (dated and drawn) and the lane
 * controls of its stations, which all follow the side's opening schedule. An hours shock goes
 * through `setHours`, which gives every control the new schedule.
 */
export class SideModel {
  readonly id: string;
  readonly clock: LocalClock;
  private readonly sim: Simulation;
  private readonly start: string;
  private readonly closures: readonly Closure[];
  private hours: WeeklyHours;
  private readonly controls: LaneControl[] = [];

  constructor(options: {
    sim: Simulation;
    side: Side;
    clock: LocalClock;
    /** The calendar start (ISO), the epoch of the schedules. */
    start: string;
    /** Dated closures and those drawn for this replication. */
    closures: readonly Closure[];
  }) {
    this.sim = options.sim;
    this.id = options.side.id;
    this.clock = options.clock;
    this.start = options.start;
    this.closures = options.closures;
    this.hours = options.side.openingHours;
  }

  /** A lane control of `lanes` lanes that follows this side's schedule. */
  laneControl(lanes: number): LaneControl {
    const control = new LaneControl(this.sim, lanes, this.schedule());
    this.controls.push(control);
    return control;
  }

  /** New weekly hours from now on (an 'hours' shock); closures stay. */
  setHours(hours: WeeklyHours): void {
    this.hours = hours;
    const schedule = this.schedule();
    for (const control of this.controls) control.setSchedule(schedule);
  }

  private schedule() {
    return sideSchedule(this.start, this.clock, this.hours, this.closures);
  }
}
