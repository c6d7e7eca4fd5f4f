/**
 * `--set path=value` overrides, read and applied as the CLI does (packages/cli/src/overrides.ts):
 * a dot-separated path whose list segments are an element's `id` or its index, a value read as
 * JSON when it parses as JSON and as text otherwise, only existing fields settable. A copy until
 * the scenario format's own package exports them (s6-format); then this file goes.
 */
export interface Override {
  readonly path: readonly string[];
  readonly value: unknown;
  readonly text: string;
}

/** A problem with one override, as the CLI words it. */
export class OverrideError extends Error {
  override readonly name = 'OverrideError';
}

export function parseOverride(text: string): Override {
  const eq = text.indexOf('=');
  if (eq <= 0) {
    throw new OverrideError(
      `--set ${JSON.stringify(text)}: expected path=value, e.g. --set stations.kz-control.lanes=10.`,
    );
  }
  const path = text.slice(0, eq).split('.');
  if (path.some((segment) => segment === '')) {
    throw new OverrideError(
      `--set ${JSON.stringify(text)}: the path has an empty segment; write it as a.b.c.`,
    );
  }
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: keep the text
  }
  return { path, value, text };
}

export function applyOverrides<T>(input: T, overrides: readonly Override[]): T {
  const copy = structuredClone(input) as unknown;
  for (const o of overrides) setPath(copy, o);
  return copy as T;
}

function setPath(root: unknown, o: Override): void {
  let node = root;
  for (let i = 0; i < o.path.length; i++) {
    const segment = o.path[i]!;
    const last = i === o.path.length - 1;
    const where = o.path.slice(0, i).join('.') || '(the scenario)';
    if (Array.isArray(node)) {
      const index = node.findIndex(
        (el) => el !== null && typeof el === 'object' && (el as { id?: unknown }).id === segment,
      );
      const k =
        index >= 0 ? index : /^\d+$/.test(segment) && Number(segment) < node.length ? Number(segment) : -1;
      if (k < 0) {
        const ids = node.map((el, j) =>
          el !== null && typeof el === 'object' && 'id' in el ? String(el.id) : String(j),
        );
        throw new OverrideError(
          `--set ${o.text}: ${where} has no element ${JSON.stringify(segment)}; it has ${ids.join(', ') || 'none'}.`,
        );
      }
      if (last) node[k] = o.value;
      else node = node[k];
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (!(segment in record)) {
        throw new OverrideError(
          `--set ${o.text}: ${where} has no field ${JSON.stringify(segment)}; it has ${Object.keys(record).join(', ') || 'none'}. Only fields present in the scenario can be set.`,
        );
      }
      if (last) record[segment] = o.value;
      else node = record[segment];
    } else {
      throw new OverrideError(
        `--set ${o.text}: ${where} is a value (${JSON.stringify(node)}), not an object or list.`,
      );
    }
  }
}
