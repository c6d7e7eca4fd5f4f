import type { ScenarioIssue } from './scenario-issue.js';

/**
 * Most problems a ScenarioError keeps. A file can be fixed in one pass only if its problems are
 * shown, but a 50 MB file of unknown keys has a hundred thousand: the first hundred, in file order,
 * say what is wrong, and `problemCount` how much.
 */
export const MAX_REPORTED_ISSUES = 100;

/** Most problems the message prints, one a line; the rest are counted on a last line. */
export const MAX_PRINTED_ISSUES = 20;

/**
 * Thrown when a scenario cannot be read or is invalid. `issues` lists the problems found (up to
 * {@link MAX_REPORTED_ISSUES}, so that a file can be fixed in one pass), `problemCount` how many
 * there are; the message prints the first {@link MAX_PRINTED_ISSUES}, one per line, and the count
 * of the others.
 */
export class ScenarioError extends Error {
  /** The problems found, at most {@link MAX_REPORTED_ISSUES}. */
  readonly issues: readonly ScenarioIssue[];
  /** How many problems were found, including those not kept in `issues`. */
  readonly problemCount: number;
  /** The file name given to parseScenario, if any. */
  readonly fileName: string | undefined;

  /**
   * @param issues - at least one problem; only the first {@link MAX_REPORTED_ISSUES} are kept.
   * @param fileName - shown in the message and before each line.
   * @param problemCount - how many problems were found, when `issues` holds only some of them.
   */
  constructor(issues: readonly ScenarioIssue[], fileName?: string, problemCount = issues.length) {
    const source = fileName === undefined ? '' : ` ${fileName}`;
    const count = problemCount === 1 ? '1 problem' : `${problemCount} problems`;
    super(`Invalid scenario${source}: ${count}\n${formatIssues(issues, problemCount, fileName)}`);
    this.name = 'ScenarioError';
    this.issues = issues.slice(0, MAX_REPORTED_ISSUES);
    this.problemCount = Math.max(problemCount, issues.length);
    this.fileName = fileName;
  }
}

/**
 * The first {@link MAX_PRINTED_ISSUES} issues, one an indented line (`file:line:col: message`), and
 * a last line counting the others, e.g. `  … and 104983 more problems`.
 */
export function formatIssues(
  issues: readonly ScenarioIssue[],
  problemCount = issues.length,
  fileName?: string,
  where: (issue: ScenarioIssue) => string = (issue) =>
    issue.line === undefined ? '' : `${fileName ?? ''}:${issue.line}:${issue.column ?? 1}: `,
): string {
  const shown = issues.slice(0, MAX_PRINTED_ISSUES);
  const lines = shown.map((issue) => `  ${where(issue)}${issue.message}`);
  const more = Math.max(problemCount, issues.length) - shown.length;
  if (more > 0) lines.push(`  … and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines.join('\n');
}
