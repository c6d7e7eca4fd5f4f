import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';

/**
 * Where drivers are taken and released must make sense for every class that needs one and follows
 * a fixed sequence: the station where drivers are taken is on its route, and the one where they
 * are released is on it too, not before. (A probabilistic route may or may not pass them; a car
 * that never reaches `takenAt` crosses without a driver, and one that never reaches `releasedAt`
 * keeps its driver to the exit.) Unknown station ids are reported by the reference checks.
 */
export function checkDrivers(parts: ScenarioParts): ProblemDraft[] {
  const { takenAt, releasedAt } = parts.drivers;
  if (takenAt === undefined && releasedAt === undefined) return [];
  const problems: ProblemDraft[] = [];
  for (const { value: c } of parts.classes) {
    const route = c.route;
    if (!c.needsDriver || route === undefined || !Array.isArray(route)) continue;
    const along = `the route of class "${c.id}" (${route.join(', ')})`;
    const taken = takenAt === undefined ? 0 : route.indexOf(takenAt);
    if (takenAt !== undefined && parts.ids.stations.includes(takenAt) && taken < 0) {
      problems.push({
        segments: ['drivers', 'takenAt'],
        value: takenAt,
        kind: 'invalid',
        expected: `a station on ${along}, which needs a driver`,
      });
    }
    if (releasedAt === undefined || !parts.ids.stations.includes(releasedAt)) continue;
    const released = route.indexOf(releasedAt);
    if (released < 0 || (taken >= 0 && released < taken)) {
      problems.push({
        segments: ['drivers', 'releasedAt'],
        value: releasedAt,
        kind: 'invalid',
        expected: `a station on ${along}${takenAt === undefined ? '' : `, not before takenAt ("${takenAt}")`}`,
      });
    }
  }
  return problems;
}
