/** Most runs of indices spelled out before the list is cut short. */
const MAX_RUNS = 12;

/**
 * A readable list of replication indices for error messages: sorted, consecutive indices joined
 * into ranges, long lists cut short with a count, e.g. "3, 10–19, 42 (12 replications)" or
 * "0–4, 7, … (5000 replications)".
 */
export function formatReplicationList(indices: Iterable<number>): string {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const shown = runs.length > MAX_RUNS ? [...runs.slice(0, MAX_RUNS), '…'] : runs;
  const count = sorted.length === 1 ? '1 replication' : `${sorted.length} replications`;
  return `${shown.join(', ')} (${count})`;
}
