import { checkFunction } from './argument-checks.js';
import { checkPriority, NORMAL } from './priority.js';
import type { Simulation } from './simulation.js';

/**
 * Something that will happen, and the things waiting for it.
 *
 * An event is pending until it is triggered (`succeed` or `fail`): triggering puts it on the
 * calendar at the current time, and when the calendar reaches it the event is processed: its
 * waiters run, in the order they started waiting. A process waits by yielding the event; plain code
 * waits with `addCallback`. As in SimPy, triggering and processing are separate steps, so that the
 * code that triggers an event finishes before anything that waits for it starts.
 */
export class Event<T = unknown> {
  /** The simulation this event belongs to. */
  readonly sim: Simulation;
  /** The value the event was triggered with (or the error it failed with); undefined while pending. */
  value: T | undefined = undefined;
  /** False when the event failed; its `value` is then the error. */
  ok = true;
  /**
   * Set when someone has taken responsibility for a failure. A failed event that nobody waits for
   * and nobody defused stops the run with its error, so that failures are never silent.
   */
  defused = false;
  /** @internal 0 pending, 1 triggered (on the calendar), 2 processed. */
  _state: 0 | 1 | 2 = 0;
  /** @internal The common case, one waiting process, is kept out of the callbacks array. */
  _waiter: EventWaiter | null = null;
  /** @internal Further waiters, in the order they were added. */
  _callbacks: EventCallback[] | null = null;

  constructor(sim: Simulation) {
    this.sim = sim;
  }

  /** True once the event has been triggered (it may not have been processed yet). */
  get triggered(): boolean {
    return this._state !== 0;
  }

  /** True once the event's waiters have run. */
  get processed(): boolean {
    return this._state === 2;
  }

  /** Triggers the event with `value`; its waiters run when the calendar reaches it (now). */
  succeed(value?: T, priority = NORMAL): this {
    if (this._state !== 0) throw new Error(`${this.describe()} has already been triggered`);
    if (priority !== NORMAL) checkPriority(priority, 'succeed: priority');
    this.ok = true;
    this.value = value;
    this._state = 1;
    this.sim.calendar.push(this.sim.now, priority, this);
    return this;
  }

  /** Triggers the event as failed: processes waiting for it receive `error` thrown at their `yield`. */
  fail(error: unknown, priority = NORMAL): this {
    if (this._state !== 0) throw new Error(`${this.describe()} has already been triggered`);
    if (priority !== NORMAL) checkPriority(priority, 'fail: priority');
    this.ok = false;
    this.value = error as T;
    this._state = 1;
    this.sim.calendar.push(this.sim.now, priority, this);
    return this;
  }

  /** Runs `callback(event)` when the event is processed. Throws if it already has been. */
  addCallback(callback: EventCallback): void {
    if (typeof callback !== 'function') checkFunction('addCallback: callback', callback);
    if (this._state === 2) throw new Error(`${this.describe()} has already been processed`);
    if (this._callbacks === null) this._callbacks = [callback];
    else this._callbacks.push(callback);
  }

  /** Removes a callback added with `addCallback`; returns whether it was there. */
  removeCallback(callback: EventCallback): boolean {
    const callbacks = this._callbacks;
    if (callbacks === null) return false;
    const i = callbacks.indexOf(callback);
    if (i < 0) return false;
    callbacks.splice(i, 1);
    return true;
  }

  /** A short description for error messages and traces. */
  describe(): string {
    return this.constructor.name;
  }

  /** @internal Marks the event processed without going through the calendar (nobody waits yet). */
  _settle(ok: boolean, value: T | undefined): void {
    this.ok = ok;
    this.value = value;
    this._state = 2;
  }

  /** @internal */
  _addWaiter(waiter: EventWaiter): void {
    if (this._waiter === null) this._waiter = waiter;
    else this.addCallback((event) => waiter._onEvent(event));
  }

  /** @internal Stops `waiter` from waiting (it was interrupted). */
  _removeWaiter(waiter: EventWaiter): void {
    if (this._waiter === waiter) this._waiter = null;
    // A waiter added as a callback wrapper cannot be found again; it is ignored on firing instead
    // because an interrupted process no longer has this event as its target.
  }

  /** @internal Called by the calendar: the event is processed now. */
  _fire(): void {
    this._state = 2;
    const waiter = this._waiter;
    const callbacks = this._callbacks;
    if (!this.ok && !this.defused && waiter === null && (callbacks === null || callbacks.length === 0)) {
      throw this.value;
    }
    this._waiter = null;
    this._callbacks = null;
    if (waiter !== null) waiter._onEvent(this);
    if (callbacks !== null) for (let i = 0; i < callbacks.length; i++) callbacks[i]!(this);
  }
}

/** A function run when an event is processed. */
export type EventCallback = (event: Event<any>) => void;

/** @internal What a process looks like to the events it waits for. */
export interface EventWaiter {
  _onEvent(event: Event<any>): void;
}
