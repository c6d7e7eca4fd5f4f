import { describeValue } from './argument-checks.js';

/**
 * Priorities of entries at the same simulated time. Lower runs first; any integer in
 * [-128, 127] is allowed. The engine uses URGENT for its own bookkeeping (starting a process,
 * delivering an interrupt) so that it happens before ordinary events scheduled for the same instant,
 * the rule SimPy follows.
 */
export const URGENT = 0;
/** The priority of ordinary events: timeouts, holds, triggered events, resource grants. */
export const NORMAL = 1;

/** Throws unless `priority` is an integer in the calendar's range (`where` names the caller). */
export function checkPriority(priority: number, where = 'priority'): void {
  if (typeof priority !== 'number') {
    throw new TypeError(`${where} must be an integer in [-128, 127], got ${describeValue(priority)}`);
  }
  if (!Number.isInteger(priority) || priority < -128 || priority > 127) {
    throw new RangeError(`${where} must be an integer in [-128, 127], got ${priority}`);
  }
}
