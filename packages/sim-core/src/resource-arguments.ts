import { checkNumber, checkOptionalBoolean, describeValue } from './argument-checks.js';
import { Request } from './request.js';
import type { Resource } from './resource.js';

/*
 * The argument checks of Resource's methods, kept out of resource.ts so that the hot methods
 * (`request`, `seize`, `release`) stay small enough for V8 to inline: they test cheaply and call
 * here only when something looks wrong. Each function throws with the message naming the
 * resource, the argument and the value, or returns when the arguments are fine after all.
 */

/** Throws unless `capacity` is an integer >= 0; returns it. */
export function checkCapacity(capacity: number, name: string): number {
  if (!Number.isInteger(capacity) || capacity < 0) {
    checkNumber(`${name}: capacity`, capacity);
    throw new RangeError(`${name}: capacity must be an integer >= 0, got ${capacity}`);
  }
  return capacity;
}

/** Throws unless `limit` is an integer >= 0 or Infinity; returns it. */
export function checkQueueLimit(limit: number, name: string): number {
  checkNumber(`${name}: queueLimit`, limit);
  if (!(limit >= 0) || (Number.isFinite(limit) && !Number.isInteger(limit))) {
    throw new RangeError(`${name}: queueLimit must be an integer >= 0 or Infinity, got ${limit}`);
  }
  return limit;
}

/** The checks of `Resource.request(options)`. */
export function checkRequestOptions(resource: Resource, options: unknown): void {
  const name = resource.name;
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `${name}: request(options) must be given an options object ({ priority, preempt, patience }), got ${describeValue(options)}`,
    );
  }
  const {
    priority = 0,
    preempt = false,
    patience = Number.POSITIVE_INFINITY,
  } = options as Record<string, unknown>;
  checkNumber(`${name}: request priority`, priority);
  if (!Number.isFinite(priority)) {
    throw new RangeError(`${name}: request priority must be a finite number, got ${priority}`);
  }
  checkOptionalBoolean(`${name}: request preempt`, preempt);
  if (preempt === true && !resource.preemptive) {
    throw new Error(`${name}: preempt requested but the resource was not created with preemptive: true`);
  }
  checkNumber(`${name}: request patience`, patience);
  if (!(patience >= 0)) {
    throw new RangeError(
      `${name}: request patience must be >= 0 (a time, or Infinity for none), got ${patience}`,
    );
  }
}

/** The checks of `Resource.seize(then, priority)`. */
export function checkSeizeArguments(name: string, then: unknown, priority: unknown): void {
  const fires = typeof (then as { _fire?: unknown } | null)?._fire === 'function';
  if (typeof then !== 'function' && !fires) {
    throw new TypeError(`${name}: seize: then must be a function, got ${describeValue(then)}`);
  }
  checkNumber(`${name}: seize: priority`, priority);
  if (!Number.isFinite(priority)) {
    throw new RangeError(`${name}: seize: priority must be a finite number, got ${priority}`);
  }
}

/** Called by `Resource.release(req)` when `req` is not a request for that resource: always throws. */
export function checkReleased(resource: Resource, req: unknown): never {
  if (!(req instanceof Request)) {
    throw new TypeError(
      `${resource.name}: release(request) takes a request made by request(), or nothing for a seized unit, got ${describeValue(req)}`,
    );
  }
  throw new Error(`${resource.name}: release of a request for ${req.resource.name}`);
}
