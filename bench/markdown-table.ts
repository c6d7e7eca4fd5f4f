/**
 * A GitHub-flavoured markdown table. Columns are padded to a common width so the table also reads
 * well in a terminal; `rightAligned` marks numeric columns.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly boolean[] = [],
): string {
  const widths = header.map((title, c) =>
    Math.max(3, title.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const cell = (text: string, c: number): string =>
    rightAligned[c] === true ? text.padStart(widths[c]!) : text.padEnd(widths[c]!);
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((text, c) => cell(text, c)).join(' | ')} |`;
  const rule = `| ${widths.map((w, c) => (rightAligned[c] === true ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map((row) => line(header.map((_, c) => row[c] ?? '')))].join('\n');
}
