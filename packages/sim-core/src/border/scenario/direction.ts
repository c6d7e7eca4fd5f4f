/**
 * The way a class crosses: `outbound` (leaving the country of the port's own side, the flow the
 * shipped scenarios model) or `inbound` (coming in). Each direction has its own classes, routes,
 * quotas and e-queues; a station both use must be declared `shared`.
 */
export type Direction = 'outbound' | 'inbound';

/** Both directions, outbound first: the order results list them in. */
export const DIRECTIONS = ['outbound', 'inbound'] as const satisfies readonly Direction[];
