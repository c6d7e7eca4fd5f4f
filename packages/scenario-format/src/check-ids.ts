import { EXIT } from './route.js';
import { formatPath, type ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';

/*
 * Ids name things across the file, so each must be unique within its kind; quotas are unique
 * across all sides because stations and shocks refer to them by id alone.
 */

/** Lists ids for an error message: `"a", "b"`, or `none is defined`. */
export function listIds(ids: readonly (string | undefined)[]): string {
  const unique = [...new Set(ids.filter((id): id is string => id !== undefined))];
  if (unique.length === 0) return 'none is defined';
  const shown = unique.slice(0, 12).map((id) => JSON.stringify(id));
  return unique.length > 12 ? `${shown.join(', ')}, … (${unique.length} in all)` : shown.join(', ');
}

/** The problem of a reference to an id that is not defined. */
export function unknownReference(
  segments: readonly (string | number)[],
  value: unknown,
  kind: string,
  defined: readonly (string | undefined)[],
): ProblemDraft {
  return { segments, value, kind: 'invalid', expected: `the id of ${kind} (${listIds(defined)})` };
}

function duplicates(
  ids: readonly (string | undefined)[],
  locate: (index: number) => readonly (string | number)[],
  what: string,
): ProblemDraft[] {
  const firstAt = new Map<string, number>();
  const problems: ProblemDraft[] = [];
  ids.forEach((id, index) => {
    if (id === undefined) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else {
      problems.push({
        segments: [...locate(index), 'id'],
        value: id,
        kind: 'invalid',
        expected: `an id not used by another ${what}`,
        note: `(already used at ${formatPath(locate(first))})`,
      });
    }
  });
  return problems;
}

/** Duplicate ids of each kind, and a station named like the reserved route end. */
export function checkIds(parts: ScenarioParts): ProblemDraft[] {
  const { ids } = parts;
  const problems = [
    ...duplicates(ids.sides, (i) => ['sides', i], 'side'),
    ...duplicates(ids.stations, (i) => ['stations', i], 'station'),
    ...duplicates(ids.classes, (i) => ['classes', i], 'vehicle class'),
    ...duplicates(ids.fees, (i) => ['costs', 'fees', i], 'fee'),
    ...duplicates(ids.equeues, (i) => ['equeues', i], 'electronic queue'),
    ...duplicates(ids.fleets, (i) => ['fleets', i], 'fleet'),
    ...duplicates(ids.ports ?? [], (i) => ['ports', i], 'port'),
    ...duplicates(
      ids.quotas.map((q) => q.id),
      (i) => ['sides', ids.quotas[i]!.side, 'quotas', ids.quotas[i]!.index],
      'quota',
    ),
  ];
  ids.stations.forEach((id, index) => {
    if (id === EXIT) {
      problems.push({
        segments: ['stations', index, 'id'],
        value: id,
        kind: 'invalid',
        expected: `an id other than "${EXIT}", which ends a route`,
      });
    }
  });
  return problems;
}
