import type { Schedule } from '../../schedule.js';
import type { Simulation } from '../../simulation.js';

/** What a lane control sets the capacity of: lanes (a Resource) or a station's room. */
export interface Controlled {
  readonly capacity: number;
  setCapacity(capacity: number, rule: 'finish'): void;
}

/**
 * Keeps a lane resource's capacity equal to `lanes × open(t)`, where `open` comes from the side's
 * schedule. Lanes and hours are separate knobs because policy shocks turn them separately
 * (a new inspection bay; 24-hour opening). Lanes closing at the end of a shift or for a holiday
 * let the vehicles in service finish (the 'finish' rule): a checkpoint clears what it started.
 */
export class LaneControl {
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private lanes = 0;
  private schedule: Schedule | null;
  private timer = -1;
  private readonly resources: { resource: Controlled; places: number | null }[] = [];
  /** Called after every change the control makes (statistics that follow the lanes listen here). */
  onChange: (() => void) | null = null;

  constructor(
    private readonly sim: Simulation,
    lanes: number,
    schedule: Schedule | null,
  ) {
    this.lanes = lanes;
    this.schedule = schedule;
  }

  /**
   * Controls `resource`. Without `places` it is the lanes: capacity `lanes × open`. With `places`
   * it is the station's room, lanes plus a buffer of `places`, which stays while lanes close: a
   * closed yard still holds the vehicles in it.
   */
  control(resource: Controlled, places: number | null = null): void {
    this.resources.push({ resource, places });
    this.update();
  }

  /** Open lanes when open. */
  get laneCount(): number {
    return this.lanes;
  }

  setLanes(lanes: number): void {
    this.lanes = lanes;
    this.update();
  }

  setSchedule(schedule: Schedule | null): void {
    this.schedule = schedule;
    this.update();
  }

  /** Whether the schedule says open now. */
  isOpen(): boolean {
    return this.schedule === null || this.schedule.capacityAt(this.sim.now) > 0;
  }

  private readonly onTimer = (): void => {
    this.timer = -1;
    this.update();
  };

  private update(): void {
    if (this.timer >= 0) this.sim.cancel(this.timer);
    this.timer = -1;
    const now = this.sim.now;
    const open = this.isOpen() ? 1 : 0;
    for (const { resource, places } of this.resources) {
      const capacity = places === null ? this.lanes * open : this.lanes + places;
      if (resource.capacity !== capacity) resource.setCapacity(capacity, 'finish');
    }
    this.onChange?.();
    if (this.schedule !== null) {
      const next = this.schedule.nextChange(now);
      // URGENT: a vehicle arriving at the closing instant finds the lanes closed.
      if (next !== Number.POSITIVE_INFINITY) this.timer = this.sim.scheduleAt(next, this.onTimer, 0);
    }
  }
}
