import type { ScenarioIssue } from './scenario-issue.js';

/**
 * Thrown when a scenario cannot be read or is invalid. `issues` lists every problem found, not
 * only the first, so a file can be fixed in one pass; the message prints them one per line.
 */
export class ScenarioError extends Error {
  /** Every problem found. */
  readonly issues: readonly ScenarioIssue[];
  /** The file name given to parseScenario, if any. */
  readonly fileName: string | undefined;

  /** @param issues - at least one problem. @param fileName - shown in the message and before each line. */
  constructor(issues: readonly ScenarioIssue[], fileName?: string) {
    const source = fileName === undefined ? '' : ` ${fileName}`;
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const lines = issues.map((issue) => {
      const at = issue.line === undefined ? '' : `${fileName ?? ''}:${issue.line}:${issue.column ?? 1}: `;
      return `  ${at}${issue.message}`;
    });
    super(`Invalid scenario${source}: ${count}\n${lines.join('\n')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
    this.fileName = fileName;
  }
}
