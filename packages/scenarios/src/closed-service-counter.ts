import type { TraceRecord, TraceSink } from '@landport/sim-core';
import type { Closure, Scenario, UtcOffsetPeriod } from '@landport/sim-core/border';

const DAY = 1440;
/** Local weekday (Monday 0 … Sunday 6) of local day 0, 1 January 1970: a Thursday. */
const EPOCH_WEEKDAY = 3;
const SATURDAY = 5;

/** A side's clock and dated closures, as needed to tell whether it should be shut. */
interface SideCalendar {
  readonly offsets: readonly UtcOffsetPeriod[];
  readonly closures: readonly Closure[];
}

/**
 * Counts service starts (trace `grant` records of a station's lanes or inspection bays) that
 * happen while the station's side should be shut: on a local Saturday or Sunday, or during one of
 * the side's dated closures. The check is written from the facts (a weekend is a weekend on the
 * side's own clock), not from the side's opening hours, so it tests the model rather than
 * repeating it. Random (weather) closures are drawn inside the model and are not checked.
 *
 * Use `sink` as the `trace` option of `runBorderReplication`; it allocates nothing per record. It
 * reads only the lanes' grants, so the run may leave its vehicles out of the trace
 * (`traceVehicles: false`), which runs it about twice as fast.
 */
export class ClosedServiceCounter {
  /** Service starts seen while shut. */
  count = 0;
  /** Service starts seen at stations with a side, shut or not (a check that the names matched). */
  served = 0;
  private readonly startUtcMinutes: number;
  private readonly sideOfResource = new Map<string, SideCalendar>();

  constructor(scenario: Scenario) {
    this.startUtcMinutes = scenario.calendar.startEpochMs / 60_000;
    const sides = new Map(scenario.sides.map((s) => [s.id, { offsets: s.utcOffsets, closures: s.closures }]));
    for (const station of scenario.stations) {
      const side = station.side === null ? undefined : sides.get(station.side);
      if (side === undefined) continue;
      // The model names a station's lane resource by the station id, its bays "<id> secondary".
      this.sideOfResource.set(station.id, side);
      this.sideOfResource.set(`${station.id} secondary`, side);
    }
  }

  readonly sink: TraceSink = (record: TraceRecord): void => {
    if (record.kind !== 'grant') return;
    const side = this.sideOfResource.get(record.resource);
    if (side === undefined) return;
    this.served++;
    if (this.isShut(side, record.time)) this.count++;
  };

  private isShut(side: SideCalendar, t: number): boolean {
    let offset = side.offsets[0]!.offset;
    for (const period of side.offsets) if (period.from <= t) offset = period.offset;
    const localDay = Math.floor((this.startUtcMinutes + t + offset) / DAY);
    const weekday = (((localDay + EPOCH_WEEKDAY) % 7) + 7) % 7;
    if (weekday >= SATURDAY) return true;
    for (const closure of side.closures) if (closure.from <= t && t < closure.to) return true;
    return false;
  }
}
