import type { ScenarioIssue } from '@landport/scenario-format';

/** What {@link showProblems} shows: a heading, and the issues, each at its line when it has one. */
export interface Problems {
  readonly message: string;
  readonly issues: readonly ScenarioIssue[];
  readonly problemCount: number;
}

/**
 * Shows a scenario's problems under the editor as the CLI prints them (`line 12:5: path: expected
 * …, found …`), each with the line of the text it points at and a caret under its column; clicking
 * one selects that line in the editor. `null` hides the panel.
 */
export function showProblems(
  panel: HTMLElement,
  editor: HTMLTextAreaElement,
  problems: Problems | null,
): void {
  panel.replaceChildren();
  panel.hidden = problems === null;
  if (problems === null) return;
  const heading = document.createElement('p');
  const count = problems.problemCount === 1 ? '1 problem' : `${problems.problemCount} problems`;
  heading.textContent = `${problems.message}: ${count}. Nothing runs until it is fixed.`;
  const list = document.createElement('ol');
  const lines = editor.value.split('\n');
  for (const issue of problems.issues) {
    const item = document.createElement('li');
    item.className = 'problem';
    const where = issue.line === undefined ? '' : `line ${issue.line}:${issue.column ?? 1}: `;
    const text = document.createElement('div');
    text.textContent = `${where}${issue.message}`;
    item.append(text);
    if (issue.line !== undefined) {
      item.dataset.line = String(issue.line);
      const source = document.createElement('pre');
      const column = Math.max(1, issue.column ?? 1);
      source.textContent = `${String(issue.line).padStart(5)} | ${lines[issue.line - 1] ?? ''}\n${' '.repeat(5)} | ${' '.repeat(column - 1)}^`;
      item.append(source);
      item.title = 'Select this line in the editor';
      item.addEventListener('click', () => selectLine(editor, issue.line!));
    }
    list.append(item);
  }
  const more = problems.problemCount - problems.issues.length;
  panel.append(heading, list);
  if (more > 0) {
    const rest = document.createElement('p');
    rest.textContent = `… and ${more} more problem${more === 1 ? '' : 's'}`;
    panel.append(rest);
  }
}

function selectLine(editor: HTMLTextAreaElement, line: number): void {
  const lines = editor.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  editor.focus();
  editor.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  const lineHeight = editor.scrollHeight / Math.max(1, lines.length);
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}
