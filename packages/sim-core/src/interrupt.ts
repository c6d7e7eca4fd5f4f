/**
 * Thrown into a process at its current `yield` when another process (or a resource, on
 * preemption) interrupts it. The process may catch it and carry on, or let it end the process.
 */
export class Interrupt extends Error {
  /** Whatever the interrupter passed: a reason, a `Preempted` record, any value. */
  override readonly cause: unknown;

  constructor(cause: unknown) {
    super(`process interrupted${cause === undefined ? '' : `: ${String(describeCause(cause))}`}`);
    this.name = 'Interrupt';
    this.cause = cause;
  }
}

function describeCause(cause: unknown): string {
  if (cause !== null && typeof cause === 'object' && 'reason' in cause) return String(cause.reason);
  return String(cause);
}
