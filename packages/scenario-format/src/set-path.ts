/**
 * Paths into a scenario as `--set` writes them: dot-separated, an element of a list named by its
 * `id` or by its index (`stations.kz-control.perCar.minutes`,
 * `classes.irk-return.arrivals.rateTable.rows.1.rate.perHour`). Free parameters are declared with
 * these paths so that a fitted value can be tried on the command line as it is written here.
 */

function step(node: unknown, segment: string): unknown {
  if (Array.isArray(node)) {
    const byId = node.find(
      (el) => el !== null && typeof el === 'object' && (el as { id?: unknown }).id === segment,
    );
    if (byId !== undefined) return byId;
    return /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
  }
  if (node !== null && typeof node === 'object') return (node as Record<string, unknown>)[segment];
  return undefined;
}

/** The value at a dot path of a scenario document, or `undefined` if the path names nothing. */
export function valueAtSetPath(document: unknown, path: string): unknown {
  let node = document;
  for (const segment of path.split('.')) node = step(node, segment);
  return node;
}

/**
 * Sets the number at a dot path of a scenario document, in place. Only an existing number can be
 * set, so a mistyped path fails here instead of adding a field the model ignores.
 *
 * @throws RangeError naming the path when it does not lead to a number.
 */
export function setNumberAtSetPath(document: unknown, path: string, value: number): void {
  const segments = path.split('.');
  const parent = valueAtSetPath(document, segments.slice(0, -1).join('.') || '');
  const last = segments[segments.length - 1]!;
  const holder = segments.length === 1 ? document : parent;
  const current = step(holder, last);
  if (typeof current !== 'number') {
    throw new RangeError(`${path}: expected a number in the scenario, found ${JSON.stringify(current)}`);
  }
  if (Array.isArray(holder)) {
    holder[Number(last)] = value;
  } else {
    (holder as Record<string, unknown>)[last] = value;
  }
}
