import { DIRECTIONS } from '@landport/sim-core/border';
import * as z from 'zod';

/** A direction of travel through the port (see the model's `Direction`), as a scenario writes it. */
export const direction = z
  .enum(DIRECTIONS, { error: "'outbound' or 'inbound'" })
  .meta({ id: 'Direction', description: "'outbound' or 'inbound'." });
