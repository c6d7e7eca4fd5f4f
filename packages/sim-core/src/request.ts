import { Event } from './event.js';
import type { Process } from './process.js';
import type { Queued } from './request-queue.js';
import type { Resource } from './resource.js';

/** Where a request stands. */
export type RequestStatus =
  | 'waiting'
  | 'granted'
  | 'released'
  | 'balked'
  | 'reneged'
  | 'cancelled'
  | 'preempted';

/**
 * A claim on one unit of a `Resource`. It is an event: it succeeds with `true` when a unit is
 * granted, or with `false` when the request balked (the line was full) or reneged (patience ran
 * out), so a process writes `if (!(yield lane.request())) return;`. Release it when done.
 */
export class Request extends Event<boolean> implements Queued {
  /** The resource asked for. */
  readonly resource: Resource;
  /** Lower is served first (and, on a preemptive resource, may displace higher values). */
  readonly priority: number;
  /** Whether this request may preempt a user of lower priority. */
  readonly preempt: boolean;
  /** Arrival order at the resource. */
  readonly order: number;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  /** When the request was made. */
  readonly requestedAt: number = 0;
  /** When a unit was granted (NaN until then). */
  grantedAt = Number.NaN;
  /** When the request left the line without a unit: it balked, reneged or was cancelled (else NaN). */
  leftAt = Number.NaN;
  /** The process that made the request (null for requests made from callbacks). */
  readonly process: Process<any> | null;
  /** Where the request stands. */
  status: RequestStatus = 'waiting';
  /** @internal */
  _queued = false;
  /** @internal Position in the resource's list of users while granted. */
  _slot = -1;
  /** @internal Calendar id of the patience timer, or -1. */
  _timer = -1;

  constructor(resource: Resource, priority: number, preempt: boolean, order: number) {
    super(resource.sim);
    this.resource = resource;
    this.priority = priority;
    this.preempt = preempt;
    this.order = order;
    this.requestedAt = resource.sim.now;
    this.process = resource.sim.activeProcess;
  }

  /**
   * Time spent in line: until the grant, or until the request balked, reneged or was cancelled;
   * until now while it still waits. It stops growing once the request is out of the line.
   */
  get waited(): number {
    const end = !Number.isNaN(this.grantedAt)
      ? this.grantedAt
      : !Number.isNaN(this.leftAt)
        ? this.leftAt
        : this.sim.now;
    return end - this.requestedAt;
  }

  /** Withdraws a waiting request, or releases a granted one. */
  cancel(): void {
    this.resource.release(this);
  }

  override describe(): string {
    return `request for ${this.resource.name}`;
  }
}

/**
 * The cause carried by the `Interrupt` a process receives when it loses its unit of a resource:
 * to a request of higher priority (`by` is that request), or because the resource's capacity was
 * reduced under the 'preempt' rule (`by` is null).
 */
export interface Preempted {
  readonly reason: 'preempted';
  readonly resource: Resource;
  readonly request: Request;
  readonly by: Request | null;
  /** When the preempted request had been granted. */
  readonly usageSince: number;
}
