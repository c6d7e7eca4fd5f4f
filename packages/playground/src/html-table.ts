/** A table of text cells: a header row and body rows (first column left-aligned by the page's CSS). */
export function htmlTable(
  id: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): HTMLTableElement {
  const table = document.createElement('table');
  table.id = id;
  const head = table.createTHead().insertRow();
  for (const text of header) head.append(Object.assign(document.createElement('th'), { textContent: text }));
  const body = table.createTBody();
  for (const cells of rows) {
    const row = body.insertRow();
    for (const text of cells) row.append(Object.assign(document.createElement('td'), { textContent: text }));
  }
  return table;
}

/** A paragraph of text. */
export function paragraph(text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { textContent: text });
}
