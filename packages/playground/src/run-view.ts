import type { BorderReplicationResult, Scenario } from '@landport/sim-core/border';
import type { PageElements } from './page-elements.js';

/** A run as the page holds it: what ran, and the results so far (index = replication). */
export interface CompletedRun {
  readonly name: string;
  readonly scenario: Scenario;
  readonly seed: number | string;
  readonly overrides: readonly string[];
  readonly results: readonly (BorderReplicationResult | undefined)[];
}

/** Shows a run's results so far; `complete` once every replication has finished. */
export function showRun(page: PageElements, run: CompletedRun, complete: boolean): void {
  page.results.hidden = false;
  const finished = run.results.filter((r) => r !== undefined).length;
  page.summary.dataset.complete = String(complete);
  page.summary.textContent = `${finished} of ${run.results.length} replications finished.`;
}
