/**
 * A double above `t` by one or two units in the last place (the least positive double at or near
 * zero): where a time computed as "the end of this stretch" rounds onto `t` itself, stepping to
 * this is stepping over a boundary nearer than `t`'s rounding, so that a walk over stretches of
 * time always moves on.
 */
export function justAbove(t: number): number {
  return t + Math.max(Math.abs(t) * Number.EPSILON, Number.MIN_VALUE);
}
