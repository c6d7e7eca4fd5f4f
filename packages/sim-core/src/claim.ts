import type { CalendarItem } from './calendar.js';
import type { Queued } from './request-queue.js';

/**
 * A place in a resource's line taken by `seize`: the light-weight, token-less way to ask for a
 * unit (no `Request` event). When a unit frees, `then` is put on the calendar. Claims share the
 * line, its order and the capacity with requests, but cannot balk, renege or be preempted.
 */
export class Claim implements Queued {
  /** @internal */
  _queued = false;
  /** @internal Calendar id of `then` once granted, else -1. */
  _grantId = -1;

  constructor(
    readonly priority: number,
    readonly order: number,
    readonly then: CalendarItem,
  ) {}
}
