import type * as z from 'zod';
import type { policyShock } from './shocks.js';
import type { side } from './side.js';
import type { station } from './station.js';

type Shock = Partial<z.output<typeof policyShock>> & Pick<z.output<typeof policyShock>, 'change'>;
type Side = Partial<z.output<typeof side>>;

/**
 * The side whose local clock reads a shock's date: the side it changes (hours), the side of the
 * station it changes (lanes, service, inspection) or the side whose day the quota it changes
 * counts. Undefined for shocks that concern no side (fees, drivers, demand), whose dates are read
 * on the calendar start's clock. Takes partial objects so that the cross-field checks can use it
 * on a file with errors.
 */
export function shockSide<S extends Side>(
  shock: Shock,
  stations: readonly Partial<z.output<typeof station>>[],
  sides: readonly S[],
): S | undefined {
  if ('side' in shock) return sides.find((s) => s.id === shock.side);
  if ('station' in shock) {
    const sideId = stations.find((s) => s.id === shock.station)?.side;
    return sideId === undefined ? undefined : sides.find((s) => s.id === sideId);
  }
  if ('quota' in shock) {
    const owner = sides.find((s) => s.quotas?.some((q) => q.id === shock.quota));
    const clock = owner?.quotas?.find((q) => q.id === shock.quota)?.clock;
    return clock === undefined ? owner : sides.find((s) => s.id === clock);
  }
  return undefined;
}
