import type * as z from 'zod';
import { EXIT, type route as routeSchema } from './route.js';

/** A station id on a route, with the path below the route where it is written. */
export interface RouteStation {
  readonly id: string;
  readonly segments: readonly (string | number)[];
}

/** Every station id a route names (the exit left out), each with where it is written. */
export function routeStations(route: z.output<typeof routeSchema>): RouteStation[] {
  if (Array.isArray(route)) return route.map((id, k) => ({ id, segments: [k] }));
  const found: RouteStation[] = [];
  if (typeof route.entry === 'string') found.push({ id: route.entry, segments: ['entry'] });
  else for (const id of Object.keys(route.entry)) found.push({ id, segments: ['entry', id] });
  for (const [from, row] of Object.entries(route.next)) {
    found.push({ id: from, segments: ['next', from] });
    for (const to of Object.keys(row)) if (to !== EXIT) found.push({ id: to, segments: ['next', from, to] });
  }
  return found;
}
