import type { RandomStreams } from '../../random/streams.js';
import type { VehicleClass } from '../scenario/types.js';
import { OnePort, type PortChooser, type PortRoute, PortShares, ShortestWait } from './port-choice.js';
import type { PortModel } from './port-model.js';
import { makeRouter } from './router.js';
import type { StationModel } from './station-model.js';

/** A class's routes by port index and the chooser of its vehicles' port. */
export interface ClassPorts {
  readonly routeAt: readonly (PortRoute | null)[];
  readonly chooser: PortChooser;
}

/**
 * Compiles a class's routes at its ports (each with a router of its own, on the class's routing
 * stream, `routing:<class>` for its first port and `routing:<class>@<port>` for the others) and
 * its port chooser (fixed shares draw from `ports:<class>`). Null in a scenario without ports.
 */
export function classPorts(
  spec: VehicleClass,
  ports: ReadonlyMap<string, PortModel>,
  stations: ReadonlyMap<string, StationModel>,
  streams: RandomStreams,
  classIndex: number,
): ClassPorts | null {
  const ids = Object.keys(spec.routesAt);
  if (ids.length === 0) return null;
  const routeAt: (PortRoute | null)[] = new Array<PortRoute | null>(ports.size).fill(null);
  const routes = ids.map((id, k) => {
    const route = spec.routesAt[id]!;
    const stream = streams.stream(k === 0 ? `routing:${spec.id}` : `routing:${spec.id}@${id}`);
    const entry =
      route.kind === 'sequence'
        ? [{ station: stations.get(route.stations[0]!)!, probability: 1 }]
        : route.entry
            .filter((t) => t.to !== 'exit')
            .map((t) => ({ station: stations.get(t.to)!, probability: t.probability }));
    const portRoute: PortRoute = {
      port: ports.get(id)!,
      router: makeRouter(route, stations, stream),
      entry,
      meanService: entry.map((e) => e.station.service[classIndex]!.mean),
    };
    routeAt[portRoute.port.index] = portRoute;
    return portRoute;
  });
  const choice = spec.portChoice;
  const chooser: PortChooser =
    choice === null
      ? new OnePort(routes[0]!)
      : choice.kind === 'shortestWait'
        ? new ShortestWait(routes)
        : new PortShares(
            routes,
            ids.map((id) => choice.shares.find((s) => s.port === id)?.probability ?? 0),
            streams.stream(`ports:${spec.id}`),
          );
  return { routeAt, chooser };
}
