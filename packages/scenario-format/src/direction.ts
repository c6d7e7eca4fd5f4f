import type { Direction } from '@landport/sim-core/border';
import * as z from 'zod';

/**
 * A direction of travel through the port (the model's `Direction`), as a scenario writes it. The
 * list is the model's `DIRECTIONS`, written out rather than imported so that reading a scenario
 * loads no module of the model (`landport validate` starts faster unbundled); direction.test.ts
 * checks that the two lists are the same, in the same order.
 */
export const direction = z
  .enum(['outbound', 'inbound'] as const satisfies readonly Direction[], { error: "'outbound' or 'inbound'" })
  .meta({ id: 'Direction', description: "'outbound' or 'inbound'." });
