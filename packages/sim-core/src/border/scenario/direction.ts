import * as z from 'zod';

/**
 * The way a class crosses: `outbound` (leaving the country of the port's own side, the flow the
 * shipped scenarios model) or `inbound` (coming in). Each direction has its own classes, routes,
 * quotas and e-queues; a station both use must be declared `shared`.
 */
export const direction = z
  .enum(['outbound', 'inbound'], { error: "'outbound' or 'inbound'" })
  .meta({ id: 'Direction', description: "'outbound' or 'inbound'." });

/** A direction of travel through the port. */
export type Direction = z.output<typeof direction>;

/** Both directions, outbound first: the order results list them in. */
export const DIRECTIONS: readonly Direction[] = ['outbound', 'inbound'];
