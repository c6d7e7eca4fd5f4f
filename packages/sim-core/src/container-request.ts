import type { Container } from './container.js';
import { Event } from './event.js';
import type { TransferStatus } from './store-request.js';

/**
 * A request to add `amount` to a {@link Container}, or to take it out: an event that succeeds with
 * the amount once the transfer is done.
 */
export class ContainerTransfer extends Event<number> {
  /** The container asked. */
  readonly container: Container;
  /** Whether this puts into the container (true) or gets out of it (false). */
  readonly isPut: boolean;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  /** How much to put or get. */
  readonly amount: number = 0;
  /** When the request was made. */
  readonly requestedAt: number = 0;
  /** Where the request stands. */
  status: TransferStatus = 'waiting';

  constructor(container: Container, isPut: boolean, amount: number) {
    super(container.sim);
    this.container = container;
    this.isPut = isPut;
    this.amount = amount;
    this.requestedAt = container.sim.now;
  }

  /** Withdraws the request if it is still waiting; otherwise does nothing. */
  cancel(): void {
    this.container.cancel(this);
  }

  override describe(): string {
    return `${this.isPut ? 'put to' : 'get from'} ${this.container.name}`;
  }
}
