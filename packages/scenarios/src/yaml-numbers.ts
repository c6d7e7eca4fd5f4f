import { isAlias, isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';

/** A number to write into a scenario file, at a `--set` path. */
export interface NumberEdit {
  readonly path: string;
  readonly value: number;
}

function child(node: unknown, segment: string, document: ReturnType<typeof parseDocument>): unknown {
  const resolved = isAlias(node) ? node.resolve(document) : node;
  if (isSeq(resolved)) {
    const items = resolved.items.map((item) => (isAlias(item) ? item.resolve(document) : item));
    const byId = items.find((item) => isMap(item) && item.get('id') === segment);
    if (byId !== undefined) return byId;
    return /^\d+$/.test(segment) ? items[Number(segment)] : undefined;
  }
  if (isMap(resolved)) return resolved.get(segment, true);
  return undefined;
}

/**
 * Writes numbers into the text of a YAML scenario file, changing only the characters of each
 * number: comments, anchors, flow style and line breaks stay as they were, so a re-fit's diff is
 * the fitted values and nothing else. A path through an alias (`service: *kg-exit`) writes the
 * anchored value, once.
 *
 * @throws RangeError naming the path when it does not lead to a number in the file.
 */
export function writeNumbers(text: string, edits: readonly NumberEdit[]): string {
  const document = parseDocument(text);
  const targets = new Map<Node, number>();
  for (const { path, value } of edits) {
    let node: unknown = document.contents;
    for (const segment of path.split('.')) node = child(node, segment, document);
    if (isAlias(node)) node = node.resolve(document);
    if (
      !isScalar(node) ||
      typeof node.value !== 'number' ||
      node.range === undefined ||
      node.range === null
    ) {
      throw new RangeError(`${path}: no number at this path in the file`);
    }
    if (!Number.isFinite(value)) throw new RangeError(`${path}: cannot write ${value}`);
    targets.set(node, value);
  }
  const spans = [...targets].map(([node, value]) => ({ start: node.range![0], end: node.range![1], value }));
  spans.sort((a, b) => b.start - a.start);
  let out = text;
  for (const { start, end, value } of spans) out = `${out.slice(0, start)}${String(value)}${out.slice(end)}`;
  return out;
}
