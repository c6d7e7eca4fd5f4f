import { listIds, unknownReference } from './check-ids.js';
import { SUM_TOLERANCE } from './check-routing.js';
import { routeStations } from './route-stations.js';
import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';

type Segments = readonly (string | number)[];

const NO_PORTS = 'nothing here: the scenario has no ports list (add `ports:` or remove this field)';

/**
 * Ports. Without a `ports` list, no station, class or storage may name one. With it, every station
 * belongs to a listed port; a route stays inside one port (its first station's); `routesAt` adds
 * routes at other ports; `portChoice` shares name the class's ports and sum to 1. A diversion goes
 * to another port, whose storages do not divert again (a chain could send vehicles round for ever),
 * and every class that reaches the diverting station has a route at the port it diverts to.
 */
export function checkPorts(parts: ScenarioParts): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const portIds = parts.ids.ports;
  if (portIds === null) {
    for (const { index, value: st } of parts.stations) {
      if (st.port !== undefined)
        problems.push({
          segments: ['stations', index, 'port'],
          value: st.port,
          kind: 'invalid',
          expected: NO_PORTS,
        });
      const whenFull = st.buffer?.whenFull;
      if (typeof whenFull === 'object')
        problems.push({
          segments: ['stations', index, 'buffer', 'whenFull'],
          value: whenFull,
          kind: 'invalid',
          expected: "'wait' or 'giveUp': a diversion needs a ports list with the port it diverts to",
        });
    }
    for (const { index, value: c } of parts.classes) {
      for (const key of ['routesAt', 'portChoice'] as const)
        if (c[key] !== undefined)
          problems.push({
            segments: ['classes', index, key],
            value: c[key],
            kind: 'invalid',
            expected: NO_PORTS,
          });
    }
    return problems;
  }
  const known = new Set(portIds);
  const portOf = new Map<string, string>();
  const diverting = new Set<string>();
  for (const { index, value: st } of parts.stations) {
    if (st.port === undefined) {
      problems.push({
        segments: ['stations', index, 'port'],
        value: undefined,
        kind: 'missing',
        expected: `the id of the port it belongs to (${listIds(portIds)}): the scenario lists ports`,
      });
    } else if (!known.has(st.port)) {
      problems.push(unknownReference(['stations', index, 'port'], st.port, 'a port', portIds));
    } else if (st.id !== undefined) {
      portOf.set(st.id, st.port);
      if (typeof st.buffer?.whenFull === 'object') diverting.add(st.port);
    }
  }
  /** Stations of `route` outside `port`, reported under `at`. */
  const stayIn = (at: Segments, route: Parameters<typeof routeStations>[0], port: string) => {
    for (const { id, segments } of routeStations(route)) {
      const p = portOf.get(id);
      if (p !== undefined && p !== port)
        problems.push({
          segments: [...at, ...segments],
          value: id,
          kind: 'invalid',
          expected: `a station of port "${port}" (a route stays in one port; "${id}" is in "${p}")`,
        });
    }
  };
  /** Ports each class has a route at, by class id. */
  const portsOfClass = new Map<string, Set<string>>();
  for (const { index, value: c } of parts.classes) {
    const at = ['classes', index];
    const ports = new Set<string>();
    const first = c.route === undefined ? undefined : routeStations(c.route)[0]?.id;
    const home = first === undefined ? undefined : portOf.get(first);
    if (home !== undefined && c.route !== undefined) {
      ports.add(home);
      stayIn([...at, 'route'], c.route, home);
    }
    for (const [port, route] of Object.entries(c.routesAt ?? {})) {
      const where = [...at, 'routesAt', port];
      if (!known.has(port)) problems.push(unknownReference(where, port, 'a port', portIds));
      else if (port === home)
        problems.push({
          segments: where,
          value: port,
          kind: 'invalid',
          expected: `a port other than "${home}", where the class's route already lies`,
        });
      else {
        ports.add(port);
        stayIn(where, route, port);
      }
    }
    if (c.id !== undefined) portsOfClass.set(c.id, ports);
    const choice = c.portChoice;
    if (typeof choice === 'object') {
      let sum = 0;
      for (const [port, share] of Object.entries(choice.shares)) {
        sum += share;
        if (!ports.has(port))
          problems.push({
            segments: [...at, 'portChoice', 'shares', port],
            value: port,
            kind: 'invalid',
            expected: `a port the class has a route at (${listIds([...ports])})`,
          });
      }
      if (Math.abs(sum - 1) > SUM_TOLERANCE)
        problems.push({
          segments: [...at, 'portChoice', 'shares'],
          value: choice.shares,
          kind: 'invalid',
          expected: 'probabilities that sum to 1',
          note: `(they sum to ${sum})`,
        });
    }
  }
  for (const { index, value: st } of parts.stations) {
    const whenFull = st.buffer?.whenFull;
    if (typeof whenFull !== 'object' || st.port === undefined) continue;
    const at = ['stations', index, 'buffer', 'whenFull', 'divert', 'to'];
    const to = whenFull.divert.to;
    if (!known.has(to)) {
      problems.push(unknownReference(at, to, 'a port', portIds));
      continue;
    }
    if (to === st.port) {
      problems.push({
        segments: at,
        value: to,
        kind: 'invalid',
        expected: `a port other than its own ("${st.port}")`,
      });
      continue;
    }
    if (diverting.has(to)) {
      problems.push({
        segments: at,
        value: to,
        kind: 'invalid',
        expected: `a port none of whose storages diverts again ("${to}" has one: chains of diversions are refused)`,
      });
    }
    // Every class that can reach this station needs a route at the port it diverts to.
    for (const { index: ci, value: c } of parts.classes) {
      const routes = [c.route, ...Object.values(c.routesAt ?? {})];
      const reaches = routes.some((r) => r !== undefined && routeStations(r).some((s) => s.id === st.id));
      if (!reaches || c.id === undefined || portsOfClass.get(c.id)?.has(to)) continue;
      problems.push({
        segments: ['classes', ci, 'routesAt', to],
        value: undefined,
        kind: 'missing',
        expected: `a route at port "${to}": station "${st.id}" on the class's route diverts there`,
      });
    }
  }
  return problems;
}
