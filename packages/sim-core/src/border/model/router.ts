import type { RandomStream } from '../../random/stream.js';
import type { Route, Transition } from '../scenario/types.js';
import type { StationModel } from './station-model.js';

/**
 * Where a vehicle of one class goes next. A router answers with the station objects themselves,
 * not ids, so a vehicle never looks a station up by name on its way.
 */
export interface Router {
  /** The first station, or null for a route that ends at once. */
  first(): StationModel | null;
  /** The station after step `step` (made at `from`), or null at the exit. */
  next(from: StationModel, step: number): StationModel | null;
}

/** A fixed sequence of stations. */
export class SequenceRouter implements Router {
  constructor(private readonly stations: readonly StationModel[]) {}

  first(): StationModel | null {
    return this.stations[0] ?? null;
  }

  next(_from: StationModel, step: number): StationModel | null {
    return this.stations[step + 1] ?? null;
  }
}

/** One row of a routing table, resolved to stations (null for the exit). */
interface Row {
  readonly to: readonly (StationModel | null)[];
  /** Probabilities in file order. */
  readonly probability: readonly number[];
}

/**
 * Probabilistic routing: a row of transitions for the entry and for each station, drawn from the
 * class's own routing stream (one draw per non-empty row, so that two scenarios that share the
 * stream share the draws).
 */
export class ProbabilisticRouter implements Router {
  private readonly entry: Row;
  /** Rows by station index; null for a station the class never leaves from. */
  private readonly rows: (Row | null)[];

  constructor(
    route: Extract<Route, { kind: 'probabilistic' }>,
    stations: ReadonlyMap<string, StationModel>,
    private readonly rng: RandomStream,
  ) {
    const row = (transitions: readonly Transition[]): Row => ({
      to: transitions.map((t) => (t.to === 'exit' ? null : stations.get(t.to)!)),
      probability: transitions.map((t) => t.probability),
    });
    this.entry = row(route.entry);
    this.rows = [];
    for (const station of stations.values()) {
      const transitions = route.next[station.id];
      this.rows[station.index] = transitions === undefined ? null : row(transitions);
    }
  }

  first(): StationModel | null {
    return this.draw(this.entry);
  }

  next(from: StationModel): StationModel | null {
    const row = this.rows[from.index];
    return row === null || row === undefined ? null : this.draw(row);
  }

  private draw(row: Row): StationModel | null {
    const { to, probability } = row;
    const n = to.length;
    if (n === 0) return null;
    const u = this.rng.random();
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += probability[i]!;
      if (u < sum) return to[i]!;
    }
    return to[n - 1]!; // rounding: the probabilities sum to 1 within 1e-9
  }
}

/** The router of a class's route. */
export function makeRouter(
  route: Route,
  stations: ReadonlyMap<string, StationModel>,
  rng: RandomStream,
): Router {
  if (route.kind === 'sequence') return new SequenceRouter(route.stations.map((id) => stations.get(id)!));
  return new ProbabilisticRouter(route, stations, rng);
}
