import { describeValue } from './argument-checks.js';
import { Event } from './event.js';
import type { Simulation } from './simulation.js';

/**
 * An event that waits for a group of events: `anyOf` triggers when the first of them is processed,
 * `allOf` when the last is. Its value maps each event already processed to its value, in the order
 * the events were given, so `(yield sim.anyOf([req, sim.timeout(5)])).has(req)` tells which won.
 * If one of the events fails before the condition is met, the condition fails with that error.
 */
export class Condition extends Event<Map<Event<any>, unknown>> {
  private readonly events: readonly Event<any>[];
  private readonly needed: number;
  private done = 0;

  constructor(sim: Simulation, events: readonly Event<any>[], needed: number) {
    super(sim);
    this.events = events;
    this.needed = needed;
    if (!Array.isArray(events)) {
      throw new TypeError(`anyOf/allOf: events must be an array of events, got ${describeValue(events)}`);
    }
    events.forEach((event: unknown, i) => {
      if (!(event instanceof Event)) {
        throw new TypeError(`anyOf/allOf: events[${i}] must be an event, got ${describeValue(event)}`);
      }
      if (event.sim !== sim) throw new Error('a condition cannot mix events of different simulations');
    });
    if (needed === 0) {
      this.succeed(new Map());
      return;
    }
    const check = (event: Event<any>) => this.check(event);
    for (const event of events) {
      if (event._state === 2) check(event);
      else event.addCallback(check);
    }
  }

  private check(event: Event<any>): void {
    if (this._state !== 0) return;
    if (!event.ok) {
      event.defused = true;
      this.fail(event.value);
      return;
    }
    if (++this.done >= this.needed) this.succeed(this.collect());
  }

  private collect(): Map<Event<any>, unknown> {
    const values = new Map<Event<any>, unknown>();
    for (const event of this.events) if (event._state === 2 && event.ok) values.set(event, event.value);
    return values;
  }
}
