import { describeValue } from './argument-checks.js';
import { URGENT } from './priority.js';
import { type CapacityRule, Resource } from './resource.js';
import { Schedule } from './schedule.js';
import type { Simulation } from './simulation.js';

/** The link between a schedule and a resource made by {@link applySchedule}. */
export interface AppliedSchedule {
  /** The time of the next capacity change (Infinity when none is pending). */
  readonly nextChangeAt: number;
  /** Stops following the schedule; the resource keeps its current capacity. */
  stop(): void;
}

/**
 * Makes `resource` follow `schedule`: sets its capacity to `schedule.capacityAt(now)` at once, then
 * at each change point, with `rule` deciding what happens to users when capacity drops:
 *
 * - 'finish': vehicles in service complete their service; no new service starts until the number
 *   in service is below the new capacity. A lane closing at 18:00 still releases the car it was
 *   clearing at 18:04, and grants nothing after 18:00.
 * - 'preempt': users beyond the new capacity (lowest priority first, then most recently granted)
 *   lose their unit at once: their process receives an `Interrupt` whose cause is a `Preempted`
 *   record. The model decides what that means; the usual pattern is to re-request with the
 *   remaining service time, `service - (sim.now - cause.usageSince)`, and to keep its place in
 *   line by requesting with a priority that encodes arrival order.
 *
 * Memory is O(1) whatever the horizon: one callback reschedules itself at the next change point.
 *
 * Same-instant order: changes run at URGENT priority, before ordinary events of that instant. An
 * arrival at exactly the closing time finds the lane closed, and one at the opening time finds it
 * open. Under 'preempt', a service due to end exactly at the closing time is interrupted with zero
 * service left, so the model should treat a remaining time <= 0 as done.
 */
export function applySchedule(
  sim: Simulation,
  resource: Resource,
  schedule: Schedule,
  rule: CapacityRule = 'finish',
): AppliedSchedule {
  if (rule !== 'finish' && rule !== 'preempt') {
    throw new RangeError(`applySchedule: rule must be 'finish' or 'preempt', got ${String(rule)}`);
  }
  if (!(resource instanceof Resource)) {
    throw new TypeError(`applySchedule: resource must be a Resource, got ${describeValue(resource)}`);
  }
  if (!(schedule instanceof Schedule)) {
    throw new TypeError(`applySchedule: schedule must be a Schedule, got ${describeValue(schedule)}`);
  }
  if (resource.sim !== sim) throw new Error(`applySchedule: ${resource.name} belongs to another simulation`);
  let pending = -1;
  let nextAt = Number.POSITIVE_INFINITY;
  const change = (): void => {
    const now = sim.now;
    const capacity = schedule.capacityAt(now);
    if (capacity !== resource.capacity) resource.setCapacity(capacity, rule);
    nextAt = schedule.nextChange(now);
    pending = nextAt === Number.POSITIVE_INFINITY ? -1 : sim.scheduleAt(nextAt, change, URGENT);
  };
  change();
  return {
    get nextChangeAt() {
      return nextAt;
    },
    stop() {
      if (pending >= 0) sim.cancel(pending);
      pending = -1;
      nextAt = Number.POSITIVE_INFINITY;
    },
  };
}
