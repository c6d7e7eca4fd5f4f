import { type Document, isMap, isScalar, isSeq, type Node } from 'yaml';

/**
 * The first key of a YAML mapping that repeats an earlier key of the same mapping, or undefined.
 *
 * yaml can refuse duplicate keys itself (its `uniqueKeys` option), but compares each key with
 * every earlier one: a 1 MB file of 50,000 keys took 48 s. A Set per mapping does it in linear
 * time, so documents are read with `uniqueKeys: false` and checked here. Only scalar keys are
 * compared, as yaml does by default; the walk keeps its own stack, so deep documents cannot
 * exhaust the call stack.
 */
export function firstDuplicateKey(doc: Document.Parsed): Node | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value)) return pair.key;
          seen.add(pair.key.value);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return undefined;
}
