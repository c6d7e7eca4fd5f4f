import type { Direction } from '@landport/sim-core/border';
import type * as z from 'zod';
import { listIds, unknownReference } from './check-ids.js';
import { direction } from './direction.js';
import { EXIT, type route as routeSchema } from './route.js';
import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';

/** Station ids a route can visit. */
function stationsOn(route: z.output<typeof routeSchema>): string[] {
  if (Array.isArray(route)) return route;
  const ids = new Set<string>(typeof route.entry === 'string' ? [route.entry] : Object.keys(route.entry));
  for (const [from, row] of Object.entries(route.next)) {
    ids.add(from);
    for (const to of Object.keys(row)) if (to !== EXIT) ids.add(to);
  }
  return [...ids];
}

/**
 * Two directions through one port. A station on routes of classes of both directions must say
 * `shared: true`, so that sharing one inspection zone or bridge is a statement of the file and
 * never an accident of reusing an id. A fleet links an outbound class to the inbound class its
 * vehicles come back as; a class belongs to one fleet at most; the return class takes no arrivals
 * of its own (the fleet brings them) and every other class needs them.
 */
export function checkDirections(parts: ScenarioParts): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const users = new Map<string, Record<Direction, string[]>>();
  const directionOf = new Map<string, Direction>();
  for (const { value: c } of parts.classes) {
    // An invalid direction is reported by the schema; guessing one would add false problems.
    const direction = c.direction;
    if (c.id === undefined || direction === undefined) continue;
    directionOf.set(c.id, direction);
    // Its routes at every port it may use (a scenario with ports), each station counted once.
    const routes = [c.route, ...Object.values(c.routesAt ?? {})];
    const visited = new Set(routes.flatMap((r) => (r === undefined ? [] : stationsOn(r))));
    for (const id of visited) {
      let byDirection = users.get(id);
      if (byDirection === undefined) users.set(id, (byDirection = { outbound: [], inbound: [] }));
      byDirection[direction].push(c.id);
    }
  }
  for (const { index, value: st } of parts.stations) {
    const byDirection = st.id === undefined ? undefined : users.get(st.id);
    if (byDirection === undefined || st.shared === true) continue;
    if (byDirection.outbound.length === 0 || byDirection.inbound.length === 0) continue;
    const who = direction.options.map((d) => `${d}: ${listIds(byDirection[d])}`).join('; ');
    problems.push({
      segments: ['stations', index, 'shared'],
      value: st.shared,
      kind: 'invalid',
      expected: `true: classes of both directions use this station (${who}), so it must be declared shared`,
    });
  }

  const fleetOf = new Map<string, number>();
  const returnClasses = new Set<string>();
  const link = (index: number, key: 'class' | 'returnsAs', want: Direction) => {
    const id = parts.fleets.find((f) => f.index === index)?.value[key];
    if (id === undefined) return;
    const at = ['fleets', index, key];
    const direction = directionOf.get(id);
    if (direction === undefined) {
      const defined = parts.ids.classes;
      if (!defined.includes(id)) problems.push(unknownReference(at, id, `an ${want} class`, defined));
      return;
    }
    if (direction !== want) {
      problems.push({
        segments: at,
        value: id,
        kind: 'invalid',
        expected: `an ${want} class (it is ${direction})`,
      });
      return;
    }
    const other = fleetOf.get(id);
    if (other !== undefined) {
      problems.push({
        segments: at,
        value: id,
        kind: 'invalid',
        expected: `a class of no other fleet (it is already in fleets[${other}])`,
      });
      return;
    }
    fleetOf.set(id, index);
    if (key === 'returnsAs') returnClasses.add(id);
  };
  for (const { index } of parts.fleets) {
    link(index, 'class', 'outbound');
    link(index, 'returnsAs', 'inbound');
  }
  parts.ids.classes.forEach((id, index) => {
    const has = parts.ids.classHasArrivals[index] ?? false;
    const isReturn = id !== undefined && returnClasses.has(id);
    if (isReturn && has) {
      problems.push({
        segments: ['classes', index, 'arrivals'],
        value: parts.classes.find((c) => c.index === index)?.value.arrivals,
        kind: 'invalid',
        expected: `no arrivals: the vehicles of class "${id}" come back from fleet ${JSON.stringify(parts.ids.fleets[fleetOf.get(id!)!])}`,
      });
    }
    if (!isReturn && !has) {
      problems.push({
        segments: ['classes', index, 'arrivals'],
        value: undefined,
        kind: 'missing',
        expected: "an arrival process (only a fleet's return class has none)",
      });
    }
  });
  return problems;
}
