import { EXIT } from './route.js';
import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';

/** Probabilities read from a file rarely add up exactly; 1e-9 forgives rounding, not mistakes. */
export const SUM_TOLERANCE = 1e-9;

function sumOf(row: Readonly<Record<string, number>>): number {
  return Object.values(row).reduce((sum, p) => sum + p, 0);
}

/**
 * Routing tables: each row (and the entry table) sums to 1, every station a class can reach has a
 * row, and from every reachable station `exit` can be reached; otherwise vehicles would circle for
 * ever and the network would have no steady state (for a Jackson network, I − P must be invertible).
 */
export function checkRouting(parts: ScenarioParts): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const stations = new Set(parts.ids.stations);
  const tables: [(string | number)[], NonNullable<(typeof parts.classes)[number]['value']['route']>][] = [];
  for (const { index, value } of parts.classes) {
    if (value.route !== undefined) tables.push([['classes', index, 'route'], value.route]);
    for (const [port, r] of Object.entries(value.routesAt ?? {}))
      tables.push([['classes', index, 'routesAt', port], r]);
  }
  for (const [at, route] of tables) {
    if (Array.isArray(route)) continue;
    const rowProblem = (segments: (string | number)[], row: Readonly<Record<string, number>>) => {
      const sum = sumOf(row);
      if (Math.abs(sum - 1) > SUM_TOLERANCE) {
        problems.push({
          segments,
          value: row,
          kind: 'invalid',
          expected: 'probabilities that sum to 1',
          note: `(they sum to ${sum})`,
        });
      }
    };
    const entry: Readonly<Record<string, number>> =
      typeof route.entry === 'string' ? { [route.entry]: 1 } : route.entry;
    if (typeof route.entry !== 'string') rowProblem([...at, 'entry'], route.entry);
    for (const [from, row] of Object.entries(route.next)) rowProblem([...at, 'next', from], row);

    // Breadth-first over positive-probability edges, from the entry stations.
    const reachable: string[] = Object.keys(entry).filter((id) => entry[id]! > 0 && stations.has(id));
    for (let i = 0; i < reachable.length; i++) {
      const row = route.next[reachable[i]!];
      if (row === undefined) continue;
      for (const [to, p] of Object.entries(row)) {
        if (p > 0 && to !== EXIT && stations.has(to) && !reachable.includes(to)) reachable.push(to);
      }
    }
    for (const id of reachable) {
      if (!Object.hasOwn(route.next, id)) {
        problems.push({
          segments: [...at, 'next', id],
          value: undefined,
          kind: 'missing',
          expected: `a routing row for station "${id}", which this class can reach`,
        });
      }
    }
    // Stations from which exit is reachable, grown backwards until nothing changes. A station
    // without a row has been reported above; counting it as a way out avoids a cascade upstream.
    const leaves = new Set(reachable.filter((id) => !Object.hasOwn(route.next, id)));
    for (let changed = true; changed; ) {
      changed = false;
      for (const id of reachable) {
        const row = route.next[id];
        if (leaves.has(id) || row === undefined) continue;
        if (Object.entries(row).some(([to, p]) => p > 0 && (to === EXIT || leaves.has(to)))) {
          leaves.add(id);
          changed = true;
        }
      }
    }
    for (const id of reachable) {
      if (!leaves.has(id)) {
        problems.push({
          segments: [...at, 'next', id],
          value: route.next[id],
          kind: 'invalid',
          expected: `a row from which "${EXIT}" can be reached`,
          note: '(vehicles that get here never leave)',
        });
      }
    }
  }
  return problems;
}
