import type { EQueue } from '@landport/sim-core/border';
import { parseTimeOfDay } from './date-time.js';
import { resolveTimeDistribution } from './distribution.js';
import type { ParsedScenario } from './schema.js';
import { toMinutes } from './units.js';

/** Resolves an electronic queue: times to minutes, defaults filled. */
export function resolveEQueue(q: ParsedScenario['equeues'][number]): EQueue {
  return {
    id: q.id,
    name: q.name ?? q.id,
    side: q.side,
    perDay: q.perDay,
    perClass: { ...q.perClass },
    dayStart: parseTimeOfDay(q.dayStart),
    leadTime: toMinutes(q.leadTime),
    arrival: q.arrival,
    noShow: q.noShow,
    late: {
      share: q.late?.share ?? 0,
      by: resolveTimeDistribution(q.late?.by ?? { deterministic: { hours: 24 } }),
      action: q.late?.action ?? 'admit',
    },
  };
}
